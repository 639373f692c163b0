import { Group } from '@visx/group';
import { scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import type { ReactNode } from 'react';
import { ChartFigure, HatchPattern, chartColours } from './chart-figure';

// Survey shares as horizontal bars, the label above each bar so long labels fit on a phone.
// The rows that describe one's own figures are striped and marked in words, not only coloured.
// Rendered on the server: no chart JavaScript reaches the browser.

export type ShareRow = {
  key: string;
  label: string;
  sharePercent: number;
  /** Text after the value, e.g. "your value" or "active: 120 min"; marks the row as highlighted. */
  marker?: string;
  highlighted?: boolean;
  /** The share as shown, e.g. "39,0 %". */
  shareText: string;
};

type Props = {
  id: string;
  caption: ReactNode;
  title: string;
  description: string;
  rows: ShareRow[];
  source: ReactNode;
  tableLabel: string;
  table: ReactNode;
};

const width = 400;
const rowHeight = 46;
const barHeight = 16;
const valueSpace = 64;

export function ShareBarChart({ id, caption, title, description, rows, source, tableLabel, table }: Props) {
  const height = rows.length * rowHeight + 4;
  const x = scaleLinear<number>({ domain: [0, 100], range: [0, width - valueSpace] });
  const hatch = `${id}-hatch`;
  return (
    <ChartFigure
      id={id}
      caption={caption}
      title={title}
      description={description}
      width={width}
      height={height}
      source={source}
      tableLabel={tableLabel}
      table={table}
      defs={<HatchPattern id={hatch} color={chartColours.highlight} />}
      maxWidthClass="max-w-lg"
    >
      {rows.map((row, index) => {
        const barWidth = Math.max(1, x(row.sharePercent));
        return (
          <Group key={row.key} top={index * rowHeight}>
            <text
              x={0}
              y={15}
              fontSize={14}
              fill={chartColours.text}
              fontWeight={row.highlighted ? 700 : 400}
            >
              {row.highlighted ? `▶ ${row.label}` : row.label}
              {row.marker && <tspan fill={chartColours.highlight}>{` – ${row.marker}`}</tspan>}
            </text>
            <Bar x={0} y={22} width={width - valueSpace} height={barHeight} fill={chartColours.track} />
            <Bar
              x={0}
              y={22}
              width={barWidth}
              height={barHeight}
              fill={row.highlighted ? `url(#${hatch})` : chartColours.bar}
              stroke={row.highlighted ? chartColours.highlightStroke : 'none'}
              strokeWidth={row.highlighted ? 1.5 : 0}
            />
            <text x={barWidth + 6} y={35} fontSize={13} fill={chartColours.text}>
              {row.shareText}
            </text>
          </Group>
        );
      })}
    </ChartFigure>
  );
}
