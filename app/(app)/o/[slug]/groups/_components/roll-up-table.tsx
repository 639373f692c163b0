import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import {
  CardTable,
  CardTableBody,
  CardTableHead,
  CardTableRow,
  Cell,
  ColumnHeader,
  RowHeader,
} from '@/components/ui/card-table';
import { scoreBand } from '@/lib/listings/score-formula';
import type { LocationGroupRollUp } from '@/lib/location-groups/roll-ups';
import { RuleSummary } from './rule-summary';

const bandBar = { good: 'bg-emerald-600', fair: 'bg-amber-500', poor: 'bg-red-600' } as const;
const bandText = { good: 'text-emerald-800', fair: 'text-amber-800', poor: 'text-red-800' } as const;

/** One row per group (and the locations in no group) with this week's figures; cards on a phone. */
export async function RollUpTable({ slug, rows }: { slug: string; rows: LocationGroupRollUp[] }) {
  const t = await getTranslations('locationGroups');
  const numeric = 'sm:text-right tabular-nums';
  return (
    <CardTable inCard className="w-full text-sm">
      <caption className="sr-only">{t('caption')}</caption>
      <CardTableHead>
        <CardTableRow className="border-b border-slate-200 text-left text-slate-600">
          <ColumnHeader className="py-2 pr-4 font-medium">{t('columns.group')}</ColumnHeader>
          <ColumnHeader className="py-2 pr-4 text-right font-medium">{t('columns.active')}</ColumnHeader>
          <ColumnHeader className="py-2 pr-4 font-medium">{t('columns.score')}</ColumnHeader>
          <ColumnHeader className="py-2 pr-4 text-right font-medium">
            {t('columns.needingAction')}
          </ColumnHeader>
          <ColumnHeader className="py-2 text-right font-medium">{t('columns.checkins')}</ColumnHeader>
        </CardTableRow>
      </CardTableHead>
      <CardTableBody>
        {rows.map((row) => (
          <CardTableRow key={row.id ?? 'ungrouped'} className="border-b border-slate-100 align-top">
            <RowHeader className="py-3 pr-4 text-left font-normal">
              {row.id ? (
                <>
                  <Link
                    href={`/o/${slug}/groups/${row.id}`}
                    className="text-brand-700 font-semibold underline"
                  >
                    {row.name}
                  </Link>
                  <span className="mt-0.5 block text-xs text-slate-600">
                    {t(`kinds.${row.kind!}`)} · <RuleSummary field={row.ruleField} value={row.ruleValue} />
                  </span>
                </>
              ) : (
                <span className="font-semibold text-slate-700 italic">{t('ungrouped')}</span>
              )}
            </RowHeader>
            <Cell label={t('columns.active')} className={`py-3 pr-4 ${numeric}`}>
              {row.activeLocations}
            </Cell>
            <Cell label={t('columns.score')} className="py-3 pr-4">
              <ScoreBar
                score={row.score}
                noScore={t('noScore')}
                label={t('scoreBar', { score: row.score ?? 0 })}
              />
            </Cell>
            <Cell label={t('columns.needingAction')} className={`py-3 pr-4 ${numeric}`}>
              <span className={row.listingsNeedingAction > 0 ? 'font-semibold text-red-800' : ''}>
                {row.listingsNeedingAction}
              </span>
            </Cell>
            <Cell label={t('columns.checkins')} className={`py-3 ${numeric}`}>
              {t('checkinsOf', { submitted: row.checkinsSubmitted, due: row.checkinsDue })}
            </Cell>
          </CardTableRow>
        ))}
      </CardTableBody>
    </CardTable>
  );
}

/** The mean score as a number and a bar coloured by its band (good, fair, poor). */
function ScoreBar({ score, noScore, label }: { score: number | null; noScore: string; label: string }) {
  if (score === null) return <span className="text-slate-600">{noScore}</span>;
  const band = scoreBand(score);
  return (
    <span className="flex items-center gap-2">
      <span className={`w-8 font-semibold tabular-nums sm:text-right ${bandText[band]}`}>{score}</span>
      <span
        role="img"
        aria-label={label}
        className="inline-block h-2 w-full max-w-32 min-w-16 rounded-full bg-slate-100"
      >
        <span className={`block h-2 rounded-full ${bandBar[band]}`} style={{ width: `${score}%` }} />
      </span>
    </span>
  );
}
