import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { buttonClasses } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { auditCategories } from '@/lib/audit/audit-actions';
import type { AuditLogQuery } from '@/lib/audit/audit-log-query';

/** Area and person, as a plain GET form: the filtered log is a link that can be shared. */
export async function AuditFilters({
  action,
  query,
  members,
}: {
  action: string;
  query: AuditLogQuery;
  members: { id: string; label: string }[];
}) {
  const t = await getTranslations('audit');
  const filtered = Boolean(query.category || query.member);
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label={t('filters.label')}
      className="mb-4 flex flex-wrap items-end gap-3"
    >
      <SelectField
        name="category"
        id="audit-category"
        label={t('filters.category')}
        defaultValue={query.category ?? ''}
        options={[
          { value: '', label: t('filters.allCategories') },
          ...auditCategories.map((category) => ({ value: category, label: t(`categories.${category}`) })),
        ]}
        className="min-w-44 flex-1 sm:flex-none"
      />
      <SelectField
        name="member"
        id="audit-member"
        label={t('filters.member')}
        defaultValue={query.member ?? ''}
        options={[
          { value: '', label: t('filters.allMembers') },
          ...members.map((member) => ({ value: member.id, label: member.label })),
        ]}
        className="min-w-44 flex-1 sm:max-w-xs"
      />
      <button type="submit" className={buttonClasses('secondary')}>
        {t('filters.apply')}
      </button>
      {filtered && (
        <Link href={action} className="text-brand-800 min-h-11 px-1 py-2.5 text-sm font-semibold underline">
          {t('filters.reset')}
        </Link>
      )}
    </form>
  );
}
