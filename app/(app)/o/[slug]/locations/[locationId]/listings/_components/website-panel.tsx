import { getTranslations } from 'next-intl/server';
import { getAppFormatter } from '@/lib/i18n/server-formatter';
import type { LocationDetail } from '@/lib/locations/locations';
import type { NapField } from '@/lib/nap/schemas';
import type { LocationObservationView } from '@/lib/verification/observations';
import type { WebsitePageFinding } from '@/lib/verification/sources/website/page-finding';
import type { ObservedValues } from '@/lib/verification/sources/source-result';
import type { WebsiteFinding } from '@/lib/verification/website/observation';
import { ExternalLink } from './external-link';
import { HoursDifferences, type HoursDay } from './hours-differences';
import { observedAtText } from './observation-text';
import { ObservedDifferences } from './observed-differences';
import { SnippetBlock } from './snippet-block';
import { WebsiteNotes } from './website-notes';

/** The website source's details (lib/verification/sources/website-source.ts), as stored. */
export type WebsiteDetails = {
  finding?: WebsitePageFinding;
  status?: number;
  contentType?: string;
  snippet?: string | null;
  findings?: WebsiteFinding[];
  missingFields?: string[];
  hoursCompared?: { from: string; to: string } | null;
  hours?: HoursDay[];
  candidates?: {
    name: string | null;
    street: string | null;
    postalCode: string | null;
    city: string | null;
  }[];
};

type MasterValues = Record<NapField, string | null>;

const observedKey: Record<NapField, keyof ObservedValues> = {
  name: 'name',
  street: 'street',
  postcode: 'postalCode',
  city: 'city',
  phone: 'phone',
  website: 'website',
};

/** The reader's notes, without the one the finding above already says (no business, no types). */
function notesBeside(details: WebsiteDetails) {
  return (details.findings ?? []).filter(
    (note) =>
      !(
        details.finding === 'noStructuredData' &&
        note.code === 'noStructuredData' &&
        note.types.length === 0
      ),
  );
}

/**
 * "Ihre Website" on a location's checklist: what the business's own page states about the
 * location, or why it could not be read, and for a page without structured data the JSON-LD to
 * paste into it. Everything the page said is shown as text.
 */
export async function WebsitePanel({
  observation,
  location,
}: {
  observation: LocationObservationView;
  location: LocationDetail;
}) {
  const t = await getTranslations('verification');
  const master: MasterValues = {
    name: location.name,
    street: location.street,
    postcode: location.postalCode,
    city: location.city,
    phone: location.phone,
    website: location.website,
  };
  const format = await getAppFormatter();
  const details = observation.details as WebsiteDetails;
  const fields = observation.differingFields.map((field) => t(`fields.${field}` as 'fields.name')).join(', ');
  return (
    <section
      aria-labelledby="website-observation"
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-5 text-sm shadow-sm"
    >
      <div>
        <h2 id="website-observation" className="text-base font-semibold text-slate-900">
          {t('website.title')}
        </h2>
        <p className="text-slate-600">
          {t('website.heading', { date: observedAtText(format, observation.observedAt) })}
        </p>
        {observation.sourceUrl && (
          <p className="break-all text-slate-700">
            {t('website.page')}{' '}
            <ExternalLink href={observation.sourceUrl}>{observation.sourceUrl}</ExternalLink>
          </p>
        )}
      </div>
      {details.finding ? (
        <WebsiteFindingText details={details} />
      ) : (
        <p
          className={observation.outcome === 'CONSISTENT' ? 'text-emerald-800' : 'font-semibold text-red-800'}
        >
          {t(`website.outcome.${observation.outcome}`, { fields })}
        </p>
      )}
      <WebsiteFound observation={observation} details={details} master={master} />
      <WebsiteNotes findings={notesBeside(details)} />
    </section>
  );
}

async function WebsiteFindingText({ details }: { details: WebsiteDetails }) {
  const t = await getTranslations('verification.website');
  const finding = details.finding!;
  return (
    <>
      <p className="font-semibold text-amber-900">
        {t(`finding.${finding}`, { status: details.status ?? '', contentType: details.contentType ?? '' })}
      </p>
      {finding === 'noStructuredData' && details.snippet && (
        <SnippetBlock snippet={details.snippet} idPrefix="website" />
      )}
    </>
  );
}

async function WebsiteFound({
  observation,
  details,
  master,
}: {
  observation: LocationObservationView;
  details: WebsiteDetails;
  master: MasterValues;
}) {
  const t = await getTranslations('verification');
  const name = t('sources.WEBSITE');
  const differences = observation.differingFields
    .filter((field): field is NapField => field in observedKey)
    .map((field) => ({
      field,
      master: master[field],
      observed: (observation.observed?.[observedKey[field]] as string | null | undefined) ?? null,
      reason: 'different' as const,
    }));
  const missing = details.missingFields ?? [];
  return (
    <>
      <ObservedDifferences differences={differences} sourceName={t('website.onWebsite')} />
      {details.hours && details.hoursCompared && (
        <HoursDifferences
          days={details.hours}
          from={details.hoursCompared.from}
          to={details.hoursCompared.to}
          sourceName={t('website.onWebsite')}
        />
      )}
      {missing.length > 0 && (
        <p className="text-slate-700">
          {t('observation.missing', {
            source: name,
            fields: missing.map((field) => t(`fields.${field}` as 'fields.name')).join(', '),
          })}
        </p>
      )}
      {(details.candidates ?? []).length > 0 && (
        <div>
          <p className="font-medium text-slate-900">{t('website.candidatesTitle')}</p>
          <ul className="mt-1 list-disc pl-5 text-slate-800">
            {details.candidates!.map((candidate, index) => (
              <li key={index} className="break-words">
                <span className="font-medium">{candidate.name ?? '—'}</span>
                {[candidate.street, [candidate.postalCode, candidate.city].filter(Boolean).join(' ')]
                  .filter(Boolean)
                  .map((part) => `, ${part}`)
                  .join('')}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
