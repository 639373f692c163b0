import type { ReactNode } from 'react';

// The frame every benchmark chart shares: a <figure> with its caption, the chart as an image
// with a title and description for screen readers, the source line, and the same figures as a
// table right below for anyone who cannot or does not want to read the chart.

type Props = {
  id: string;
  caption: ReactNode;
  /** Short name of the chart and a sentence with what it shows, for the SVG's <title> and <desc>. */
  title: string;
  description: string;
  width: number;
  height: number;
  source: ReactNode;
  tableLabel: string;
  table: ReactNode;
  /** Patterns and other <defs> of the chart. */
  defs?: ReactNode;
  children: ReactNode;
  legend?: ReactNode;
  /** How wide the chart may grow (a Tailwind max-width class), so its text stays at reading size. */
  maxWidthClass: string;
};

export function ChartFigure({
  id,
  caption,
  title,
  description,
  width,
  height,
  source,
  tableLabel,
  table,
  defs,
  children,
  legend,
  maxWidthClass,
}: Props) {
  return (
    <figure className="space-y-2" data-chart={id}>
      <figcaption className="text-sm font-semibold text-slate-800">{caption}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className={`block h-auto ${maxWidthClass}`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {defs && <defs>{defs}</defs>}
        {children}
      </svg>
      {legend}
      <p className="text-xs text-slate-600">{source}</p>
      <details className="rounded-lg border border-slate-200 bg-slate-50 text-sm">
        <summary className="flex min-h-11 cursor-pointer items-center px-3 font-medium text-slate-800">
          {tableLabel}
        </summary>
        {/* On a phone the table's rows are cards; wider screens scroll it here should it not fit. */}
        <div className="border-t border-slate-200 bg-white p-3 sm:overflow-x-auto">{table}</div>
      </details>
    </figure>
  );
}

/** Diagonal stripes: the highlighted bar differs from the others by pattern as well as colour. */
export function HatchPattern({ id, color }: { id: string; color: string }) {
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="6" height="6" fill={color} />
      <line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" strokeWidth="2" />
    </pattern>
  );
}

export const chartColours = {
  highlight: '#0d5662',
  highlightStroke: '#0a3036',
  bar: '#64748b',
  track: '#f1f5f9',
  text: '#1e293b',
  muted: '#475569',
  line: '#b45309',
};
