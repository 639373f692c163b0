import 'server-only';
import { z } from 'zod';
import { recordMemberEvent } from '@/lib/audit/audit-log';
import { escapeLike } from '@/lib/db/like-pattern';
import { db, type Transaction } from '@/lib/db/prisma';
import { AppError } from '@/lib/errors';
import { emitWebhookEvent } from '@/lib/webhooks/emit';
import { locationEventData } from '@/lib/webhooks/location-data';
import { Prisma } from '@/lib/generated/prisma/client';
import { assertRole, type MemberContext } from '@/lib/access/member-context';
import { assertNotGroupLimited, resolveGroupFilter } from '@/lib/access/group-filter';
import { isGroupLimited, locationScopeWhere } from '@/lib/access/location-scope';
import { placeLocation } from './placement/place-location';
import type { LocationInput, LocationListQuery, NewLocationInput } from './schemas';
import { generatedStoreCodeSites, nextStoreCode, storeCodePrefix } from './store-code';

// Managers and owners maintain locations; staff see them. A manager limited to some location
// groups sees and edits only theirs, and creates, archives and deletes none (assertNotGroupLimited).
// Ids come from URLs and API paths: anything that is not a UUID cannot exist, so it is "not found".
function assertLocationId(locationId: string) {
  if (!z.uuid().safeParse(locationId).success) throw new AppError('NOT_FOUND');
}

const editorRole = 'MANAGER' as const;

const listColumns = {
  id: true,
  storeCode: true,
  name: true,
  street: true,
  postalCode: true,
  city: true,
  phone: true,
  status: true,
  latitude: true,
  longitude: true,
  positionSource: true,
  archivedAt: true,
  updatedAt: true,
  assignedMember: { select: { user: { select: { name: true } } } },
} satisfies Prisma.LocationSelect;

/**
 * One page of the organisation's locations, searched and sorted in the database: two queries
 * (page and count) at any size, and one more to check a chosen group unless the page passes the
 * member's group options (`knownGroups`). The search uses the trigram index on search_text.
 */
