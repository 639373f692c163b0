import { Text } from '@react-pdf/renderer';
import { PdfBars } from './pdf-charts';
import type { PdfContext } from './pdf-context';
import { PdfEmpty, PdfFigures, PdfSection, PdfTable } from './pdf-parts';
import { pdfColours, pdfStyles } from './pdf-styles';

// Check-ins, hours and the automatic checks in the PDF.

export function CheckInsPdfSection({ context }: { context: PdfContext }) {
  const { report, t } = context;
  const { weeks, totals } = report.checkIns;
  const k = (key: string) => `report.checkIns.${key}`;
  if (totals.due === 0) {
    return (
      <PdfSection title={t(k('title'))} breakBefore>
        <PdfEmpty title={t(k('emptyTitle'))} text={t(k('emptyText'))} />
      </PdfSection>
    );
  }
  return (
    <PdfSection title={t(k('title'))} breakBefore>
      <PdfFigures
        figures={[
          { label: t(k('onTimePercent')), value: context.percent((totals.onTimePercent ?? 0) / 100) },
          { label: t(k('onTime')), value: totals.onTime },
          { label: t(k('late')), value: totals.late },
          { label: t(k('missing')), value: totals.missing },
        ]}
      />
      <Text style={pdfStyles.paragraph}>
        {t(k('summary'), {
          due: totals.due,
          onTime: totals.onTime,
          late: totals.late,
          missing: totals.missing,
        })}
      </Text>
      <PdfBars
        caption={t(k('chartCaption'))}
        categories={weeks.map((week) => week.week.slice(5))}
        series={[
          {
            key: 'onTime',
            label: t(k('onTime')),
            colour: pdfColours.onTime,
            values: weeks.map((week) => week.onTime),
          },
          {
            key: 'late',
            label: t(k('late')),
            colour: pdfColours.late,
            values: weeks.map((week) => week.late),
          },
          {
            key: 'missing',
            label: t(k('missing')),
            colour: pdfColours.missing,
            values: weeks.map((week) => week.missing),
          },
        ]}
      />
      <PdfTable
        columns={[
          { header: t(k('week')) },
          { header: t(k('due')), numeric: true },
          { header: t(k('onTime')), numeric: true },
          { header: t(k('late')), numeric: true },
          { header: t(k('missing')), numeric: true },
        ]}
        rows={weeks.map((week) => [week.week, week.due, week.onTime, week.late, week.missing])}
      />
      <Text style={pdfStyles.note}>{t(k('source'))}</Text>
      <BehindPdfTable context={context} />
    </PdfSection>
  );
}

export function HoursPdfSection({ context }: { context: PdfContext }) {
  const { report, t, number, locale } = context;
  const { weeks, totalMinutes, minutesPerWorkingDayPerLocation: perDay, survey, bandKey } = report.hours;
  const k = (key: string) => `report.hours.${key}`;
  if (perDay === null) {
    return (
      <PdfSection title={t(k('title'))} breakBefore>
        <PdfEmpty title={t(k('emptyTitle'))} text={t(k('emptyText'))} />
      </PdfSection>
    );
  }
  const band = survey.bands.find((candidate) => candidate.key === bandKey);
  const limits = [...new Set(survey.bands.flatMap((b) => [b.minMinutes, b.maxMinutes]))].filter(
    (value): value is number => value !== null && value > 0,
  );
  return (
    <PdfSection title={t(k('title'))} breakBefore>
      <PdfFigures
        figures={[
          {
            label: t(k('total')),
            value: `${number(totalMinutes / 60)} h`,
          },
          { label: t(k('perDay')), value: `${number(perDay)} min` },
        ]}
      />
      <Text style={pdfStyles.paragraph}>
        {band ? t(k('band'), { band: band.label[locale], share: number(band.sharePercent) }) : t(k('noBand'))}
      </Text>
      <PdfBars
        caption={t(k('chartCaption'))}
        categories={weeks.map((week) => week.week.slice(5))}
        series={[
          {
            key: 'perDay',
            label: t(k('perDayColumn')),
            colour: pdfColours.bar,
            values: weeks.map((week) => week.minutesPerWorkingDayPerLocation ?? 0),
          },
        ]}
        lines={limits.map((value) => ({ value, label: `${value} min` }))}
      />
      <PdfTable
        columns={[
          { header: t(k('week')) },
          { header: t(k('minutes')), numeric: true },
          { header: t(k('locationsWithData')), numeric: true },
          { header: t(k('perDayColumn')), numeric: true },
        ]}
        rows={weeks.map((week) => [
          week.week,
          number(week.minutes),
          week.locationsWithData,
          week.minutesPerWorkingDayPerLocation === null ? '-' : number(week.minutesPerWorkingDayPerLocation),
        ])}
      />
      <Text style={pdfStyles.note}>
        {t(k('source'), {
          name: survey.name,
          source: survey.source,
          year: survey.year,
          sampleSize: number(survey.sampleSize, 0),
        })}
      </Text>
    </PdfSection>
  );
}

export function VerificationPdfSection({ context }: { context: PdfContext }) {
  const { report, t } = context;
  const { checks, observations, statusChanges } = report.verification;
  const k = (key: string) => `report.verification.${key}`;
  if (checks.length + observations.length + statusChanges.length === 0) {
    return (
      <PdfSection title={t(k('title'))} breakBefore>
        <PdfEmpty title={t(k('emptyTitle'))} text={t(k('emptyText'))} />
      </PdfSection>
    );
  }
  const columns = [
    { header: t(k('source')) },
    { header: t(k('outcome')) },
    { header: t(k('count')), numeric: true },
  ];
  const rows = (list: { source: string; outcome: string; count: number }[]) =>
    list.map((row) => [t(k(`sources.${row.source}`)), t(k(`outcomes.${row.outcome}`)), row.count]);
  return (
    <PdfSection title={t(k('title'))} breakBefore>
      <Text style={pdfStyles.subheading}>{t(k('checks'))}</Text>
      <PdfTable columns={columns} rows={rows(checks)} />
      <Text style={pdfStyles.subheading}>{t(k('observations'))}</Text>
      <PdfTable columns={columns} rows={rows(observations)} />
      {statusChanges.length > 0 && (
        <>
          <Text style={pdfStyles.subheading}>{t(k('statusChanges'))}</Text>
          <PdfTable
            columns={[{ header: t(k('source')) }, { header: t(k('count')), numeric: true }]}
            rows={statusChanges.map((row) => [t(k(`sources.${row.source}`)), row.count])}
          />
        </>
      )}
    </PdfSection>
  );
}

function BehindPdfTable({ context }: { context: PdfContext }) {
  const { t } = context;
  const { behind, locationsBehind } = context.report.checkIns;
  const k = (key: string) => `report.checkIns.${key}`;
  if (behind.length === 0) return null;
  return (
    <>
      <Text style={pdfStyles.subheading}>{t(k('behindTitle'))}</Text>
      <Text style={pdfStyles.note}>
        {t(k('behindMore'), { count: locationsBehind, shown: behind.length })}
      </Text>
      <PdfTable
        columns={[
          { header: t(k('behindTitle')), wide: true },
          { header: t(k('due')), numeric: true },
          { header: t(k('onTime')), numeric: true },
          { header: t(k('late')), numeric: true },
          { header: t(k('missing')), numeric: true },
        ]}
        rows={behind.map((row) => [
          `${row.name} (${row.storeCode})`,
          row.due,
          row.onTime,
          row.late,
          row.missing,
        ])}
      />
    </>
  );
}
