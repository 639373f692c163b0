import 'server-only';
import { LRUCache } from 'lru-cache';
import { db } from '@/lib/db/prisma';
import type { LocationStatus, PublishedField } from '@/lib/generated/prisma/enums';
import { openingHoursSchema, type SpecialHours } from '@/lib/locations/schemas';
import {
  withPublishedFields,
  type PublishableLocation,
  type PublishedFieldSet,
} from '../publishable-location';

// What the public store locator shows of an organisation, read by its slug without a member:
// only when an owner switched the locator on, only locations that are neither archived nor
// closed for good, only the fields the organisation publishes (withPublishedFields empties the
// rest before anything else sees them), special hours that have not ended, and never a special
// day's note (it is written for colleagues, not customers).
//
// A burst of visitors must cost the database nothing per view: a snapshot is served from this
// process's memory for `trustedForMs` without a statement; after that, one statement reads the
// organisation's data version (raised by every committed change of its data or settings,
// migration organisation_data_version) and the snapshot is kept while it is unchanged. So a
// change shows within half a minute, and a locator switched off disappears as quickly. While the
// database cannot be reached, the last snapshot is served and the check retried every few seconds.

export type PublicLocation = PublishableLocation & {
  temporarilyClosed: boolean;
};

export type LocatorSnapshot = {
  organisation: {
    slug: string;
    name: string;
    timeZone: string;
    publishedFields: PublishedFieldSet;
    embedOrigins: readonly string[];
  };
  /** Sorted by name. */
  locations: readonly PublicLocation[];
  /** The data version the snapshot was read at; changes with every change of the organisation. */
  version: string;
};

/** How long a snapshot is used without asking the database whether it is still current. */
export const trustedForMs = 30_000;

type Entry = { snapshot: LocatorSnapshot | null; version: string | null; verifiedAt: number };

// Unknown slugs are remembered too (as null), so a burst against one costs one statement; the
// bound keeps a scan of made-up slugs from growing memory.
const entries = new LRUCache<string, Entry>({ max: 2_000 });
const pending = new Map<string, Promise<LocatorSnapshot | null>>();

type OrganisationRow = {
  id: string;
  slug: string;
  name: string;
  time_zone: string;
  public_locator: boolean;
  published_fields: PublishedField[];
  locator_embed_origins: string[];
  version: string;
};

type LocationRow = {
  store_code: string;
  name: string;
  street: string;
  address_extra: string | null;
  postal_code: string;
  city: string;
  region: string | null;
  country_code: string;
  phone: string | null;
  website: string | null;
  email: string | null;
  primary_category: string | null;
  description: string | null;
  latitude: number | null;
  longitude: number | null;
  opening_hours: unknown;
  status: LocationStatus;
  special_hours: SpecialHours;
};

/** The organisation's published locator, or null when there is none (unknown slug, switched off). */
export async function loadLocatorSnapshot(slug: string): Promise<LocatorSnapshot | null> {
  const entry = entries.get(slug);
  if (entry && Date.now() - entry.verifiedAt < trustedForMs) return entry.snapshot;
  const running = pending.get(slug);
  if (running) return running;
  const read = refresh(slug, entry).finally(() => pending.delete(slug));
  pending.set(slug, read);
  return read;
}

/** After a failed check, the snapshot is served this long before the database is asked again. */
const retryAfterFailureMs = 5_000;

async function refresh(slug: string, previous: Entry | undefined): Promise<LocatorSnapshot | null> {
  try {
    return await check(slug, previous);
  } catch (error) {
    // The database is unreachable or failing: visitors keep the last snapshot (the locator shows
    // what was published a moment ago rather than an error); without one, the error stands.
    if (!previous) throw error;
    entries.set(slug, { ...previous, verifiedAt: Date.now() - trustedForMs + retryAfterFailureMs });
    return previous.snapshot;
  }
}

async function check(slug: string, previous: Entry | undefined): Promise<LocatorSnapshot | null> {
  const [organisation] = await db.$queryRaw<OrganisationRow[]>`
    SELECT id::text, slug, name, time_zone, public_locator, published_fields::text[] AS published_fields,
           locator_embed_origins, data_version::text AS version
    FROM organisations WHERE slug = ${slug}`;
  const version = organisation?.public_locator ? organisation.version : null;
  if (previous && previous.version === version) {
    entries.set(slug, { ...previous, verifiedAt: Date.now() });
    return previous.snapshot;
  }
  const snapshot = organisation?.public_locator ? await readSnapshot(organisation) : null;
  entries.set(slug, { snapshot, version, verifiedAt: Date.now() });
  return snapshot;
}

async function readSnapshot(organisation: OrganisationRow): Promise<LocatorSnapshot> {
  // Special hours that ended before yesterday no longer matter anywhere on the locator (yesterday
  // is kept for places whose "today" is still yesterday in UTC).
  const rows = await db.$queryRaw<LocationRow[]>`
    SELECT l.store_code, l.name, l.street, l.address_extra, l.postal_code, l.city, l.region,
           l.country_code, l.phone, l.website, l.email, l.primary_category, l.description,
           l.latitude, l.longitude, l.opening_hours, l.status::text AS status,
           COALESCE((
             SELECT json_agg(json_build_object(
                      'startDate', to_char(s.start_date, 'YYYY-MM-DD'),
                      'endDate', to_char(s.end_date, 'YYYY-MM-DD'),
                      'closed', s.closed,
                      'ranges', s.ranges) ORDER BY s.start_date, s.end_date)
             FROM location_special_hours s
             WHERE s.location_id = l.id AND s.end_date >= CURRENT_DATE - 1
           ), '[]'::json) AS special_hours
    FROM locations l
    WHERE l.organisation_id = ${organisation.id}::uuid
      AND l.archived_at IS NULL AND l.status <> 'CLOSED'
    ORDER BY l.name, l.store_code`;
  const publishedFields: PublishedFieldSet = new Set(organisation.published_fields);
  return {
    organisation: {
      slug: organisation.slug,
      name: organisation.name,
      timeZone: organisation.time_zone,
      publishedFields,
      embedOrigins: organisation.locator_embed_origins,
    },
    locations: rows.map((row) => ({
      ...withPublishedFields(publishableOf(row), publishedFields),
      temporarilyClosed: row.status === 'TEMPORARILY_CLOSED',
    })),
    version: organisation.version,
  };
}

function publishableOf(row: LocationRow): PublishableLocation {
  const hours = openingHoursSchema.safeParse(row.opening_hours);
  return {
    storeCode: row.store_code,
    name: row.name,
    street: row.street,
    addressExtra: row.address_extra,
    postalCode: row.postal_code,
    city: row.city,
    region: row.region,
    countryCode: row.country_code,
    phone: row.phone,
    website: row.website,
    email: row.email,
    primaryCategory: row.primary_category,
    description: row.description,
    latitude: row.latitude,
    longitude: row.longitude,
    openingHours: hours.success ? hours.data : openingHoursSchema.parse({}),
    specialHours: row.special_hours.map(({ startDate, endDate, closed, ranges }) => ({
      startDate,
      endDate,
      closed,
      ranges,
      note: undefined,
    })),
  };
}

/** Forgets every snapshot (tests switch settings and read again at once). */
export function forgetLocatorSnapshots() {
  entries.clear();
}
