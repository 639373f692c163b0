import { z } from 'zod';
import { openingHoursJsonSchema } from '@/lib/api/locations/representation';
import { listingStatuses } from '@/lib/listings/schemas';
import { napFields } from '@/lib/nap/schemas';
import type { LocationObservationView } from '@/lib/verification/observations';
import { verificationSourceValues } from '@/lib/verification/schemas';

// What a source last observed of a location, as /api/v1 shows it on a listing item (OpenStreetMap,
// Google) and beside a location's checklist (the website). The schema documents it in openapi.json.
const isoDateTime = z.iso.datetime({ offset: true });
const observationOutcomes = ['CONSISTENT', 'DIFFERENT', 'NOT_FOUND', 'AMBIGUOUS', 'NO_DATA'] as const;
const observationFields = [...napFields, 'openingHours'] as const;

const observedValuesJsonSchema = z
  .object({
    name: z.string().nullable(),
    street: z.string().nullable(),
    postalCode: z.string().nullable(),
    city: z.string().nullable(),
    phone: z.string().nullable(),
    website: z.string().nullable(),
    openingHours: openingHoursJsonSchema.nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    rating: z.number().nullable().meta({ description: 'Google only: 1.0–5.0.' }),
    reviewCount: z.int().nullable().meta({ description: 'Google only: the number of reviews.' }),
    businessStatus: z
      .string()
      .nullable()
      .meta({ description: 'Google only: OPERATIONAL, CLOSED_TEMPORARILY or CLOSED_PERMANENTLY.' }),
  })
  .meta({
    description: 'What the source states, in the master data’s shapes; a field it does not state is null.',
  });

export const locationObservationJsonSchema = z
  .object({
    source: z.enum(verificationSourceValues),
    outcome: z.enum(observationOutcomes).meta({
      description:
        'CONSISTENT: found, nothing differs; DIFFERENT: found, see differingFields; NOT_FOUND: the source has no entry for the location; AMBIGUOUS: several fit (details.candidates); NO_DATA: the source answered but states nothing readable (a website without structured data).',
    }),
    observedAt: isoDateTime,
    differingFields: z
      .array(z.enum(observationFields))
      .meta({ description: 'Fields the source states otherwise than the master data (hours by meaning).' }),
    observed: observedValuesJsonSchema
      .nullable()
      .meta({ description: 'null when nothing was found, and for Google after 30 days.' }),
    sourceUrl: z.string().nullable().meta({
      description: 'Where a person can see it: the page, the OpenStreetMap element, the Google Maps place.',
    }),
    externalId: z
      .string()
      .nullable()
      .meta({ description: 'The source’s id: "node/123", a Google place id, a JSON-LD @id.' }),
    externalVersion: z.int().nullable().meta({ description: 'OpenStreetMap’s element version.' }),
    suggestedStatus: z.enum(listingStatuses).nullable().meta({
      description:
        'The checklist status this observation suggests for an item someone set by hand within 30 days (otherwise the status follows the observation by itself); null when there is none.',
    }),
    details: z.record(z.string(), z.unknown()).meta({
      description:
        'Source-specific and small. Website: `finding` (noWebsite, pageStatus, notHtml, pageTooLarge, tooManyRedirects, invalidRedirect, noStructuredData with a ready JSON-LD `snippet`), `fields` (per field match/format/mismatch), `missingFields`, `hours`, `candidates`. OpenStreetMap: `links` ({ url, editUrl }), `incomplete`, `dataTimestamp`, `distanceMetres`, `missing`, `differences` ([{ field, master, osm, reason }]), `openingHours` (the raw tag), `hours`, `candidates`, `nearby`. Google: `businessStatus`, `differences`, `missing`, `hours`, `candidates`, `candidateCount`.',
    }),
  })
  .meta({ title: 'LocationObservation' });
export type LocationObservationJson = z.output<typeof locationObservationJsonSchema>;

function observedJson(observed: LocationObservationView['observed']): LocationObservationJson['observed'] {
  if (!observed) return null;
  // Field by field: what is stored is JSON, and only the documented fields are answered.
  return {
    name: observed.name ?? null,
    street: observed.street ?? null,
    postalCode: observed.postalCode ?? null,
    city: observed.city ?? null,
    phone: observed.phone ?? null,
    website: observed.website ?? null,
    openingHours: observed.openingHours ?? null,
    latitude: observed.latitude ?? null,
    longitude: observed.longitude ?? null,
    rating: observed.rating ?? null,
    reviewCount: observed.reviewCount ?? null,
    businessStatus: observed.businessStatus ?? null,
  };
}

export function toLocationObservationJson(view: LocationObservationView): LocationObservationJson {
  return {
    source: view.source,
    outcome: view.outcome,
    observedAt: view.observedAt.toISOString(),
    differingFields: view.differingFields as LocationObservationJson['differingFields'],
    observed: observedJson(view.observed),
    sourceUrl: view.sourceUrl,
    externalId: view.externalId,
    externalVersion: view.externalVersion,
    suggestedStatus: view.suggestedStatus,
    details: view.details,
  };
}

/** The observation of the source that observes this checklist platform ("openstreetmap"), or null. */
export function observationOfPlatform(
  observations: readonly LocationObservationView[] | undefined,
  platformKey: string,
): LocationObservationJson | null {
  const observation = observations?.find((candidate) => candidate.platformKey === platformKey);
  return observation ? toLocationObservationJson(observation) : null;
}

/** The location's own website as last observed, or null. */
export function websiteObservationOf(
  observations: readonly LocationObservationView[] | undefined,
): LocationObservationJson | null {
  const observation = observations?.find((candidate) => candidate.source === 'WEBSITE');
  return observation ? toLocationObservationJson(observation) : null;
}
