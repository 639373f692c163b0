import 'server-only';
import { locationScopeSql } from '@/lib/access/location-scope';
import type { z } from 'zod';
import { actingUserId, assertRole, hasRole, type MemberContext } from '@/lib/access/member-context';
import { db, type Transaction } from '@/lib/db/prisma';
import { AppError } from '@/lib/errors';
import { emitWebhookEvent, emitWebhookEvents } from '@/lib/webhooks/emit';
import { listingStatusChangedData } from '@/lib/webhooks/listing-data';
import { Prisma } from '@/lib/generated/prisma/client';
import { getLocation, type LocationDetail } from '@/lib/locations/locations';
import { compareShownNap } from './nap-check';
import { compareByUrgency, nextActionFor, type NextAction } from './next-action';
import { enabledPlatformsSql } from './platforms';
import type { bulkStatusSchema, ListingStatusValue, ListingUpdateInput } from './schemas';

type EntryRow = {
  platform_id: string;
  platform_key: string;
  platform_name: string;
  kind: string;
  home_url: string | null;
  claim_hint_de: string;
  claim_hint_en: string;
  shows_name: boolean;
  shows_address: boolean;
  shows_phone: boolean;
  shows_website: boolean;
  has_ratings: boolean;
  weight: number;
  sort_order: number;
  item_id: string | null;
  status: ListingStatusValue;
  listing_url: string | null;
  shown_name: string | null;
  shown_street: string | null;
  shown_postcode: string | null;
  shown_city: string | null;
  shown_phone: string | null;
  shown_website: string | null;
  mismatched_fields: string[];
  rating: string | null;
  review_count: number | null;
  last_checked_at: Date | null;
  last_checked_by: string | null;
  notes: string | null;
  version: number;
  fresh: boolean;
};

export type ChecklistEntry = ReturnType<typeof toEntry>;

function toEntry(row: EntryRow) {
  const entry = {
    platform: {
      id: row.platform_id,
      key: row.platform_key,
      name: row.platform_name,
      kind: row.kind,
      homeUrl: row.home_url,
      claimHint: { de: row.claim_hint_de, en: row.claim_hint_en },
      shows: {
        name: row.shows_name,
        address: row.shows_address,
        phone: row.shows_phone,
        website: row.shows_website,
      },
      hasRatings: row.has_ratings,
      weight: row.weight,
      sortOrder: row.sort_order,
    },
    item: {
      id: row.item_id,
      status: row.status,
      listingUrl: row.listing_url,
      shownName: row.shown_name,
      shownStreet: row.shown_street,
      shownPostcode: row.shown_postcode,
      shownCity: row.shown_city,
      shownPhone: row.shown_phone,
      shownWebsite: row.shown_website,
      mismatchedFields: row.mismatched_fields,
      rating: row.rating === null ? null : Number(row.rating),
      reviewCount: row.review_count,
      lastCheckedAt: row.last_checked_at,
      lastCheckedBy: row.last_checked_by,
      notes: row.notes,
      version: row.version,
      fresh: row.fresh,
    },
  };
  return { ...entry, nextAction: nextActionFor(entry.item) as NextAction };
}

/** The checklist rows of one location (or one of its platforms), items without a row as "not started". */
function entriesSql(member: MemberContext, locationId: string, platformId?: string) {
  const organisationId = member.organisation.id;
  return Prisma.sql`
    SELECT p.id AS platform_id, p.key AS platform_key, p.name AS platform_name, p.kind::text AS kind, p.home_url,
           p.claim_hint_de, p.claim_hint_en, p.shows_name, p.shows_address, p.shows_phone, p.shows_website,
           p.has_ratings, p.weight, p.sort_order,
           li.id AS item_id, COALESCE(li.status::text, 'NOT_STARTED') AS status, li.listing_url,
           li.shown_name, li.shown_street, li.shown_postcode, li.shown_city, li.shown_phone, li.shown_website,
           COALESCE(li.mismatched_fields, '{}') AS mismatched_fields, li.rating::text AS rating, li.review_count,
           li.last_checked_at, u.name AS last_checked_by, li.notes, COALESCE(li.version, 0) AS version,
           COALESCE(li.last_checked_at >= now() - make_interval(days => o.freshness_days), false) AS fresh
    FROM (${enabledPlatformsSql(organisationId)}) p
    JOIN organisations o ON o.id = ${organisationId}::uuid
    LEFT JOIN listing_items li ON li.platform_id = p.id AND li.location_id = ${locationId}::uuid
    LEFT JOIN users u ON u.id = li.last_checked_by_id
    ${platformId ? Prisma.sql`WHERE p.id = ${platformId}::uuid` : Prisma.empty}
    ORDER BY p.sort_order, p.name`;
}

