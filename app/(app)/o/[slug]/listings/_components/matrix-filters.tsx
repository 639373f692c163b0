import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { listingStatuses, type MatrixQuery } from '@/lib/listings/schemas';

/** A plain GET form: the filters live in the URL, so a filtered view can be bookmarked and shared. */
export async function MatrixFilters({
  action,
  query,
  platforms,
  members,
}: {
  action: string;
  query: MatrixQuery;
  platforms: { id: string; name: string }[];
  members: { id: string; name: string }[];
}) {
  const t = await getTranslations('listings');
  const filtered = Boolean(query.platform || query.status || query.city || query.assignee);
  return (
    <form
      role="search"
      aria-label={t('matrix.filtersLabel')}
      action={action}
      className="mb-4 grid gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-[repeat(4,minmax(0,1fr))_auto]"
    >
      {/* The group filter is a form of its own (components/locations/group-filter.tsx); kept here. */}
      {query.group && <input type="hidden" name="group" value={query.group} />}
      <SelectField
        name="platform"
        label={t('matrix.platform')}
        defaultValue={query.platform ?? ''}
        options={[
          { value: '', label: t('matrix.allPlatforms') },
          ...platforms.map((p) => ({ value: p.id, label: p.name })),
        ]}
      />
      <SelectField
        name="status"
        label={t('matrix.status')}
        defaultValue={query.status ?? ''}
        options={[
          { value: '', label: t('matrix.allStatuses') },
          ...listingStatuses.map((status) => ({ value: status, label: t(`status.${status}`) })),
        ]}
      />
      <TextField
        name="city"
        label={t('matrix.city')}
        defaultValue={query.city ?? ''}
        maxLength={100}
        autoComplete="off"
      />
      <SelectField
        name="assignee"
        label={t('matrix.assignee')}
        defaultValue={query.assignee ?? ''}
        options={[
          { value: '', label: t('matrix.allAssignees') },
          ...members.map((m) => ({ value: m.id, label: m.name })),
        ]}
      />
      <div className="flex items-end gap-2">
        <button
          type="submit"
          className="min-h-11 rounded-lg bg-slate-800 px-4 text-sm font-semibold text-white hover:bg-slate-900"
        >
          {t('matrix.filter')}
        </button>
        {filtered && (
          <Link
            href={query.group ? `${action}?group=${query.group}` : action}
            className="flex min-h-11 items-center rounded-lg px-3 text-sm font-medium text-slate-700 hover:bg-slate-100"
          >
            {t('matrix.resetFilters')}
          </Link>
        )}
      </div>
    </form>
  );
}
