// Leaflet, loaded in the browser on first use only: pages without a map ship none of it, and the
// server never evaluates it (Leaflet touches `window` when loaded).
import type * as Leaflet from 'leaflet';

export type LeafletModule = typeof Leaflet;

let loading: Promise<LeafletModule> | undefined;

export function loadLeaflet(): Promise<LeafletModule> {
  // The CommonJS build arrives as `default`.
  loading ??= import('leaflet').then(
    (module) => (module as unknown as { default?: LeafletModule }).default ?? module,
  );
  return loading;
}
