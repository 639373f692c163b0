// Health bands of a location, shared by the server (SQL, payloads) and the map in the browser.
// The map's markers show the band of the presence score (scoreBand in lib/listings/score-formula.ts:
// good from 75, fair from 40); healthBandFor below bands the master-data completeness.

export const healthBands = ['good', 'fair', 'poor'] as const;
export type HealthBand = (typeof healthBands)[number];

/** Lower bounds of the completeness bands, in percent: good ≥ 80, fair 50–79, poor below 50. */
export const healthBandThresholds = { good: 80, fair: 50 } as const;

export function healthBandFor(score: number): HealthBand {
  if (score >= healthBandThresholds.good) return 'good';
  if (score >= healthBandThresholds.fair) return 'fair';
  return 'poor';
}

/**
 * Paul Tol's "high contrast" scheme: distinguishable with every common colour-vision deficiency
 * and in greyscale (dark, light, medium). The map never relies on colour alone: each band also
 * has its own marker shape.
 */
export const healthBandStyles: Record<HealthBand, { colour: string; textColour: string; shape: string }> = {
  good: { colour: '#004488', textColour: '#ffffff', shape: 'circle' },
  fair: { colour: '#DDAA33', textColour: '#1e1e1e', shape: 'square' },
  poor: { colour: '#BB5566', textColour: '#ffffff', shape: 'triangle' },
};
