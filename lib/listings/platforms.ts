import 'server-only';
import { assertNotGroupLimited } from '@/lib/access/group-filter';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { recordMemberEvent } from '@/lib/audit/audit-log';
import { db } from '@/lib/db/prisma';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import type { PlatformKind } from '@/lib/generated/prisma/enums';
import { assertRole, type MemberContext } from '@/lib/access/member-context';
import { organisationSettings } from '@/lib/access/organisation-settings';
import type { FreshnessDaysInput } from './platform-settings-schemas';
import type { CustomPlatformInput } from './schemas';

// Managers and owners choose the platforms; staff see the choice.
const editorRole = 'MANAGER' as const;

/**
 * The platforms an organisation works with, as a subquery with every column of `platforms`:
 * the catalogue (organisation_id NULL) and its own, minus those it switched off. No
 * organisation_platforms row means "on". Use it as `FROM (${enabledPlatformsSql(id)}) p`.
 */
export function enabledPlatformsSql(organisationId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT p.*
    FROM platforms p
    LEFT JOIN organisation_platforms op
      ON op.platform_id = p.id AND op.organisation_id = ${organisationId}::uuid
    WHERE (p.organisation_id IS NULL OR p.organisation_id = ${organisationId}::uuid)
      AND COALESCE(op.enabled, true)`;
}

export type PlatformListItem = {
  id: string;
  key: string;
  name: string;
  kind: PlatformKind;
  homeUrl: string | null;
  weight: number;
  hasRatings: boolean;
  sortOrder: number;
  /** Which master data the platform shows (only these are compared). */
  shows: { name: boolean; address: boolean; phone: boolean; website: boolean; hours: boolean };
  claimHint: { de: string; en: string };
  /** True for the organisation's own platforms, false for the catalogue. */
  isCustom: boolean;
  enabled: boolean;
};

/** The catalogue and the organisation's own platforms with its on/off choice, in one query. */
export async function listPlatforms(member: MemberContext): Promise<PlatformListItem[]> {
  return db.$queryRaw<PlatformListItem[]>`
    SELECT p.id, p.key, p.name, p.kind::text AS kind, p.home_url AS "homeUrl", p.weight,
           p.has_ratings AS "hasRatings", p.sort_order AS "sortOrder",
           json_build_object('name', p.shows_name, 'address', p.shows_address, 'phone', p.shows_phone,
                             'website', p.shows_website, 'hours', p.shows_hours) AS shows,
           json_build_object('de', p.claim_hint_de, 'en', p.claim_hint_en) AS "claimHint",
           (p.organisation_id IS NOT NULL) AS "isCustom",
           COALESCE(op.enabled, true) AS enabled
    FROM platforms p
    LEFT JOIN organisation_platforms op
      ON op.platform_id = p.id AND op.organisation_id = ${member.organisation.id}::uuid
    WHERE p.organisation_id IS NULL OR p.organisation_id = ${member.organisation.id}::uuid
    ORDER BY p.sort_order, p.name, p.id`;
}

/** Ids of the platforms the organisation works with, in display order. */
export async function enabledPlatformIds(member: MemberContext): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT e.id FROM (${enabledPlatformsSql(member.organisation.id)}) e ORDER BY e.sort_order, e.name, e.id`;
  return rows.map((row) => row.id);
}

// Ids come from forms and URLs: anything that is not a UUID cannot exist, so it is "not found".
function assertPlatformId(platformId: string) {
  if (!z.uuid().safeParse(platformId).success) throw new AppError('NOT_FOUND');
}

/**
 * Switches a catalogue platform or an own one on or off for the organisation, in one statement:
 * a platform of another organisation matches nothing and answers NOT_FOUND.
 */
export async function setPlatformEnabled(member: MemberContext, platformId: string, enabled: boolean) {
  assertRole(member, editorRole);
  assertNotGroupLimited(member);
  assertPlatformId(platformId);
  const organisationId = member.organisation.id;
  const changed = await db.$executeRaw`
    INSERT INTO organisation_platforms (organisation_id, platform_id, enabled)
    SELECT ${organisationId}::uuid, p.id, ${enabled}
    FROM platforms p
    WHERE p.id = ${platformId}::uuid AND (p.organisation_id IS NULL OR p.organisation_id = ${organisationId}::uuid)
    ON CONFLICT (organisation_id, platform_id) DO UPDATE SET enabled = EXCLUDED.enabled`;
  if (changed === 0) throw new AppError('NOT_FOUND');
}

/** Own platforms come after the catalogue (whose sort orders run to 210). */
const customSortOrder = 1000;

export async function createCustomPlatform(member: MemberContext, input: CustomPlatformInput) {
  assertRole(member, editorRole);
  assertNotGroupLimited(member);
  return db.platform.create({
    data: {
      key: `custom-${randomUUID()}`,
      organisationId: member.organisation.id,
      name: input.name,
      kind: input.kind,
      homeUrl: input.homeUrl ?? null,
      weight: input.weight,
      hasRatings: input.hasRatings,
      sortOrder: customSortOrder,
    },
    select: { id: true, key: true },
  });
}

/** Deletes an own platform with its checklist items; catalogue and foreign ones are NOT_FOUND. */
export async function deleteCustomPlatform(member: MemberContext, platformId: string) {
  assertRole(member, editorRole);
  assertNotGroupLimited(member);
  assertPlatformId(platformId);
  await db.$transaction(async (tx) => {
    const platform = await tx.platform.findFirst({
      where: { id: platformId, organisationId: member.organisation.id },
      select: { name: true },
    });
    if (!platform) throw new AppError('NOT_FOUND');
    const { count } = await tx.platform.deleteMany({
      where: { id: platformId, organisationId: member.organisation.id },
    });
    if (count === 0) throw new AppError('NOT_FOUND');
    const target = { type: 'platform', id: platformId };
    await recordMemberEvent(member, { action: 'platform.deleted', target, details: platform }, tx);
  });
}

/** The organisation's freshness period: a listing checked within this many days counts as current. */
export async function getFreshnessDays(member: MemberContext) {
  return (await organisationSettings(member)).freshnessDays;
}

/** `days` as validated by freshnessDaysSchema (1–365). */
export async function setFreshnessDays(member: MemberContext, days: FreshnessDaysInput['freshnessDays']) {
  assertRole(member, editorRole);
  assertNotGroupLimited(member);
  await db.organisation.update({ where: { id: member.organisation.id }, data: { freshnessDays: days } });
}
