'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import type { VerificationRunJson } from '@/lib/verification/run-progress';

export const pollIntervalMs = 1_500;

/**
 * Follows a verification run: while a task is queued or running, asks the app's JSON route for its
 * progress every 1.5 s; when none is left, refreshes the page's server components so the observations it
 * stored appear. A failed request is tried again at the next tick; an answer that the run is gone
 * or the session has ended (4xx) stops following it.
 */
export function useVerificationRun(slug: string, initial: VerificationRunJson | null) {
  const router = useRouter();
  const [run, setRun] = useState(initial);
  const [pollFailed, setPollFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const following = run !== null && !run.settled;
  const runId = run?.id;

  useEffect(() => {
    if (!following || !runId) return;
    let cancelled = false;
    const timer = setTimeout(async () => {
      try {
        // The app's own route on the same origin, not a server outside the app.
        const response = await fetch(`/o/${slug}/verification-runs/${runId}`, { cache: 'no-store' });
        if (cancelled) return;
        if (response.status >= 400 && response.status < 500) return setPollFailed(true);
        if (!response.ok) throw new Error(`status ${response.status}`);
        const next = (await response.json()) as VerificationRunJson;
        if (cancelled) return;
        setPollFailed(false);
        setRun(next);
        if (next.settled) router.refresh();
        else setAttempt((count) => count + 1);
      } catch {
        if (cancelled) return;
        setPollFailed(true);
        setAttempt((count) => count + 1);
      }
    }, pollIntervalMs);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [following, runId, attempt, slug, router]);

  return { run, follow: setRun, pollFailed };
}
