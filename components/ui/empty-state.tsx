import type { ReactNode } from 'react';

/** What an empty page shows: what belongs here and what to do next. */
export function EmptyState({
  title,
  text,
  action,
  badge,
}: {
  title: string;
  text: string;
  action?: ReactNode;
  badge?: string;
}) {
  return (
    <div className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-10 text-center">
      {badge && (
        <span className="mb-3 inline-block rounded-full bg-amber-100 px-3 py-1 text-xs font-semibold text-amber-900">
          {badge}
        </span>
      )}
      <h2 className="text-lg font-semibold text-slate-900">{title}</h2>
      <p className="mx-auto mt-2 max-w-prose text-slate-600">{text}</p>
      {action && <div className="mt-5">{action}</div>}
    </div>
  );
}
