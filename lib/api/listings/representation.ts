import { z } from 'zod';
import {
  locationObservationJsonSchema,
  observationOfPlatform,
  websiteObservationOf,
} from '@/lib/api/verification/observation-representation';
import type { ChecklistEntry } from '@/lib/listings/checklist';
import { compareShownFields } from '@/lib/listings/nap-check';
import type { NextAction } from '@/lib/listings/next-action';
import type { PlatformListItem } from '@/lib/listings/platforms';
import { listingStatuses } from '@/lib/listings/schemas';
import type { LocationScore } from '@/lib/listings/score';
import type { LocationDetail } from '@/lib/locations/locations';
import { napFields, napResults, type NapField } from '@/lib/nap/schemas';
import type { LocationObservationView } from '@/lib/verification/observations';
import { presenceJsonSchema, toPresenceJson } from './presence';

// The stable JSON of platforms and checklist items in /api/v1. The schemas document the answers
// in openapi.json; the mappers below are typed against them.
const isoDateTime = z.iso.datetime({ offset: true });
const platformKinds = ['MAPS', 'NAVIGATION', 'SOCIAL', 'REVIEWS', 'DIRECTORY'] as const;
const nextActions = [
  'fixData',
  'create',
  'finishClaim',
  'verifyAndPublish',
  'recheck',
  'none',
  'notApplicable',
] as const satisfies readonly NextAction[];

export const platformJsonSchema = z
  .object({
    id: z.uuid(),
    key: z
      .string()
      .meta({ description: 'Stable, e.g. google-business-profile; own platforms custom-<uuid>.' }),
    name: z.string(),
    kind: z.enum(platformKinds),
    enabled: z.boolean().meta({ description: 'Whether the organisation works with this platform.' }),
    custom: z.boolean().meta({ description: "True for the organisation's own platforms." }),
    weight: z.int().min(1).max(10).meta({ description: "Share in the presence score's coverage." }),
    hasRatings: z.boolean(),
    shows: z
      .object({
        name: z.boolean(),
        address: z.boolean(),
        phone: z.boolean(),
        website: z.boolean(),
        hours: z.boolean(),
      })
      .meta({ description: 'Which master data the platform shows (only these are compared).' }),
    homeUrl: z.string().nullable(),
    claimHint: z
      .object({ de: z.string(), en: z.string() })
      .meta({ description: 'How to claim a listing there.' }),
  })
  .meta({ title: 'Platform' });
export type PlatformJson = z.output<typeof platformJsonSchema>;

export const platformListJsonSchema = z
  .object({ data: z.array(platformJsonSchema) })
  .meta({ title: 'PlatformList' });

const napResult = z.enum(napResults).nullable().meta({
  description:
    'match: the same text; format: written differently, same content; mismatch: different. null: not recorded, or not shown by the platform.',
});

export const listingItemJsonSchema = z
  .object({
    id: z.uuid().nullable().meta({
      description:
        'null until the item is first saved (PUT /api/v1/locations/{id}/listings/{platformId}); then PATCH /api/v1/listings/{id}.',
    }),
    locationId: z.uuid(),
    platform: z.object({
      id: z.uuid(),
      key: z.string(),
      name: z.string(),
      kind: z.enum(platformKinds),
      weight: z.int(),
      hasRatings: z.boolean(),
    }),
    status: z.enum(listingStatuses),
    listingUrl: z.string().nullable(),
    shownName: z.string().nullable(),
    shownStreet: z.string().nullable(),
    shownPostcode: z.string().nullable(),
    shownCity: z.string().nullable(),
    shownPhone: z.string().nullable(),
    shownWebsite: z.string().nullable(),
    mismatchedFields: z
      .array(z.enum(napFields))
      .meta({ description: 'Fields whose shown value differs from the master data beyond formatting.' }),
    nap: z
      .object(
        Object.fromEntries(napFields.map((field) => [field, napResult])) as Record<
          NapField,
          typeof napResult
        >,
      )
      .meta({ description: 'Per field: the shown value compared with the master data.' }),
    rating: z.number().min(1).max(5).nullable(),
    reviewCount: z.int().min(0).nullable(),
    lastCheckedAt: isoDateTime.nullable(),
    lastCheckedBy: z.string().nullable(),
    notes: z.string().nullable(),
    version: z.int().min(0).meta({ description: 'Send it with every change; 0 for an item never saved.' }),
    fresh: z.boolean().meta({ description: "Checked within the organisation's freshness period." }),
    nextAction: z.enum(nextActions),
    observation: locationObservationJsonSchema.nullable().meta({
      description:
        'What an automatic check last observed of this listing (OpenStreetMap on openstreetmap, Google on google-business-profile); null on other platforms and before the first check.',
    }),
  })
  .meta({ title: 'ListingItem' });
