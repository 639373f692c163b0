import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db/prisma';
import { env } from '@/lib/env';
import { outboundFetch } from '@/lib/outbound/outbound-fetch';
import { trimEndOf } from '@/lib/text/trim-characters';
import type { GeocodeAddress } from './schemas';

// Turns an address into coordinates through the Nominatim-compatible service of GEOCODER_URL
// (none by default: the public Nominatim allows about one request per second and no bulk use).
// Every answer is kept in geocode_results, so an address is asked once; misses are asked again
// after a week, in case the address was new to the geocoder.

export const missRetryAfterMs = 7 * 24 * 60 * 60 * 1000;
const defaultTimeoutMs = 5_000;

export type GeocodeOutcome =
  | { status: 'found'; latitude: number; longitude: number; displayName: string | null; cached: boolean }
  | { status: 'not_found'; cached: boolean }
  | { status: 'not_configured' }
  | { status: 'unavailable'; reason: string };

/** The cache key: the address fields, lower-cased with whitespace collapsed. */
export function normaliseGeocodeQuery(address: GeocodeAddress) {
  return [address.street, address.postalCode, address.city, address.countryCode]
    .map((part) => part.toLowerCase().replace(/\s+/g, ' ').trim())
    .join('|');
}

const nominatimAnswerSchema = z.array(
  z.object({
    lat: z.coerce.number().min(-90).max(90),
    lon: z.coerce.number().min(-180).max(180),
    display_name: z.string().optional(),
  }),
);

export async function geocodeAddress(
  address: GeocodeAddress,
  options: { timeoutMs?: number; now?: Date } = {},
): Promise<GeocodeOutcome> {
  const baseUrl = env().GEOCODER_URL;
  if (!baseUrl) return { status: 'not_configured' };
  const query = normaliseGeocodeQuery(address);
  const now = options.now ?? new Date();

  const cached = await db.geocodeResult.findUnique({ where: { query } });
  if (cached) {
    if (cached.latitude !== null && cached.longitude !== null) {
      const { latitude, longitude, displayName } = cached;
      return { status: 'found', latitude, longitude, displayName, cached: true };
    }
    if (now.getTime() - cached.createdAt.getTime() < missRetryAfterMs)
      return { status: 'not_found', cached: true };
  }

  const answer = await askGeocoder(baseUrl, address, options.timeoutMs ?? defaultTimeoutMs);
  if (!answer.ok) return { status: 'unavailable', reason: answer.reason };
  const hit = answer.results[0];
  const stored = {
    latitude: hit?.lat ?? null,
    longitude: hit?.lon ?? null,
    displayName: hit?.display_name ?? null,
    createdAt: now,
  };
  await db.geocodeResult.upsert({ where: { query }, create: { query, ...stored }, update: stored });
  if (!hit) return { status: 'not_found', cached: false };
  return {
    status: 'found',
    latitude: hit.lat,
    longitude: hit.lon,
    displayName: stored.displayName,
    cached: false,
  };
}

async function askGeocoder(baseUrl: string, address: GeocodeAddress, timeoutMs: number) {
  const url = new URL(`${trimEndOf(baseUrl, '/')}/search`);
  const parameters = {
    format: 'jsonv2',
    limit: '1',
    street: address.street,
    postalcode: address.postalCode,
    city: address.city,
    countrycodes: address.countryCode.toLowerCase(),
  };
  // Nominatim's structured search: empty fields are left out rather than sent blank.
  url.search = new URLSearchParams(Object.entries(parameters).filter(([, value]) => value !== '')).toString();
  const outcome = await outboundFetch(url, { purpose: 'geocoder', accept: 'application/json', timeoutMs });
  if (outcome.kind === 'refused')
    return { ok: false as const, reason: `geocoder not asked: ${outcome.reason}` };
  if (outcome.kind === 'failed') {
    return {
      ok: false as const,
      reason:
        outcome.code === 'timeout'
          ? `geocoder did not answer within ${timeoutMs} ms`
          : `geocoder unreachable: ${outcome.reason}`,
    };
  }
  if (outcome.status < 200 || outcome.status > 299) {
    return { ok: false as const, reason: `geocoder answered ${outcome.status}` };
  }
  const parsed = nominatimAnswerSchema.safeParse(outcome.json());
  if (!parsed.success) return { ok: false as const, reason: 'geocoder answered in an unknown format' };
  return { ok: true as const, results: parsed.data };
}
