import { getTranslations } from 'next-intl/server';
import type { ShownFieldComparison } from '@/lib/listings/nap-check';
import { differingParts, type MarkedText } from '@/lib/text/differing-part';

const resultTone = {
  match: 'text-emerald-800',
  format: 'text-emerald-800',
  mismatch: 'font-semibold text-red-800',
  none: 'text-slate-600',
} as const;

export function Marked({ text }: { text: MarkedText }) {
  return (
    <>
      {text.before}
      {text.differing && <mark className="rounded bg-amber-200 px-0.5 text-slate-900">{text.differing}</mark>}
      {text.after}
    </>
  );
}

/**
 * Master data and what the platform shows, field by field, with the result and why. On a
 * mismatch the part that differs is marked on both sides, so "0471 4829320" against
 * "0471 4829399" reads at a glance.
 */
export async function SideBySide({ fields, idPrefix }: { fields: ShownFieldComparison[]; idPrefix: string }) {
  const t = await getTranslations('listings.checklist');
  if (fields.length === 0) return null;
  const resultText = (field: ShownFieldComparison) => {
    if (field.result === null) return t('compare.notRecorded');
    if (field.result === 'mismatch')
      return field.reason === 'missing' ? t('compare.missingInMaster') : t('compare.different');
    return t(`compare.${field.result}`);
  };
  const headingId = `${idPrefix}-compare`;
  return (
    <section aria-labelledby={headingId} className="@container">
      <h3 id={headingId} className="text-sm font-semibold text-slate-900">
        {t('compare.title')}
      </h3>
      <div
        aria-hidden="true"
        className="mt-2 hidden grid-cols-[7rem_minmax(0,1fr)_minmax(0,1fr)_10rem] gap-x-3 border-b border-slate-200 pb-1 text-xs font-medium text-slate-600 @xl:grid"
      >
        <span>{t('compare.field')}</span>
        <span>{t('compare.master')}</span>
        <span>{t('compare.shown')}</span>
        <span>{t('compare.result')}</span>
      </div>
      <dl className="divide-y divide-slate-200 text-sm">
        {fields.map((field) => {
          const marked =
            field.result === 'mismatch' && field.master && field.shown
              ? differingParts(field.master, field.shown)
              : null;
          const tone = resultTone[field.result ?? 'none'];
          return (
            <div
              key={field.field}
              className="grid grid-cols-[minmax(0,1fr)_auto] gap-x-3 py-1.5 @xl:grid-cols-[7rem_minmax(0,1fr)_minmax(0,1fr)_10rem]"
            >
              <dt className="font-medium text-slate-900">{t(`nap.${field.field}`)}</dt>
              <dd className={`text-right @xl:order-last @xl:text-left ${tone}`}>{resultText(field)}</dd>
              <dd className="col-span-2 break-words text-slate-800 @xl:col-span-1">
                <span className="text-slate-600 @xl:sr-only">{t('compare.master')}: </span>
                {marked ? <Marked text={marked.left} /> : (field.master ?? t('empty'))}
              </dd>
              <dd className="col-span-2 break-words text-slate-800 @xl:col-span-1">
                <span className="text-slate-600 @xl:sr-only">{t('compare.shown')}: </span>
                {marked ? <Marked text={marked.right} /> : (field.shown ?? t('empty'))}
              </dd>
            </div>
          );
        })}
      </dl>
      {fields.some((field) => field.result === 'mismatch') && (
        <p className="mt-2 text-xs text-slate-600">{t('compare.statusRule')}</p>
      )}
    </section>
  );
}
