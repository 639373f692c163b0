import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar, LinePath } from '@visx/shape';
import type { ReactNode } from 'react';
import { ChartFigure, HatchPattern, chartColours } from './chart-figure';

// Minutes per week as bars, posts per week as a line with dots on a second scale (right).
// Bars and a dotted line differ in shape, so the two series do not depend on colour alone.
// A week that has not ended is drawn hatched and lighter with a dashed outline, and the line
// into it dashed: its low figures are a week in progress, not a collapse.

export type TrendPoint = { week: string; minutes: number; posts: number; unfinished?: boolean };

/** Where the unfinished weeks' hatching comes from; the legend's swatch uses the same. */
export const unfinishedFill = '#7aa8b0';

type Props = {
  id: string;
  caption: ReactNode;
  title: string;
  description: string;
  points: TrendPoint[];
  /** Axis texts, already formatted: e.g. "1.200 Min." and "14 Beiträge". */
  minutesAxis: (value: number) => string;
  postsAxis: (value: number) => string;
  legend: ReactNode;
  source: ReactNode;
  tableLabel: string;
  table: ReactNode;
};

const width = 480;
const height = 240;
const margin = { top: 18, right: 56, bottom: 28, left: 64 };

/** A round number at or above the maximum, so the top tick reads well. */
function niceMax(value: number) {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * magnitude >= value) ?? 10;
  return step * magnitude;
}

type Scales = {
  x: ReturnType<typeof scaleBand<string>>;
  yMinutes: ReturnType<typeof scaleLinear<number>>;
  yPosts: ReturnType<typeof scaleLinear<number>>;
  centre: (week: string) => number;
};

const innerWidth = width - margin.left - margin.right;
const innerHeight = height - margin.top - margin.bottom;

export function WeeklyTrendChart(props: Props) {
  const { id, points } = props;
  const x = scaleBand<string>({
    domain: points.map((point) => point.week),
    range: [0, innerWidth],
    padding: 0.2,
  });
  const maxMinutes = niceMax(Math.max(...points.map((point) => point.minutes)));
  const maxPosts = niceMax(Math.max(2, ...points.map((point) => point.posts)));
  const yMinutes = scaleLinear<number>({ domain: [0, maxMinutes], range: [innerHeight, 0] });
  const yPosts = scaleLinear<number>({ domain: [0, maxPosts], range: [innerHeight, 0] });
  const scales: Scales = { x, yMinutes, yPosts, centre: (week) => (x(week) ?? 0) + x.bandwidth() / 2 };
  const hasUnfinished = points.some((point) => point.unfinished);
  const hatchId = `${id}-unfinished`;
  return (
    <ChartFigure
      id={id}
      caption={props.caption}
      title={props.title}
      description={props.description}
      width={width}
      height={height}
      source={props.source}
      tableLabel={props.tableLabel}
      table={props.table}
      legend={props.legend}
      maxWidthClass="max-w-2xl"
      defs={hasUnfinished ? <HatchPattern id={hatchId} color={unfinishedFill} /> : undefined}
    >
      <Group left={margin.left} top={margin.top}>
        <Gridlines
          minutesLabel={(fraction) => props.minutesAxis(maxMinutes * fraction)}
          postsLabel={(fraction) => props.postsAxis(maxPosts * fraction)}
        />
        <MinuteBars points={points} scales={scales} hatchId={hatchId} />
        <PostsLine points={points} scales={scales} />
        <WeekLabels points={points} scales={scales} />
      </Group>
    </ChartFigure>
  );
}

/** Lines at zero, half and the top, labelled with minutes on the left and posts on the right. */
function Gridlines({
  minutesLabel,
  postsLabel,
}: {
  minutesLabel: (fraction: number) => string;
  postsLabel: (fraction: number) => string;
}) {
  return [0, 0.5, 1].map((fraction) => (
    <g key={fraction}>
      <line
        x1={0}
        x2={innerWidth}
        y1={innerHeight * (1 - fraction)}
        y2={innerHeight * (1 - fraction)}
        stroke="#cbd5e1"
        strokeDasharray={fraction === 0 ? undefined : '3 3'}
      />
      <text
        x={-6}
        y={innerHeight * (1 - fraction) + 4}
        fontSize={11}
        textAnchor="end"
        fill={chartColours.muted}
      >
        {minutesLabel(fraction)}
      </text>
      <text x={innerWidth + 6} y={innerHeight * (1 - fraction) + 4} fontSize={11} fill={chartColours.line}>
        {postsLabel(fraction)}
      </text>
    </g>
  ));
}

/** A bar per week; an unfinished week hatched with a dashed outline. */
function MinuteBars({ points, scales, hatchId }: { points: TrendPoint[]; scales: Scales; hatchId: string }) {
  const { x, yMinutes } = scales;
  return points.map((point) => (
    <Bar
      key={point.week}
      x={x(point.week) ?? 0}
      y={yMinutes(point.minutes)}
      width={x.bandwidth()}
      height={innerHeight - yMinutes(point.minutes)}
      fill={point.unfinished ? `url(#${hatchId})` : chartColours.highlight}
      stroke={point.unfinished ? chartColours.highlight : undefined}
      strokeDasharray={point.unfinished ? '3 2' : undefined}
      data-unfinished={point.unfinished ? 'true' : undefined}
    />
  ));
}

/** Posts per week as a line, dashed into the unfinished weeks, with a dot per week up to 60 weeks. */
function PostsLine({ points, scales }: { points: TrendPoint[]; scales: Scales }) {
  const { centre, yPosts } = scales;
  const firstUnfinished = points.findIndex((point) => point.unfinished);
  const finishedPoints = firstUnfinished === -1 ? points : points.slice(0, firstUnfinished);
  // The dashed part starts at the last finished week, so the line stays connected.
  const unfinishedPoints = firstUnfinished === -1 ? [] : points.slice(Math.max(0, firstUnfinished - 1));
  return (
    <>
      <LinePath
        data={finishedPoints}
        x={(point) => centre(point.week)}
        y={(point) => yPosts(point.posts)}
        stroke={chartColours.line}
        strokeWidth={2}
      />
      {unfinishedPoints.length > 1 && (
        <LinePath
          data={unfinishedPoints}
          x={(point) => centre(point.week)}
          y={(point) => yPosts(point.posts)}
          stroke={chartColours.line}
          strokeWidth={2}
          strokeDasharray="4 3"
        />
      )}
      {points.length <= 60 &&
        points.map((point) => (
          <circle
            key={point.week}
            cx={centre(point.week)}
            cy={yPosts(point.posts)}
            r={2.5}
            fill="#ffffff"
            stroke={chartColours.line}
            strokeWidth={1.5}
          />
        ))}
    </>
  );
}

/** The first, middle and last week under the axis. */
function WeekLabels({ points, scales }: { points: TrendPoint[]; scales: Scales }) {
  const labelled = [points[0], points[Math.floor((points.length - 1) / 2)], points.at(-1)].filter(
    (point, index, list): point is TrendPoint => point !== undefined && list.indexOf(point) === index,
  );
  return labelled.map((point, index) => (
    <text
      key={point.week}
      x={scales.centre(point.week)}
      y={innerHeight + 18}
      fontSize={11}
      fill={chartColours.muted}
      textAnchor={index === 0 && labelled.length > 1 ? 'start' : point === points.at(-1) ? 'end' : 'middle'}
    >
      {point.week}
    </text>
  ));
}
