'use client';

import { useEffect, useRef, useState, type ComponentProps, type ReactNode } from 'react';
import { ChecklistItemForm } from './checklist-item-form';

type Props = {
  /** The platform's key: the item's anchor (…/listings#google-business-profile opens it). */
  id: string;
  /** The compact row: platform, status, last checked, data check. */
  summary: ReactNode;
  /** What the opened item shows to everyone: next step, comparison, links, history. */
  children: ReactNode;
  /** The edit form's props, for those who may edit the item. */
  form?: ComponentProps<typeof ChecklistItemForm>;
  /** Below the form: the item's history. */
  history: ReactNode;
};

/**
 * One platform of the checklist as a row that opens in place. The rows share one name, so the
 * browser keeps a single item open: opening another closes the last. The form is mounted when
 * the item is first opened (two dozen rows need neither its markup nor its hydration) and stays
 * mounted, so typed values survive closing it; the row keeps its place and its open state across
 * a save, since the list's order does not depend on the status.
 */
export function ChecklistItem({ id, summary, children, form, history }: Props) {
  const details = useRef<HTMLDetailsElement>(null);
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    const element = details.current;
    if (!element) return;
    if (window.location.hash === `#${id}`) {
      element.open = true;
      element.scrollIntoView({ block: 'start' });
    }
    // Opened before the page was hydrated: the toggle event went by unheard.
    if (element.open) setOpened(true);
  }, [id]);
  return (
    <details
      ref={details}
      id={id}
      name="checklist-item"
      className="group scroll-mt-20 open:bg-slate-50"
      onToggle={(event) => event.currentTarget.open && setOpened(true)}
    >
      <summary className="focus-visible:outline-brand-600 cursor-pointer list-none rounded-lg px-3 py-2 hover:bg-slate-50 focus-visible:outline-2 [&::-webkit-details-marker]:hidden">
        {summary}
      </summary>
      <div className="space-y-4 px-3 pt-1 pb-4">
        {children}
        {form && opened && <ChecklistItemForm {...form} />}
        {history}
      </div>
    </details>
  );
}
