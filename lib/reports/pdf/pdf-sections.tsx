import { Text } from '@react-pdf/renderer';
import type { NeedsActionStatus } from '../report-types';
import { PdfBars, PdfScoreLine } from './pdf-charts';
import type { PdfContext } from './pdf-context';
import { PdfEmpty, PdfFigures, PdfSection, PdfTable } from './pdf-parts';
import { pdfColours, pdfStyles } from './pdf-styles';

// The PDF's sections, the same figures as the page's (app/(app)/o/[slug]/reports/_components).

export function ScorePdfSection({ context }: { context: PdfContext }) {
  const { report, t, percent, day } = context;
  const { atMonthEnd, change, daily, monthEnds } = report.score;
  if (!atMonthEnd) {
    return (
      <PdfSection title={t('report.score.title')}>
        <PdfEmpty title={t('report.score.emptyTitle')} text={t('report.score.emptyText')} />
      </PdfSection>
    );
  }
  const ends = [...monthEnds, atMonthEnd];
  const shortMonth = (date: string) =>
    context.format.dateTime(new Date(`${date}T12:00:00Z`), {
      month: 'short',
      year: '2-digit',
      timeZone: 'UTC',
    });
  return (
    <PdfSection title={t('report.score.title')}>
      <PdfFigures
        figures={[
          { label: t('report.score.atMonthEnd'), value: atMonthEnd.score },
          { label: t('report.score.coverage'), value: percent(atMonthEnd.coverage) },
          { label: t('report.score.correctness'), value: percent(atMonthEnd.correctness) },
          { label: t('report.score.freshness'), value: percent(atMonthEnd.freshness) },
        ]}
      />
      <Text style={pdfStyles.paragraph}>
        {change === null
          ? t('report.score.noPrevious')
          : t('report.score.change', { change: Math.abs(change), sign: change > 0 ? '+' : '-' })}{' '}
        {t('report.score.locations', { count: atMonthEnd.locations })}
      </Text>
      <PdfScoreLine
        caption={t('report.score.dailyTitle')}
        points={daily}
        firstLabel={day(daily[0]!.date)}
        lastLabel={day(daily.at(-1)!.date)}
      />
      <PdfBars
        caption={t('report.score.monthsCaption')}
        categories={ends.map((point) => shortMonth(point.date))}
        series={[
          {
            key: 'score',
            label: t('report.score.title'),
            colour: pdfColours.score,
            values: ends.map((point) => point.score),
          },
        ]}
        domainMax={100}
      />
      <Text style={pdfStyles.note}>{t('report.score.source')}</Text>
    </PdfSection>
  );
}

const statuses: NeedsActionStatus[] = ['NEEDS_UPDATE', 'CLAIM_REQUESTED', 'NOT_STARTED'];

export function ListingsPdfSection({ context }: { context: PdfContext }) {
  const { report, t } = context;
  const { movements, needsAction } = report.listings;
  const label = (status: NeedsActionStatus) => t(`report.listings.${status}`);
  return (
    <PdfSection title={t('report.listings.title')} breakBefore>
      <PdfFigures
        figures={[
          { label: t('report.listings.gained'), value: movements.gained },
          { label: t('report.listings.lost'), value: movements.lost },
          { label: t('report.listings.corrected'), value: movements.corrected },
        ]}
      />
      <Text style={pdfStyles.note}>{t('report.listings.movementsHint')}</Text>
      <Text style={pdfStyles.subheading}>{t('report.listings.needsActionTitle')}</Text>
      {needsAction.total === 0 ? (
        <PdfEmpty title={t('report.listings.emptyTitle')} text={t('report.listings.emptyText')} />
      ) : (
        <>
          <Text style={pdfStyles.paragraph}>
            {t('report.listings.needsActionTotal', { count: needsAction.total })}
          </Text>
          <PdfFigures
            figures={statuses.map((status) => ({
              label: label(status),
              value: needsAction.byStatus[status],
            }))}
          />
          <PdfTable
            columns={[
              { header: t('report.listings.platform'), wide: true },
              ...statuses.map((status) => ({ header: label(status), numeric: true })),
              { header: t('report.listings.total'), numeric: true },
            ]}
            rows={needsAction.byPlatform.map((platform) => [
              platform.name,
              ...statuses.map((status) => platform.counts[status]),
              platform.total,
            ])}
          />
          <Text style={pdfStyles.subheading}>
            {t('report.listings.firstItems', { shown: needsAction.items.length, total: needsAction.total })}
          </Text>
          <PdfTable
            columns={[
              { header: t('report.listings.location'), wide: true },
              { header: t('report.listings.platform') },
              { header: t('report.listings.status') },
            ]}
            rows={needsAction.items.map((item) => [
              `${item.location.name} (${item.location.storeCode})`,
              item.platform.name,
              label(item.status),
            ])}
          />
        </>
      )}
    </PdfSection>
  );
}
