import { getTranslations } from 'next-intl/server';
import type { BenchmarkComparison } from '@/lib/benchmarks/comparison';
import type { ComparisonForm } from '@/lib/benchmarks/comparison-form';

type Props = {
  comparison: BenchmarkComparison;
  /** The form as the URL has it, so the running-week link keeps everything else. */
  form: ComparisonForm;
  isManager: boolean;
  /** The comparison page: /o/<slug>/benchmarks. */
  base: string;
};

/** What is compared over which weeks, and whether the running week counts, with a link to switch. */
export async function ComparisonStatus({ comparison, form, isManager, base }: Props) {
  const t = await getTranslations('benchmarks.page');
  const { period } = comparison;
  const runningWeek = comparison.trend.find((week) => week.unfinished);
  // The same comparison with the running week counted or not: the note's link switches.
  const toggledHref = () => {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries({ ...form, ...linkIds(comparison) }))
      if (typeof value === 'string' && value !== '' && name !== 'includeCurrentWeek') search.set(name, value);
    search.set('from', period.fromWeek);
    search.set('to', period.toWeek);
    if (!period.includesCurrentWeek) search.set('includeCurrentWeek', 'true');
    return `${base}?${search}`;
  };
  return (
    <>
      <p role="status" className="mb-4 text-sm text-slate-700">
        <strong>{scopeText(comparison, isManager, t)}</strong>
        {' · '}
        {t('period', { from: period.fromWeek, to: period.toWeek, weeks: period.weeks })}
      </p>
      {runningWeek && (
        <p
          className="-mt-2 mb-4 rounded-lg border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700"
          data-testid="running-week-note"
        >
          {period.includesCurrentWeek
            ? t('runningWeekCounted', { week: runningWeek.week, weeks: period.countedWeeks })
            : t('runningWeekLeftOut', { week: runningWeek.week, weeks: period.countedWeeks })}{' '}
          <a href={toggledHref()} className="text-brand-800 font-semibold hover:underline">
            {period.includesCurrentWeek ? t('leaveRunningWeekOut') : t('countRunningWeek')}
          </a>
        </p>
      )}
    </>
  );
}

/** The chosen location or member as ids, so the switched link shows the same scope. */
function linkIds(comparison: BenchmarkComparison) {
  return {
    set: comparison.set.id,
    ...(comparison.scope.location ? { locationId: comparison.scope.location.id, location: undefined } : {}),
    ...(comparison.scope.member ? { membershipId: comparison.scope.member.id } : {}),
  };
}

function scopeText(
  comparison: BenchmarkComparison,
  isManager: boolean,
  t: Awaited<ReturnType<typeof getTranslations<'benchmarks.page'>>>,
) {
  const { scope } = comparison;
  if (scope.location)
    return t('scopeLocation', { name: scope.location.name, storeCode: scope.location.storeCode });
  if (scope.member) return isManager ? t('scopeMember', { name: scope.member.name }) : t('scopeOwn');
  return t('scopeOrganisation', { locations: scope.locations });
}
