import { Group } from '@visx/group';
import { scaleLinear, scaleTime } from '@visx/scale';
import { LinePath } from '@visx/shape';
import type { ReactNode } from 'react';
import { ChartFigure, chartColours } from '@/components/benchmarks/chart-figure';

// The presence score per day as a line on a fixed 0–100 scale, so a trend is never exaggerated by
// a zoomed axis. Days without a snapshot are simply not drawn (the line joins the days it has).
// The frame (caption, title and description, the table alternative) is the benchmark charts'.

export type ScoreTrendPoint = { date: string; score: number };

type Props = {
  id: string;
  caption: ReactNode;
  title: string;
  description: string;
  points: ScoreTrendPoint[];
  /** A date as the reader writes it, for the axis. */
  dateLabel: (date: string) => string;
  source: ReactNode;
  tableLabel: string;
  table: ReactNode;
};

const width = 480;
const height = 200;
const margin = { top: 12, right: 16, bottom: 28, left: 36 };
const innerWidth = width - margin.left - margin.right;
const innerHeight = height - margin.top - margin.bottom;

const dayOf = (date: string) => new Date(`${date}T00:00:00Z`);

export function ScoreTrendChart(props: Props) {
  const { points } = props;
  const x = scaleTime<number>({
    domain: [dayOf(points[0]!.date), dayOf(points.at(-1)!.date)],
    range: [0, innerWidth],
  });
  const y = scaleLinear<number>({ domain: [0, 100], range: [innerHeight, 0] });
  const labelled = [points[0]!, points.at(-1)!];
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
    >
      <Group left={margin.left} top={margin.top}>
        {[0, 50, 100].map((value) => (
          <g key={value}>
            <line
              x1={0}
              x2={innerWidth}
              y1={y(value)}
              y2={y(value)}
              stroke="#cbd5e1"
              strokeDasharray={value === 0 ? undefined : '3 3'}
            />
            <text x={-6} y={y(value) + 4} fontSize={11} textAnchor="end" fill={chartColours.muted}>
              {value}
            </text>
          </g>
        ))}
        <LinePath
          data={points}
          x={(point) => x(dayOf(point.date))}
          y={(point) => y(point.score)}
          stroke={chartColours.highlight}
          strokeWidth={2}
        />
        {/* The last day as a dot: where the score stands now. */}
        <circle
          cx={x(dayOf(points.at(-1)!.date))}
          cy={y(points.at(-1)!.score)}
          r={3.5}
          fill={chartColours.highlight}
        />
        {labelled.map((point, index) => (
          <text
            key={index}
            x={x(dayOf(point.date))}
            y={innerHeight + 18}
            fontSize={11}
            fill={chartColours.muted}
            textAnchor={index === 0 ? 'start' : 'end'}
          >
            {props.dateLabel(point.date)}
          </text>
        ))}
      </Group>
    </ChartFigure>
  );
}
