import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import type { BenchmarkComparison } from '@/lib/benchmarks/comparison';
import { BreakdownSection } from './breakdown-section';
import { DailyTimeSection } from './daily-time-section';
import { FrequencySection } from './frequency-section';
import { PlatformsSection } from './platforms-section';
import { SubjectTables } from './subject-tables';
import { SurveyContext } from './survey-context';
import { TrendSection } from './trend-section';

type Props = {
  slug: string;
  comparison: BenchmarkComparison;
  /** The comparison of one location or member of the tables. */
  hrefFor: (scope: 'location' | 'member', id: string) => string;
};

/** The comparison's sections, or what to do when nothing is recorded yet; the survey's context below either. */
export function ComparisonResults({ slug, comparison, hrefFor }: Props) {
  return (
    <div className="space-y-6">
      {comparison.hasData ? (
        <>
          <DailyTimeSection comparison={comparison} />
          <FrequencySection comparison={comparison} />
          <PlatformsSection comparison={comparison} />
          <TrendSection comparison={comparison} />
          <BreakdownSection comparison={comparison} />
          <SubjectTables comparison={comparison} hrefFor={hrefFor} />
        </>
      ) : (
        <NothingRecorded slug={slug} comparison={comparison} />
      )}
      <SurveyContext comparison={comparison} />
    </div>
  );
}

/** Nothing counted: says so (or that only the running week has data) and links to the check-ins and time log. */
async function NothingRecorded({ slug, comparison }: { slug: string; comparison: BenchmarkComparison }) {
  const t = await getTranslations('benchmarks.page');
  const runningWeek = comparison.trend.find((week) => week.unfinished);
  const runningHasData = comparison.trend.some(
    (week) => week.unfinished && (week.minutes > 0 || week.checkIns > 0),
  );
  return (
    <EmptyState
      title={runningHasData ? t('onlyRunningTitle', { week: runningWeek!.week }) : t('emptyTitle')}
      text={runningHasData ? t('onlyRunningText') : t('emptyText')}
      action={
        <div className="flex flex-wrap justify-center gap-2">
          <ButtonLink href={`/o/${slug}/checkins`}>{t('emptyCheckins')}</ButtonLink>
          <ButtonLink href={`/o/${slug}/time`} variant="secondary">
            {t('emptyTime')}
          </ButtonLink>
        </div>
      }
    />
  );
}
