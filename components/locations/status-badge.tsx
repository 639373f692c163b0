import { getTranslations } from 'next-intl/server';
import type { LocationStatus } from '@/lib/generated/prisma/enums';

const tones: Record<LocationStatus, string> = {
  ACTIVE: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  TEMPORARILY_CLOSED: 'bg-amber-50 text-amber-900 ring-amber-200',
  CLOSED: 'bg-slate-100 text-slate-700 ring-slate-300',
};

export async function StatusBadge({ status }: { status: LocationStatus }) {
  const t = await getTranslations('locations');
  return (
    <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ${tones[status]}`}>
      {t(`status${status}`)}
    </span>
  );
}
