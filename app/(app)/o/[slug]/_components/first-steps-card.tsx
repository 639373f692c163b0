import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import type { DashboardStart, FirstStepKey } from '@/lib/organisations/first-steps';

const stepText = {
  locations: 'stepLocations',
  listings: 'stepListings',
  invite: 'stepInvite',
  checkins: 'stepCheckins',
} as const satisfies Record<FirstStepKey, string>;

/**
 * The steps to a first picture, in order, the next one marked. At the start (nothing recorded
 * yet) it stands in for the presence score and says why; later it lists what is still open.
 */
export async function FirstStepsCard({
  start,
  base,
  className,
}: {
  start: DashboardStart;
  base: string;
  className?: string;
}) {
  const t = await getTranslations('dashboard');
  const href: Record<FirstStepKey, string> = {
    locations: start.steps[0]?.done ? `${base}/locations` : `${base}/locations/new`,
    listings: `${base}/listings`,
    invite: `${base}/settings/members`,
    checkins: `${base}/checkins`,
  };
  const atStart = !start.showScore;
  return (
    <Card title={atStart ? t('firstStepsTitle') : t('nextStepsTitle')} className={className}>
      {atStart && <p className="mb-3 text-sm text-slate-700">{t('firstStepsIntro')}</p>}
      <ol className="space-y-2">
        {start.steps.map((step, index) => (
          <li key={step.key} className="flex items-start gap-3">
            <span
              aria-hidden="true"
              className={`mt-0.5 flex size-6 shrink-0 items-center justify-center rounded-full text-xs font-bold ${
                step.done
                  ? 'bg-emerald-100 text-emerald-800'
                  : step.current
                    ? 'bg-brand-600 text-white'
                    : 'bg-slate-100 text-slate-700'
              }`}
            >
              {step.done ? '✓' : index + 1}
            </span>
            <a
              href={href[step.key]}
              aria-current={step.current ? 'step' : undefined}
              className={`hover:underline ${
                step.done
                  ? 'text-slate-500 line-through'
                  : step.current
                    ? 'text-brand-800 font-semibold'
                    : 'text-slate-800'
              }`}
            >
              {t(stepText[step.key])}
              {step.done && <span className="sr-only"> ({t('stepDone')})</span>}
            </a>
          </li>
        ))}
      </ol>
      {atStart && <p className="mt-3 text-xs text-slate-600">{t('firstStepsScoreLater')}</p>}
    </Card>
  );
}
