import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Input } from '@/components/ui/input';
import type { LocationListQuery } from '@/lib/locations/schemas';

type Props = {
  /** The list: /o/<slug>/locations. */
  base: string;
  query: LocationListQuery;
  hrefFor: (changes: Partial<LocationListQuery>) => string;
};

/** The search (a GET form that keeps the archive and position filters) and the active/archived switch. */
export async function LocationFilters({ base, query, hrefFor }: Props) {
  const t = await getTranslations('locations');
  return (
    <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
      <form role="search" action={base} className="flex w-full max-w-xl gap-2">
        {query.archived && <input type="hidden" name="archived" value="1" />}
        {query.position && <input type="hidden" name="position" value={query.position} />}
        {query.group && <input type="hidden" name="group" value={query.group} />}
        <label htmlFor="location-search" className="sr-only">
          {t('searchLabel')}
        </label>
        <Input
          id="location-search"
          type="search"
          name="q"
          defaultValue={query.q}
          placeholder={t('searchPlaceholder')}
          className="w-full"
        />
        <button
          type="submit"
          className="min-h-11 rounded-lg bg-slate-800 px-4 text-sm font-semibold text-white hover:bg-slate-900"
        >
          {t('search')}
        </button>
      </form>
      <div className="flex gap-1 text-sm">
        <Link
          href={hrefFor({ archived: false, page: 1 })}
          aria-current={!query.archived ? 'page' : undefined}
          className="rounded-md px-3 py-2 font-medium text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-slate-200"
        >
          {t('active')}
        </Link>
        <Link
          href={hrefFor({ archived: true, page: 1 })}
          aria-current={query.archived ? 'page' : undefined}
          className="rounded-md px-3 py-2 font-medium text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-slate-200"
        >
          {t('archived')}
        </Link>
      </div>
    </div>
  );
}
