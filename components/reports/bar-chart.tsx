import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import type { ReactNode } from 'react';
import { ChartFigure, chartColours } from '@/components/benchmarks/chart-figure';

// Bars per category, stacked when there are several series (on time / late / missing per week),
// with optional reference lines (the survey's band limits). Server-rendered SVG in the benchmark
// charts' frame (caption, title and description, the table alternative). Series differ by colour
// and by their order in the stack, named in the legend.

export type BarSeries = { key: string; label: string; colour: string; values: number[] };

type Props = {
  id: string;
  caption: ReactNode;
  title: string;
  description: string;
  categories: string[];
  series: BarSeries[];
  /** Fixed top of the scale (a score's 100); otherwise the tallest bar or line. */
  domainMax?: number;
  lines?: { value: number; label: string }[];
  source: ReactNode;
  tableLabel: string;
  table: ReactNode;
};

const width = 480;
const height = 210;
const margin = { top: 14, right: 16, bottom: 30, left: 40 };
const innerWidth = width - margin.left - margin.right;
const innerHeight = height - margin.top - margin.bottom;

export function BarChart(props: Props) {
  const totals = props.categories.map((_, index) =>
    props.series.reduce((sum, s) => sum + (s.values[index] ?? 0), 0),
  );
  const top =
    props.domainMax ?? Math.max(1, ...totals, ...(props.lines ?? []).map((line) => line.value * 1.1));
  const x = scaleBand<string>({ domain: props.categories, range: [0, innerWidth], padding: 0.3 });
  const y = scaleLinear<number>({ domain: [0, top], range: [innerHeight, 0], nice: !props.domainMax });
  const ticks = y.ticks(4).filter(Number.isInteger);
  return (
    <ChartFigure
      id={props.id}
      caption={props.caption}
      title={props.title}
      description={props.description}
      width={width}
      height={height}
      source={props.source}
      tableLabel={props.tableLabel}
      table={props.table}
      maxWidthClass="max-w-2xl"
      legend={props.series.length > 1 ? <Legend series={props.series} /> : undefined}
    >
      <Group left={margin.left} top={margin.top}>
        {ticks.map((value) => (
          <g key={value}>
            <line x1={0} x2={innerWidth} y1={y(value)} y2={y(value)} stroke="#e2e8f0" />
            <text x={-6} y={y(value) + 4} fontSize={11} textAnchor="end" fill={chartColours.muted}>
              {value}
            </text>
          </g>
        ))}
        <StackedBars categories={props.categories} series={props.series} x={x} y={y} />
        {(props.lines ?? []).map((line) => (
          <g key={line.label}>
            <line
              x1={0}
              x2={innerWidth}
              y1={y(line.value)}
              y2={y(line.value)}
              stroke={chartColours.line}
              strokeDasharray="4 3"
            />
            <text
              x={innerWidth}
              y={y(line.value) - 3}
              fontSize={10}
              textAnchor="end"
              fill={chartColours.line}
            >
              {line.label}
            </text>
          </g>
        ))}
        <line x1={0} x2={innerWidth} y1={innerHeight} y2={innerHeight} stroke="#94a3b8" />
      </Group>
    </ChartFigure>
  );
}

type Scales = { x: ReturnType<typeof scaleBand<string>>; y: ReturnType<typeof scaleLinear<number>> };

function StackedBars({ categories, series, x, y }: Pick<Props, 'categories' | 'series'> & Scales) {
  return (
    <>
      {categories.map((category, index) => {
        let base = 0;
        return (
          <g key={category}>
            {series.map((series) => {
              const value = series.values[index] ?? 0;
              const y0 = y(base);
              base += value;
              return value > 0 ? (
                <rect
                  key={series.key}
                  x={x(category)}
                  y={y(base)}
                  width={x.bandwidth()}
                  height={Math.max(0, y0 - y(base))}
                  fill={series.colour}
                />
              ) : null;
            })}
            <text
              x={(x(category) ?? 0) + x.bandwidth() / 2}
              y={innerHeight + 18}
              fontSize={11}
              textAnchor="middle"
              fill={chartColours.muted}
            >
              {category}
            </text>
          </g>
        );
      })}
    </>
  );
}

function Legend({ series }: Pick<Props, 'series'>) {
  return (
    <ul className="flex flex-wrap gap-4 text-xs text-slate-700">
      {series.map((entry) => (
        <li key={entry.key} className="flex items-center gap-1.5">
          <span
            aria-hidden="true"
            className="inline-block size-3 rounded-sm"
            style={{ background: entry.colour }}
          />
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
