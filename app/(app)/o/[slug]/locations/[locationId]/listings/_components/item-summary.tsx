import { getTranslations } from 'next-intl/server';
import { ListingStatusBadge } from '@/components/listings/listing-status-badge';
import type { AppFormatter } from '@/lib/i18n/formatting';
import type { ChecklistEntry } from '@/lib/listings/checklist';
import type { ShownFieldComparison } from '@/lib/listings/nap-check';

type Props = { entry: ChecklistEntry; comparison: ShownFieldComparison[]; format: AppFormatter };

/**
 * A checklist item's row: platform, status, last checked, data check. One line where the list is
 * wide enough (a container query: the list's width, not the window's, decides), two on a phone.
 * The cells carry their column's name for screen readers; sighted readers get the header row.
 */
export async function ItemSummary({ entry, comparison, format }: Props) {
  const t = await getTranslations('listings.checklist');
  const { platform, item } = entry;
  const mismatches = comparison.filter((field) => field.result === 'mismatch');
  const recorded = comparison.some((field) => field.result !== null);
  return (
    <span className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-3 gap-y-1 @2xl:grid-cols-[minmax(0,1fr)_13rem_8rem_minmax(0,11rem)_1rem]">
      <span className="font-medium text-slate-900">{platform.name}</span>
      <span>
        <span className="sr-only">{t('columnStatus')}: </span>
        <ListingStatusBadge status={item.status} />
      </span>
      <span className="col-span-2 flex flex-wrap gap-x-4 text-xs text-slate-600 @2xl:contents @2xl:text-sm">
        <span>
          <span className="@2xl:sr-only">{t('columnChecked')}: </span>
          {item.lastCheckedAt
            ? format.dateTime(item.lastCheckedAt, { dateStyle: 'medium' })
            : t('neverCheckedShort')}
        </span>
        <span
          className={
            mismatches.length > 0
              ? 'font-semibold text-red-800'
              : recorded
                ? 'text-emerald-800'
                : 'text-slate-600'
          }
        >
          <span className="sr-only">{t('columnData')}: </span>
          {mismatches.length > 0
            ? t('mismatch', { fields: mismatches.map(({ field }) => t(`nap.${field}`)).join(', ') })
            : recorded
              ? t('dataMatch')
              : t('dataNotRecorded')}
        </span>
      </span>
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        className="hidden size-4 text-slate-500 transition-transform group-open:rotate-90 @2xl:block"
      >
        <path d="M7 4l6 6-6 6" fill="none" stroke="currentColor" strokeWidth="2" />
      </svg>
    </span>
  );
}
