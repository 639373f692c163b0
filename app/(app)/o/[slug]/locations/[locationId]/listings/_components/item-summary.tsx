import { getTranslations } from 'next-intl/server';
import { ListingStatusBadge } from '@/components/listings/listing-status-badge';
import type { ObservationOutcome } from '@/lib/generated/prisma/enums';
import type { AppFormatter } from '@/lib/i18n/formatting';
import type { ChecklistEntry } from '@/lib/listings/checklist';
import type { ShownFieldComparison } from '@/lib/listings/nap-check';

/** What a source last observed of this listing, for the row's data check and its marker. */
export type ObservedSummary = { outcome: ObservationOutcome; differingFields: string[] };

type Props = {
  entry: ChecklistEntry;
  comparison: ShownFieldComparison[];
  format: AppFormatter;
  observed?: ObservedSummary;
};

const tones = { mismatch: 'font-semibold text-red-800', match: 'text-emerald-800', none: 'text-slate-600' };

/**
 * The data check in words: what was typed from the listing decides first (a person looked); else
 * what a source observed automatically; else nothing is recorded yet.
 */
async function dataCheck(comparison: ShownFieldComparison[], observed: ObservedSummary | undefined) {
  const t = await getTranslations();
  const mismatches = comparison.filter((field) => field.result === 'mismatch');
  if (mismatches.length > 0) {
    const fields = mismatches.map(({ field }) => t(`listings.checklist.nap.${field}`)).join(', ');
    return { tone: tones.mismatch, text: t('listings.checklist.mismatch', { fields }) };
  }
  if (observed?.outcome === 'DIFFERENT') {
    const fields = observed.differingFields
      .map((field) =>
        t.has(`verification.fields.${field}`)
          ? t(`verification.fields.${field}` as 'verification.fields.name')
          : field,
      )
      .join(', ');
    return { tone: tones.mismatch, text: t('listings.checklist.mismatch', { fields }) };
  }
  if (comparison.some((field) => field.result !== null) || observed?.outcome === 'CONSISTENT') {
    return { tone: tones.match, text: t('listings.checklist.dataMatch') };
  }
  return { tone: tones.none, text: t('listings.checklist.dataNotRecorded') };
}

/**
 * A checklist item's row: platform, status, last checked, data check. One line where the list is
 * wide enough (a container query: the list's width, not the window's, decides), two on a phone.
 * The cells carry their column's name for screen readers; sighted readers get the header row.
 * A listing a source has observed carries the marker "automatisch geprüft".
 */
export async function ItemSummary({ entry, comparison, format, observed }: Props) {
  const t = await getTranslations('listings.checklist');
  const tObservation = await getTranslations('verification.observation');
  const { platform, item } = entry;
  const data = await dataCheck(comparison, observed);
  return (
    <span className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-3 gap-y-1 @2xl:grid-cols-[minmax(0,1fr)_13rem_8rem_minmax(0,11rem)_1rem]">
      <span className="font-medium text-slate-900">
        {platform.name}
        {observed && (
          <span className="ml-2 inline-block rounded-full bg-sky-50 px-2 py-0.5 text-xs font-medium text-sky-900 ring-1 ring-sky-200">
            {tObservation('marker')}
          </span>
        )}
      </span>
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
        <span className={data.tone}>
          <span className="sr-only">{t('columnData')}: </span>
          {data.text}
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
