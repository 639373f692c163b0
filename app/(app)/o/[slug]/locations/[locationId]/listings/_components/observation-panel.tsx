import { getTranslations } from 'next-intl/server';
import type { FormState } from '@/lib/forms/form-state';
import { getAppFormatter } from '@/lib/i18n/server-formatter';
import type { LocationObservationView } from '@/lib/verification/observations';
import { GoogleObservation } from './google-observation';
import { observedAtText } from './observation-text';
import { OsmObservation } from './osm-observation';
import { SuggestionForm } from './suggestion-form';

const outcomeTone = {
  CONSISTENT: 'text-emerald-800',
  DIFFERENT: 'font-semibold text-red-800',
  NOT_FOUND: 'font-semibold text-amber-900',
  AMBIGUOUS: 'text-amber-900',
  NO_DATA: 'text-slate-700',
} as const;

type Props = {
  observation: LocationObservationView & { source: 'OPENSTREETMAP' | 'GOOGLE' };
  /** Accepting the suggested status, for those who may edit the item. */
  acceptAction?: (previous: FormState, formData: FormData) => Promise<FormState>;
};

/**
 * The latest automatic check of a listing, inside its checklist item: which source looked when,
 * what it found in words, the source's own findings and links, and a suggested status to accept.
 */
export async function ObservationPanel({ observation, acceptAction }: Props) {
  const t = await getTranslations();
  const format = await getAppFormatter();
  const source = t(`verification.sources.${observation.source}`);
  const fields = observation.differingFields
    .map((field) =>
      t.has(`verification.fields.${field}`)
        ? t(`verification.fields.${field}` as 'verification.fields.name')
        : field,
    )
    .join(', ');
  const headingId = `observation-${observation.source}`;
  const outcome = observation.outcome;
  const suggested = observation.suggestedStatus;
  return (
    <section
      aria-labelledby={headingId}
      className="space-y-2 rounded-lg border border-slate-200 bg-white p-3 text-sm"
    >
      <h3 id={headingId} className="font-semibold text-slate-900">
        {t('verification.observation.heading', {
          source,
          date: observedAtText(format, observation.observedAt),
        })}
      </h3>
      <p className={outcomeTone[outcome]}>{t(`verification.observation.outcome.${outcome}`, { fields })}</p>
      {observation.source === 'OPENSTREETMAP' ? (
        <OsmObservation observation={observation} />
      ) : (
        <GoogleObservation observation={observation} />
      )}
      <SuggestionForm
        source={observation.source}
        suggestion={
          suggested && (outcome === 'CONSISTENT' || outcome === 'DIFFERENT' || outcome === 'NOT_FOUND')
            ? t('verification.observation.suggestion', {
                status: t(`listings.status.${suggested}`),
                because: t(`verification.observation.because.${outcome}`, { source, fields }),
              })
            : null
        }
        why={t('verification.observation.suggestionWhy')}
        acceptLabel={t('verification.observation.accept')}
        action={acceptAction}
      />
    </section>
  );
}
