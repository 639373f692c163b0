'use client';

import { useActionState, useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import type { AutosaveResult, CheckInFormValues } from '@/lib/checkins/form-values';
import { initialFormState, type FormState } from '@/lib/forms/form-state';
import {
  CountsSection,
  MinutesSection,
  RecheckFieldset,
  SaveBar,
  TextFields,
} from './check-in-form-sections';
import { keepClearOfSaveBar } from './keep-clear-of-save-bar';
import type { EditedLine } from './minutes-line';
import { SubmitConfirmation } from './submit-confirmation';
import { useCheckInAutosave } from './use-check-in-autosave';

type Props = {
  /** The autosave, bound like every form action: (previous, formData), previous unused. */
  saveDraft: (previous: null, formData: FormData) => Promise<AutosaveResult>;
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

let nextKey = 0;
const newLineKey = () => String(nextKey++);
const keyed = (values: CheckInFormValues): EditedLine[] =>
  values.lines.map((line) => ({
    ...line,
    key: newLineKey(),
    minutes: line.minutes ? String(line.minutes) : '',
  }));

/** The form's controlled values (the other fields keep their own state in the DOM). */
function useEditedValues(initial: CheckInFormValues) {
  const [lines, setLines] = useState(() => keyed(initial));
  const [posts, setPosts] = useState(initial.postsPublished);
  const [reviews, setReviews] = useState(initial.reviewsAnswered);
  function continueFrom(current: CheckInFormValues) {
    setLines(keyed(current));
    setPosts(current.postsPublished);
    setReviews(current.reviewsAnswered);
  }
  return { lines, setLines, posts, setPosts, reviews, setReviews, continueFrom };
}

/**
 * "Abschließen" first opens the confirmation; its "yes" submits the form for real, and
 * `onSubmitting` runs as the post leaves.
 */
function useConfirmFirst(formRef: RefObject<HTMLFormElement | null>, onSubmitting: () => void) {
  const [confirming, setConfirming] = useState(false);
  const confirmed = useRef(false);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    if (!confirmed.current) {
      event.preventDefault();
      setConfirming(true);
      return;
    }
    confirmed.current = false;
    onSubmitting();
  }
  function confirm() {
    confirmed.current = true;
    setConfirming(false);
    formRef.current?.requestSubmit();
  }
  return { confirming, onSubmit, confirm, cancel: () => setConfirming(false) };
}

/**
 * The week's check-in as a form that saves itself as a draft while it is filled in (see
 * useCheckInAutosave) and is submitted by a plain form post, so "Abschließen" works before the
 * JavaScript has loaded. When someone else saved in between, it continues from their state.
 */
export function CheckInForm(props: Props) {
  const { initial, platforms, loggedMinutes } = props;
  const { lines, setLines, posts, setPosts, reviews, setReviews, continueFrom } = useEditedValues(initial);
  const { formRef, base, version, status, fieldErrors, changed, hold, release } = useCheckInAutosave({
    saveDraft: props.saveDraft,
    initial,
    savedAt: props.savedAt,
    onContinue: continueFrom,
  });
  const [submitState, submitAction] = useActionState(props.submit, initialFormState);
  useEffect(() => release(), [submitState, release]);
  const saveBarRef = useRef<HTMLDivElement>(null);
  const { confirming, onSubmit, confirm, cancel } = useConfirmFirst(formRef, hold);

  const edit =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      changed();
    };
  const recorded = lines.reduce((sum, line) => sum + (Number(line.minutes) || 0), 0);
  const errors = { ...fieldErrors, ...submitState.fieldErrors };
  return (
    <form
      ref={formRef}
      key={base.version}
      action={submitAction}
      onChange={changed}
      onFocus={(event) => keepClearOfSaveBar(event.target, saveBarRef.current)}
      onSubmit={onSubmit}
      noValidate
      // On phones the save bar sticks to the bottom: a field scrolled or tabbed into view stops above it.
      className="space-y-6 max-sm:[&_:is(input,select,textarea,button)]:scroll-mb-40"
    >
      <input type="hidden" name="version" value={version} />
      <MinutesSection
        lines={lines}
        platforms={platforms}
        recorded={recorded}
        loggedMinutes={loggedMinutes}
        errors={errors.minutes}
        newLineKey={newLineKey}
        onLinesChange={edit(setLines)}
      />
      {props.children}
      <CountsSection
        posts={posts}
        reviews={reviews}
        errors={errors}
        onPostsChange={edit(setPosts)}
        onReviewsChange={edit(setReviews)}
      />
      <RecheckFieldset
        platforms={props.recheckPlatforms}
        ticked={base.recheckedPlatformIds}
        errors={errors.recheckedPlatformIds}
      />
      <TextFields base={base} errors={errors} />
      <SaveBar ref={saveBarRef} status={status} timeZone={props.timeZone} submitState={submitState} />
      <SubmitConfirmation
        open={confirming}
        title={props.confirmTitle}
        totals={{ minutes: recorded + loggedMinutes, posts, reviews }}
        onCancel={cancel}
        onConfirm={confirm}
      />
    </form>
  );
}
