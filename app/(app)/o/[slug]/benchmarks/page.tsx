import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import type { MemberContext } from '@/lib/access/member-context';
import { listBenchmarkSets } from '@/lib/benchmarks/benchmark-sets';
import { compareWithBenchmark } from '@/lib/benchmarks/comparison';
import { readComparisonForm, type ComparisonForm as FormValues } from '@/lib/benchmarks/comparison-form';
import { findLocationByText, listLocationSuggestions } from '@/lib/benchmarks/location-lookup';
import { comparisonQuerySchema } from '@/lib/benchmarks/schemas';
import { translateIssues } from '@/lib/forms/parse-form';
import type { Translator } from '@/lib/i18n/app-error-text';
import { hasRole } from '@/lib/access/member-context';
import { findOrNotFound, requireMember } from '@/lib/organisations/member-context';
import { listMemberNames } from '@/lib/organisations/members';
import { isGroupLimited } from '@/lib/access/location-scope';
import { loadAppShellData } from '@/lib/organisations/app-shell-data';
import { GroupFilter } from '@/components/locations/group-filter';
import { ComparisonForm } from './_components/comparison-form';
import { ComparisonResults } from './_components/comparison-results';
import { ComparisonStatus } from './_components/comparison-status';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('benchmarks.page'))('title') };
}

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * Own figures over a period against a benchmark set: eight queries (with the group options),
 * whatever the organisation's size; `?group=<id>` narrows them to one location group.
 */
export default async function BenchmarksPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const member = await requireMember(slug);
  const isManager = hasRole(member, 'MANAGER');
  const form = readComparisonForm(await searchParams);
  const [sets, locations, members, groups] = await Promise.all([
    listBenchmarkSets(member),
    listLocationSuggestions(member),
    isManager ? listMemberNames(member) : Promise.resolve([]),
    loadAppShellData(member).then((shell) => shell.groupOptions),
  ]);
  const t = await getTranslations('benchmarks.page');
  const locale = await getLocale();
  const { query, errors } = await comparisonQueryOf(member, form);
  // A foreign, malformed or out-of-limit group is a 404, like any other foreign id.
  const comparison = await findOrNotFound(compareWithBenchmark(member, query, { knownGroups: groups }));

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
    if (form.group) search.set('group', form.group);
    return `${base}?${search}`;
  };

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
      <div className="mb-4">
        <GroupFilter
          action={base}
          options={groups}
          selected={form.group}
          limited={isGroupLimited(member)}
          keep={{
            from: comparison.period.fromWeek,
            to: comparison.period.toWeek,
            set: comparison.set.id,
            includeCurrentWeek: comparison.period.includesCurrentWeek ? 'true' : undefined,
          }}
        />
      </div>
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
      <ComparisonStatus comparison={comparison} form={form} isManager={isManager} base={base} />
      <ComparisonResults slug={slug} comparison={comparison} hrefFor={hrefFor} />
    </>
  );
}

/**
 * The comparison's query from the form: a typed location found by store code or name, the rest
 * parsed. What does not parse is left out (the default comparison is shown) and named in `errors`.
 */
async function comparisonQueryOf(member: MemberContext, form: FormValues) {
  const tAll = (await getTranslations()) as unknown as Translator;
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
    group: form.group,
  });
  if (!parsed.success) Object.assign(errors, translateIssues(parsed.error.issues, tAll));
  return { query: parsed.success ? parsed.data : {}, errors };
}