/** One location's checklist, the most urgent item first: two queries. */
export async function getLocationChecklist(member: MemberContext, locationId: string) {
  const location = await getLocation(member, locationId);
  const rows = await db.$queryRaw<EntryRow[]>(entriesSql(member, location.id));
  const entries = rows
    .map(toEntry)
    .sort((a, b) =>
      compareByUrgency({ ...a, weight: a.platform.weight }, { ...b, weight: b.platform.weight }),
    );
  return { location, entries };
}

/** One checklist entry, e.g. to show the newer values after a conflict. */
export async function getChecklistEntry(member: MemberContext, locationId: string, platformId: string) {
  const location = await getLocation(member, locationId);
  return entryOf(member, location.id, platformId);
}

/** The entry of a location already checked to belong to the member's organisation. */
async function entryOf(member: MemberContext, locationId: string, platformId: string) {
  const [row] = await db.$queryRaw<EntryRow[]>(entriesSql(member, locationId, platformId));
  if (!row) throw new AppError('NOT_FOUND');
  return toEntry(row);
}

const editableFields = [
  'status',
  'listingUrl',
  'shownName',
  'shownStreet',
  'shownPostcode',
  'shownCity',
  'shownPhone',
  'shownWebsite',
  'rating',
  'reviewCount',
  'notes',
] as const;

/** Staff maintain the checklists of the locations assigned to them; managers and owners all. */
function assertMayEdit(member: MemberContext, location: { assignedMembershipId: string | null }) {
  if (!hasRole(member, 'MANAGER') && location.assignedMembershipId !== member.membershipId)
    throw new AppError('FORBIDDEN');
}

type EditedValues = Record<(typeof editableFields)[number], unknown>;

/**
 * The item as it would be saved: the input over the stored values, the shown name, address,
 * phone and website compared with the master data, and a live or claimed status turned into
 * "needs update" on a mismatch (`statusReplaced` says so).
 */
function editedItem(location: LocationDetail, current: ChecklistEntry, input: ListingUpdateInput) {
  const next = { ...current.item } as EditedValues;
  for (const field of editableFields) if (input[field] !== undefined) next[field] = input[field];
  const mismatchedFields = compareShownNap(location, current.platform.shows, {
    name: next.shownName as string | null,
    street: next.shownStreet as string | null,
    postcode: next.shownPostcode as string | null,
    city: next.shownCity as string | null,
    phone: next.shownPhone as string | null,
    website: next.shownWebsite as string | null,
  });
  const chosenStatus = next.status as ListingStatusValue;
  if (mismatchedFields.length > 0 && (chosenStatus === 'LIVE' || chosenStatus === 'CLAIMED'))
    next.status = 'NEEDS_UPDATE';
  // Said in the answer when the status saved is not the one the editor chose.
  const statusReplaced =
    next.status === chosenStatus
      ? null
      : { chosen: chosenStatus, saved: next.status as ListingStatusValue, fields: mismatchedFields };
  return { next, mismatchedFields, statusReplaced };
}

/** The editable fields whose value changes, from and to. */
function changesOf(item: ChecklistEntry['item'], next: EditedValues) {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const field of editableFields) {
    if (String(item[field] ?? '') !== String(next[field] ?? ''))
      changes[field] = { from: item[field], to: next[field] };
  }
  return changes;
}

/** The row's columns as saved; a check marks it checked now by the acting user. */
function itemData(
  next: EditedValues,
  mismatchedFields: string[],
  markChecked: boolean,
  userId: string | null,
) {
  return {
    status: next.status as ListingStatusValue,
    listingUrl: next.listingUrl as string | null,
    shownName: next.shownName as string | null,
    shownStreet: next.shownStreet as string | null,
    shownPostcode: next.shownPostcode as string | null,
    shownCity: next.shownCity as string | null,
    shownPhone: next.shownPhone as string | null,
    shownWebsite: next.shownWebsite as string | null,
    rating: next.rating === null ? null : new Prisma.Decimal(next.rating as number),
    reviewCount: next.reviewCount as number | null,
    notes: next.notes as string | null,
    mismatchedFields,
    ...(markChecked ? { lastCheckedAt: new Date(), lastCheckedById: userId } : {}),
  };
}

/** Writes the item (created at version 1, else one version up), its history entry and, with a new rating, a snapshot. */
async function saveItem(
  tx: Transaction,
  member: MemberContext,
  key: { locationId: string; platformId: string },
  data: ReturnType<typeof itemData>,
  changes: ReturnType<typeof changesOf>,
  userId: string | null,
) {
  const item = await tx.listingItem.upsert({
    where: { locationId_platformId: key },
    create: { ...data, organisationId: member.organisation.id, ...key, version: 1 },
    update: { ...data, version: { increment: 1 } },
    select: { id: true, version: true },
  });
  await tx.listingChange.create({
    data: {
      listingItemId: item.id,
      changedById: userId,
      changedByName: member.actor.name,
      changes: changes as Prisma.InputJsonValue,
    },
  });
  if (changes.rating || changes.reviewCount) {
    await tx.listingRatingSnapshot.create({
      data: { listingItemId: item.id, rating: data.rating, reviewCount: data.reviewCount },
    });
  }
  return item;
}

