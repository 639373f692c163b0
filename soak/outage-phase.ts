// Phase 2: the same load while PostgreSQL is stopped (fast shutdown) and started again. Passes
// when every request sent while the database was down and answered before it was back is a 503,
// none of them took longer than a few seconds, no other error status and no unanswered request
// occurred in the rest of the phase (a 409 on a checklist item is the client's own stale version
// after an unknown write, and allowed), every client succeeded again soon after the restart and
// nothing failed from then on, and the database holds every acknowledged write exactly once
// (writes answered 503 or not at all are unknown: stored once or not at all).
// Requests already running when the database went away are reported on their own (statuses, and
// where redirects pointed) but not held to the 503: they were accepted while the database was up,
// and a page whose rendering fails half-way answers with Next.js's error status (500).
import { verifyDatabase } from './load-phase';
import { runLoad, type ClientState, type LoadContext, type RequestRecord, type WriteAttempt } from './load';
import type { SoakPostgres } from './postgres';
import { loadFigures, tally, type LoadFigures } from './stats';
import type { Consistency } from './consistency';

/** An answer while the database is down may wait for a connection (5 s in lib/db/pool.ts), no longer. */
export const outageAnswerLimitMs = 6_000;
/** Every client must have had a 2xx within this long of PostgreSQL accepting connections again. */
export const recoveryLimitMs = 10_000;

export type OutageTiming = { seconds: number; downAfterSeconds: number; downForSeconds: number };

export type OutagePhaseResult = OutageTiming & {
  clients: number;
  figures: LoadFigures;
  /** Seconds from the phase's start: stop asked, server gone, start asked, accepting connections. */
  timeline: { stopRequested: number; stopped: number; startRequested: number; accepting: number };
  whileDown: {
    /** Requests sent while PostgreSQL was down and answered before it was back. */
    requests: number;
    statuses: Record<string, number>;
    slowestMs: number;
  };
  /** Requests in flight when the stop was asked for: statuses, and non-2xx/503 answers by kind. */
  inFlightAtStop: { statuses: Record<string, number>; others: Record<string, number> };
  recovery: {
    /** From PostgreSQL accepting connections to the first 2xx answer. */
    firstSuccessSeconds: number | null;
    /** … to the moment every client had had a 2xx again. */
    allClientsSeconds: number | null;
    clientsRecovered: number;
    /** Non-2xx answers to requests sent after every client had recovered (409s on items aside). */
    failuresAfterRecovery: number;
  };
  /** Statuses other than 2xx, 503 and a checklist item's 409, and unanswered requests (in flight at the stop aside). */
  unexpected: Record<string, number>;
  consistency: Consistency;
  pass: boolean;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ok = (record: RequestRecord) => record.status !== null && record.status >= 200 && record.status < 300;
const staleItem = (record: RequestRecord) => record.kind === 'listingPut' && record.status === 409;
const answeredAt = (record: RequestRecord) => record.sentAt + record.ms;

export async function runOutagePhase(
  context: LoadContext,
  states: ClientState[],
  timing: OutageTiming,
  database: SoakPostgres,
  attempts: WriteAttempt[],
  log: (message: string) => void,
): Promise<{ result: OutagePhaseResult; records: RequestRecord[] }> {
  const started = Date.now();
  const load = runLoad(context, states, timing.seconds);
  const outage = async () => {
    await sleep(timing.downAfterSeconds * 1000);
    const stopRequested = Date.now();
    await database.stop();
    const stopped = Date.now();
    log(`PostgreSQL stopped (fast shutdown, ${stopped - stopRequested} ms).`);
    await sleep(timing.downForSeconds * 1000);
    const startRequested = Date.now();
    await database.start();
    const accepting = Date.now();
    log(`PostgreSQL accepts connections again (${accepting - startRequested} ms after the start).`);
    return { stopRequested, stopped, startRequested, accepting };
  };
  // Should the restart fail, the clients still finish before the error is reported.
  const [records, moments] = await Promise.allSettled([load, outage()]).then(([loaded, timed]) => {
    if (timed.status === 'rejected') throw timed.reason;
    if (loaded.status === 'rejected') throw loaded.reason;
    return [loaded.value, timed.value] as const;
  });
  const { stopRequested, stopped, startRequested, accepting } = moments;
  attempts.push(...records.flatMap((record) => (record.write ? [record.write] : [])));

  const down = records.filter((record) => record.sentAt >= stopped && record.sentAt < startRequested);
  const downAnswered = down.filter((record) => answeredAt(record) <= accepting);
  const inFlightAtStop = records.filter(
    (record) => record.sentAt < stopped && answeredAt(record) > stopRequested,
  );

  const successesAfter = records.filter((record) => ok(record) && record.sentAt >= stopped);
  const firstSuccess = Math.min(...successesAfter.map(answeredAt));
  const recoveredAt = states.map((state) =>
    Math.min(...successesAfter.filter((record) => record.client === state.setup.index).map(answeredAt)),
  );
  const clientsRecovered = recoveredAt.filter(Number.isFinite).length;
  const allRecovered = clientsRecovered === states.length ? Math.max(...recoveredAt) : null;
  const failuresAfterRecovery =
    allRecovered === null
      ? 0
      : records.filter((record) => record.sentAt >= allRecovered && !ok(record) && !staleItem(record)).length;
  const inFlight = new Set(inFlightAtStop);
  const unusual = (record: RequestRecord) => !ok(record) && record.status !== 503 && !staleItem(record);
  const unexpected = tally(records.filter((record) => !inFlight.has(record) && unusual(record)));
  const inFlightOthers: Record<string, number> = {};
  for (const record of inFlightAtStop.filter(unusual)) {
    const key = `${record.kind} ${record.status ?? 'network'}${record.location ? ` → ${new URL(record.location, context.baseUrl).pathname}` : ''}`;
    inFlightOthers[key] = (inFlightOthers[key] ?? 0) + 1;
  }

  const seconds = (at: number) => Math.round((at - started) / 100) / 10;
  const sinceAccepting = (at: number) =>
    Number.isFinite(at) ? Math.round((at - accepting) / 100) / 10 : null;
  const whileDown = {
    requests: downAnswered.length,
    statuses: tally(downAnswered),
    slowestMs: Math.round(Math.max(0, ...down.map((record) => record.ms))),
  };
  const recovery = {
    firstSuccessSeconds: sinceAccepting(firstSuccess),
    allClientsSeconds: allRecovered === null ? null : sinceAccepting(allRecovered),
    clientsRecovered,
    failuresAfterRecovery,
  };
  const consistency = await verifyDatabase(database.databaseUrl, context.setup, attempts);
  const pass =
    downAnswered.length > 0 &&
    downAnswered.every((record) => record.status === 503) &&
    whileDown.slowestMs <= outageAnswerLimitMs &&
    Object.keys(unexpected).length === 0 &&
    allRecovered !== null &&
    allRecovered - accepting <= recoveryLimitMs &&
    failuresAfterRecovery === 0 &&
    consistency.pass;
  const result = {
    ...timing,
    clients: states.length,
    figures: loadFigures(records, timing.seconds),
    timeline: {
      stopRequested: seconds(stopRequested),
      stopped: seconds(stopped),
      startRequested: seconds(startRequested),
      accepting: seconds(accepting),
    },
    whileDown,
    inFlightAtStop: { statuses: tally(inFlightAtStop), others: inFlightOthers },
    recovery,
    unexpected,
    consistency,
    pass,
  };
  return { result, records };
}
