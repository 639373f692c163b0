import { describe, expect, it } from 'vitest';
import { chainLocation } from '@/prisma/seed/chain-data';
import { boxContains, boxSizeInMetres, type BoundingBox } from './bounding-box';
import { clusterLocations, splitCluster, type LocationCluster } from './clusters';
import { fixtureLocations } from './fixtures';
import { germanyWideChain } from './test-support';

const longestSide = (box: BoundingBox) => Math.max(...Object.values(boxSizeInMetres(box)));

/** Every located location in exactly one cluster, inside its box, each box at most `maxSide`. */
function expectSoundClusters<T extends { id: string }>(
  locations: readonly (T & { latitude: number | null; longitude: number | null })[],
  clusters: LocationCluster<T>[],
  maxSide: number,
) {
  const clustered = clusters.flatMap((cluster) => cluster.locations.map((location) => location.id));
  const located = locations.filter((location) => location.latitude !== null).map((location) => location.id);
  expect(clustered.sort()).toEqual(located.sort());
  for (const cluster of clusters) {
    expect(longestSide(cluster.box)).toBeLessThanOrEqual(maxSide + 1);
    for (const location of cluster.locations) expect(boxContains(cluster.box, location)).toBe(true);
  }
}

describe('clusterLocations', () => {
  it('needs one query per 25 branches or fewer on the bench chain of 5,000', () => {
    const chain = Array.from({ length: 5_000 }, (_, index) => chainLocation(index + 1));
    const started = performance.now();
    const { clusters, unlocated } = clusterLocations(
      chain.map((branch) => ({ ...branch, id: branch.storeCode })),
    );
    const elapsed = performance.now() - started;
    const located = chain.length - unlocated.length;
    // 4,896 located branches (2 % have no position) in 162 clusters: 30 branches a query.
    expect(unlocated.length).toBeGreaterThan(0);
    expect(located / clusters.length).toBeGreaterThanOrEqual(25);
    expect(elapsed).toBeLessThan(2_000);
    expectSoundClusters(
      chain.map((branch) => ({ ...branch, id: branch.storeCode })),
      clusters,
      6_000,
    );
  });

  // Branches around each German postcode region's town: the closer they are to the town's centre,
  // the more one box holds. 1 km: 49.5 a query; 1.5 km: 21.6; 2.5 km: 10.6 (with 6 km boxes).
  it.each([
    [1_000, 45],
    [1_500, 20],
    [2_500, 10],
  ])(
    'clusters a chain spread over Germany, %i m around each town, at %i or more a query',
    (spread, perQuery) => {
      const chain = germanyWideChain(5_000, spread);
      const { clusters, unlocated } = clusterLocations(chain);
      expect(unlocated).toEqual([]);
      expect(chain.length / clusters.length).toBeGreaterThanOrEqual(perQuery);
      expectSoundClusters(chain, clusters, 6_000);
    },
  );

  it('keeps boxes within a smaller limit and grows each by the margin', () => {
    const chain = germanyWideChain(2_000, 1_500, 7);
    const { clusters } = clusterLocations(chain, { maxSideMetres: 2_000, marginMetres: 300 });
    expectSoundClusters(chain, clusters, 2_000);
    const single = clusters.find((cluster) => cluster.locations.length === 1)!;
    // A lone branch's box is the margin on each side: 600 m square.
    expect(boxSizeInMetres(single.box).height).toBeCloseTo(600, 0);
    expect(boxSizeInMetres(single.box).width).toBeGreaterThanOrEqual(599);
  });

  it('sets locations without a position aside and clusters the fixture towns one by one', () => {
    const locations = [
      ...Object.values(fixtureLocations),
      { id: 'nowhere', latitude: null, longitude: null },
    ];
    const { clusters, unlocated } = clusterLocations(locations);
    expect(unlocated.map((location) => location.id)).toEqual(['nowhere']);
    expect(clusters.map((cluster) => cluster.locations.map((location) => location.id).sort())).toEqual(
      expect.arrayContaining([['fixture-schnittpunkt', 'fixture-speiche'], ['fixture-meyer']]),
    );
    expect(clusters).toHaveLength(5);
  });

  it('refuses a limit smaller than the margins', () => {
    expect(() => clusterLocations([], { maxSideMetres: 300, marginMetres: 200 })).toThrow(/margin/);
  });
});

describe('splitCluster', () => {
  it('cuts a cluster Overpass refused into two halves along its longer side', () => {
    const { clusters } = clusterLocations(germanyWideChain(500, 800, 3));
    const biggest = clusters.sort((a, b) => b.locations.length - a.locations.length)[0]!;
    const halves = splitCluster(biggest)!;
    expect(halves).toHaveLength(2);
    expect(halves[0]!.locations.length + halves[1]!.locations.length).toBe(biggest.locations.length);
    expect(Math.abs(halves[0]!.locations.length - halves[1]!.locations.length)).toBeLessThanOrEqual(1);
    for (const half of halves) {
      for (const location of half.locations) expect(boxContains(half.box, location)).toBe(true);
    }
    expect(splitCluster({ box: biggest.box, locations: biggest.locations.slice(0, 1) })).toBeNull();
  });
});
