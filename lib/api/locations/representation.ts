import { z } from 'zod';
import { presenceJsonSchema, type PresenceJson } from '@/lib/api/listings/presence';
import type { LocationDetail } from '@/lib/locations/locations';
import { locationStatuses, weekdays } from '@/lib/locations/schemas';

// The stable JSON of a location in /api/v1. These schemas document the answers in openapi.json,
// and the mappers below must produce them (the types are derived from the schemas).
const timeRange = z.object({ opens: z.string(), closes: z.string() });
const isoDateTime = z.iso.datetime({ offset: true });

export const openingHoursJsonSchema = z
  .object(
    Object.fromEntries(weekdays.map((day) => [day, z.array(timeRange)])) as Record<
      (typeof weekdays)[number],
      z.ZodArray<typeof timeRange>
    >,
  )
  .meta({ description: 'Regular hours per weekday; an empty list means closed.' });

export const specialHoursJsonSchema = z.object({
  startDate: z.iso.date(),
  endDate: z.iso.date(),
  closed: z.boolean(),
  ranges: z.array(timeRange),
  note: z.string().nullable(),
});

/** Where the coordinates came from; a location is written with coordinates only by hand (MANUAL). */
const positionJsonFields = {
  positionSource: z.enum(['MANUAL', 'GEOCODER', 'GAZETTEER']).nullable().meta({
    description:
      'MANUAL: set by a person (form, API, CSV; never replaced automatically); GEOCODER: found from the address by GEOCODER_URL; GAZETTEER: approximate, from the embedded GeoNames place list; null without coordinates.',
  }),
  positionPrecision: z.enum(['ADDRESS', 'MUNICIPALITY', 'POSTCODE_REGION']).nullable(),
  positionPrecisionM: z
    .int()
    .nullable()
    .meta({ description: 'Radius in metres within which an automatic position probably lies.' }),
};

export const locationJsonSchema = z
  .object({
    id: z.uuid(),
    storeCode: z.string(),
    name: z.string(),
    street: z.string(),
    addressExtra: z.string().nullable(),
    postalCode: z.string(),
    city: z.string(),
    region: z.string().nullable(),
    countryCode: z.string().meta({ description: 'ISO 3166-1 alpha-2, e.g. DE' }),
    phone: z.string().nullable().meta({ description: 'E.164, e.g. +494714829310' }),
    website: z.string().nullable(),
    email: z.string().nullable(),
    primaryCategory: z.string().nullable(),
    description: z.string().nullable(),
    openingHours: openingHoursJsonSchema,
    specialHours: z.array(specialHoursJsonSchema),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    ...positionJsonFields,
    status: z.enum(locationStatuses),
    assignedMembershipId: z.uuid().nullable(),
    archived: z.boolean(),
    archivedAt: isoDateTime.nullable(),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
    presence: presenceJsonSchema
      .nullable()
      .meta({ description: 'The presence score from the listings checklist; null while archived.' }),
  })
  .meta({ title: 'Location' });
export type LocationJson = z.output<typeof locationJsonSchema>;

/** One row of GET /api/v1/locations: the columns of the list, without hours. */
export const locationSummaryJsonSchema = z
  .object({
    id: z.uuid(),
    storeCode: z.string(),
    name: z.string(),
    street: z.string(),
    postalCode: z.string(),
    city: z.string(),
    phone: z.string().nullable(),
    status: z.enum(locationStatuses),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    positionSource: positionJsonFields.positionSource,
    assignedMemberName: z.string().nullable(),
    archived: z.boolean(),
    updatedAt: isoDateTime,
    presenceScore: z
      .int()
      .min(0)
      .max(100)
      .nullable()
      .meta({ description: 'The presence score (0–100); null while archived.' }),
  })
  .meta({ title: 'LocationSummary' });
export type LocationSummaryJson = z.output<typeof locationSummaryJsonSchema>;

export const locationPageJsonSchema = z
  .object({
    data: z.array(locationSummaryJsonSchema),
    page: z.int().min(1).max(100_000),
    pageSize: z.int().min(1).max(200),
    total: z.int().min(0),
  })
  .meta({ title: 'LocationPage' });

const emptyWeek = Object.fromEntries(
  weekdays.map((day) => [day, []]),
) as unknown as LocationJson['openingHours'];

const dateOnly = (date: Date) => date.toISOString().slice(0, 10);

export function toLocationJson(location: LocationDetail, presence: PresenceJson | null): LocationJson {
  return {
    id: location.id,
    storeCode: location.storeCode,
    name: location.name,
    street: location.street,
    addressExtra: location.addressExtra,
    postalCode: location.postalCode,
    city: location.city,
    region: location.region,
    countryCode: location.countryCode,
    phone: location.phone,
    website: location.website,
    email: location.email,
    primaryCategory: location.primaryCategory,
    description: location.description,
    openingHours: { ...emptyWeek, ...(location.openingHours as Partial<LocationJson['openingHours']>) },
    specialHours: location.specialHours.map((entry) => ({
      startDate: dateOnly(entry.startDate),
      endDate: dateOnly(entry.endDate),
      closed: entry.closed,
      ranges: entry.ranges as LocationJson['specialHours'][number]['ranges'],
      note: entry.note,
    })),
    latitude: location.latitude,
    longitude: location.longitude,
    positionSource: location.positionSource,
    positionPrecision: location.positionPrecision,
    positionPrecisionM: location.positionPrecisionM,
    status: location.status,
    assignedMembershipId: location.assignedMembershipId,
    archived: location.archivedAt !== null,
    archivedAt: location.archivedAt?.toISOString() ?? null,
    createdAt: location.createdAt.toISOString(),
    updatedAt: location.updatedAt.toISOString(),
    presence,
  };
}

type ListedLocation = {
  id: string;
  storeCode: string;
  name: string;
  street: string;
  postalCode: string;
  city: string;
  phone: string | null;
  status: LocationJson['status'];
  latitude: number | null;
  longitude: number | null;
  positionSource: LocationJson['positionSource'];
  archivedAt: Date | null;
  updatedAt: Date;
  assignedMember: { user: { name: string } } | null;
};

export function toLocationSummaryJson(
  location: ListedLocation,
  presenceScore: number | null,
): LocationSummaryJson {
  return {
    id: location.id,
    storeCode: location.storeCode,
    name: location.name,
    street: location.street,
    postalCode: location.postalCode,
    city: location.city,
    phone: location.phone,
    status: location.status,
    latitude: location.latitude,
    longitude: location.longitude,
    positionSource: location.positionSource,
    assignedMemberName: location.assignedMember?.user.name ?? null,
    archived: location.archivedAt !== null,
    updatedAt: location.updatedAt.toISOString(),
    presenceScore,
  };
}
