import 'server-only';
import { LRUCache } from 'lru-cache';
import { db } from '@/lib/db/prisma';
import { hasRole, type MemberContext } from '@/lib/access/member-context';
import { locationGroupLimit } from '@/lib/access/location-scope';

// Expensive organisation-wide reads (presence score, status counts, overdue check-ins, map data,
// comparisons), kept in this process and keyed by the organisation's data version: PostgreSQL
// raises it when a transaction that changed the organisation's data commits (migration
// organisation_data_version), so a change is seen at every instance's next request, whoever made it.
//
// The version comes with the member context (read with the membership or API token, no statement
// of its own), so a cached read sees the organisation as it was when the request began. Pages and
// GET handlers, which never write, are the callers; code that writes and then reads in the same
// request must read with a fresh member context. Contexts without a version (jobs, tests) have
// it read here for each cached read.
//
// What the version cannot see is the clock: an item turning stale after its freshness period or a
// week falling due. Entries therefore also expire after `maxAgeMs`.

/** The longest the passage of time may go unnoticed on a page. */
export const maxAgeMs = 60_000;

/** Upper bound of the cache's memory, by the entries' JSON length. */
const maxSizeBytes = 64 * 1024 * 1024;

type Entry = { value: unknown };

const entries = new LRUCache<string, Entry>({
  maxSize: maxSizeBytes,
  ttl: maxAgeMs,
  // The global clock, looked up at each call (lru-cache would keep the object it found at load).
  perf: { now: () => performance.now() },
  // Ask the clock at every lookup (lru-cache would otherwise reuse a reading for 1 ms via a timer).
  ttlResolution: 0,
  sizeCalculation: (entry) => Math.max(1, approximateSize(entry.value)),
});
const reading = new Map<string, Promise<unknown>>();

/** The organisation's current data version, for contexts that carry none. */
async function dataVersionOf(organisationId: string) {
  const [row] = await db.$queryRaw<{ version: string }[]>`
    SELECT data_version::text AS version FROM organisations WHERE id = ${organisationId}::uuid`;
  return row?.version ?? 'none';
}

/**
 * `read()`'s result for this organisation, data version and member scope, from the
 * cache when present; concurrent requests for the same key share one read. `parts` name what else
 * the result depends on (filters, periods, the week it is) and must be JSON.
 */
export async function cachedOrganisationRead<T>(
  member: MemberContext,
  name: string,
  parts: readonly unknown[],
  read: () => Promise<T>,
): Promise<T> {
  const key = JSON.stringify([
    member.organisation.id,
    member.dataVersion ?? (await dataVersionOf(member.organisation.id)),
    scopeOf(member),
    name,
    parts,
  ]);
  const cached = entries.get(key);
  if (cached) return cached.value as T;
  const pending = reading.get(key);
  if (pending) return pending as Promise<T>;
  const promise = read().then((value) => {
    entries.set(key, { value });
    return value;
  });
  reading.set(key, promise);
  try {
    return await promise;
  } finally {
    reading.delete(key);
  }
}

/**
 * Owners and unlimited managers see the whole organisation, managers limited to groups those
 * groups' locations, staff only what is assigned to them.
 */
function scopeOf(member: MemberContext) {
  if (!hasRole(member, 'MANAGER')) return `membership:${member.membershipId}`;
  const limit = locationGroupLimit(member);
  return limit ? `groups:${limit.join(',')}` : 'organisation';
}

function approximateSize(value: unknown): number {
  if (typeof value === 'string') return value.length;
  return JSON.stringify(value, (_key, item) => (item instanceof Map ? [...item] : item))?.length ?? 1;
}

/** Empties the cache (tests). */
export function clearOrganisationCache() {
  entries.clear();
}
