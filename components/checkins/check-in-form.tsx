'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useRef, useState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { formatDuration } from '@/lib/format/duration';
import { useAppFormatter } from '@/lib/i18n/use-app-formatter';
import type { AutosaveResult, CheckInFormValues } from '@/lib/checkins/form-values';
import { initialFormState, type FormState } from '@/lib/forms/form-state';
import { keepClearOfSaveBar } from './keep-clear-of-save-bar';
import { MinutesLine, type EditedLine } from './minutes-line';
import { Stepper } from './stepper';
import { SubmitConfirmation } from './submit-confirmation';

type Props = {
  saveDraft: (formData: FormData) => Promise<AutosaveResult>;
  submit: (previous: FormState, formData: FormData) => Promise<FormState>;
  initial: CheckInFormValues;
  savedAt: string | null;
  platforms: { id: string; name: string }[];
  /** Platforms offered for the re-check ticks (listed ones and those already ticked). */
  recheckPlatforms: { id: string; name: string }[];
  loggedMinutes: number;
  timeZone: string;
  /** The confirmation's question, e.g. "KW 12 für Filiale am Deich abschließen?". */
  confirmTitle: string;
  children?: React.ReactNode;
};

type SaveState = { kind: 'idle' | 'saving' | 'saved' | 'failed'; text?: string };

const autosaveDelayMs = 800;
let nextKey = 0;
const keyed = (values: CheckInFormValues): EditedLine[] =>
  values.lines.map((line) => ({
    ...line,
    key: String(nextKey++),
    minutes: line.minutes ? String(line.minutes) : '',
  }));

/**
 * The week's check-in as a form that saves itself as a draft while it is filled in (debounced,
 * naming the version it builds on) and is submitted by a plain form post, so "Abschließen" works
 * before the JavaScript has loaded. When someone else saved in between, it continues from their state.
 */
