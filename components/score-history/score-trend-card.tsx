import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { FigureTable } from '@/components/benchmarks/figure-table';
import { Card } from '@/components/ui/card';
import type { ScoreHistoryPoint } from '@/lib/score-history/read-history';
import { ScoreTrendChart } from './score-trend-chart';
import { trendRanges, type TrendRange } from './trend-range';

type Props = {
  /** Distinguishes several charts on a page (ids of the SVG's title and description). */
  id: string;
  title: string;
  points: ScoreHistoryPoint[];
  range: TrendRange;
  /** The page's address with `verlauf=<range>` for each choice. */
  hrefOfRange: (range: TrendRange) => string;
};

/** More than this many days: the table lists the first day of each month and the last day. */
const dailyTableDays = 92;

/**
 * The score's trend as a line with the figures as a table, and a choice of 90 days or 12 months;
 * with fewer than two days recorded, a note that the history starts tomorrow.
 */
export async function ScoreTrendCard({ id, title, points, range, hrefOfRange }: Props) {
  const t = await getTranslations('scoreHistory.trend');
  const locale = await getLocale();
  const dateText = (date: string, style: 'short' | 'long') =>
    new Date(`${date}T00:00:00Z`).toLocaleDateString(locale, {
      timeZone: 'UTC',
      day: 'numeric',
      month: style === 'short' ? 'short' : 'long',
      year: 'numeric',
    });
  return (
    <Card title={title}>
      <nav aria-label={t('rangeLabel')} className="mb-3 flex gap-2 text-sm">
        {trendRanges.map((choice) => (
          <Link
            key={choice}
            href={hrefOfRange(choice)}
            aria-current={choice === range ? 'true' : undefined}
            className={`inline-flex min-h-11 items-center rounded-md border px-3 font-medium ${
              choice === range
                ? 'border-brand-700 bg-brand-50 text-brand-800'
                : 'border-slate-300 text-slate-700 hover:bg-slate-50'
            }`}
          >
            {t(choice === '365' ? 'range365' : 'range90')}
          </Link>
        ))}
      </nav>
      {points.length < 2 ? (
        <p className="text-slate-700" data-testid={`${id}-empty`}>
          {t('empty')}
        </p>
      ) : (
        <ScoreTrendChart
          id={id}
          // The card's heading names the chart; the caption says which days it covers.
          caption={`${dateText(points[0]!.date, 'long')} – ${dateText(points.at(-1)!.date, 'long')}`}
          title={title}
          description={t('chartDesc', {
            from: dateText(points[0]!.date, 'long'),
            to: dateText(points.at(-1)!.date, 'long'),
            first: points[0]!.score,
            last: points.at(-1)!.score,
            min: Math.min(...points.map((point) => point.score)),
            max: Math.max(...points.map((point) => point.score)),
          })}
          points={points}
          dateLabel={(date) => dateText(date, 'short')}
          source={t('source', { days: points.length })}
          tableLabel={t('showTable')}
          table={<TrendTable label={title} points={points} dateText={(date) => dateText(date, 'short')} />}
        />
      )}
    </Card>
  );
}

async function TrendTable({
  label,
  points,
  dateText,
}: {
  label: string;
  points: ScoreHistoryPoint[];
  dateText: (date: string) => string;
}) {
  const t = await getTranslations('scoreHistory.trend');
  const percent = (share: number) => `${Math.round(share * 100)} %`;
  const shown =
    points.length <= dailyTableDays
      ? points
      : points.filter(
          (point, index) =>
            index === points.length - 1 || point.date.slice(0, 7) !== points[index - 1]?.date.slice(0, 7),
        );
  return (
    <FigureTable
      label={label}
      columns={[
        { header: t('date'), nowrap: true },
        { header: t('score'), numeric: true },
        { header: t('coverage'), numeric: true },
        { header: t('correctness'), numeric: true },
        { header: t('freshness'), numeric: true },
      ]}
      rows={shown.map((point) => ({
        key: point.date,
        cells: [
          dateText(point.date),
          String(point.score),
          percent(point.coverage),
          percent(point.correctness),
          percent(point.freshness),
        ],
      }))}
    />
  );
}
