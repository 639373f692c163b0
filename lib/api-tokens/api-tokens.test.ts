import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { createTeam, expectAppError } from '@/tests/support/factories';
import { createApiToken, listApiTokens, revokeApiToken } from './api-tokens';
import { authenticateApiToken } from './authenticate';

describe('createApiToken', () => {
  it('lets owners and managers create tokens, stored only as a hash', async () => {
    const team = await createTeam();
    const { token, record } = await createApiToken(team.manager, { name: 'Website' });
    expect(token).toMatch(/^ob_[A-Za-z0-9_-]{43}$/);
    expect(record.tokenPrefix).toBe(token.slice(0, 10));
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id: record.id } });
    expect(stored.tokenHash).not.toContain(token.slice(3));
    expect(stored.createdByUserId).toBe(team.users.manager.id);
    await createApiToken(team.owner, { name: 'ERP' });
  });

  it('is forbidden to staff', async () => {
    const team = await createTeam();
    await expectAppError(createApiToken(team.staff, { name: 'Mine' }), 'FORBIDDEN');
    await expectAppError(listApiTokens(team.staff), 'FORBIDDEN');
    expect(await db.apiToken.count({ where: { organisationId: team.organisation.id } })).toBe(0);
  });
});

describe('listApiTokens and revokeApiToken', () => {
  it('lists the organisation’s working tokens with their creator', async () => {
    const team = await createTeam();
    const other = await createTeam();
    const { record: kept } = await createApiToken(team.owner, { name: 'Kept' });
    const { record: revoked } = await createApiToken(team.owner, { name: 'Revoked' });
    await createApiToken(other.owner, { name: 'Elsewhere' });
    await revokeApiToken(team.manager, revoked.id);

    const tokens = await listApiTokens(team.manager);
    expect(tokens).toEqual([
      expect.objectContaining({
        id: kept.id,
        name: 'Kept',
        lastUsedAt: null,
        createdBy: { name: team.users.owner.name },
      }),
    ]);
  });

  it('treats another organisation’s token id as not found and leaves it working', async () => {
    const team = await createTeam();
    const other = await createTeam();
    const { token, record } = await createApiToken(other.owner, { name: 'Theirs' });
    await expectAppError(revokeApiToken(team.owner, record.id), 'NOT_FOUND');
    expect(await authenticateApiToken(token)).not.toBeNull();
  });

  it('does not revoke twice', async () => {
    const team = await createTeam();
    const { record } = await createApiToken(team.owner, { name: 'Once' });
    await revokeApiToken(team.owner, record.id);
    await expectAppError(revokeApiToken(team.owner, record.id), 'NOT_FOUND');
  });
});

describe('authenticateApiToken', () => {
  it('answers a manager context of the token’s organisation, named after the token', async () => {
    const team = await createTeam();
    const { token, record } = await createApiToken(team.owner, { name: 'ERP' });
    const member = await authenticateApiToken(token);
    expect(member).toMatchObject({
      actor: {
        kind: 'apiToken',
        tokenId: record.id,
        name: 'API: ERP',
        createdBy: { userId: team.users.owner.id, membershipId: team.owner.membershipId },
      },
      role: 'MANAGER',
      membershipId: null,
      organisation: { id: team.organisation.id, slug: team.organisation.slug },
    });
  });

  it('refuses unknown, malformed and revoked tokens', async () => {
    const team = await createTeam();
    const { token, record } = await createApiToken(team.owner, { name: 'Short-lived' });
    expect(await authenticateApiToken(`ob_${'A'.repeat(43)}`)).toBeNull();
    expect(await authenticateApiToken('not a token')).toBeNull();
    expect(await authenticateApiToken(token.slice(0, -1))).toBeNull();
    await revokeApiToken(team.owner, record.id);
    expect(await authenticateApiToken(token)).toBeNull();
  });

  it('records the last use at most once a minute', async () => {
    const team = await createTeam();
    const { token, record } = await createApiToken(team.owner, { name: 'Busy' });
    await authenticateApiToken(token);
    const first = (await db.apiToken.findUniqueOrThrow({ where: { id: record.id } })).lastUsedAt;
    expect(first).toBeInstanceOf(Date);
    await authenticateApiToken(token);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: record.id } })).lastUsedAt).toEqual(first);

    const twoMinutesAgo = new Date(Date.now() - 2 * 60 * 1000);
    await db.apiToken.update({ where: { id: record.id }, data: { lastUsedAt: twoMinutesAgo } });
    await authenticateApiToken(token);
    const later = (await db.apiToken.findUniqueOrThrow({ where: { id: record.id } })).lastUsedAt!;
    expect(later.getTime()).toBeGreaterThan(twoMinutesAgo.getTime() + 60 * 1000);
  });

  it('keeps a token working after its creator left, without their membership', async () => {
    const team = await createTeam();
    const { token } = await createApiToken(team.manager, { name: 'Left behind' });
    await db.membership.delete({ where: { id: team.manager.membershipId } });
    const member = await authenticateApiToken(token);
    expect(member?.actor.createdBy).toEqual({ userId: team.users.manager.id, membershipId: null });
    expect(member?.organisation.id).toBe(team.organisation.id);
  });
});
