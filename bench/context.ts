// What every measurement of `npm run bench` gets: a running production server with seeded
// organisations and a signed-in session. scripts/bench.ts builds it; each bench/*.ts module
// takes it and returns plain JSON-able results.

export type BenchOrganisation = {
  slug: string;
  /** Non-archived locations. */
  locations: number;
  /** A location of this organisation, for the one-location pages (its checklist). */
  sampleLocationId: string;
  /** The location group of the sample location (bench/location-groups.ts), when seeded. */
  groupId?: string;
};

export type BenchContext = {
  /** e.g. http://127.0.0.1:3412 — the production server (`next start`, JOBS=off). */
  baseUrl: string;
  /** Cookie header of a signed-in owner of every organisation below. */
  cookie: string;
  /** Cookie header of a manager limited to each organisation's `groupId`, when seeded. */
  limitedCookie?: string;
  /** 10 locations, 5,000 locations (× 25 platforms, a year of weekly check-ins), 10,000 located for the map. */
  organisations: { small: BenchOrganisation; chain: BenchOrganisation; map: BenchOrganisation };
  /** The owner's credentials, for tools that sign in themselves. */
  credentials: { email: string; password: string };
  /** `--quick`: fewer repetitions and pages, for a run under 3 minutes. */
  quick: boolean;
  /** Chromium to drive (Debian's /usr/bin/chromium unless CHROMIUM_PATH is set). */
  chromiumPath: string;
  /** Makes the app's cached reads of an organisation stale, as a change of its data would. */
  expireCache(slug: string): Promise<void>;
};

/** Median and spread of repeated measurements. */
export type Spread = { median: number; min: number; max: number; runs: number };

export function spreadOf(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length === 0
      ? Number.NaN
      : sorted.length % 2
        ? sorted[middle]!
        : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0] ?? Number.NaN, max: sorted.at(-1) ?? Number.NaN, runs: sorted.length };
}

/** The p-th percentile (0–100) by nearest rank. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
