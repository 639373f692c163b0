import { getTranslations } from 'next-intl/server';
import type { WeekStatus } from '@/lib/checkins/week-list';

const tones: Record<WeekStatus, string> = {
  NOT_STARTED: 'bg-slate-100 text-slate-800 ring-slate-300',
  DRAFT: 'bg-amber-50 text-amber-900 ring-amber-200',
  SUBMITTED: 'bg-emerald-50 text-emerald-900 ring-emerald-200',
};

/** The week's status as text on a tinted badge (the colour only repeats what the text says). */
export async function CheckInStatusBadge({ status }: { status: WeekStatus }) {
  const t = await getTranslations('checkins.status');
  return (
    <span
      data-status={status}
      className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap ring-1 ${tones[status]}`}
    >
      {t(status)}
    </span>
  );
}
