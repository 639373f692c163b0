import { G, Line, Polyline, Rect, Svg, Text, View } from '@react-pdf/renderer';
import { scaleBand, scaleLinear } from '@visx/scale';
import { pdfColours, pdfStyles } from './pdf-styles';

// The report's charts drawn with react-pdf's Svg primitives, scaled with @visx/scale like the
// page's: the score's days as a line on a fixed 0–100 scale, and bars (stacked when there are
// several series) with optional reference lines. The figures are in the tables beside them too.

const width = 515;
const height = 150;
const margin = { top: 10, right: 8, bottom: 18, left: 28 };
const innerWidth = width - margin.left - margin.right;
const innerHeight = height - margin.top - margin.bottom;

function Axis({ ticks, y }: { ticks: number[]; y: (value: number) => number }) {
  return (
    <>
      {ticks.map((value) => (
        <G key={value}>
          <Line
            x1={0}
            x2={innerWidth}
            y1={y(value)}
            y2={y(value)}
            stroke={pdfColours.rule}
            strokeWidth={0.5}
          />
          <Text x={-4} y={y(value) + 3} style={{ fontSize: 7 }} fill={pdfColours.muted} textAnchor="end">
            {String(value)}
          </Text>
        </G>
      ))}
    </>
  );
}

/** The score per day of the month; days without a snapshot are joined over. */
export function PdfScoreLine({
  caption,
  points,
  firstLabel,
  lastLabel,
}: {
  caption: string;
  points: { date: string; score: number }[];
  firstLabel: string;
  lastLabel: string;
}) {
  const day = (date: string) => new Date(`${date}T00:00:00Z`).getTime();
  const first = day(points[0]!.date);
  const last = Math.max(first + 1, day(points.at(-1)!.date));
  const x = scaleLinear<number>({ domain: [first, last], range: [0, innerWidth] });
  const y = scaleLinear<number>({ domain: [0, 100], range: [innerHeight, 0] });
  const line = points.map((point) => `${x(day(point.date))},${y(point.score)}`).join(' ');
  return (
    <View wrap={false}>
      <Text style={pdfStyles.chartCaption}>{caption}</Text>
      <Svg width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
        <G transform={`translate(${margin.left}, ${margin.top})`}>
          <Axis ticks={[0, 50, 100]} y={y} />
          <Polyline points={line} stroke={pdfColours.score} strokeWidth={1.5} fill="none" />
          <Text x={0} y={innerHeight + 12} style={{ fontSize: 7 }} fill={pdfColours.muted}>
            {firstLabel}
          </Text>
          <Text
            x={innerWidth}
            y={innerHeight + 12}
            style={{ fontSize: 7 }}
            fill={pdfColours.muted}
            textAnchor="end"
          >
            {lastLabel}
          </Text>
        </G>
      </Svg>
    </View>
  );
}

export type PdfBarSeries = { key: string; label: string; colour: string; values: number[] };

/** Bars per category, stacked by series, with reference lines (e.g. the survey's band limits). */
export function PdfBars({
  caption,
  categories,
  series,
  domainMax,
  lines = [],
}: {
  caption: string;
  categories: string[];
  series: PdfBarSeries[];
  domainMax?: number;
  lines?: { value: number; label: string }[];
}) {
  const totals = categories.map((_, index) =>
    series.reduce((sum, entry) => sum + (entry.values[index] ?? 0), 0),
  );
  const top = domainMax ?? Math.max(1, ...totals, ...lines.map((line) => line.value * 1.1));
  const x = scaleBand<string>({ domain: categories, range: [0, innerWidth], padding: 0.3 });
  const y = scaleLinear<number>({ domain: [0, top], range: [innerHeight, 0], nice: !domainMax });
  return (
    <View wrap={false}>
      <Text style={pdfStyles.chartCaption}>{caption}</Text>
      <Svg width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
        <G transform={`translate(${margin.left}, ${margin.top})`}>
          <Axis ticks={y.ticks(4).filter(Number.isInteger)} y={y} />
          {categories.map((category, index) => {
            let base = 0;
            return (
              <G key={category}>
                {series.map((entry) => {
                  const value = entry.values[index] ?? 0;
                  const bottom = y(base);
                  base += value;
                  return value > 0 ? (
                    <Rect
                      key={entry.key}
                      x={x(category) ?? 0}
                      y={y(base)}
                      width={x.bandwidth()}
                      height={Math.max(0, bottom - y(base))}
                      fill={entry.colour}
                    />
                  ) : null;
                })}
                <Text
                  x={(x(category) ?? 0) + x.bandwidth() / 2}
                  y={innerHeight + 12}
                  style={{ fontSize: 7 }}
                  fill={pdfColours.muted}
                  textAnchor="middle"
                >
                  {category}
                </Text>
              </G>
            );
          })}
          <PdfReferenceLines lines={lines} y={y} />
        </G>
      </Svg>
      {series.length > 1 && <PdfLegend series={series} />}
    </View>
  );
}

function PdfLegend({ series }: { series: PdfBarSeries[] }) {
  return (
    <View style={pdfStyles.legend}>
      {series.map((entry) => (
        <View key={entry.key} style={pdfStyles.legendItem}>
          <View style={[pdfStyles.swatch, { backgroundColor: entry.colour }]} />
          <Text>{entry.label}</Text>
        </View>
      ))}
    </View>
  );
}

function PdfReferenceLines({
  lines,
  y,
}: {
  lines: { value: number; label: string }[];
  y: (value: number) => number;
}) {
  return (
    <>
      {lines.map((line) => (
        <G key={line.label}>
          <Line
            x1={0}
            x2={innerWidth}
            y1={y(line.value)}
            y2={y(line.value)}
            stroke={pdfColours.line}
            strokeWidth={0.75}
            strokeDasharray="3 2"
          />
          <Text
            x={innerWidth}
            y={y(line.value) - 2}
            style={{ fontSize: 6.5 }}
            fill={pdfColours.line}
            textAnchor="end"
          >
            {line.label}
          </Text>
        </G>
      ))}
    </>
  );
}
