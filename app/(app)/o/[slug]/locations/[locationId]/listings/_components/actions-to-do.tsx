import { getTranslations } from 'next-intl/server';
import type { ActionToDo } from '@/lib/listings/checklist-groups';

/** "Still to do" above the checklist: how many items wait for which step, most urgent first. */
export async function ActionsToDo({ counts }: { counts: { action: ActionToDo; count: number }[] }) {
  const t = await getTranslations('listings');
  if (counts.length === 0) {
    return <p className="text-sm font-medium text-emerald-800">{t('checklist.allDone')}</p>;
  }
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <h2 className="font-semibold text-slate-900">{t('checklist.toDo')}</h2>
      <ul className="flex flex-wrap gap-2">
        {counts.map(({ action, count }) => (
          <li
            key={action}
            className={`rounded-full px-3 py-1 font-medium ${action === 'fixData' ? 'bg-red-50 text-red-800 ring-1 ring-red-200' : 'bg-slate-100 text-slate-800'}`}
          >
            {t(`nextAction.${action}`)}: {count}
          </li>
        ))}
      </ul>
    </div>
  );
}
