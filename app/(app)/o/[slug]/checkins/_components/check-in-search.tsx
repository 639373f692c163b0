import { getTranslations } from 'next-intl/server';
import { Input } from '@/components/ui/input';
import type { WeekListFilter } from '@/lib/checkins/schemas';

type Props = {
  /** The list: /o/<slug>/checkins. */
  action: string;
  /** The week shown, as 2026-W05; kept with the filter when searching. */
  week: string;
  filter: WeekListFilter;
  q: string | undefined;
};

/** Searching the week's locations by name or store code: a GET form that keeps the week and filter. */
export async function CheckInSearch({ action, week, filter, q }: Props) {
  const t = await getTranslations('checkins');
  return (
    <form role="search" action={action} className="mb-4 flex gap-2">
      <input type="hidden" name="week" value={week} />
      <input type="hidden" name="filter" value={filter} />
      <label htmlFor="checkins-search" className="sr-only">
        {t('list.searchLabel')}
      </label>
      <Input
        id="checkins-search"
        name="q"
        type="search"
        defaultValue={q ?? ''}
        placeholder={t('list.searchLabel')}
        maxLength={100}
        className="w-full min-w-0"
      />
      <button
        type="submit"
        className="min-h-11 shrink-0 rounded-lg bg-slate-800 px-4 text-sm font-semibold text-white hover:bg-slate-900"
      >
        {t('list.search')}
      </button>
    </form>
  );
}
