import type { Expansion, InView, MapFeature, ViewBounds } from './location-clusters';
import type { MapLocationTuple } from '@/lib/locations/map-payload';

// What the map page and its clustering worker say to each other. The page sends the map data as
// it came from the server (bytes, transferred, not copied) and then asks questions; each answer
// carries the number of its question.

export type Questions = {
  view: { ask: { bounds: ViewBounds; zoom: number }; answer: { features: MapFeature[]; inView: InView } };
  expand: { ask: { clusterId: number }; answer: Expansion };
  locate: { ask: { id: string }; answer: { location: MapLocationTuple; zoom: number } | null };
  markerShowing: { ask: { id: string; zoom: number }; answer: string | null };
};

export type ToWorker =
  | { type: 'load'; body: ArrayBuffer }
  | { [K in keyof Questions]: { type: K; question: number } & Questions[K]['ask'] }[keyof Questions];

export type FromWorker =
  | { type: 'loaded'; total: number; extent: [number, number, number, number] | null }
  /** `question`: the question that failed; none when loading the data failed. */
  | { type: 'failed'; question?: number; message: string }
  | { type: 'answer'; question: number; answer: Questions[keyof Questions]['answer'] };
