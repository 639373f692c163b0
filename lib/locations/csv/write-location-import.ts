import 'server-only';
import type { Transaction } from '@/lib/db/prisma';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { LocationInput } from '../schemas';
import type { PlannedRow } from './plan-location-import';

// Rows per statement: large enough that 10,000 locations take a few dozen statements, small
// enough to stay far below PostgreSQL's 65,535 bind parameters and the statement timeout.
const createChunk = 1000;
const updateChunk = 500;
const specialHoursChunk = 5000;

function chunksOf<T>(items: T[], size: number) {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

/** The columns the CSV layout holds; email, status, assignee and archiving are left as they are. */
function masterData(input: LocationInput) {
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
    latitude: input.latitude ?? null,
    longitude: input.longitude ?? null,
  };
}

function specialHoursRows(locationId: string, input: LocationInput) {
  return input.specialHours.map((entry) => ({
    locationId,
    startDate: new Date(`${entry.startDate}T00:00:00Z`),
    endDate: new Date(`${entry.endDate}T00:00:00Z`),
    closed: entry.closed,
    ranges: entry.closed ? [] : entry.ranges,
    note: entry.note || null,
  }));
}

/**
 * Writes the planned creates and updates set-based: createMany per chunk of new locations, one
 * UPDATE … FROM jsonb_to_recordset per chunk of changed ones, and special hours replaced for the
 * locations whose special hours changed. Runs inside the caller's transaction.
 */
export async function writeLocationImport(tx: Transaction, organisationId: string, planned: PlannedRow[]) {
  const specialHours: Prisma.LocationSpecialHoursCreateManyInput[] = [];

  const creates = planned.filter((row) => row.outcome === 'create' && row.input);
  for (const chunk of chunksOf(creates, createChunk)) {
    const created = await tx.location.createManyAndReturn({
      data: chunk.map((row) => ({ organisationId, ...masterData(row.input!) })),
      select: { id: true, storeCode: true },
    });
    const idOf = new Map(created.map((location) => [location.storeCode, location.id]));
    for (const row of chunk)
      specialHours.push(...specialHoursRows(idOf.get(row.input!.storeCode)!, row.input!));
  }

  const updates = planned.filter((row) => row.outcome === 'update' && row.input && row.existing);
  for (const chunk of chunksOf(updates, updateChunk)) {
    const values = JSON.stringify(chunk.map((row) => ({ id: row.existing!.id, ...masterData(row.input!) })));
    await tx.$executeRaw`
      UPDATE locations AS l SET
        name = v."name", street = v."street", address_extra = v."addressExtra",
        postal_code = v."postalCode", city = v."city", region = v."region",
        country_code = v."countryCode", phone = v."phone", website = v."website",
        primary_category = v."primaryCategory", description = v."description",
        opening_hours = v."openingHours", latitude = v."latitude", longitude = v."longitude",
        updated_at = now() AT TIME ZONE 'UTC'
      FROM jsonb_to_recordset(${values}::jsonb) AS v(
        "id" uuid, "name" text, "street" text, "addressExtra" text, "postalCode" text, "city" text,
        "region" text, "countryCode" text, "phone" text, "website" text, "primaryCategory" text,
        "description" text, "openingHours" jsonb, "latitude" double precision, "longitude" double precision)
      WHERE l.id = v."id" AND l.organisation_id = ${organisationId}::uuid`;
  }

  const replaced = updates.filter((row) => row.specialHoursChanged);
  for (const chunk of chunksOf(replaced, updateChunk)) {
    await tx.locationSpecialHours.deleteMany({
      where: { locationId: { in: chunk.map((row) => row.existing!.id) } },
    });
  }
  for (const row of replaced) specialHours.push(...specialHoursRows(row.existing!.id, row.input!));
  for (const chunk of chunksOf(specialHours, specialHoursChunk)) {
    await tx.locationSpecialHours.createMany({ data: chunk });
  }
}
