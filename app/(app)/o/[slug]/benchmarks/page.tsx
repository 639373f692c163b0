import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { listBenchmarkSets } from '@/lib/benchmarks/benchmark-sets';
import { compareWithBenchmark, type BenchmarkComparison } from '@/lib/benchmarks/comparison';
import { readComparisonForm } from '@/lib/benchmarks/comparison-form';
import { findLocationByText, listLocationSuggestions } from '@/lib/benchmarks/location-lookup';
import { comparisonQuerySchema } from '@/lib/benchmarks/schemas';
import { translateIssues } from '@/lib/forms/parse-form';
import type { Translator } from '@/lib/i18n/app-error-text';
import { hasRole } from '@/lib/access/member-context';
import { findOrNotFound, requireMember } from '@/lib/organisations/member-context';
import { listMemberNames } from '@/lib/organisations/members';
import { BreakdownSection } from './_components/breakdown-section';
import { ComparisonForm } from './_components/comparison-form';
import { DailyTimeSection } from './_components/daily-time-section';
import { FrequencySection } from './_components/frequency-section';
import { PlatformsSection } from './_components/platforms-section';
import { SubjectTables } from './_components/subject-tables';
import { SurveyContext } from './_components/survey-context';
import { TrendSection } from './_components/trend-section';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('benchmarks.page'))('title') };
}

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** Own figures over a period against a benchmark set: seven queries, whatever the organisation's size. */
export default async function BenchmarksPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const member = await requireMember(slug);
  const isManager = hasRole(member, 'MANAGER');
  const form = readComparisonForm(await searchParams);
  const [sets, locations, members] = await Promise.all([
    listBenchmarkSets(member),
    listLocationSuggestions(member),
    isManager ? listMemberNames(member) : Promise.resolve([]),
  ]);
  const tAll = (await getTranslations()) as unknown as Translator;
  const t = await getTranslations('benchmarks.page');
  const locale = await getLocale();
  const errors: Record<string, string[]> = {};

  let locationId = form.locationId;
  if (form.scope === 'location' && !locationId && form.location) {
    locationId = (await findLocationByText(member, form.location)) ?? undefined;
    if (!locationId) errors.location = [tAll('benchmarks.errors.locationNotFound')];
  }
  const parsed = comparisonQuerySchema.safeParse({
    from: form.from,
    to: form.to,
    set: form.set,
    locationId,
    membershipId: form.membershipId,
    includeCurrentWeek: form.includeCurrentWeek,
  });
  if (!parsed.success) Object.assign(errors, translateIssues(parsed.error.issues, tAll));
  const comparison = await findOrNotFound(compareWithBenchmark(member, parsed.success ? parsed.data : {}));

  const base = `/o/${slug}/benchmarks`;
  const hrefFor = (scope: 'location' | 'member', id: string) => {
    const search = new URLSearchParams({
      from: comparison.period.fromWeek,
      to: comparison.period.toWeek,
      set: comparison.set.id,
      scope,
    });
    search.set(scope === 'location' ? 'locationId' : 'membershipId', id);
    if (comparison.period.includesCurrentWeek) search.set('includeCurrentWeek', 'true');
    return `${base}?${search}`;
  };
  // The same comparison with the running week counted or not: the note's link switches.
  const toggledHref = () => {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries({ ...form, ...linkIds(comparison) }))
      if (typeof value === 'string' && value !== '' && name !== 'includeCurrentWeek') search.set(name, value);
    search.set('from', comparison.period.fromWeek);
    search.set('to', comparison.period.toWeek);
    if (!comparison.period.includesCurrentWeek) search.set('includeCurrentWeek', 'true');
    return `${base}?${search}`;
  };
  const runningWeek = comparison.trend.find((week) => week.unfinished);
  const runningHasData = comparison.trend.some(
    (week) => week.unfinished && (week.minutes > 0 || week.checkIns > 0),
  );

  return (
    <>
      <PageHeader
        title={t('title')}
        intro={t('intro')}
        actions={
          <ButtonLink href={`${base}/sets`} variant="secondary">
            {t('manageSets')}
          </ButtonLink>
        }
      />
      <ComparisonForm
        action={base}
        values={{
          ...form,
          from: comparison.period.fromWeek,
          to: comparison.period.toWeek,
          set: comparison.set.id,
          location: form.location ?? comparison.scope.location?.storeCode,
          locationId: comparison.scope.location?.id,
          includeCurrentWeek: comparison.period.includesCurrentWeek ? 'true' : undefined,
        }}
        canChooseAnyone={isManager}
        locations={locations}
        members={members}
        sets={sets.map((set) => ({
          id: set.id,
          label: `${set.name} (${set.year}, n = ${set.sampleSize.toLocaleString(locale)})`,
        }))}
        errors={errors}
      />
      <p role="status" className="mb-4 text-sm text-slate-700">
        <strong>{scopeText(comparison, isManager, t)}</strong>
        {' · '}
        {t('period', {
          from: comparison.period.fromWeek,
          to: comparison.period.toWeek,
          weeks: comparison.period.weeks,
        })}
      </p>
      {runningWeek && (
        <p
          className="-mt-2 mb-4 rounded-lg border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700"
          data-testid="running-week-note"
        >
          {comparison.period.includesCurrentWeek
            ? t('runningWeekCounted', { week: runningWeek.week, weeks: comparison.period.countedWeeks })
            : t('runningWeekLeftOut', { week: runningWeek.week, weeks: comparison.period.countedWeeks })}{' '}
          <a href={toggledHref()} className="text-brand-800 font-semibold hover:underline">
            {comparison.period.includesCurrentWeek ? t('leaveRunningWeekOut') : t('countRunningWeek')}
          </a>
        </p>
      )}
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
        )}
        <SurveyContext comparison={comparison} />
      </div>
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
