import Supercluster, { type ClusterFeature, type PointFeature } from 'supercluster';
import type { MapLocationTuple } from '@/lib/locations/map-payload';

// The map's locations, clustered with Supercluster (a k-d tree per zoom level), answering what
// the map draws for a view: clusters with their count per presence band, single locations, and
// the list of locations in view. Runs in the map's worker (cluster-worker.ts), so a chain's
// 10,000 locations are parsed and clustered off the page's main thread; the page only draws the
// hundred or so markers of the current view.

/** The list beside the map renders at most this many locations; the rest are counted. */
export const listLimit = 50;
/** Above this zoom every location stands alone (locations at the same spot stay together). */
export const clusterMaxZoom = 18;
/** Cluster radius in screen pixels of Leaflet's 256-pixel tiles. */
const clusterRadius = 60;
const tileSize = 256;

export type BandCounts = { good: number; fair: number; poor: number };
export type MapFeature =
  | ({
      kind: 'cluster';
      key: string;
      id: number;
      latitude: number;
      longitude: number;
      count: number;
    } & BandCounts)
  | { kind: 'location'; key: string; location: MapLocationTuple };
export type InView = { items: MapLocationTuple[]; total: number };
/** [west, south, east, north] in degrees, as Supercluster and GeoJSON order them. */
export type ViewBounds = [west: number, south: number, east: number, north: number];
export type Expansion = { zoom: number } | { zoom: null; locations: MapLocationTuple[] };

type PointProperties = { index: number };
const bandKeys = ['good', 'fair', 'poor'] as const;

export const locationKey = (id: string) => `location:${id}`;

export class LocationClusters {
  private readonly index: Supercluster<PointProperties, BandCounts>;
  private readonly positions = new Map<string, number>();

  constructor(private readonly locations: MapLocationTuple[]) {
    locations.forEach((location, index) => this.positions.set(location[0], index));
    this.index = new Supercluster<PointProperties, BandCounts>({
      radius: clusterRadius,
      extent: tileSize,
      maxZoom: clusterMaxZoom,
      map: ({ index }) => {
        const counts = { good: 0, fair: 0, poor: 0 };
        counts[bandKeys[locations[index]![5]] ?? 'poor']++;
        return counts;
      },
      reduce: (total, counts) => {
        total.good += counts.good;
        total.fair += counts.fair;
        total.poor += counts.poor;
      },
    }).load(
      locations.map((location, index) => ({
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: [location[4], location[3]] },
        properties: { index },
      })),
    );
  }

  get size() {
    return this.locations.length;
  }

  /** [south, west, north, east] around every location; null without any. */
  extent(): [number, number, number, number] | null {
    if (this.locations.length === 0) return null;
    let [south, west, north, east] = [90, 180, -90, -180];
    for (const location of this.locations) {
      south = Math.min(south, location[3]);
      north = Math.max(north, location[3]);
      west = Math.min(west, location[4]);
      east = Math.max(east, location[4]);
    }
    return [south, west, north, east];
  }

  /** What the map draws in the bounds at the zoom, and the list of the locations inside them (by name). */
  view(bounds: ViewBounds, zoom: number): { features: MapFeature[]; inView: InView } {
    const features = this.index
      .getClusters(bounds, Math.floor(zoom))
      .map((feature) => this.toMapFeature(feature));
    return { features, inView: this.inside(bounds) };
  }

  /** The zoom at which a cluster falls apart, or its locations when they share one spot. */
  expansion(clusterId: number): Expansion {
    const zoom = this.index.getClusterExpansionZoom(clusterId);
    if (zoom <= clusterMaxZoom) return { zoom };
    const leaves = this.index.getLeaves(clusterId, listLimit);
    return { zoom: null, locations: leaves.map((leaf) => this.locations[leaf.properties.index]!) };
  }

  /** The location and the lowest zoom at which it has a marker of its own; null when unknown. */
  locate(id: string): { location: MapLocationTuple; zoom: number } | null {
    const index = this.positions.get(id);
    if (index === undefined) return null;
    const location = this.locations[index]!;
    for (let zoom = 0; zoom <= clusterMaxZoom; zoom++) {
      if (this.featureShowing(index, zoom)?.kind === 'location') return { location, zoom };
    }
    return { location, zoom: clusterMaxZoom + 1 };
  }

  /** The key of the marker that shows the location at the zoom: its own, or its cluster's. */
  markerShowing(id: string, zoom: number): string | null {
    const index = this.positions.get(id);
    return index === undefined ? null : (this.featureShowing(index, Math.floor(zoom))?.key ?? null);
  }

  private featureShowing(index: number, zoom: number): MapFeature | null {
    const location = this.locations[index]!;
    // A cluster sits at the mean of its locations, at most its radius away from each of them.
    const degrees = ((clusterRadius * 2) / tileSize) * (360 / 2 ** zoom);
    const latitudeDegrees = Math.min(degrees, 85);
    const bounds: ViewBounds = [
      Math.max(-180, location[4] - degrees),
      Math.max(-85, location[3] - latitudeDegrees),
      Math.min(180, location[4] + degrees),
      Math.min(85, location[3] + latitudeDegrees),
    ];
    for (const feature of this.index.getClusters(bounds, zoom)) {
      const properties = feature.properties;
      const shows =
        'cluster' in properties && properties.cluster
          ? this.index
              .getLeaves(properties.cluster_id, Infinity)
              .some((leaf) => leaf.properties.index === index)
          : (properties as PointProperties).index === index;
      if (shows) return this.toMapFeature(feature);
    }
    return null;
  }

  private toMapFeature(feature: ClusterFeature<BandCounts> | PointFeature<PointProperties>): MapFeature {
    const [longitude, latitude] = feature.geometry.coordinates as [number, number];
    const properties = feature.properties;
    if ('cluster' in properties && properties.cluster) {
      const { cluster_id: id, point_count: count, good, fair, poor } = properties;
      return { kind: 'cluster', key: `cluster:${id}`, id, latitude, longitude, count, good, fair, poor };
    }
    const location = this.locations[(properties as PointProperties).index]!;
    return { kind: 'location', key: locationKey(location[0]), location };
  }

  /** The locations inside the bounds, in payload order (by name); plain comparisons, no allocations. */
  private inside([west, south, east, north]: ViewBounds): InView {
    const items: MapLocationTuple[] = [];
    let total = 0;
    for (const location of this.locations) {
      if (location[3] < south || location[3] > north || location[4] < west || location[4] > east) continue;
      total++;
      if (items.length < listLimit) items.push(location);
    }
    return { items, total };
  }
}
