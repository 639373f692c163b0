import { describe, expect, it } from 'vitest';
import { createTeam } from '@/tests/support/factories';
import { isActiveApiToken } from './active-token';
import { createApiToken, revokeApiToken } from './api-tokens';
import { bearerTokenOf, generateApiTokenSecret } from './token-secret';

describe('isActiveApiToken', () => {
  it('is true for a stored token until it is revoked, false for any other text', async () => {
    const team = await createTeam();
    const { token, record } = await createApiToken(team.manager, { name: 'Kasse' });
    expect(await isActiveApiToken(token)).toBe(true);
    expect(await isActiveApiToken(generateApiTokenSecret().token)).toBe(false);
    expect(await isActiveApiToken('x')).toBe(false);

    await revokeApiToken(team.manager, record.id);
    expect(await isActiveApiToken(token)).toBe(false);
  });
});

describe('bearerTokenOf', () => {
  it('reads the token of an Authorization header with the Bearer scheme only', () => {
    expect(bearerTokenOf('Bearer ob_abc')).toBe('ob_abc');
    expect(bearerTokenOf('bearer ob_abc  ')).toBe('ob_abc');
    expect(bearerTokenOf('Bearer ')).toBeNull();
    expect(bearerTokenOf('Bearer a b')).toBeNull();
    expect(bearerTokenOf('Basic dXNlcjpwdw==')).toBeNull();
    expect(bearerTokenOf(null)).toBeNull();
  });
});