export type ListingItemJson = z.output<typeof listingItemJsonSchema>;

export const listingChecklistJsonSchema = z
  .object({
    location: z.object({ id: z.uuid(), storeCode: z.string(), name: z.string() }),
    presence: presenceJsonSchema.nullable().meta({ description: 'null for an archived location.' }),
    data: z
      .array(listingItemJsonSchema)
      .meta({ description: 'One item per enabled platform, most urgent first.' }),
    websiteObservation: locationObservationJsonSchema.nullable().meta({
      description:
        "What the automatic check last read on the location's own website (schema.org data); null before the first check.",
    }),
  })
  .meta({ title: 'ListingChecklist' });
export type ListingChecklistJson = z.output<typeof listingChecklistJsonSchema>;

export function toPlatformJson(platform: PlatformListItem): PlatformJson {
  return {
    id: platform.id,
    key: platform.key,
    name: platform.name,
    kind: platform.kind,
    enabled: platform.enabled,
    custom: platform.isCustom,
    weight: platform.weight,
    hasRatings: platform.hasRatings,
    shows: platform.shows,
    homeUrl: platform.homeUrl,
    claimHint: platform.claimHint,
  };
}

type Master = Pick<LocationDetail, 'name' | 'street' | 'postalCode' | 'city' | 'phone' | 'website'>;

function napResultsOf(master: Master, { item, platform }: ChecklistEntry): ListingItemJson['nap'] {
  return compareShownFields(master, platform.shows, {
    name: item.shownName,
    street: item.shownStreet,
    postcode: item.shownPostcode,
    city: item.shownCity,
    phone: item.shownPhone,
    website: item.shownWebsite,
  });
}

/** The latest observations of the location (lib/verification/observations.ts), one query for all items. */
type Observations = readonly LocationObservationView[] | undefined;

export function toListingItemJson(
  location: Master & { id: string },
  entry: ChecklistEntry,
  observations: Observations,
): ListingItemJson {
  const { item, platform } = entry;
  return {
    id: item.id,
    locationId: location.id,
    platform: {
      id: platform.id,
      key: platform.key,
      name: platform.name,
      kind: platform.kind as ListingItemJson['platform']['kind'],
      weight: platform.weight,
      hasRatings: platform.hasRatings,
    },
    status: item.status,
    listingUrl: item.listingUrl,
    shownName: item.shownName,
    shownStreet: item.shownStreet,
    shownPostcode: item.shownPostcode,
    shownCity: item.shownCity,
    shownPhone: item.shownPhone,
    shownWebsite: item.shownWebsite,
    mismatchedFields: item.mismatchedFields as NapField[],
    nap: napResultsOf(location, entry),
    rating: item.rating,
    reviewCount: item.reviewCount,
    lastCheckedAt: item.lastCheckedAt?.toISOString() ?? null,
    lastCheckedBy: item.lastCheckedBy,
    notes: item.notes,
    version: item.version,
    fresh: item.fresh,
    nextAction: entry.nextAction,
    observation: observationOfPlatform(observations, platform.key),
  };
}

export function toListingChecklistJson(
  location: LocationDetail,
  entries: ChecklistEntry[],
  score: LocationScore | undefined,
  observations: Observations,
): ListingChecklistJson {
  return {
    location: { id: location.id, storeCode: location.storeCode, name: location.name },
    presence: toPresenceJson(score),
    data: entries.map((entry) => toListingItemJson(location, entry, observations)),
    websiteObservation: websiteObservationOf(observations),
  };
}
