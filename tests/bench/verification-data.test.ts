// The verification benchmark's generated answers, read by the real sources through the outbound
// client from the local servers the benchmark starts: each location's planned case comes out as
// the outcome the benchmark says it does, so a run meets every outcome.
import { afterAll, describe, expect, it } from 'vitest';
import type { OpeningHours } from '@/lib/locations/schemas';
import { parseAllowList } from '@/lib/outbound/allow-list';
import { createOutboundClient } from '@/lib/outbound/outbound-fetch';
import { verifyOverpassCluster } from '@/lib/verification/sources/openstreetmap-source';
import type { VerifiableLocation } from '@/lib/verification/sources/source-result';
import { verifyWebsite } from '@/lib/verification/sources/website-source';
import { chainLocation } from '@/prisma/seed/chain-data';
import {
  osmOpeningHours,
  overpassElementsFor,
  overpassPlanOf,
  websitePagesFor,
  websitePlanOf,
  type BenchVerificationLocation,
} from '@/bench/verification-data';
import { startOverpassServer } from '@/tests/support/overpass-server';
import { startWebsiteServer } from '@/tests/support/website-server';

const site = await startWebsiteServer();
// 60 branches of the bench chain as the bench reads them, their websites on the local site.
const locations: (BenchVerificationLocation & VerifiableLocation)[] = Array.from({ length: 60 }, (_, i) => {
  const branch = chainLocation(i + 1, { allLocated: true });
  return {
    ...branch,
    id: `location-${i}`,
    countryCode: 'DE',
    website: branch.website && site.url(new URL(branch.website).pathname),
    // As the seed stores them: {} for a branch without hours.
    openingHours: branch.openingHours as OpeningHours,
    specialHours: [],
    timeZone: 'Europe/Berlin',
  };
});
for (const [path, body] of websitePagesFor(locations)) site.serve(path, { kind: 'page', body });
const overpass = await startOverpassServer({ data: [{ elements: overpassElementsFor(locations) }] });
const client = createOutboundClient({ allow: parseAllowList(`${site.host},${overpass.host}`) });

afterAll(async () => {
  await Promise.all([site.close(), overpass.close()]);
});

describe('the verification benchmark data', () => {
  it('gives every OpenStreetMap outcome as planned', async () => {
    const results = await verifyOverpassCluster(locations, client, { overpassUrl: overpass.url });
    const expected = {
      consistent: 'consistent',
      different: 'different',
      missing: 'not-found',
      ambiguous: 'ambiguous',
    };
    locations.forEach((location, index) => {
      const result = results.get(location.id)!;
      expect([location.name, result.outcome]).toEqual([location.name, expected[overpassPlanOf(index)]]);
      if (result.outcome === 'different') {
        expect(result.differingFields).toEqual([location.phone ? 'phone' : 'street']);
      }
    });
    expect(new Set([...results.values()].map((result) => result.outcome)).size).toBe(4);
  });

  it('gives the website outcomes as planned', async () => {
    const expected = {
      consistent: 'consistent',
      different: 'different',
      otherBranches: 'not-found',
      noStructuredData: 'no-data',
      notServed: 'no-data',
    };
    const outcomes = new Set<string>();
    for (const [index, location] of locations.entries()) {
      if (!location.website) continue;
      const result = await verifyWebsite(location, client);
      expect([location.name, result.outcome]).toEqual([location.name, expected[websitePlanOf(index)]]);
      outcomes.add(result.outcome);
    }
    expect(outcomes.size).toBe(4);
  });

  it('writes the weekly hours as an opening_hours value', () => {
    const range = [{ opens: '06:30', closes: '18:00' }];
    expect(
      osmOpeningHours({
        mon: range,
        tue: [],
        wed: range,
        thu: [],
        fri: [],
        sat: [
          { opens: '07:00', closes: '12:00' },
          { opens: '14:00', closes: '16:00' },
        ],
        sun: [],
      }),
    ).toBe('Mo 06:30-18:00; We 06:30-18:00; Sa 07:00-12:00,14:00-16:00');
    expect(osmOpeningHours({ mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] })).toBeNull();
  });
});
