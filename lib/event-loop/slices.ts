import { setImmediate as nextTurn } from 'node:timers/promises';

// Long work on the request path (a 20,000-row import takes over a second) runs in slices: after
// each slice the event loop gets a turn, so other requests are answered meanwhile instead of
// after the whole job. A slice is a time, not a count, so it fits slow and fast machines alike.

/** How long work runs before other requests get a turn. */
export const sliceMs = 10;

/** A clock for one job: `turnIfDue` yields to the event loop once a slice has passed. */
export function sliceClock() {
  let sliceStart = performance.now();
  return {
    async turnIfDue() {
      if (performance.now() - sliceStart < sliceMs) return;
      await nextTurn();
      sliceStart = performance.now();
    },
  };
}

/** `work` on each item in order, giving other requests a turn at least every slice. */
export async function mapInSlices<T, R>(items: readonly T[], work: (item: T, index: number) => R) {
  const clock = sliceClock();
  const results: R[] = [];
  for (let index = 0; index < items.length; index++) {
    results.push(work(items[index]!, index));
    await clock.turnIfDue();
  }
  return results;
}
