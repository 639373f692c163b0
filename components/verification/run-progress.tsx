'use client';

import { useTranslations } from 'next-intl';
import type { ObservationOutcome } from '@/lib/generated/prisma/enums';
import type { SourceProgressJson, VerificationRunJson } from '@/lib/verification/run-progress';
import { reasonText } from './reason-text';

const outcomeOrder: ObservationOutcome[] = ['CONSISTENT', 'DIFFERENT', 'NOT_FOUND', 'AMBIGUOUS', 'NO_DATA'];

/**
 * A run's progress per source: "x von n geprüft" with a progress bar, what was found so far, and
 * in words why a source could not be asked (waiting for another try, or given up). The texts sit
 * in a polite live region, so a screen reader hears each step without losing its place.
 */
export function RunProgress({ run, pollFailed }: { run: VerificationRunJson; pollFailed: boolean }) {
  const t = useTranslations('verification');
  const headingId = `run-${run.id}-title`;
  return (
    <section
      aria-labelledby={headingId}
      className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-3 text-sm"
    >
      <h3 id={headingId} className="font-semibold text-slate-900">
        {t('run.progressTitle')}
      </h3>
      <div role="status" aria-live="polite" className="space-y-3">
        <p className={run.settled ? 'font-medium text-emerald-800' : 'text-slate-800'}>
          {run.settled ? t('run.finished') : t('run.running')}
        </p>
        <ul className="space-y-3">
          {run.sources.map((source) => (
            <SourceRow key={source.source} runId={run.id} progress={source} />
          ))}
        </ul>
      </div>
      {pollFailed && <p className="text-amber-900">{t('run.pollFailed')}</p>}
    </section>
  );
}

function SourceRow({ runId, progress }: { runId: string; progress: SourceProgressJson }) {
  const t = useTranslations('verification');
  const { source, total, done } = progress;
  const name = t(`sources.${source}`);
  const settled = done + progress.failed + progress.skipped;
  const outcomes = outcomeOrder
    .filter((outcome) => progress.outcomes[outcome])
    .map((outcome) => t(`run.outcome.${outcome}`, { count: progress.outcomes[outcome]! }));
  const namedRetries = progress.retryReasons.reduce((sum, entry) => sum + entry.count, 0);
  return (
    <li className="space-y-1">
      <p className="flex flex-wrap justify-between gap-x-3">
        <span className="font-medium text-slate-900">{name}</span>
        <span className="text-slate-700">
          {total === 0 ? t('run.nothingToCheck') : t('run.checked', { done, total })}
        </span>
      </p>
      <progress
        id={`run-${runId}-${source}`}
        max={Math.max(total, 1)}
        value={total === 0 ? 1 : settled}
        aria-label={t('run.progressLabel', { source: name, done, total })}
        className="[&::-webkit-progress-value]:bg-brand-600 [&::-moz-progress-bar]:bg-brand-600 block h-2 w-full overflow-hidden rounded-full bg-slate-200 [&::-webkit-progress-bar]:bg-slate-200"
      />
      {outcomes.length > 0 && (
        <p className="text-slate-700">{t('run.outcomes', { outcomes: outcomes.join(', ') })}</p>
      )}
      {progress.retryReasons.map(({ reason, count }) => (
        <p key={`retry-${reason}`} className="text-amber-900">
          {t('run.retryLine', { reason: reasonText(t, source, reason), count })}
        </p>
      ))}
      {progress.retrying > namedRetries && (
        <p className="text-amber-900">{t('run.waiting', { count: progress.retrying - namedRetries })}</p>
      )}
      {progress.reasons.map(({ reason, count }) => (
        <p key={`failed-${reason}`} className="text-red-800">
          {t('run.failedLine', { reason: reasonText(t, source, reason), count })}
        </p>
      ))}
    </li>
  );
}
