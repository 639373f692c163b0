import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MapLocationTuple } from '@/lib/locations/map-payload';
import {
  clusterMaxZoom,
  listLimit,
  LocationClusters,
  locationKey,
  type ViewBounds,
} from './location-clusters';

const world: ViewBounds = [-180, -85, 180, 85];

function location(id: string, latitude: number, longitude: number, band: 0 | 1 | 2 = 0): MapLocationTuple {
  return [id, `Filiale ${id}`, 'Bremerhaven', latitude, longitude, band, 50, 80, 0, 0];
}

// Two shops a few hundred metres apart in Bremerhaven, one in Munich, two at the same address.
const bremerhaven = [location('a', 53.5396, 8.5809, 0), location('b', 53.5421, 8.5862, 2)];
const munich = location('m', 48.1371, 11.5754, 1);
const mall = [location('x', 52.52, 13.405, 0), location('y', 52.52, 13.405, 1)];

describe('LocationClusters', () => {
  it('clusters neighbours when zoomed out, with their count per presence band', () => {
    const clusters = new LocationClusters([...bremerhaven, munich]);
    const { features } = clusters.view(world, 5);
    const cluster = features.find((feature) => feature.kind === 'cluster');
    expect(cluster).toMatchObject({ kind: 'cluster', count: 2, good: 1, fair: 0, poor: 1 });
    expect(features.find((feature) => feature.kind === 'location')).toMatchObject({ key: locationKey('m') });
  });

  it('shows every location on its own when zoomed in far enough', () => {
    const clusters = new LocationClusters([...bremerhaven, munich]);
    const keys = clusters.view(world, clusterMaxZoom + 1).features.map((feature) => feature.key);
    expect(keys.sort()).toEqual(['a', 'b', 'm'].map(locationKey));
  });

  it('lists the locations inside the view in payload order, at most the list limit', () => {
    const many = Array.from({ length: listLimit + 5 }, (_, index) =>
      location(`n${String(index).padStart(3, '0')}`, 53 + index / 1000, 8.5),
    );
    const clusters = new LocationClusters([munich, ...many]);
    const north: ViewBounds = [8, 52.9, 9, 54];
    const { inView } = clusters.view(north, 8);
    expect(inView.total).toBe(listLimit + 5);
    expect(inView.items).toHaveLength(listLimit);
    expect(inView.items[0]![0]).toBe('n000');
    expect(clusters.view([11, 48, 12, 49], 8).inView).toEqual({ items: [munich], total: 1 });
  });

  it('tells the zoom at which a cluster falls apart, or its locations when they share one spot', () => {
    const clusters = new LocationClusters([...bremerhaven, ...mall]);
    const features = clusters.view(world, 5).features;
    const pair = features.find((feature) => feature.kind === 'cluster' && feature.latitude > 53);
    const spot = features.find((feature) => feature.kind === 'cluster' && feature.latitude < 53);
    if (pair?.kind !== 'cluster' || spot?.kind !== 'cluster') throw new Error('expected two clusters');
    const apart = clusters.expansion(pair.id);
    expect(apart.zoom).toBeGreaterThan(5);
    expect(apart.zoom).toBeLessThanOrEqual(clusterMaxZoom);
    expect(clusters.expansion(spot.id)).toEqual({ zoom: null, locations: mall });
  });

  it('finds where a location has a marker of its own, and which marker shows it before', () => {
    const clusters = new LocationClusters([...bremerhaven, munich]);
    const found = clusters.locate('b');
    expect(found?.location).toEqual(bremerhaven[1]);
    const alone = found!.zoom;
    expect(clusters.markerShowing('b', alone)).toBe(locationKey('b'));
    const before = clusters.markerShowing('b', alone - 1);
    expect(before).toMatch(/^cluster:/);
    expect(clusters.view(world, alone - 1).features.map((feature) => feature.key)).toContain(before);
    expect(clusters.locate('unknown')).toBeNull();
    expect(clusters.markerShowing('unknown', 5)).toBeNull();
  });

  it('accounts for every location exactly once at every zoom, and names its marker (property)', () => {
    const coordinate = fc.record({
      latitude: fc.double({ min: 47, max: 55, noNaN: true }),
      longitude: fc.double({ min: 6, max: 15, noNaN: true }),
      band: fc.constantFrom<0 | 1 | 2>(0, 1, 2),
    });
    fc.assert(
      fc.property(
        fc.array(coordinate, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 3, max: 19 }),
        (points, zoom) => {
          const locations = points.map((point, index) =>
            location(`p${index}`, point.latitude, point.longitude, point.band),
          );
          const clusters = new LocationClusters(locations);
          const { features } = clusters.view(world, zoom);
          const counted = features.reduce(
            (sum, feature) => sum + (feature.kind === 'cluster' ? feature.count : 1),
            0,
          );
          expect(counted).toBe(locations.length);
          for (const feature of features) {
            if (feature.kind === 'cluster')
              expect(feature.good + feature.fair + feature.poor).toBe(feature.count);
          }
          const keys = new Set(features.map((feature) => feature.key));
          for (const { 0: id } of locations) expect(keys.has(clusters.markerShowing(id, zoom)!)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});
