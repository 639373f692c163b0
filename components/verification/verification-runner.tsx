'use client';

import { useActionState, useEffect } from 'react';
import { useFormStatus } from 'react-dom';
import { buttonClasses } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { initialFormState, type FormState } from '@/lib/forms/form-state';
import type { VerificationRunJson } from '@/lib/verification/run-progress';
import { RunProgress } from './run-progress';
import { useVerificationRun } from './use-verification-run';

type Props = {
  slug: string;
  /** Starts a run; its answer carries the run's progress as JSON (result.run). */
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  label: string;
  pendingLabel: string;
  /** A run still under way when the page was loaded: its progress is shown and followed. */
  unfinished: VerificationRunJson | null;
};

/** "Jetzt prüfen": starts a run and shows its progress below the button until it is finished. */
export function VerificationRunner({ slug, action, label, pendingLabel, unfinished }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  const { run, follow, pollFailed } = useVerificationRun(slug, unfinished);
  const started = state.status === 'success' ? state.result?.run : undefined;
  useEffect(() => {
    if (started) follow(JSON.parse(started) as VerificationRunJson);
  }, [started, follow]);
  const running = run !== null && !run.settled;
  return (
    <div className="space-y-3">
      <form action={formAction}>
        <StartButton label={label} pendingLabel={pendingLabel} running={running} />
      </form>
      {state.status === 'error' && <FormMessage state={state} />}
      {run && <RunProgress run={run} pollFailed={pollFailed} />}
    </div>
  );
}

/** Pressed again while its run is under way it would only queue a run that skips every location. */
function StartButton({
  label,
  pendingLabel,
  running,
}: {
  label: string;
  pendingLabel: string;
  running: boolean;
}) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending || running} className={buttonClasses('primary')}>
      {pending && (
        <span
          aria-hidden="true"
          className="size-4 animate-spin rounded-full border-2 border-current border-r-transparent"
        />
      )}
      {pending ? pendingLabel : label}
    </button>
  );
}
