import { getTranslations } from 'next-intl/server';
import { differingParts } from '@/lib/text/differing-part';
import { Marked } from './side-by-side';

export type ObservedDifference = {
  field: string;
  master: string | null;
  observed: string | null;
  reason: 'different' | 'unreadable';
};

/**
 * The fields a source states otherwise than the master data, both values side by side with the
 * differing part marked, in the checklist's comparison style. Values are text, never markup.
 */
export async function ObservedDifferences({
  differences,
  sourceName,
}: {
  differences: ObservedDifference[];
  sourceName: string;
}) {
  const t = await getTranslations('verification');
  if (differences.length === 0) return null;
  return (
    <div className="@container">
      <div
        aria-hidden="true"
        className="hidden grid-cols-[7rem_minmax(0,1fr)_minmax(0,1fr)_8rem] gap-x-3 border-b border-slate-200 pb-1 text-xs font-medium text-slate-600 @xl:grid"
      >
        <span>{t('observation.field')}</span>
        <span>{t('observation.master')}</span>
        <span>{sourceName}</span>
        <span>{t('observation.reason')}</span>
      </div>
      <dl className="divide-y divide-slate-200">
        {differences.map((difference) => {
          const marked =
            difference.master && difference.observed
              ? differingParts(difference.master, difference.observed)
              : null;
          return (
            <div
              key={difference.field}
              className="grid grid-cols-[minmax(0,1fr)_auto] gap-x-3 py-1.5 @xl:grid-cols-[7rem_minmax(0,1fr)_minmax(0,1fr)_8rem]"
            >
              <dt className="font-medium text-slate-900">
                {t.has(`fields.${difference.field}`)
                  ? t(`fields.${difference.field}` as 'fields.name')
                  : difference.field}
              </dt>
              <dd className="text-right font-semibold text-red-800 @xl:order-last @xl:text-left">
                {t(`observation.${difference.reason}`)}
              </dd>
              <dd className="col-span-2 break-words text-slate-800 @xl:col-span-1">
                <span className="text-slate-600 @xl:sr-only">{t('observation.master')}: </span>
                {marked ? <Marked text={marked.left} /> : (difference.master ?? '—')}
              </dd>
              <dd className="col-span-2 break-words text-slate-800 @xl:col-span-1">
                <span className="text-slate-600 @xl:sr-only">{sourceName}: </span>
                {marked ? <Marked text={marked.right} /> : (difference.observed ?? '—')}
              </dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
