import { getTranslations } from 'next-intl/server';
import type { LocationObservationView } from '@/lib/verification/observations';
import type { OsmCandidateDetails, OsmSourceDetails } from '@/lib/verification/sources/openstreetmap-details';
import { ExternalLink } from './external-link';
import { HoursDifferences } from './hours-differences';
import { ObservedDifferences } from './observed-differences';
import { MissingFields } from './missing-fields';

const found = new Set(['CONSISTENT', 'DIFFERENT']);

/**
 * What OpenStreetMap showed: the element's differences, hours and missing tags with links to the
 * element and its editor; the candidates when several fit; the editor at the spot when none did.
 * Ortsbild never edits OpenStreetMap: every correction is a link for the person to follow.
 */
export async function OsmObservation({ observation }: { observation: LocationObservationView }) {
  const t = await getTranslations('verification');
  const details = observation.details as Partial<OsmSourceDetails>;
  const name = t('sources.OPENSTREETMAP');
  const isFound = found.has(observation.outcome);
  const differences = (details.differences ?? [])
    .filter((difference) => difference.field !== 'openingHours')
    .map(({ field, master, osm, reason }) => ({ field, master, observed: osm, reason }));
  return (
    <>
      {isFound && details.distanceMetres !== undefined && (
        <p className="text-slate-700">
          {t('observation.distance', { metres: Math.round(details.distanceMetres) })}
        </p>
      )}
      <ObservedDifferences differences={differences} sourceName={name} />
      {isFound && <OsmHours details={details} />}
      <MissingFields fields={details.missing} sourceName={name} />
      {observation.outcome === 'AMBIGUOUS' && (
        <OsmCandidates candidates={details.candidates ?? []} count={details.candidateCount} />
      )}
      {observation.outcome === 'NOT_FOUND' && (
        <p className="text-slate-700">
          {t('observation.nearby', { count: details.nearby ?? 0 })} {t('observation.notFoundHint')}
        </p>
      )}
      {details.incomplete && <p className="text-amber-900">{t('observation.incomplete')}</p>}
      <div className="flex flex-wrap gap-x-4">
        {isFound ? (
          <>
            <ExternalLink href={details.links?.url}>{t('observation.viewOnOsm')}</ExternalLink>
            <ExternalLink href={details.links?.editUrl}>{t('observation.editOnOsm')}</ExternalLink>
          </>
        ) : (
          <>
            {observation.outcome === 'NOT_FOUND' && (
              <ExternalLink href={details.links?.editUrl}>{t('observation.addToOsm')}</ExternalLink>
            )}
            <ExternalLink href={details.links?.url}>{t('observation.mapAtLocation')}</ExternalLink>
          </>
        )}
      </div>
    </>
  );
}

async function OsmHours({ details }: { details: Partial<OsmSourceDetails> }) {
  const t = await getTranslations('verification');
  const hours = details.hours;
  if (!hours) return null;
  if (hours.result === 'unreadable') {
    return (
      <p className="break-words text-amber-900">
        {t('observation.hoursUnreadable', { message: details.openingHours ?? hours.message })}
      </p>
    );
  }
  if (hours.result === 'equal') return null;
  return (
    <>
      <HoursDifferences
        days={hours.days}
        from={hours.from}
        to={hours.to}
        sourceName={t('sources.OPENSTREETMAP')}
      />
      {details.openingHours && (
        <p className="break-words text-slate-700">
          opening_hours: <code className="rounded bg-slate-100 px-1">{details.openingHours}</code>
        </p>
      )}
    </>
  );
}

async function OsmCandidates({ candidates, count }: { candidates: OsmCandidateDetails[]; count?: number }) {
  const t = await getTranslations('verification');
  if (candidates.length === 0) return null;
  return (
    <div>
      <p className="font-medium text-slate-900">
        {t('observation.candidatesTitle')}
        {count && count > candidates.length
          ? ` (${t('observation.candidateCount', { shown: candidates.length, count })})`
          : ''}
      </p>
      <ul className="mt-1 divide-y divide-slate-200">
        {candidates.map((candidate) => (
          <li key={candidate.externalId} className="py-1.5">
            <p className="break-words text-slate-900">
              <span className="font-medium">{candidate.name}</span>
              {candidate.brand && candidate.brand !== candidate.name && ` (${candidate.brand})`}
              {candidate.address && `, ${candidate.address}`}
            </p>
            <p className="text-slate-600">
              {t('observation.distance', { metres: Math.round(candidate.distanceMetres) })}
            </p>
            <div className="flex flex-wrap gap-x-4">
              <ExternalLink href={candidate.url}>
                {t('observation.viewOnOsm')}
                <span className="sr-only">: {candidate.name}</span>
              </ExternalLink>
              <ExternalLink href={candidate.editUrl}>
                {t('observation.editOnOsm')}
                <span className="sr-only">: {candidate.name}</span>
              </ExternalLink>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