export async function listLocations(
  member: MemberContext,
  query: LocationListQuery,
  knownGroups?: readonly { id: string }[],
) {
  const groupId = await resolveGroupFilter(member, query.group, knownGroups);
  const where: Prisma.LocationWhereInput = {
    ...locationScopeWhere(member, { groupId }),
    archivedAt: query.archived ? { not: null } : null,
    // Prisma's `contains` passes LIKE's wildcards through: taken literally here.
    ...(query.q ? { searchText: { contains: escapeLike(query.q.toLowerCase().replaceAll('ß', 'ss')) } } : {}),
    ...(query.position === 'none' ? { OR: [{ latitude: null }, { longitude: null }] } : {}),
  };
  const [items, total] = await Promise.all([
    db.location.findMany({
      where,
      select: listColumns,
      orderBy: [{ [query.sort]: query.direction }, { id: 'asc' }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
    db.location.count({ where }),
  ]);
  return {
    items,
    total,
    page: query.page,
    pageSize: query.pageSize,
    pageCount: Math.max(1, Math.ceil(total / query.pageSize)),
  };
}

export async function getLocation(member: MemberContext, locationId: string) {
  assertLocationId(locationId);
  const location = await db.location.findFirst({
    where: { id: locationId, ...locationScopeWhere(member) },
    include: {
      specialHours: { orderBy: { startDate: 'asc' } },
      assignedMember: { select: { id: true, user: { select: { name: true, email: true } } } },
    },
  });
  if (!location) throw new AppError('NOT_FOUND');
  return location;
}

export type LocationDetail = Awaited<ReturnType<typeof getLocation>>;

/** The assignee must be a member of the same organisation; another one's id is refused. */
async function assertAssigneeInOrganisation(
  tx: Transaction,
  member: MemberContext,
  membershipId: string | undefined,
) {
  if (!membershipId) return;
  const found = await tx.membership.findFirst({
    where: { id: membershipId, organisationId: member.organisation.id },
    select: { id: true },
  });
  if (!found)
    throw new AppError('NOT_FOUND', {
      messageKey: 'locations.errors.assigneeInvalid',
      field: 'assignedMembershipId',
    });
}

function toRow(input: LocationInput) {
  const { specialHours: _specialHours, assignedMembershipId, ...fields } = input;
  return {
    ...fields,
    addressExtra: fields.addressExtra ?? null,
    region: fields.region ?? null,
    phone: fields.phone ?? null,
    website: fields.website ?? null,
    email: fields.email ?? null,
    primaryCategory: fields.primaryCategory ?? null,
    description: fields.description ?? null,
    latitude: fields.latitude ?? null,
    longitude: fields.longitude ?? null,
    assignedMembershipId: assignedMembershipId ?? null,
  };
}

function toSpecialHoursRows(input: Pick<LocationInput, 'specialHours'>) {
  return input.specialHours.map((entry) => ({
    startDate: new Date(`${entry.startDate}T00:00:00Z`),
    endDate: new Date(`${entry.endDate}T00:00:00Z`),
    closed: entry.closed,
    ranges: entry.closed ? [] : entry.ranges,
    note: entry.note ?? null,
  }));
}

function rethrowStoreCodeTaken(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
    throw new AppError('CONFLICT', { messageKey: 'locations.errors.storeCodeTaken', field: 'storeCode' });
  }
  throw error;
}

/** Whether a new location must bring its own store code: from the business's third site on. */
export async function isStoreCodeRequired(member: MemberContext, tx: Transaction = db) {
  const sites = await tx.location.count({
    where: { organisationId: member.organisation.id, archivedAt: null },
  });
  return sites >= generatedStoreCodeSites;
}

/**
 * A store code for a new location left without one: generated from the city for a business's
 * first two sites (BREMERHAVEN-1), refused from the third on. A chain matches its imports and
 * Google's bulk sheet by its own codes, and a made-up one would let that import create the site
 * a second time; with one or two sites the code is rarely used and a duplicate easy to see.
 * Creations in one organisation take turns here, so two at once never pick the same code.
 */
async function storeCodeFor(tx: Transaction, member: MemberContext, input: NewLocationInput) {
  if (input.storeCode) return input.storeCode;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`location-store-code:${member.organisation.id}`}, 0))`;
  if (await isStoreCodeRequired(member, tx)) {
    throw new z.ZodError([
      {
        code: 'custom',
        path: ['storeCode'],
        message: 'locations.errors.storeCodeRequiredFromThird',
        input: undefined,
      },
    ]);
  }
  const prefix = storeCodePrefix(input.city);
  const taken = await tx.location.findMany({
    where: {
      organisationId: member.organisation.id,
      storeCode: { startsWith: `${prefix}-`, mode: 'insensitive' },
    },
    select: { storeCode: true },
  });
  return nextStoreCode(
    prefix,
    taken.map((location) => location.storeCode),
  );
}

/**
 * Creates a location. Without a store code, one is generated for the first two sites and refused
 * from the third on with a ZodError on storeCode (see storeCodeFor).
 */
export async function createLocation(member: MemberContext, input: NewLocationInput) {
  assertRole(member, editorRole);
  assertNotGroupLimited(member);
  // Before the transaction: the geocoder may take seconds.
  const placement = await placeLocation(input);
  try {
    return await db.$transaction(async (tx) => {
      await assertAssigneeInOrganisation(tx, member, input.assignedMembershipId);
      const storeCode = await storeCodeFor(tx, member, input);
      const created = await tx.location.create({
        data: {
          ...toRow({ ...input, storeCode }),
          ...placement,
          organisationId: member.organisation.id,
          specialHours: { create: toSpecialHoursRows(input) },
        },
        select: { id: true },
      });
      await emitLocationEvent(tx, member, 'location.created', created.id);
      return created;
    });
  } catch (error) {
    rethrowStoreCodeTaken(error);
  }
}

/**
 * Replaces the location's master data and special hours with the input, in one transaction. The
 * input's pin is the manual one (the form and the API show only those): without it the location
 * is placed from its address again.
 */
export async function updateLocation(member: MemberContext, locationId: string, input: LocationInput) {
  assertRole(member, editorRole);
  assertLocationId(locationId);
  const placement = await placeLocation(input);
  try {
    await db.$transaction(async (tx) => {
      await assertAssigneeInOrganisation(tx, member, input.assignedMembershipId);
      const { count } = await tx.location.updateMany({
        where: { id: locationId, ...locationScopeWhere(member) },
        data: { ...toRow(input), ...placement },
      });
      if (count === 0) throw new AppError('NOT_FOUND');
      await assertStillInGroups(tx, member, locationId);
      await tx.locationSpecialHours.deleteMany({ where: { locationId } });
      await tx.locationSpecialHours.createMany({
        data: toSpecialHoursRows(input).map((row) => ({ ...row, locationId })),
      });
      await emitLocationEvent(tx, member, 'location.updated', locationId);
    });
  } catch (error) {
    rethrowStoreCodeTaken(error);
  }
}

/**
 * A manager limited to location groups may not move a location out of them: a new city, region or
 * postcode can take it out of a rule group (the migration's triggers re-place it within the same
 * statement), and they would lose it. The whole change is refused instead.
 */
async function assertStillInGroups(tx: Transaction, member: MemberContext, locationId: string) {
  if (!isGroupLimited(member)) return;
  const visible = await tx.location.count({ where: { id: locationId, ...locationScopeWhere(member) } });
  if (visible === 0) throw new AppError('CONFLICT', { messageKey: 'locations.errors.wouldLeaveGroups' });
}

/** Archived locations leave lists, the map and exports, and can be restored. */
export async function setLocationArchived(member: MemberContext, locationId: string, archived: boolean) {
  assertRole(member, editorRole);
  assertNotGroupLimited(member);
  assertLocationId(locationId);
  await db.$transaction(async (tx) => {
    const [location] = await tx.location.updateManyAndReturn({
      where: { id: locationId, organisationId: member.organisation.id },
      data: { archivedAt: archived ? new Date() : null },
      select: { name: true, storeCode: true },
    });
    if (!location) throw new AppError('NOT_FOUND');
    const action = archived ? 'location.archived' : 'location.restored';
    await recordMemberEvent(
      member,
      { action, target: { type: 'location', id: locationId }, details: location },
      tx,
    );
    await emitLocationEvent(tx, member, 'location.updated', locationId);
  });
}

/** Tells the organisation's webhook endpoints, in the transaction of the change (lib/webhooks/emit.ts). */
function emitLocationEvent(
  tx: Transaction,
  member: MemberContext,
  type: 'location.created' | 'location.updated' | 'location.deleted',
  locationId: string,
) {
  return emitWebhookEvent(
    tx,
    member.organisation.id,
    type,
    locationEventData(member.organisation.id, locationId),
  );
}

/** Deleting is for the API and mistakes; the UI archives. */
export async function deleteLocation(member: MemberContext, locationId: string) {
  assertRole(member, editorRole);
  assertNotGroupLimited(member);
  assertLocationId(locationId);
  await db.$transaction(async (tx) => {
    const location = await tx.location.findFirst({
      where: { id: locationId, organisationId: member.organisation.id },
      select: { name: true, storeCode: true },
    });
    if (!location) throw new AppError('NOT_FOUND');
    // Before the deletion: the event carries the master data it removes.
    await emitLocationEvent(tx, member, 'location.deleted', locationId);
    const { count } = await tx.location.deleteMany({
      where: { id: locationId, organisationId: member.organisation.id },
    });
    if (count === 0) throw new AppError('NOT_FOUND');
    const target = { type: 'location', id: locationId };
    await recordMemberEvent(member, { action: 'location.deleted', target, details: location }, tx);
  });
}
