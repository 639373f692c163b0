import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { parseForm } from '@/lib/forms/parse-form';
import { isGroupLimited } from '@/lib/access/location-scope';
import type { MemberContext } from '@/lib/access/member-context';
import { loadAppShellData } from '@/lib/organisations/app-shell-data';
import { findOrNotFound, requireMember, requireRoleForPage } from '@/lib/organisations/member-context';
import { listSpecialHoursBatches } from '@/lib/publishing/holiday-hours/batches';
import { carriedFields, readChoiceForm } from '@/lib/publishing/holiday-hours/form-input';
import { previewHolidayHours } from '@/lib/publishing/holiday-hours/preview';
import { holidayHoursInputSchema, holidayHoursPageSchema } from '@/lib/publishing/holiday-hours/schemas';
import { holidayHoursScopeOptions } from '@/lib/publishing/holiday-hours/scope-options';
import { todayIn } from '@/lib/weeks/iso-week';
import { applyHolidayHoursAction } from './_actions/holiday-hours-actions';
import { BatchList } from './_components/batch-list';
import { ChoiceForm } from './_components/choice-form';
import { holidayChoices } from './_components/holiday-choices';
import { PreviewSection } from './_components/preview-section';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('holidayHours'))('title') };
}

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The URL's single values (a repeated parameter counts once, the first). */
function singleValues(search: Record<string, string | string[] | undefined>): [string, string][] {
  return Object.entries(search).flatMap(([key, value]) => {
    const first = Array.isArray(value) ? value[0] : value;
    return first === undefined ? [] : [[key, first] as [string, string]];
  });
}

export default async function HolidayHoursPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const member = await requireMember(slug);
  requireRoleForPage(member, 'MANAGER');
  const search = singleValues(await searchParams);
  const values = Object.fromEntries(search);
  const base = `/o/${slug}/locations/special-hours`;
  const t = await getTranslations('holidayHours');

  const [shell, scopeOptions, batches] = await Promise.all([
    loadAppShellData(member),
    holidayHoursScopeOptions(member),
    listSpecialHoursBatches(member, holidayHoursPageSchema.parse(values.bp)),
  ]);

  const { parsed, choice, preview } = await loadPreview(
    member,
    search,
    holidayHoursPageSchema.parse(values.pp),
  );
  const holidays = await holidayChoices(todayIn(member.organisation.timeZone));
  const hrefWith = (changes: Record<string, string>) =>
    `${base}?${new URLSearchParams({ ...values, ...changes }).toString()}`;
  const applyFields = carriedFields.flatMap((field) =>
    values[field] !== undefined ? [[field, values[field]] as [string, string]] : [],
  );
  const { applied, undone } = confirmations(values, batches.items);

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/o/${slug}/locations`} className="text-brand-700 underline">
          {t('back')}
        </Link>
      </p>
      <PageHeader title={t('title')} intro={t('intro')} />
      {scopeOptions.total === 0 && batches.items.length === 0 ? (
        <EmptyState
          title={t('noLocationsTitle')}
          text={t('noLocationsText')}
          action={
            isGroupLimited(member) ? undefined : (
              <ButtonLink href={`/o/${slug}/locations/new`}>
                {(await getTranslations('locations'))('create')}
              </ButtonLink>
            )
          }
        />
      ) : (
        <>
          <Card title={t('formHeading')}>
            <ChoiceForm
              action={base}
              values={values}
              errors={parsed && !parsed.ok ? (parsed.state.fieldErrors ?? {}) : {}}
              holidays={holidays}
              scopeOptions={scopeOptions}
              groups={shell.groupOptions}
            />
          </Card>
          {choice && preview && (
            <PreviewSection
              choice={choice}
              preview={preview}
              applyAction={applyHolidayHoursAction.bind(null, slug)}
              applyFields={applyFields}
              hrefForPage={(page) => `${hrefWith({ pp: String(page) })}#preview`}
            />
          )}
        </>
      )}
      <BatchList
        slug={slug}
        batches={batches}
        appliedCount={applied}
        undone={undone}
        hrefForPage={(page) => `${base}?bp=${page}#batches`}
      />
    </>
  );
}

/** The preview is this page for the choice in its address, checked with the form's schema. */
async function loadPreview(member: MemberContext, search: [string, string][], page: number) {
  const formData = new FormData();
  for (const [key, value] of search) formData.append(key, value);
  const wanted = search.some(([key]) => key === 'preview');
  const parsed = wanted ? await parseForm(holidayHoursInputSchema, formData, readChoiceForm) : null;
  const choice = parsed?.ok ? parsed.data : null;
  const preview = choice ? await findOrNotFound(previewHolidayHours(member, choice, page)) : null;
  return { parsed, choice, preview };
}

/** What the address says was just applied or undone, when that batch is on the list's first page. */
function confirmations(values: Record<string, string>, batches: { id: string; undoneAt: Date | null }[]) {
  const listed = (id: string | undefined) => batches.find((batch) => batch.id === id);
  return {
    applied: listed(values.applied) ? Number(values.count) || 0 : null,
    undone: listed(values.undone)?.undoneAt
      ? { removed: Number(values.removed) || 0, restored: Number(values.restored) || 0 }
      : null,
  };
}
