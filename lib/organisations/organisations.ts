import 'server-only';
import type { CurrentUser } from '@/lib/auth/current-user';
import { db } from '@/lib/db/prisma';
import type { CreateOrganisationInput } from './schemas';

export async function listOrganisationsOf(user: Pick<CurrentUser, 'id'>) {
  const memberships = await db.membership.findMany({
    where: { userId: user.id },
    select: { role: true, organisation: { select: { id: true, name: true, slug: true } } },
    orderBy: { organisation: { name: 'asc' } },
  });
  return memberships.map(({ role, organisation }) => ({ ...organisation, role }));
}

function slugify(name: string) {
  const slug = name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    // NFKD splits "é" into "e" and a combining accent; drop the accent, not the word break.
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return slug || 'organisation';
}

/** Creates the organisation with the user as its first owner, in one transaction. */
export async function createOrganisation(user: Pick<CurrentUser, 'id'>, input: CreateOrganisationInput) {
  const base = slugify(input.name);
  return db.$transaction(async (tx) => {
    const taken = await tx.organisation.findMany({
      where: { slug: { startsWith: base } },
      select: { slug: true },
    });
    const takenSlugs = new Set(taken.map((organisation) => organisation.slug));
    let slug = base;
    for (let suffix = 2; takenSlugs.has(slug); suffix++) slug = `${base}-${suffix}`;
    return tx.organisation.create({
      data: { name: input.name, slug, memberships: { create: { userId: user.id, role: 'OWNER' } } },
      select: { id: true, slug: true, name: true },
    });
  });
}
