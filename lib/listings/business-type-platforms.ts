import 'server-only';
import { assertNotGroupLimited } from '@/lib/access/group-filter';
import { db, type Transaction } from '@/lib/db/prisma';
import { assertRole, type MemberContext } from '@/lib/access/member-context';
import { presetPlatformKeys, type BusinessTypeValue } from './business-types';

// The kind of business and the catalogue platforms it preselects. Choosing it (on creating the
// organisation, later on the platforms page) switches every catalogue platform on or off as the
// preset says; the organisation's own platforms are the owner's choice and stay as they are.

/**
 * Sets the organisation's choice for every catalogue platform, in one statement: on when the
 * preset holds it (every one for "other"), off otherwise. As "no row" already means "on", rows
 * are written only to switch a platform off or to change an existing choice, so a new
 * organisation of the kind "other" has none. Only this organisation's rows change.
 */
export async function selectPresetPlatforms(
  tx: Transaction,
  organisationId: string,
  type: BusinessTypeValue,
) {
  const keys = presetPlatformKeys(type);
  await tx.$executeRaw`
    INSERT INTO organisation_platforms (organisation_id, platform_id, enabled)
    SELECT ${organisationId}::uuid, p.id, c.in_preset
    FROM platforms p
    CROSS JOIN LATERAL (SELECT ${keys === null} OR p.key = ANY(${keys ?? []}::text[]) AS in_preset) c
    LEFT JOIN organisation_platforms op ON op.platform_id = p.id AND op.organisation_id = ${organisationId}::uuid
    WHERE p.organisation_id IS NULL AND (NOT c.in_preset OR op.platform_id IS NOT NULL)
    ON CONFLICT (organisation_id, platform_id) DO UPDATE SET enabled = EXCLUDED.enabled`;
}

/** The organisation's kind of business; null when it was created before the choice existed. */
export async function getBusinessType(member: MemberContext): Promise<BusinessTypeValue | null> {
  const organisation = await db.organisation.findUniqueOrThrow({
    where: { id: member.organisation.id },
    select: { businessType: true },
  });
  return organisation.businessType;
}

/**
 * Sets the kind of business and switches the catalogue platforms to its preset (managers and
 * owners, like every platform choice). Switching replaces earlier on/off choices of catalogue
 * platforms; checklist items of platforms switched off are kept and come back with them.
 */
export async function applyBusinessType(member: MemberContext, type: BusinessTypeValue) {
  assertRole(member, 'MANAGER');
  assertNotGroupLimited(member);
  await db.$transaction(async (tx) => {
    await tx.organisation.update({ where: { id: member.organisation.id }, data: { businessType: type } });
    await selectPresetPlatforms(tx, member.organisation.id, type);
  });
}
