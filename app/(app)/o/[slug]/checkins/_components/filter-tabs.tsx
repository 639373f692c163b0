import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { WeekListFilter } from '@/lib/checkins/schemas';

const tabOrder: WeekListFilter[] = ['mine', 'all', 'overdue', 'open'];

/** Meine / Alle / Überfällig / Offen, each with the number of locations behind it. */
export async function FilterTabs({
  current,
  counts,
  hrefFor,
}: {
  current: WeekListFilter;
  counts: Record<WeekListFilter, number>;
  hrefFor: (filter: WeekListFilter) => string;
}) {
  const t = await getTranslations('checkins.list');
  return (
    <nav aria-label={t('tabsLabel')} className="mb-4">
      <ul className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap">
        {tabOrder.map((filter) => (
          <li key={filter}>
            <Link
              href={hrefFor(filter)}
              aria-current={filter === current ? 'page' : undefined}
              className="aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-900 flex min-h-11 items-center justify-between gap-2 rounded-lg border border-slate-300 bg-white px-3 text-sm font-semibold text-slate-800 hover:bg-slate-50"
            >
              {t(`tab.${filter}`)}
              <span className="rounded-full bg-slate-100 px-2 text-xs text-slate-700 tabular-nums">
                {counts[filter]}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
