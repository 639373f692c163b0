import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

type Tab = 'list' | 'map' | 'import';

/**
 * The views of the locations area: list, map, import, and the CSV export as a download. Not
 * prefetched, like the menu: each view is rendered per request, and the map page's main thread is
 * better spent on the map than on rendering the other two in advance.
 */
export async function LocationsTabs({
  slug,
  current,
  canImport,
  groupId,
}: {
  slug: string;
  current: Tab;
  canImport: boolean;
  /** The location group the view is narrowed to: the other views and the export keep it. */
  groupId?: string | null;
}) {
  const t = await getTranslations('locations.tabs');
  const base = `/o/${slug}/locations`;
  const group = groupId ? `?group=${groupId}` : '';
  const tabs: { key: Tab; href: string }[] = [
    { key: 'list', href: `${base}${group}` },
    { key: 'map', href: `${base}/map${group}` },
    ...(canImport ? [{ key: 'import' as const, href: `${base}/import` }] : []),
  ];
  return (
    <nav
      aria-label={t('label')}
      className="mb-6 flex flex-wrap items-center gap-2 border-b border-slate-200 pb-3"
    >
      {tabs.map((tab) => (
        <Link
          key={tab.key}
          href={tab.href}
          prefetch={false}
          aria-current={tab.key === current ? 'page' : undefined}
          className="aria-[current=page]:bg-brand-600 min-h-11 rounded-lg px-4 py-2.5 text-sm font-semibold text-slate-700 hover:bg-slate-100 aria-[current=page]:text-white"
        >
          {t(tab.key)}
        </Link>
      ))}
      <a
        href={`${base}/export${group}`}
        download
        className="text-brand-700 hover:bg-brand-50 ml-auto min-h-11 rounded-lg px-4 py-2.5 text-sm font-semibold"
      >
        {t('export')}
      </a>
    </nav>
  );
}
