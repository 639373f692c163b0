'use client';

import { useTranslations } from 'next-intl';
import type { Ref } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { Textarea } from '@/components/ui/textarea';
import type { CheckInFormValues } from '@/lib/checkins/form-values';
import { formatDuration } from '@/lib/format/duration';
import type { FormState } from '@/lib/forms/form-state';
import { useAppFormatter } from '@/lib/i18n/use-app-formatter';
import type { SaveStatus } from './check-in-autosave';
import { MinutesLine, type EditedLine } from './minutes-line';
import { Stepper } from './stepper';

// The sections of the check-in form (check-in-form.tsx), top to bottom.

type Errors = Record<string, string[] | undefined>;

function FieldErrors({ errors, className }: { errors?: string[]; className: string }) {
  return errors?.map((error) => (
    <p key={error} className={className}>
      {error}
    </p>
  ));
}

/** The week's minutes, one line per platform and activity, and the week's total. */
export function MinutesSection(props: {
  lines: EditedLine[];
  platforms: { id: string; name: string }[];
  recorded: number;
  loggedMinutes: number;
  errors?: string[];
  newLineKey: () => string;
  onLinesChange: (lines: EditedLine[]) => void;
}) {
  const { lines, platforms, recorded, loggedMinutes, onLinesChange } = props;
  const t = useTranslations('checkins');
  const firstPlatform = platforms[0];
  return (
    <section aria-labelledby="minutes-title">
      <h2 id="minutes-title" className="text-base font-semibold text-slate-900">
        {t('form.minutesTitle')}
      </h2>
      <p className="mb-3 text-sm text-slate-600">{t('form.minutesHelp')}</p>
      <ul className="space-y-3">
        {lines.map((line, index) => (
          <MinutesLine
            key={line.key}
            line={line}
            number={index + 1}
            platforms={platforms}
            onChange={(next) => onLinesChange(lines.map((other) => (other.key === line.key ? next : other)))}
            onRemove={() => onLinesChange(lines.filter((other) => other.key !== line.key))}
          />
        ))}
      </ul>
      {props.errors?.map((error) => (
        <p key={error} role="alert" className="mt-2 text-sm font-medium text-red-700">
          {error}
        </p>
      ))}
      {firstPlatform && (
        <button
          type="button"
          onClick={() =>
            onLinesChange([
              ...lines,
              { key: props.newLineKey(), platformId: firstPlatform.id, activity: 'POSTING', minutes: '' },
            ])
          }
          className="text-brand-800 mt-3 min-h-11 rounded-lg border border-dashed border-slate-400 bg-white px-4 text-sm font-semibold hover:bg-slate-50"
        >
          + {t('form.addLine')}
        </button>
      )}
      <p className="mt-3 text-sm font-semibold text-slate-900" aria-live="polite">
        {loggedMinutes > 0
          ? t('form.weekTotalWithLogged', {
              duration: formatDuration(recorded + loggedMinutes),
              logged: formatDuration(loggedMinutes),
            })
          : t('form.weekTotal', { duration: formatDuration(recorded) })}
      </p>
    </section>
  );
}

/** Posts published and reviews answered, as steppers. */
export function CountsSection(props: {
  posts: number;
  reviews: number;
  errors: Errors;
  onPostsChange: (value: number) => void;
  onReviewsChange: (value: number) => void;
}) {
  const t = useTranslations('checkins');
  return (
    <section aria-labelledby="counts-title">
      <h2 id="counts-title" className="mb-2 text-base font-semibold text-slate-900">
        {t('form.countsTitle')}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2">
        <Stepper
          name="postsPublished"
          label={t('form.postsPublished')}
          value={props.posts}
          errors={props.errors.postsPublished}
          onChange={props.onPostsChange}
        />
        <Stepper
          name="reviewsAnswered"
          label={t('form.reviewsAnswered')}
          value={props.reviews}
          errors={props.errors.reviewsAnswered}
          onChange={props.onReviewsChange}
        />
      </div>
    </section>
  );
}

