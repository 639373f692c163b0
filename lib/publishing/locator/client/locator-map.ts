import L from 'leaflet';
import Supercluster from 'supercluster';

// The public locator's map, loaded by locator.js when shown: the published locations' positions
// from the public JSON (?view=map), clustered with Supercluster so a chain's thousands of
// locations draw as a few dozen markers, each cluster zooming in on click, each location with a
// popup linking to its page. The list beside the map is the accessible way to the same places.

type MapTuple = [storeCode: string, name: string, latitude: number, longitude: number];
type PointProperties = { index: number };

function addStylesheet() {
  const href = new URL('./leaflet.css', import.meta.url).href;
  if (document.querySelector(`link[href="${href}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
}

function popupContent(location: MapTuple, hrefTemplate: string) {
  const link = document.createElement('a');
  link.href = hrefTemplate.replace('%7Bcode%7D', encodeURIComponent(location[0]));
  link.textContent = location[1];
  return link;
}

export async function showLocatorMap(container: HTMLElement) {
  addStylesheet();
  // The browser asks the app itself (the public JSON of this locator), not a server outside it.
  // eslint-disable-next-line no-restricted-globals
  const response = await fetch(container.dataset.src!, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`map data: ${response.status}`);
  const { locations } = (await response.json()) as { locations: MapTuple[] };
  container.textContent = '';

  const map = L.map(container, { scrollWheelZoom: false });
  L.tileLayer(container.dataset.tiles!, {
    attribution: container.dataset.attribution,
    maxZoom: 19,
  }).addTo(map);
  const index = new Supercluster<PointProperties>({ radius: 60, maxZoom: 17 }).load(
    locations.map((location, position) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [location[3], location[2]] },
      properties: { index: position },
    })),
  );
  const markers = L.layerGroup().addTo(map);
  const hrefTemplate = container.dataset.locationHref!;

  const draw = () => {
    markers.clearLayers();
    const bounds = map.getBounds();
    const view: [number, number, number, number] = [
      Math.max(-180, bounds.getWest()),
      Math.max(-85, bounds.getSouth()),
      Math.min(180, bounds.getEast()),
      Math.min(85, bounds.getNorth()),
    ];
    for (const feature of index.getClusters(view, Math.round(map.getZoom()))) {
      const [longitude, latitude] = feature.geometry.coordinates as [number, number];
      if ('cluster' in feature.properties && feature.properties.cluster) {
        const count = feature.properties.point_count;
        const size = count < 10 ? 34 : count < 100 ? 40 : 48;
        const clusterId = feature.properties.cluster_id;
        L.marker([latitude, longitude], {
          icon: L.divIcon({ className: 'cluster', html: String(count), iconSize: [size, size] }),
          keyboard: true,
          title: String(count),
        })
          .on('click', () => map.setView([latitude, longitude], index.getClusterExpansionZoom(clusterId)))
          .addTo(markers);
      } else {
        const location = locations[(feature.properties as PointProperties).index]!;
        L.circleMarker([latitude, longitude], {
          radius: 9,
          color: '#ffffff',
          weight: 2,
          fillColor: '#0b5563',
          fillOpacity: 1,
        })
          .bindPopup(popupContent(location, hrefTemplate))
          .addTo(markers);
      }
    }
  };

  if (locations.length === 0) map.setView([51.16, 10.45], 5);
  else
    map.fitBounds(
      L.latLngBounds(locations.map((location) => [location[2], location[3]] as [number, number])),
      { padding: [24, 24], maxZoom: 15 },
    );
  map.on('moveend', draw);
  draw();
}
