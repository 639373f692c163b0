import { Prisma } from '@/lib/generated/prisma/client';
import { nextActionFor, type NextAction } from '@/lib/listings/next-action';
import { listingStatuses } from '@/lib/listings/statuses';

// The checklist's next action (lib/listings/next-action.ts) as a table SQL can join: every state an
// item can be in (status × data mismatch × fresh), with what nextActionFor says for it. The rule
// stays in one place; the digest counts items per action in the database instead of reading them.

/** Actions that ask nobody to do anything. */
export const restingActions: readonly NextAction[] = ['none', 'notApplicable'];

export function nextActionStates() {
  return listingStatuses.flatMap((status) =>
    [false, true].flatMap((mismatched) =>
      [false, true].map((fresh) => ({
        status,
        mismatched,
        fresh,
        action: nextActionFor({ status, mismatchedFields: mismatched ? ['name'] : [], fresh }),
      })),
    ),
  );
}

/** `(VALUES …) AS <alias>(status, mismatched, fresh, action)`, to join on an item's state. */
export function nextActionTableSql(alias: string): Prisma.Sql {
  if (!/^[a-z_][a-z0-9_]*$/.test(alias)) throw new Error(`nextActionTableSql: bad alias ${alias}`);
  const rows = nextActionStates().map(
    (state) =>
      Prisma.sql`(${state.status}::text, ${state.mismatched}::boolean, ${state.fresh}::boolean, ${state.action}::text)`,
  );
  return Prisma.sql`(VALUES ${Prisma.join(rows)}) AS ${Prisma.raw(alias)}(status, mismatched, fresh, action)`;
}