/**
 * Saves a checklist item. The caller names the version it edited (0: never saved); if someone
 * saved in between, nothing is written and CONFLICT is thrown, so nobody overwrites anybody
 * silently. The shown name/address/phone/website are compared with the master data; a mismatch
 * turns a live or claimed item into "needs update", which the answer's `statusReplaced` names
 * (chosen, saved, the differing fields) so the editor is told. Every change is recorded with its
 * author.
 */
export async function updateListingItem(
  member: MemberContext,
  locationId: string,
  platformId: string,
  input: ListingUpdateInput,
) {
  const location = await getLocation(member, locationId);
  assertMayEdit(member, location);
  const current = await entryOf(member, location.id, platformId);
  const userId = actingUserId(member);

  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ version: number }[]>`
      SELECT version FROM listing_items WHERE location_id = ${location.id}::uuid AND platform_id = ${platformId}::uuid FOR UPDATE`;
    const storedVersion = locked[0]?.version ?? 0;
    if (storedVersion !== input.version || storedVersion !== current.item.version) {
      throw new AppError('CONFLICT', { messageKey: 'listings.errors.stale' });
    }

    const { next, mismatchedFields, statusReplaced } = editedItem(location, current, input);
    const changes = changesOf(current.item, next);
    if (Object.keys(changes).length === 0 && !input.markChecked)
      return { version: current.item.version, statusReplaced };

    const data = itemData(next, mismatchedFields, Boolean(input.markChecked), userId);
    if (input.markChecked) changes.lastCheckedAt = { from: current.item.lastCheckedAt, to: new Date() };
    const item = await saveItem(tx, member, { locationId: location.id, platformId }, data, changes, userId);
    if (changes.status) {
      const event = listingStatusChangedData(location.id, platformId, changes.status.from, changes.status.to);
      await emitWebhookEvent(tx, member.organisation.id, 'listing.status_changed', event);
    }
    return { version: item.version, statusReplaced };
  });
}

/**
 * Sets one status on many items at once (the matrix' bulk change) in one statement: only
 * the organisation's active locations the member sees and its enabled platforms, only items whose status changes,
 * each change recorded in the history.
 */
export async function bulkSetListingStatus(member: MemberContext, input: z.output<typeof bulkStatusSchema>) {
  assertRole(member, 'MANAGER');
  const organisationId = member.organisation.id;
  const userId = actingUserId(member);
  const locationIds = input.targets.map((target) => target.locationId);
  const platformIds = input.targets.map((target) => target.platformId);
  return db.$transaction(async (tx) => {
    const changed = await tx.$queryRaw<{ location_id: string; platform_id: string; status: string }[]>`
    WITH targets AS (
      SELECT DISTINCT t.location_id, t.platform_id
      FROM unnest(${locationIds}::uuid[], ${platformIds}::uuid[]) AS t(location_id, platform_id)
      JOIN locations l ON l.id = t.location_id AND ${locationScopeSql(member, 'l')} AND l.archived_at IS NULL
      JOIN (${enabledPlatformsSql(organisationId)}) p ON p.id = t.platform_id
    ),
    before AS (
      SELECT t.location_id, t.platform_id, COALESCE(li.status::text, 'NOT_STARTED') AS status
      FROM targets t
      LEFT JOIN listing_items li ON li.location_id = t.location_id AND li.platform_id = t.platform_id
    ),
    upserted AS (
      INSERT INTO listing_items (id, organisation_id, location_id, platform_id, status, version, updated_at)
      SELECT gen_random_uuid(), ${organisationId}::uuid, location_id, platform_id, ${input.status}::"ListingStatus", 1, now()
      FROM before WHERE status <> ${input.status}
      ON CONFLICT (location_id, platform_id) DO UPDATE
        SET status = EXCLUDED.status, version = listing_items.version + 1, updated_at = now()
      RETURNING id, location_id, platform_id
    ),
    history AS (
      INSERT INTO listing_changes (id, listing_item_id, changed_by_id, changed_by_name, changed_at, changes)
      SELECT gen_random_uuid(), u.id, ${userId}::uuid, ${member.actor.name}, now(),
             jsonb_build_object('status', jsonb_build_object('from', b.status, 'to', ${input.status}::text))
      FROM upserted u JOIN before b USING (location_id, platform_id)
      RETURNING 1
    )
    SELECT u.location_id, u.platform_id, b.status FROM upserted u JOIN before b USING (location_id, platform_id)
    ORDER BY u.location_id, u.platform_id`;
    const events = changed.map((row) =>
      listingStatusChangedData(row.location_id, row.platform_id, row.status, input.status),
    );
    await emitWebhookEvents(tx, organisationId, 'listing.status_changed', events);
    return { changed: changed.length };
  });
}
