// Test data with unique emails and names, so test files never collide with each other or with
// data an earlier run left behind.
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { CurrentUser } from '@/lib/auth/current-user';
import { hashPassword } from '@/lib/auth/password';
import { db } from '@/lib/db/prisma';
import type { AppErrorCode } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { CheckInStatus, Locale, Role } from '@/lib/generated/prisma/enums';
import type { BusinessTypeValue } from '@/lib/listings/business-types';
import { createLocation } from '@/lib/locations/locations';
import { locationInputSchema } from '@/lib/locations/schemas';
import type { MemberContext } from '@/lib/access/member-context';
import { findMemberContext } from '@/lib/organisations/member-context';
import { createOrganisation } from '@/lib/organisations/organisations';
import { toUtcDate, type PlainDate } from '@/lib/weeks/iso-week';

export function uniqueEmail(label = 'user') {
  return `${label}-${randomUUID()}@ortsbild.test`;
}

export async function createTestUser(
  options: { label?: string; password?: string; locale?: Locale } = {},
): Promise<CurrentUser> {
  const label = options.label ?? 'user';
  return db.user.create({
    data: {
      email: uniqueEmail(label),
      name: `${label} ${randomUUID().slice(0, 8)}`,
      passwordHash: options.password ? await hashPassword(options.password) : null,
      locale: options.locale ?? 'en',
    },
    select: { id: true, email: true, name: true, locale: true },
  });
}

/** An organisation owned by `owner`, with a unique name; "other" keeps every catalogue platform. */
export async function createTestOrganisation(
  owner: CurrentUser,
  name = `Test Org ${randomUUID().slice(0, 8)}`,
  businessType: BusinessTypeValue = 'OTHER',
) {
  return createOrganisation(owner, { name, businessType });
}

export async function addMember(organisationId: string, user: CurrentUser, role: Role) {
  return db.membership.create({ data: { organisationId, userId: user.id, role }, select: { id: true } });
}

/**
 * The member context the app would build for `user` in the organisation `slug`; fails if none.
 * Without the data version it was read at: a test's context outlives the writes it makes, so its
 * cached reads (lib/cache/organisation-cache.ts) look the current version up instead.
 */
export async function memberContextOf(user: CurrentUser, slug: string) {
  const member = await findMemberContext(user, slug);
  if (!member) throw new Error(`${user.email} is no member of ${slug}`);
  const { dataVersion: _readAtStart, ...withoutVersion } = member;
  return withoutVersion;
}

/** An owner, a manager and a staff member in a new organisation, with their contexts. */
export async function createTeam() {
  const [owner, manager, staff] = await Promise.all([
    createTestUser({ label: 'owner' }),
    createTestUser({ label: 'manager' }),
    createTestUser({ label: 'staff' }),
  ]);
  const organisation = await createTestOrganisation(owner);
  await addMember(organisation.id, manager, 'MANAGER');
  await addMember(organisation.id, staff, 'STAFF');
  return {
    organisation,
    users: { owner, manager, staff },
    owner: await memberContextOf(owner, organisation.slug),
    manager: await memberContextOf(manager, organisation.slug),
    staff: await memberContextOf(staff, organisation.slug),
  };
}

/** The id of a built-in platform, e.g. 'instagram'. */
export async function platformIdByKey(key: string) {
  return (await db.platform.findUniqueOrThrow({ where: { key }, select: { id: true } })).id;
}

/** The ids of built-in platforms by key, e.g. `const { facebook } = await platformIdsByKey(['facebook'])`. */
export async function platformIdsByKey(keys: string[]) {
  const rows = await db.platform.findMany({ where: { key: { in: keys } }, select: { id: true, key: true } });
  return Object.fromEntries(rows.map((row) => [row.key, row.id])) as Record<string, string>;
}

/**
 * A location in Bremerhaven created through the data layer by `editor` (a manager or owner), with a
 * unique store code; `fields` replace the defaults or add others, e.g. `assignedMembershipId`.
 */
export async function addTestLocation(editor: MemberContext, fields: Record<string, unknown> = {}) {
  const { id } = await createLocation(
    editor,
    locationInputSchema.parse({
      storeCode: `T-${randomUUID().slice(0, 6)}`,
      name: 'Bäckerei Deichbrise Lehe',
      street: 'Hafenstraße 145',
      postalCode: '27576',
      city: 'Bremerhaven',
      ...fields,
    }),
  );
  return id;
}

/**
 * A location row of `organisationId` written straight into the table, with a unique store code and
 * an address in Bremerhaven; `fields` replace the defaults or add others (`assignedMembershipId`,
 * `archivedAt`, coordinates, a backdated `createdAt`, …). No audit entry, no validation: for
 * set-ups of many locations, or of rows the data layer would not write; `addTestLocation` goes
 * through it.
 */
export async function insertTestLocation(
  organisationId: string,
  name: string,
  fields: Partial<Prisma.LocationUncheckedCreateInput> = {},
) {
  const location = await db.location.create({
    data: {
      organisationId,
      storeCode: `T-${randomUUID().slice(0, 8)}`,
      name,
      street: 'Hafenstraße 1',
      postalCode: '27568',
      city: 'Bremerhaven',
      ...fields,
    },
    select: { id: true },
  });
  return location.id;
}

/**
 * A check-in row for the week starting `weekStart`, submitted unless `status` says otherwise,
 * written straight into the table; `minutes` with a `platformId` make one monitoring line.
 */
export async function insertTestCheckIn(
  organisationId: string,
  locationId: string,
  weekStart: PlainDate,
  {
    status = 'SUBMITTED',
    minutes,
    platformId,
  }: { status?: CheckInStatus; minutes?: number; platformId?: string } = {},
) {
  const checkIn = await db.checkIn.create({
    data: {
      organisationId,
      locationId,
      weekStart: toUtcDate(weekStart),
      status,
      submittedAt: status === 'SUBMITTED' ? new Date() : null,
      ...(minutes && platformId
        ? { minutes: { create: { platformId, activity: 'MONITORING', minutes } } }
        : {}),
    },
    select: { id: true },
  });
  return checkIn.id;
}

/** Compared by name and code, so that errors from a re-imported module instance count too. */
export async function expectAppError(promise: Promise<unknown>, code: AppErrorCode) {
  await expect(promise).rejects.toMatchObject({ name: 'AppError', code });
}
