import { getTranslations } from 'next-intl/server';
import { controlClassWith } from '@/components/ui/control-class';
import type { LocationGroupOption } from '@/lib/location-groups/group-options';

type Props = {
  /** The page the form shows again, filtered: e.g. /o/<slug>/listings. */
  action: string;
  /** The member's selectable groups (listGroupOptions); nothing is drawn without any. */
  options: LocationGroupOption[];
  selected?: string | null;
  /** The page's other query parameters, kept as they are (the page number is left out: a new filter starts at 1). */
  keep?: Record<string, string | number | boolean | null | undefined>;
  /** Whether the member is limited to their groups: "all" then means all of theirs. */
  limited?: boolean;
  /** Unique per page when a page shows two filters. */
  id?: string;
};

/**
 * The location-group filter of lists, the matrix, the map, the comparison and the score history:
 * a plain GET form, so it works without JavaScript and a filtered view is a link to share.
 */
export async function GroupFilter({
  action,
  options,
  selected,
  keep = {},
  limited = false,
  id = 'group-filter',
}: Props) {
  if (options.length === 0) return null;
  const t = await getTranslations('groupFilter');
  return (
    <form
      action={action}
      method="get"
      role="search"
      aria-label={t('formLabel')}
      className="flex flex-wrap items-end gap-2"
    >
      {Object.entries(keep).map(([name, value]) =>
        value === null || value === undefined || value === '' || value === false ? null : (
          <input key={name} type="hidden" name={name} value={value === true ? '1' : String(value)} />
        ),
      )}
      <div className="min-w-0 flex-1 sm:flex-none">
        <label htmlFor={id} className="block text-sm font-medium text-slate-700">
          {t('label')}
        </label>
        <select
          id={id}
          name="group"
          defaultValue={selected ?? ''}
          className={controlClassWith('mt-1 w-full sm:w-64')}
        >
          <option value="">{limited ? t('allMine') : t('all')}</option>
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {t('option', { name: option.name, count: option.locationCount })}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="min-h-11 rounded-lg border border-slate-300 bg-white px-4 text-sm font-semibold text-slate-800 hover:bg-slate-50"
      >
        {t('apply')}
      </button>
    </form>
  );
}
