'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AutosaveResult, CheckInFormValues } from '@/lib/checkins/form-values';
import { autosaveReducer, initialAutosave, type AutosaveEvent } from './check-in-autosave';

const autosaveDelayMs = 800;

type Options = {
  saveDraft: (previous: null, formData: FormData) => Promise<AutosaveResult>;
  initial: CheckInFormValues;
  savedAt: string | null;
  /** Someone else saved in between: the form's edited values start again from theirs. */
  onContinue: (current: CheckInFormValues) => void;
};

/**
 * The check-in form's autosave: a change waits for a pause (debounced), then the whole form is
 * saved as a draft naming the version it builds on. One save runs at a time; a change during a
 * save queues one more. A stale answer continues from the newer state (the queued save is
 * dropped, it was built on the old one); a locked one reloads the page, which shows the week
 * read-only. While the form is being submitted, nothing is saved.
 */
export function useCheckInAutosave({ saveDraft, initial, savedAt, onContinue }: Options) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [state, setState] = useState(() => initialAutosave(initial, savedAt));
  // The state as of the last answer, for saves that follow each other before a render.
  const latest = useRef(state);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const saving = useRef(false);
  const saveAgain = useRef(false);
  const submitting = useRef(false);

  useEffect(() => () => clearTimeout(timer.current), []);

  function apply(event: AutosaveEvent) {
    latest.current = autosaveReducer(latest.current, event);
    setState(latest.current);
  }

  async function runSave() {
    if (submitting.current || !formRef.current) return;
    if (saving.current) {
      saveAgain.current = true;
      return;
    }
    saving.current = true;
    apply({ type: 'saving' });
    const data = new FormData(formRef.current);
    data.set('version', String(latest.current.version));
    try {
      const result = await saveDraft(null, data);
      if (result.status === 'stale') {
        saveAgain.current = false;
        onContinue(result.current);
      }
      apply({ type: 'answered', result });
      if (result.status === 'locked') router.refresh();
    } catch {
      apply({ type: 'unreachable' });
    } finally {
      saving.current = false;
      if (saveAgain.current) {
        saveAgain.current = false;
        void runSave();
      }
    }
  }

  /** A field changed: save after a pause. */
  function changed() {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void runSave(), autosaveDelayMs);
  }

  /** The form is being submitted for real: no pending or further saves until it answers. */
  function hold() {
    clearTimeout(timer.current);
    submitting.current = true;
  }

  /** The submission answered (an error, the page stays): saving resumes with the next change. */
  const release = useCallback(() => {
    submitting.current = false;
  }, []);

  return { formRef, ...state, changed, hold, release };
}
