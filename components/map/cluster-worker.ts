// The map's worker: parses the map data and clusters it (location-clusters.ts) off the page's
// main thread, then answers the page's questions about what to draw.
import type { MapPayload } from '@/lib/locations/map-payload';
import type { FromWorker, ToWorker } from './cluster-protocol';
import { LocationClusters } from './location-clusters';

let clusters: LocationClusters | null = null;
const reply = (message: FromWorker) => (self as unknown as Worker).postMessage(message);

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  try {
    if (message.type === 'load') {
      const payload = JSON.parse(new TextDecoder().decode(message.body)) as MapPayload;
      clusters = new LocationClusters(payload.locations);
      reply({ type: 'loaded', total: clusters.size, extent: clusters.extent() });
      return;
    }
    if (!clusters) throw new Error('Asked before the map data was loaded.');
    const answer =
      message.type === 'view'
        ? clusters.view(message.bounds, message.zoom)
        : message.type === 'expand'
          ? clusters.expansion(message.clusterId)
          : message.type === 'locate'
            ? clusters.locate(message.id)
            : clusters.markerShowing(message.id, message.zoom);
    reply({ type: 'answer', question: message.question, answer });
  } catch (error) {
    reply({
      type: 'failed',
      question: message.type === 'load' ? undefined : message.question,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
