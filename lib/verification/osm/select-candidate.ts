import { distanceInMetres } from '@/lib/gazetteer/distance';
import { osmElementLinks } from './osm-links';
import type { MatchableLocation, OsmCandidateSummary } from './osm-match-types';
import type { OsmCandidate } from './parse-overpass';
import { matchThreshold, scoreCandidate } from './score-candidate';

// Which element is the location's: those within the radius, scored; the best if it fits and no
// other fits nearly as well, several when they do (a person chooses), none when nothing fits.

export const defaultRadiusMetres = 150;
/** A runner-up this close to the best makes the choice a person's. */
export const ambiguityMargin = 15;

export type Selection =
  | { kind: 'found'; candidate: OsmCandidate; summary: OsmCandidateSummary }
  | { kind: 'ambiguous'; summaries: OsmCandidateSummary[] }
  | { kind: 'not-found'; nearby: number };

export function selectCandidate(
  location: MatchableLocation,
  candidates: readonly OsmCandidate[],
  radiusMetres = defaultRadiusMetres,
): Selection {
  const scored: { candidate: OsmCandidate; summary: OsmCandidateSummary }[] = [];
  let nearby = 0;
  for (const candidate of candidates) {
    const distanceMetres = distanceInMetres(location, candidate);
    if (distanceMetres > radiusMetres) continue;
    nearby++;
    const score = scoreCandidate(location, candidate, 1 - distanceMetres / radiusMetres);
    if (score.total >= matchThreshold) {
      scored.push({ candidate, summary: summaryOf(candidate, distanceMetres, score) });
    }
  }
  scored.sort(
    (a, b) =>
      b.summary.score.total - a.summary.score.total || a.summary.distanceMetres - b.summary.distanceMetres,
  );
  const [best, ...others] = scored;
  if (!best) return { kind: 'not-found', nearby };
  const close = others.filter(
    (other) => best.summary.score.total - other.summary.score.total < ambiguityMargin,
  );
  if (close.length > 0)
    return { kind: 'ambiguous', summaries: [best, ...close].map(({ summary }) => summary) };
  return { kind: 'found', ...best };
}

function summaryOf(
  candidate: OsmCandidate,
  distanceMetres: number,
  score: OsmCandidateSummary['score'],
): OsmCandidateSummary {
  const { tags } = candidate;
  const street = [tags['addr:street'], tags['addr:housenumber']].filter(Boolean).join(' ');
  const place = [tags['addr:postcode'], tags['addr:city']].filter(Boolean).join(' ');
  return {
    type: candidate.type,
    id: candidate.id,
    version: candidate.version,
    name: tags.name ?? '',
    brand: tags.brand ?? null,
    address: [street, place].filter(Boolean).join(', ') || null,
    latitude: candidate.latitude,
    longitude: candidate.longitude,
    distanceMetres: Math.round(distanceMetres),
    score,
    ...osmElementLinks(candidate, candidate),
  };
}
