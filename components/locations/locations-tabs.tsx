import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { exportFormats } from '@/lib/publishing/exports/schemas';

type Tab = 'list' | 'map' | 'import';

/**
 * The views of the locations area: list, map, import, and the exports as downloads. Not
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
      <ExportMenu href={`${base}/export`} groupId={groupId} />
    </nav>
  );
}

/**
 * The export's formats as a disclosure (no client script): Google's sheet first, then the other
 * platforms' files and the two for maps, each with a line saying what it is for. Plain links:
 * downloads, not client-side navigations; each keeps the group the view is narrowed to.
 */
async function ExportMenu({ href, groupId }: { href: string; groupId?: string | null }) {
  const t = await getTranslations('locations.tabs');
  const linkFor = (format: (typeof exportFormats)[number]) => {
    const search = new URLSearchParams();
    if (format !== 'google') search.set('format', format);
    if (groupId) search.set('group', groupId);
    const query = search.toString();
    return query ? `${href}?${query}` : href;
  };
  return (
    <details className="relative ml-auto">
      <summary className="text-brand-700 hover:bg-brand-50 flex min-h-11 cursor-pointer list-none items-center gap-1 rounded-lg px-4 py-2.5 text-sm font-semibold [&::-webkit-details-marker]:hidden">
        {t('export')}
        <span aria-hidden="true" className="text-xs">
          ▾
        </span>
      </summary>
      <ul
        aria-label={t('exportLabel')}
        className="absolute right-0 z-20 mt-1 w-72 max-w-[calc(100vw-2rem)] rounded-lg border border-slate-200 bg-white p-1 shadow-lg"
      >
        {exportFormats.map((format) => (
          <li key={format}>
            <a
              href={linkFor(format)}
              download
              className="block rounded-md px-3 py-2 hover:bg-slate-100 focus-visible:bg-slate-100"
            >
              <span className="block text-sm font-semibold text-slate-900">
                {t(`exportFormats.${format}.label`)}
              </span>
              <span className="block text-xs text-slate-600">{t(`exportFormats.${format}.hint`)}</span>
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
