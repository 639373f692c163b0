import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { createTestOrganisation, createTestUser } from '@/tests/support/factories';
import { findMemberContext } from './member-context';
import { createOrganisation, listOrganisationsOf } from './organisations';

describe('createOrganisation', () => {
  it('makes the creator its one owner', async () => {
    const user = await createTestUser();
    const organisation = await createTestOrganisation(user);
    const memberships = await db.membership.findMany({ where: { organisationId: organisation.id } });
    expect(memberships).toHaveLength(1);
    expect(memberships[0]).toMatchObject({ userId: user.id, role: 'OWNER' });
    expect(await listOrganisationsOf(user)).toEqual([
      { id: organisation.id, name: organisation.name, slug: organisation.slug, role: 'OWNER' },
    ]);
  });

  it('gives organisations with the same name different slugs', async () => {
    const [first, second] = [await createTestUser(), await createTestUser()];
    const name = `Bäckerei Süß ${randomUUID().slice(0, 8)}`;
    const a = await createOrganisation(first, { name, businessType: 'OTHER' });
    const b = await createOrganisation(second, { name, businessType: 'OTHER' });
    const c = await createOrganisation(first, { name, businessType: 'OTHER' });
    expect(a.slug).toBe(`baeckerei-suess-${name.slice(-8)}`);
    expect(b.slug).toBe(`${a.slug}-2`);
    expect(c.slug).toBe(`${a.slug}-3`);
  });

  it('drops accents from slugs instead of splitting words at them', async () => {
    const user = await createTestUser();
    const suffix = randomUUID().slice(0, 8);
    const organisation = await createOrganisation(user, {
      name: `Crème Brûlée Café ${suffix}`,
      businessType: 'RESTAURANT_CAFE',
    });
    expect(organisation.slug).toBe(`creme-brulee-cafe-${suffix}`);
  });
});

describe('findMemberContext', () => {
  it('gives a member the context of their organisation', async () => {
    const user = await createTestUser();
    const organisation = await createTestOrganisation(user);
    const member = await findMemberContext(user, organisation.slug);
    expect(member).toMatchObject({
      actor: { kind: 'member', userId: user.id, name: user.name, email: user.email, locale: user.locale },
      role: 'OWNER',
      organisation: { id: organisation.id, slug: organisation.slug, name: organisation.name },
    });
  });

  it('gives nobody a context in an organisation they do not belong to', async () => {
    const [alice, bob] = [await createTestUser(), await createTestUser()];
    const aliceOrganisation = await createTestOrganisation(alice);
    const bobOrganisation = await createTestOrganisation(bob);
    expect(await findMemberContext(bob, aliceOrganisation.slug)).toBeNull();
    expect(await findMemberContext(alice, bobOrganisation.slug)).toBeNull();
    expect(await findMemberContext(alice, `missing-${randomUUID()}`)).toBeNull();
    expect((await listOrganisationsOf(bob)).map((organisation) => organisation.id)).toEqual([
      bobOrganisation.id,
    ]);
  });
});
