import 'server-only';
import type { Transaction } from '@/lib/db/prisma';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Placement } from '../placement/place-location';
import type { LocationInput } from '../schemas';
import type { PlannedRow } from './plan-location-import';

// Rows per statement: large enough that 10,000 locations take a few dozen statements, small
// enough that each statement's JSON stays a few hundred kilobytes, far below the statement timeout.
const createChunk = 1000;
const updateChunk = 500;
const specialHoursChunk = 5000;

function chunksOf<T>(items: T[], size: number) {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

/** masterData's fields as jsonb_to_recordset reads them. */
const masterDataColumns = Prisma.raw(`"storeCode" text, "name" text, "street" text, "addressExtra" text,
  "postalCode" text, "city" text, "region" text, "countryCode" text, "phone" text, "website" text,
  "primaryCategory" text, "description" text, "openingHours" jsonb, "latitude" double precision,
  "longitude" double precision, "positionSource" "PositionSource", "positionPrecision" "PositionPrecision",
  "positionPrecisionM" integer`);

/**
 * The columns the CSV layout holds, and the position the plan placed the row at; email, status,
 * assignee and archiving are left as they are.
 */
function masterData(input: LocationInput, placement: Placement | undefined) {
  return {
    storeCode: input.storeCode,
    name: input.name,
    street: input.street,
    addressExtra: input.addressExtra || null,
    postalCode: input.postalCode,
    city: input.city,
    region: input.region || null,
    countryCode: input.countryCode,
    phone: input.phone || null,
    website: input.website || null,
    primaryCategory: input.primaryCategory || null,
    description: input.description || null,
    openingHours: input.openingHours,
    latitude: placement?.latitude ?? null,
    longitude: placement?.longitude ?? null,
    positionSource: placement?.positionSource ?? null,
    positionPrecision: placement?.positionPrecision ?? null,
    positionPrecisionM: placement?.positionPrecisionM ?? null,
  };
}

type SpecialHoursRow = ReturnType<typeof specialHoursRows>[number];

function specialHoursRows(locationId: string, input: LocationInput) {
  return input.specialHours.map((entry) => ({
    locationId,
    startDate: entry.startDate,
    endDate: entry.endDate,
    closed: entry.closed,
    ranges: entry.closed ? [] : entry.ranges,
    note: entry.note || null,
  }));
}

// Rows travel as one JSON parameter per statement (jsonb_to_recordset), not as Prisma's
// createMany: turning 1,000 rows into Prisma's query held the event loop for about 250 ms,
// JSON.stringify takes a few milliseconds.

/** Creates the chunk's locations in one statement; their ids by store code. */
async function insertLocations(tx: Transaction, organisationId: string, chunk: PlannedRow[]) {
  const values = JSON.stringify(chunk.map((row) => masterData(row.input!, row.placement)));
  const created = await tx.$queryRaw<{ id: string; storeCode: string }[]>`
    INSERT INTO locations (
      id, organisation_id, store_code, name, street, address_extra, postal_code, city, region,
      country_code, phone, website, primary_category, description, opening_hours, latitude,
      longitude, position_source, position_precision, position_precision_m, created_at, updated_at)
    SELECT gen_random_uuid(), ${organisationId}::uuid, v."storeCode", v."name", v."street",
      v."addressExtra", v."postalCode", v."city", v."region", v."countryCode", v."phone",
      v."website", v."primaryCategory", v."description", v."openingHours", v."latitude",
      v."longitude", v."positionSource", v."positionPrecision", v."positionPrecisionM",
      now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC'
    FROM jsonb_to_recordset(${values}::jsonb) AS v(${masterDataColumns})
    RETURNING id, store_code AS "storeCode"`;
  return new Map(created.map((location) => [location.storeCode, location.id]));
}

/** Updates the chunk's locations in one statement. */
async function updateLocations(tx: Transaction, organisationId: string, chunk: PlannedRow[]) {
  const values = JSON.stringify(
    chunk.map((row) => ({ id: row.existing!.id, ...masterData(row.input!, row.placement) })),
  );
  await tx.$executeRaw`
    UPDATE locations AS l SET
      name = v."name", street = v."street", address_extra = v."addressExtra",
      postal_code = v."postalCode", city = v."city", region = v."region",
      country_code = v."countryCode", phone = v."phone", website = v."website",
      primary_category = v."primaryCategory", description = v."description",
      opening_hours = v."openingHours", latitude = v."latitude", longitude = v."longitude",
      position_source = v."positionSource", position_precision = v."positionPrecision",
      position_precision_m = v."positionPrecisionM", updated_at = now() AT TIME ZONE 'UTC'
    FROM jsonb_to_recordset(${values}::jsonb) AS v("id" uuid, ${masterDataColumns})
    WHERE l.id = v."id" AND l.organisation_id = ${organisationId}::uuid`;
}

async function insertSpecialHours(tx: Transaction, rows: SpecialHoursRow[]) {
  await tx.$executeRaw`
    INSERT INTO location_special_hours (id, location_id, start_date, end_date, closed, ranges, note)
    SELECT gen_random_uuid(), v."locationId", v."startDate", v."endDate", v."closed", v."ranges", v."note"
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS v(
      "locationId" uuid, "startDate" date, "endDate" date, "closed" boolean, "ranges" jsonb, "note" text)`;
}

/**
 * Writes the planned creates and updates set-based: one INSERT per chunk of new locations, one
 * UPDATE per chunk of changed ones, and special hours replaced for the locations whose special
 * hours changed. Runs inside the caller's transaction.
 */
export async function writeLocationImport(tx: Transaction, organisationId: string, planned: PlannedRow[]) {
  const specialHours: SpecialHoursRow[] = [];

  const creates = planned.filter((row) => row.outcome === 'create' && row.input);
  for (const chunk of chunksOf(creates, createChunk)) {
    const idOf = await insertLocations(tx, organisationId, chunk);
    for (const row of chunk)
      specialHours.push(...specialHoursRows(idOf.get(row.input!.storeCode)!, row.input!));
  }

  const updates = planned.filter((row) => row.outcome === 'update' && row.input && row.existing);
  for (const chunk of chunksOf(updates, updateChunk)) await updateLocations(tx, organisationId, chunk);

  const replaced = updates.filter((row) => row.specialHoursChanged);
  for (const chunk of chunksOf(replaced, updateChunk)) {
    await tx.locationSpecialHours.deleteMany({
      where: { locationId: { in: chunk.map((row) => row.existing!.id) } },
    });
  }
  for (const row of replaced) specialHours.push(...specialHoursRows(row.existing!.id, row.input!));
  for (const chunk of chunksOf(specialHours, specialHoursChunk)) await insertSpecialHours(tx, chunk);
}
