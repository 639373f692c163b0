import type { ReactNode } from 'react';

/** One section of the report: a card on screen, its own page block in print (no split inside a figure). */
export function ReportSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="report-section rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
    >
      <h2 id={`${id}-heading`} className="mb-4 text-lg font-semibold text-slate-900">
        {title}
      </h2>
      <div className="space-y-5">{children}</div>
    </section>
  );
}

/** A big figure with its label. */
export function Figure({
  label,
  value,
  tone = 'text-slate-900',
}: {
  label: string;
  value: ReactNode;
  tone?: string;
}) {
  return (
    <div className="rounded-lg bg-slate-50 px-4 py-3">
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className={`text-2xl font-bold tabular-nums ${tone}`}>{value}</dd>
    </div>
  );
}

/** What a section says when the month has nothing for it, and what to do next. */
export function SectionEmpty({ title, text }: { title: string; text: string }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 px-4 py-6 text-center">
      <p className="font-semibold text-slate-900">{title}</p>
      <p className="mx-auto mt-1 max-w-prose text-sm text-slate-600">{text}</p>
    </div>
  );
}
