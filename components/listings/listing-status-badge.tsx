import { getTranslations } from 'next-intl/server';
import type { ListingStatusValue } from '@/lib/listings/schemas';

const tones: Record<ListingStatusValue, string> = {
  NOT_STARTED: 'bg-slate-100 text-slate-800 ring-slate-300',
  CLAIM_REQUESTED: 'bg-sky-50 text-sky-900 ring-sky-200',
  CLAIMED: 'bg-indigo-50 text-indigo-900 ring-indigo-200',
  LIVE: 'bg-emerald-50 text-emerald-900 ring-emerald-200',
  NEEDS_UPDATE: 'bg-red-50 text-red-800 ring-red-200',
  NOT_APPLICABLE: 'bg-white text-slate-600 ring-slate-200',
};

export async function ListingStatusBadge({ status }: { status: ListingStatusValue }) {
  const t = await getTranslations('listings.status');
  return (
    <span
      className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap ring-1 ${tones[status]}`}
    >
      {t(status)}
    </span>
  );
}
