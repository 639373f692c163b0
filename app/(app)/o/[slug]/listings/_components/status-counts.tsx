import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { StatusCounts as Counts } from '@/lib/listings/matrix';
import { listingStatuses, type ListingStatusValue } from '@/lib/listings/schemas';
import { getAppFormatter } from '@/lib/i18n/server-formatter';

// The same hues as the status badges, a step darker so thin segments stay visible.
const fills: Record<ListingStatusValue, string> = {
  NOT_STARTED: 'bg-slate-300',
  CLAIM_REQUESTED: 'bg-sky-400',
  CLAIMED: 'bg-indigo-500',
  LIVE: 'bg-emerald-500',
  NEEDS_UPDATE: 'bg-red-500',
  NOT_APPLICABLE: 'bg-slate-100 ring-1 ring-inset ring-slate-300',
};

/**
 * Items per status as one segmented bar. The bar is decoration; the list below it carries the
 * same numbers as text, and each entry filters the matrix to its status.
 */
export async function StatusCounts({
  counts,
  total,
  current,
  hrefForStatus,
}: {
  counts: Counts;
  total: number;
  current: ListingStatusValue | null | undefined;
  hrefForStatus: (status: ListingStatusValue | null) => string;
}) {
  const t = await getTranslations('listings');
  const format = await getAppFormatter();
  const share = (count: number) => (total === 0 ? 0 : count / total);
  return (
    <section
      aria-labelledby="status-counts-title"
      className="mb-6 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="status-counts-title" className="text-base font-semibold text-slate-900">
          {t('matrix.countsTitle')}
        </h2>
        <p className="text-sm text-slate-600">{t('matrix.countsTotal', { total })}</p>
      </div>
      <div aria-hidden="true" className="flex h-4 gap-px overflow-hidden rounded-full bg-slate-100">
        {listingStatuses.map((status) =>
          counts[status] > 0 ? (
            <div
              key={status}
              className={fills[status]}
              style={{ width: `${share(counts[status]) * 100}%` }}
            />
          ) : null,
        )}
      </div>
      <ul className="mt-3 grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
        {listingStatuses.map((status) => (
          <li key={status} data-status={status}>
            <Link
              href={hrefForStatus(current === status ? null : status)}
              aria-current={current === status ? 'true' : undefined}
              className="flex min-h-11 items-center gap-2 rounded-lg px-2 text-sm text-slate-700 hover:bg-slate-50 aria-[current=true]:bg-slate-100 aria-[current=true]:font-semibold"
            >
              <span aria-hidden="true" className={`size-3 shrink-0 rounded-sm ${fills[status]}`} />
              <span className="min-w-0 flex-1">{t(`status.${status}`)}</span>
              <span className="font-semibold text-slate-900 tabular-nums">
                {format.number(counts[status])}
              </span>
              <span className="w-12 text-right text-slate-600 tabular-nums">
                {format.number(share(counts[status]), { style: 'percent', maximumFractionDigits: 0 })}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
