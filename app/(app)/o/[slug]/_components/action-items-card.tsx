import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import type { StatusCounts } from '@/lib/listings/matrix';

type Props = { counts: StatusCounts; base: string };

/** The checklist items that need someone: wrong listings first, then open claims, then gaps. */
export async function ActionItemsCard({ counts, base }: Props) {
  const t = await getTranslations('dashboard.actions');
  const rows = [
    { status: 'NEEDS_UPDATE', count: counts.NEEDS_UPDATE, tone: 'text-red-800' },
    { status: 'CLAIM_REQUESTED', count: counts.CLAIM_REQUESTED, tone: 'text-amber-800' },
    { status: 'NOT_STARTED', count: counts.NOT_STARTED, tone: 'text-slate-900' },
  ] as const;
  return (
    <Card title={t('title')}>
      <ul className="space-y-2">
        {rows.map((row) => (
          <li key={row.status}>
            <a
              href={`${base}/listings?status=${row.status}`}
              className="flex min-h-11 items-center justify-between gap-3 rounded-lg px-2 hover:bg-slate-50"
            >
              <span className="text-slate-800">{t(row.status)}</span>
              <span className={`text-xl font-bold tabular-nums ${row.tone}`}>{row.count}</span>
            </a>
          </li>
        ))}
      </ul>
    </Card>
  );
}
