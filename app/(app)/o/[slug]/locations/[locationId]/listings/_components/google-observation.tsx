import { getTranslations } from 'next-intl/server';
import { getAppFormatter } from '@/lib/i18n/server-formatter';
import type { LocationObservationView } from '@/lib/verification/observations';
import type { GoogleSourceDetails } from '@/lib/verification/sources/google-details';
import { ExternalLink } from './external-link';
import { HoursDifferences } from './hours-differences';
import { ObservedDifferences } from './observed-differences';
import { MissingFields } from './missing-fields';

/**
 * What Google's Places API showed: the place's state, rating, differing fields and hours, the
 * places that could be it, or what was searched for when nothing fitted; the place on Google Maps.
 */
export async function GoogleObservation({ observation }: { observation: LocationObservationView }) {
  const t = await getTranslations('verification');
  const format = await getAppFormatter();
  const details = observation.details as GoogleSourceDetails;
  const name = t('sources.GOOGLE');
  const { rating, reviewCount } = observation.observed ?? {};
  const differences = (details.differences ?? []).map(({ field, master, google }) => ({
    field,
    master,
    observed: google,
    reason: 'different' as const,
  }));
  return (
    <>
      {details.closedPermanently && (
        <p className="font-medium text-red-800">{t('observation.closedPermanently')}</p>
      )}
      {details.businessStatus === 'CLOSED_TEMPORARILY' && (
        <p className="font-medium text-amber-900">{t('observation.closedTemporarily')}</p>
      )}
      {typeof rating === 'number' && (
        <p className="text-slate-700">
          {t('observation.rating', {
            rating: format.number(rating, { minimumFractionDigits: 1 }),
            count: reviewCount ?? 0,
          })}
        </p>
      )}
      <ObservedDifferences differences={differences} sourceName={name} />
      {details.hours?.result === 'different' && (
        <HoursDifferences
          days={details.hours.days}
          from={details.hours.from}
          to={details.hours.to}
          sourceName={name}
        />
      )}
      <MissingFields fields={details.missing} sourceName={name} />
      {observation.outcome === 'AMBIGUOUS' && <GoogleCandidates details={details} />}
      {details.searchedFor && (
        <p className="break-words text-slate-700">
          {t('observation.searchedFor', { query: details.searchedFor, count: details.resultCount ?? 0 })}
        </p>
      )}
      <div className="flex flex-wrap gap-x-4">
        <ExternalLink href={observation.sourceUrl}>{t('observation.viewOnGoogle')}</ExternalLink>
      </div>
    </>
  );
}

async function GoogleCandidates({ details }: { details: GoogleSourceDetails }) {
  const t = await getTranslations('verification');
  const candidates = details.candidates ?? [];
  if (candidates.length === 0) return null;
  const count = details.candidateCount ?? candidates.length;
  return (
    <div>
      <p className="font-medium text-slate-900">
        {t('observation.candidatesTitle')}
        {count > candidates.length
          ? ` (${t('observation.candidateCount', { shown: candidates.length, count })})`
          : ''}
      </p>
      <ul className="mt-1 list-disc pl-5">
        {candidates.map((candidate) => (
          <li key={candidate.externalId} className="break-words text-slate-800">
            <span className="font-medium">{candidate.name ?? '—'}</span>
            {candidate.address && `, ${candidate.address}`}
          </li>
        ))}
      </ul>
    </div>
  );
}
