import { getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';

type Props = {
  action: string;
  month: string;
  groupId: string;
  months: { value: string; label: string }[];
  groups: { id: string; name: string; locationCount: number }[];
  allLabel: string;
  errors: Record<string, string[]>;
  pdfHref: string;
};

/** A plain GET form: the report lives in the URL, so it can be bookmarked and shared. */
export async function ReportForm({
  action,
  month,
  groupId,
  months,
  groups,
  allLabel,
  errors,
  pdfHref,
}: Props) {
  const t = await getTranslations('reports.page');
  return (
    <form
      role="search"
      aria-label={t('formLabel')}
      action={action}
      className="mb-6 flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <SelectField
        name="month"
        label={t('month')}
        defaultValue={month}
        options={months}
        errors={errors.month}
        className="min-w-48"
      />
      <SelectField
        name="group"
        label={t('group')}
        defaultValue={groupId}
        options={[
          { value: '', label: allLabel },
          ...groups.map((group) => ({ value: group.id, label: `${group.name} (${group.locationCount})` })),
        ]}
        errors={errors.group}
        className="min-w-48"
      />
      <Button type="submit">{t('show')}</Button>
      <a
        href={pdfHref}
        download
        className="text-brand-700 inline-flex min-h-11 items-center font-semibold hover:underline"
      >
        {t('pdf')}
      </a>
    </form>
  );
}
