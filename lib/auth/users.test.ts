import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { uniqueEmail } from '@/tests/support/factories';
import { findOrCreateOAuthUser } from './users';

async function signUpThroughProvider(name: string) {
  const email = uniqueEmail('oauth');
  const user = await findOrCreateOAuthUser({
    provider: 'oidc',
    providerAccountId: randomUUID(),
    email,
    name,
  });
  return {
    email,
    stored: await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true } }),
  };
}

describe('findOrCreateOAuthUser', () => {
  it("keeps the provider's name, trimmed, umlauts and all", async () => {
    const { stored } = await signUpThroughProvider(' Jörg Müller ');
    expect(stored.name).toBe('Jörg Müller');
  });

  it('takes the email address instead of a name sign-up would refuse', async () => {
    for (const name of ['Jörg\r\nEND:VCALENDAR', '', 'x'.repeat(101)]) {
      const { email, stored } = await signUpThroughProvider(name);
      expect(stored.name, JSON.stringify(name)).toBe(email);
    }
  });
});
