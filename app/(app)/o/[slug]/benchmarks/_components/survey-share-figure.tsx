import { getLocale, getTranslations } from 'next-intl/server';
import { FigureTable } from '@/components/benchmarks/figure-table';
import { formatShare, localised } from '@/components/benchmarks/format';
import { ShareBarChart } from '@/components/benchmarks/share-bar-chart';
import type { BenchmarkComparison, FigureSummary } from '@/lib/benchmarks/comparison';
import { SourceLine } from './source-line';

/** One survey group (a band, a posting class, a platform) and where one's own figures stand in it. */
export type SurveyShareEntry = {
  key: string;
  label: string;
  sharePercent: number;
  highlighted: boolean;
  /** Words next to the bar, e.g. "Ihr Wert: 48 Min."; none for an unmarked bar. */
  marker?: string;
  /** The table's "you" cell. */
  you: string;
  /** How the survey's figure is to be read, listed under the chart. */
  note?: string;
};

/** A band or posting class of the survey as an entry; the current one carries one's own figure. */
export function surveyGroupEntry(
  group: FigureSummary & { current: boolean },
  locale: string,
  own: { marker: string; you: string },
): SurveyShareEntry {
  return {
    key: group.key,
    label: localised(group.label, locale),
    sharePercent: group.sharePercent,
    highlighted: group.current,
    marker: group.current ? own.marker : undefined,
    you: group.current ? own.you : '',
    note: group.note ? localised(group.note, locale) : undefined,
  };
}

type Props = {
  id: string;
  comparison: BenchmarkComparison;
  title: string;
  /** The chart's description for screen readers, given the groups with their shares as a list. */
  describe: (list: string) => string;
  /** Headers of the table alternative: the group's name, its share, one's own figure. */
  headers: [string, string, string];
  entries: SurveyShareEntry[];
};

/** The survey's shares as a bar chart with its source line, the same figures as a table, and the groups' notes. */
export async function SurveyShareFigure({ id, comparison, title, describe, headers, entries }: Props) {
  const tPage = await getTranslations('benchmarks.page');
  const locale = await getLocale();
  const percent = (value: number) => tPage('percent', { value: formatShare(locale, value) });
  const notes = entries.filter((entry) => entry.note);
  return (
    <>
      <ShareBarChart
        id={id}
        caption={title}
        title={title}
        description={describe(
          entries.map((entry) => `${entry.label} ${percent(entry.sharePercent)}`).join('; '),
        )}
        rows={entries.map((entry) => ({
          key: entry.key,
          label: entry.label,
          sharePercent: entry.sharePercent,
          shareText: percent(entry.sharePercent),
          highlighted: entry.highlighted,
          marker: entry.marker,
        }))}
        source={<SourceLine comparison={comparison} />}
        tableLabel={tPage('showTable')}
        table={
          <FigureTable
            label={title}
            columns={headers.map((header) => ({ header }))}
            rows={entries.map((entry) => ({
              key: entry.key,
              cells: [entry.label, percent(entry.sharePercent), entry.you],
            }))}
          />
        }
      />
      {notes.length > 0 && (
        <ul className="mt-3 space-y-1 text-sm text-slate-700">
          {notes.map((entry) => (
            <li key={entry.key}>
              <strong>{entry.label}:</strong> {entry.note}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
