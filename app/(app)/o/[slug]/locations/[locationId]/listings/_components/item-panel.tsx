import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { ChecklistEntry } from '@/lib/listings/checklist';
import type { ShownFieldComparison } from '@/lib/listings/nap-check';
import { SideBySide } from './side-by-side';

type Props = {
  entry: ChecklistEntry;
  comparison: ShownFieldComparison[];
  /** The latest automatic check of this listing (OpenStreetMap, Google), when there is one. */
  observation?: ReactNode;
  /** The check suggests another status than the one set by hand: deciding on it comes first. */
  suggested?: boolean;
};

/**
 * An opened item, above its form: the next step, the latest automatic check, the comparison of
 * what was typed from the listing, the platform's links.
 */
export async function ItemPanel({ entry, comparison, observation, suggested = false }: Props) {
  const t = await getTranslations('listings');
  const locale = (await getLocale()) as 'de' | 'en';
  const { platform, item } = entry;
  const claimHint = platform.claimHint[locale];
  return (
    <>
      <p className="text-sm">
        <span className="font-semibold text-slate-900">{t('checklist.nextAction')}:</span>{' '}
        <span
          className={
            entry.nextAction === 'fixData' || suggested ? 'font-semibold text-red-800' : 'text-slate-800'
          }
        >
          {suggested ? t('nextAction.reviewSuggestion') : t(`nextAction.${entry.nextAction}`)}
        </span>
        {item.lastCheckedBy && (
          <span className="block text-xs text-slate-600">
            {t('checklist.lastCheckedByName', { name: item.lastCheckedBy })}
          </span>
        )}
      </p>
      {observation}
      {comparison.some((field) => field.result !== null) ? (
        <SideBySide fields={comparison} idPrefix={platform.key} />
      ) : (
        // With an automatic check above, asking to type the listing's data in would only distract.
        comparison.length > 0 &&
        !observation && <p className="text-sm text-slate-600">{t('checklist.compare.nothingYet')}</p>
      )}
      {item.notes && (
        <p className="text-sm whitespace-pre-line text-slate-800">
          <span className="font-semibold text-slate-900">{t('checklist.notes')}:</span> {item.notes}
        </p>
      )}
      <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {item.listingUrl && (
          <a
            href={item.listingUrl}
            rel="noopener noreferrer"
            target="_blank"
            className="text-brand-700 inline-flex min-h-11 items-center font-medium hover:underline"
          >
            {t('checklist.openListing')}
          </a>
        )}
        {platform.homeUrl && (
          <a
            href={platform.homeUrl}
            rel="noopener noreferrer"
            target="_blank"
            className="text-brand-700 inline-flex min-h-11 items-center font-medium hover:underline"
          >
            {t('checklist.openPlatform')}
          </a>
        )}
      </div>
      {claimHint && (
        <details className="text-sm">
          <summary className="min-h-11 cursor-pointer py-2 font-medium text-slate-800">
            {t('checklist.howToClaim')}
          </summary>
          <p className="text-slate-700">{claimHint}</p>
        </details>
      )}
    </>
  );
}
