'use client';

import { useEffect, useRef, useState, type ComponentProps, type ReactNode } from 'react';
import { ChecklistItemForm } from './checklist-item-form';

type Props = ComponentProps<typeof ChecklistItemForm> & { summary: ReactNode };

/**
 * A checklist item's edit form in a disclosure, mounted when the disclosure is first opened: a
 * location's checklist lists two dozen platforms, and forms nobody opens need neither markup
 * nor hydration. Once opened the form stays mounted, so typed values survive closing it.
 */
export function ChecklistItemEditor({ summary, ...form }: Props) {
  const details = useRef<HTMLDetailsElement>(null);
  const [opened, setOpened] = useState(false);
  // Opened before the page was hydrated: the toggle event went by unheard.
  useEffect(() => {
    if (details.current?.open) setOpened(true);
  }, []);
  return (
    <details ref={details} className="mt-2" onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary className="text-brand-700 min-h-11 cursor-pointer py-2 text-sm font-semibold">
        {summary}
      </summary>
      {opened && <ChecklistItemForm {...form} />}
    </details>
  );
}
