// Phase 1: the signed-in clients against the production server for the full time, after a 5 s
// warm-up of the same load (a fresh server compiles and optimises on its first requests; the
// warm-up's writes are checked with the rest, its latencies are left out). Passes with no 5xx, no
// request left without an answer, no other non-2xx either (every request is valid and each client
// knows its own cells), and the database holding exactly the acknowledged writes.
import pg from 'pg';
import { currentIsoWeek, weekStartOf } from '../lib/weeks/iso-week';
import { checkConsistency, readStoredState, type Consistency } from './consistency';
import { runLoad, type ClientState, type LoadContext, type RequestRecord, type WriteAttempt } from './load';
import { loadFigures, tally, type LoadFigures } from './stats';

export const warmUpSeconds = 5;

export type LoadPhaseResult = {
  clients: number;
  seconds: number;
  warmUp: { seconds: number; requests: number; statuses: Record<string, number> };
  figures: LoadFigures;
  /** Answers other than 2xx, warm-up included (each one a failure here). */
  non2xx: number;
  consistency: Consistency;
  pass: boolean;
};

export async function runLoadPhase(
  context: LoadContext,
  states: ClientState[],
  seconds: number,
  databaseUrl: string,
  attempts: WriteAttempt[],
): Promise<{ result: LoadPhaseResult; records: RequestRecord[] }> {
  const warmUp = await runLoad(context, states, warmUpSeconds);
  const records = await runLoad(context, states, seconds);
  for (const record of [...warmUp, ...records]) if (record.write) attempts.push(record.write);
  const figures = loadFigures(records, seconds);
  const non2xx = [...warmUp, ...records].filter(
    (record) => record.status === null || record.status < 200 || record.status >= 300,
  ).length;
  const consistency = await verifyDatabase(databaseUrl, context.setup, attempts);
  const pass = figures.serverErrors === 0 && figures.networkErrors === 0 && non2xx === 0 && consistency.pass;
  return {
    result: {
      clients: states.length,
      seconds,
      warmUp: { seconds: warmUpSeconds, requests: warmUp.length, statuses: tally(warmUp) },
      figures,
      non2xx,
      consistency,
      pass,
    },
    records: [...warmUp, ...records],
  };
}

/** Compares the database with every write sent so far, once the server has finished its work. */
export async function verifyDatabase(
  databaseUrl: string,
  setup: LoadContext['setup'],
  attempts: WriteAttempt[],
): Promise<Consistency> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'ortsbild-soak-check' });
  await client.connect();
  try {
    await waitForIdleServer(client);
    const weekStart = weekStartOf(currentIsoWeek(setup.timeZone));
    return checkConsistency(attempts, await readStoredState(client, setup.slug, weekStart));
  } finally {
    await client.end();
  }
}

/** A request the client gave up on may still be running on the server: wait until none is. */
async function waitForIdleServer(client: pg.Client) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const { rows } = await client.query<{ busy: number }>(
      `SELECT count(*)::int AS busy FROM pg_stat_activity
       WHERE datname = current_database() AND application_name = 'ortsbild' AND state <> 'idle'`,
    );
    if (rows[0]!.busy === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('The app still had statements running 30 s after the load ended.');
}