export function CheckInForm(props: Props) {
  const { initial, platforms, loggedMinutes, timeZone } = props;
  const t = useTranslations('checkins');
  const format = useAppFormatter();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const saveBarRef = useRef<HTMLDivElement>(null);
  const [lines, setLines] = useState(() => keyed(initial));
  const [posts, setPosts] = useState(initial.postsPublished);
  const [reviews, setReviews] = useState(initial.reviewsAnswered);
  const [base, setBase] = useState(initial);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const savedText = (at: string) =>
    t('form.savedAt', {
      time: format.dateTime(new Date(at), { hour: '2-digit', minute: '2-digit', timeZone }),
    });
  const [save, setSave] = useState<SaveState>(
    props.savedAt ? { kind: 'saved', text: savedText(props.savedAt) } : { kind: 'idle' },
  );
  const [submitState, submitAction] = useActionState(props.submit, initialFormState);
  // The ref serves saves that follow each other quickly; the state renders the field the post sends.
  const version = useRef(initial.version);
  const [shownVersion, setShownVersion] = useState(initial.version);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const saving = useRef(false);
  const saveAgain = useRef(false);
  const submitting = useRef(false);
  // "Abschließen" first opens the confirmation; its "yes" submits the form for real.
  const [confirming, setConfirming] = useState(false);
  const confirmed = useRef(false);

  useEffect(() => () => clearTimeout(timer.current), []);
  useEffect(() => {
    submitting.current = false;
  }, [submitState]);

  function adoptVersion(next: number) {
    version.current = next;
    setShownVersion(next);
  }

  function continueFrom(current: CheckInFormValues) {
    adoptVersion(current.version);
    setBase(current);
    setLines(keyed(current));
    setPosts(current.postsPublished);
    setReviews(current.reviewsAnswered);
  }

  async function runSave() {
    if (submitting.current || !formRef.current) return;
    if (saving.current) {
      saveAgain.current = true;
      return;
    }
    saving.current = true;
    setSave({ kind: 'saving', text: t('form.saving') });
    const data = new FormData(formRef.current);
    data.set('version', String(version.current));
    try {
      const result = await props.saveDraft(data);
      setFieldErrors(result.status === 'error' ? result.fieldErrors : {});
      if (result.status === 'saved') {
        adoptVersion(result.version);
        setSave({ kind: 'saved', text: savedText(result.savedAt) });
      } else if (result.status === 'stale') {
        saveAgain.current = false;
        continueFrom(result.current);
        setSave({ kind: 'failed', text: result.message });
      } else if (result.status === 'locked') {
        router.refresh();
      } else {
        setSave({ kind: 'failed', text: t('form.saveFailed', { message: result.message }) });
      }
    } catch {
      setSave({ kind: 'failed', text: t('form.saveFailed', { message: t('form.offline') }) });
    } finally {
      saving.current = false;
      if (saveAgain.current) {
        saveAgain.current = false;
        void runSave();
      }
    }
  }

  function changed() {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void runSave(), autosaveDelayMs);
  }

  function updateLines(next: EditedLine[]) {
    setLines(next);
    changed();
  }

  const recorded = lines.reduce((sum, line) => sum + (Number(line.minutes) || 0), 0);
  const errors = { ...fieldErrors, ...submitState.fieldErrors };
  return (
    <form
      ref={formRef}
      key={base.version}
      action={submitAction}
      onChange={changed}
      onFocus={(event) => keepClearOfSaveBar(event.target, saveBarRef.current)}
      onSubmit={(event) => {
        if (!confirmed.current) {
          event.preventDefault();
          setConfirming(true);
          return;
        }
        confirmed.current = false;
        clearTimeout(timer.current);
        submitting.current = true;
      }}
      noValidate
      // On phones the save bar sticks to the bottom: a field scrolled or tabbed into view stops above it.
      className="space-y-6 max-sm:[&_:is(input,select,textarea,button)]:scroll-mb-40"
    >
      <input type="hidden" name="version" value={shownVersion} />
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
              onChange={(next) => updateLines(lines.map((other) => (other.key === line.key ? next : other)))}
              onRemove={() => updateLines(lines.filter((other) => other.key !== line.key))}
            />
          ))}
        </ul>
        {errors.minutes?.map((error) => (
          <p key={error} role="alert" className="mt-2 text-sm font-medium text-red-700">
            {error}
          </p>
        ))}
        {platforms[0] && (
          <button
            type="button"
            onClick={() =>
              updateLines([
                ...lines,
                { key: String(nextKey++), platformId: platforms[0]!.id, activity: 'POSTING', minutes: '' },
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
      {props.children}
      <section aria-labelledby="counts-title">
        <h2 id="counts-title" className="mb-2 text-base font-semibold text-slate-900">
          {t('form.countsTitle')}
        </h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <Stepper
            name="postsPublished"
            label={t('form.postsPublished')}
            value={posts}
            errors={errors.postsPublished}
            onChange={(value) => {
              setPosts(value);
              changed();
            }}
          />
          <Stepper
            name="reviewsAnswered"
            label={t('form.reviewsAnswered')}
            value={reviews}
            errors={errors.reviewsAnswered}
            onChange={(value) => {
              setReviews(value);
              changed();
            }}
          />
        </div>
      </section>
      {props.recheckPlatforms.length > 0 && (
        <fieldset>
          <legend className="text-base font-semibold text-slate-900">{t('form.recheckTitle')}</legend>
          <p className="mb-2 text-sm text-slate-600">{t('form.recheckHelp')}</p>
          <div className="grid gap-1 sm:grid-cols-2">
            {props.recheckPlatforms.map((platform) => (
              <label key={platform.id} className="flex min-h-11 items-center gap-3 text-sm text-slate-800">
                <input
                  type="checkbox"
                  name="recheckedPlatformIds"
                  value={platform.id}
                  defaultChecked={base.recheckedPlatformIds.includes(platform.id)}
                  className="size-5 shrink-0"
                />
                {platform.name}
              </label>
            ))}
          </div>
          {errors.recheckedPlatformIds?.map((error) => (
            <p key={error} className="mt-1 text-sm font-medium text-red-700">
              {error}
            </p>
          ))}
        </fieldset>
      )}
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
            <textarea
              id={`field-${field}`}
              name={field}
              rows={3}
              maxLength={2000}
              defaultValue={base[field]}
              aria-describedby={field === 'blockers' ? 'field-blockers-hint' : undefined}
              className="focus:border-brand-600 focus:ring-brand-200 mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base focus:ring-2 focus:outline-none"
            />
            {errors[field]?.map((error) => (
              <p key={error} className="mt-1 text-sm font-medium text-red-700">
                {error}
              </p>
            ))}
          </div>
        ))}
      </div>
      <p className="text-sm text-slate-600">{t('form.submitHelp')}</p>
      <div
        ref={saveBarRef}
        className="sticky bottom-0 -mx-4 border-t border-slate-200 bg-white px-4 py-3 sm:static sm:mx-0 sm:border-0 sm:bg-transparent sm:px-0"
      >
        <p
          role="status"
          aria-live="polite"
          className={`mb-2 text-sm ${save.kind === 'failed' ? 'font-medium text-red-800' : 'text-slate-600'}`}
        >
          {save.text ?? t('form.notSavedYet')}
        </p>
        <FormMessage state={submitState} />
        <SubmitButton pendingLabel={t('form.submitting')} className="mt-2 w-full sm:w-auto">
          {t('form.submit')}
        </SubmitButton>
      </div>
      <SubmitConfirmation
        open={confirming}
        title={props.confirmTitle}
        totals={{ minutes: recorded + loggedMinutes, posts, reviews }}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          confirmed.current = true;
          setConfirming(false);
          formRef.current?.requestSubmit();
        }}
      />
    </form>
  );
}
