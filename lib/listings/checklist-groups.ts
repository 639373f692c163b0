import type { ChecklistEntry } from './checklist';
import type { NextAction } from './next-action';
import { platformKinds } from './platform-kinds';

type Entry = Pick<ChecklistEntry, 'nextAction'> & {
  platform: Pick<ChecklistEntry['platform'], 'kind' | 'name' | 'sortOrder'>;
};

/**
 * A location's checklist as the page shows it: one group per kind of platform (maps first, as on
 * the platform settings), each in the catalogue's order. The order does not depend on an item's
 * state, so an item stays where it was after a save.
 */
export function groupByKind<E extends Entry>(entries: E[]) {
  const inOrder = [...entries].sort(
    (a, b) => a.platform.sortOrder - b.platform.sortOrder || a.platform.name.localeCompare(b.platform.name),
  );
  const kindsInOrder: string[] = [...platformKinds];
  for (const entry of inOrder)
    if (!kindsInOrder.includes(entry.platform.kind)) kindsInOrder.push(entry.platform.kind);
  return kindsInOrder
    .map((kind) => ({ kind, entries: inOrder.filter((entry) => entry.platform.kind === kind) }))
    .filter((group) => group.entries.length > 0);
}

const actionsToDo = ['fixData', 'create', 'finishClaim', 'verifyAndPublish', 'recheck'] as const;
export type ActionToDo = (typeof actionsToDo)[number];

/** How many items wait for each next step, most urgent first, without the steps nobody has to take. */
export function actionsToDoOf(entries: Pick<ChecklistEntry, 'nextAction'>[]) {
  const counts = new Map<NextAction, number>();
  for (const { nextAction } of entries) counts.set(nextAction, (counts.get(nextAction) ?? 0) + 1);
  return actionsToDo
    .map((action) => ({ action, count: counts.get(action) ?? 0 }))
    .filter((entry) => entry.count > 0);
}