/** The listings re-checked this week (ticks; each sets the checklist's "last checked"). */
export function RecheckFieldset(props: {
  platforms: { id: string; name: string }[];
  ticked: string[];
  errors?: string[];
}) {
  const t = useTranslations('checkins');
  if (props.platforms.length === 0) return null;
  return (
    <fieldset>
      <legend className="text-base font-semibold text-slate-900">{t('form.recheckTitle')}</legend>
      <p className="mb-2 text-sm text-slate-600">{t('form.recheckHelp')}</p>
      <div className="grid gap-1 sm:grid-cols-2">
        {props.platforms.map((platform) => (
          <label key={platform.id} className="flex min-h-11 items-center gap-3 text-sm text-slate-800">
            <input
              type="checkbox"
              name="recheckedPlatformIds"
              value={platform.id}
              defaultChecked={props.ticked.includes(platform.id)}
              className="size-5 shrink-0"
            />
            {platform.name}
          </label>
        ))}
      </div>
      <FieldErrors errors={props.errors} className="mt-1 text-sm font-medium text-red-700" />
    </fieldset>
  );
}

/** Notes and blockers, free text. */
export function TextFields({ base, errors }: { base: CheckInFormValues; errors: Errors }) {
  const t = useTranslations('checkins');
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {(['notes', 'blockers'] as const).map((field) => (
        <div key={field}>
          <label htmlFor={`field-${field}`} className="block text-sm font-medium text-slate-800">
            {t(`form.${field}`)}
          </label>
          {field === 'blockers' && (
            <p id="field-blockers-hint" className="text-sm text-slate-600">
              {t('form.blockersHelp')}
            </p>
          )}
          <Textarea
            id={`field-${field}`}
            name={field}
            rows={3}
            maxLength={2000}
            defaultValue={base[field]}
            aria-describedby={field === 'blockers' ? 'field-blockers-hint' : undefined}
            className="mt-1 w-full"
          />
          <FieldErrors errors={errors[field]} className="mt-1 text-sm font-medium text-red-700" />
        </div>
      ))}
    </div>
  );
}

/** What the autosave last did, the submission's message and "Abschließen"; sticky on phones. */
export function SaveBar({
  ref,
  status,
  timeZone,
  submitState,
}: {
  ref: Ref<HTMLDivElement>;
  status: SaveStatus;
  timeZone: string;
  submitState: FormState;
}) {
  const t = useTranslations('checkins');
  const format = useAppFormatter();
  const text = (() => {
    switch (status.kind) {
      case 'idle':
        return t('form.notSavedYet');
      case 'saving':
        return t('form.saving');
      case 'saved': {
        const time = { hour: '2-digit', minute: '2-digit', timeZone } as const;
        return t('form.savedAt', { time: format.dateTime(new Date(status.at), time) });
      }
      case 'stale':
        return status.message;
      case 'failed':
        return t('form.saveFailed', { message: status.message });
      case 'unreachable':
        return t('form.saveFailed', { message: t('form.offline') });
    }
  })();
  const failed = status.kind === 'stale' || status.kind === 'failed' || status.kind === 'unreachable';
  return (
    <>
      <p className="text-sm text-slate-600">{t('form.submitHelp')}</p>
      <div
        ref={ref}
        className="sticky bottom-0 -mx-4 border-t border-slate-200 bg-white px-4 py-3 sm:static sm:mx-0 sm:border-0 sm:bg-transparent sm:px-0"
      >
        <p
          role="status"
          aria-live="polite"
          className={`mb-2 text-sm ${failed ? 'font-medium text-red-800' : 'text-slate-600'}`}
        >
          {text}
        </p>
        <FormMessage state={submitState} />
        <SubmitButton pendingLabel={t('form.submitting')} className="mt-2 w-full sm:w-auto">
          {t('form.submit')}
        </SubmitButton>
      </div>
    </>
  );
}
