// Leaflet and leaflet.markercluster, loaded in the browser on first use only: pages without a map
// ship none of it, and the server never evaluates it (Leaflet touches `window` when loaded).
import type * as Leaflet from 'leaflet';

export type LeafletModule = typeof Leaflet;

let loading: Promise<LeafletModule> | undefined;

export function loadLeaflet(withClusters = false): Promise<LeafletModule> {
  loading ??= import('leaflet').then((module) => {
    // The CommonJS build arrives as `default`; the plugin extends that object through window.L.
    const leaflet = (module as unknown as { default?: LeafletModule }).default ?? module;
    (window as unknown as { L: LeafletModule }).L = leaflet;
    return leaflet;
  });
  if (!withClusters) return loading;
  return loading.then(async (leaflet) => {
    await import('leaflet.markercluster');
    return leaflet;
  });
}
