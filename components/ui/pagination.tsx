import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export async function Pagination({
  page,
  pageCount,
  hrefFor,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  const t = await getTranslations('pagination');
  const linkClass =
    'min-h-11 rounded-lg border border-slate-300 bg-white px-4 py-2.5 text-sm font-semibold hover:bg-slate-50';
  return (
    <nav aria-label={t('label')} className="mt-4 flex items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} className={linkClass} rel="prev">
          {t('previous')}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-slate-700">{t('pageOf', { page, pageCount })}</span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} className={linkClass} rel="next">
          {t('next')}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
