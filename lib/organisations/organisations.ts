import 'server-only';
import type { CurrentUser } from '@/lib/auth/current-user';
import { db } from '@/lib/db/prisma';
import type { Role } from '@/lib/generated/prisma/enums';
import { selectPresetPlatforms } from '@/lib/listings/business-type-platforms';
import { trimOf } from '@/lib/text/trim-characters';
import type { CreateOrganisationInput } from './schemas';

/** The user's organisations by name, with their role in each (one statement: every page's menu shows them). */
export async function listOrganisationsOf(user: Pick<CurrentUser, 'id'>) {
  return db.$queryRaw<{ id: string; name: string; slug: string; role: Role }[]>`
    SELECT o.id, o.name, o.slug, m.role::text AS role
    FROM memberships m JOIN organisations o ON o.id = m.organisation_id
    WHERE m.user_id = ${user.id}::uuid
    ORDER BY o.name`;
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
    .replace(/[^a-z0-9]+/g, '-');
  return trimOf(slug, '-').slice(0, 40) || 'organisation';
}

/**
 * Creates the organisation with the user as its first owner and the catalogue platforms its kind
 * of business preselects, in one transaction.
 */
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
    const organisation = await tx.organisation.create({
      data: {
        name: input.name,
        slug,
        businessType: input.businessType,
        memberships: { create: { userId: user.id, role: 'OWNER' } },
      },
      select: { id: true, slug: true, name: true },
    });
    await selectPresetPlatforms(tx, organisation.id, input.businessType);
    return organisation;
  });
}
