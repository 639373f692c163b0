// A large import must not hold the event loop (issue #18, finding 8): while the largest file the
// import accepts is parsed, checked and written, other requests keep being answered. The health
// route is served over real HTTP from this process, where the import runs too, and asked every
// 25 ms; each answer must come within 200 ms.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as health } from '@/app/api/health/route';
import { maxCsvBytes, maxCsvRows } from '@/lib/locations/csv/limits';
import { applyLocationImport, previewLocationImport } from '@/lib/locations/csv/import-locations';
import { createTeam } from '@/tests/support/factories';
import { largeLocationCsv } from '@/tests/support/large-location-csv';

const healthBudgetMs = 200;
let server: Server;
let healthUrl: string;

beforeAll(async () => {
  server = createServer(async (_request, response) => {
    const answer = await health();
    response.writeHead(answer.status, { 'content-type': 'application/json' });
    response.end(await answer.text());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  healthUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/health`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const intervalMs = 25;

/**
 * Asks the health route every 25 ms while `work` runs, as an outside client would: each
 * answer's time counts from when its request was due, so time the event loop was held before
 * the request could even be sent counts too.
 */
async function healthTimesDuring<T>(work: () => Promise<T>) {
  const answers: Promise<number>[] = [];
  let lastDue = performance.now();
  const ask = () => {
    const dueAt = lastDue + intervalMs;
    lastDue = Math.max(dueAt, performance.now());
    answers.push(
      fetch(healthUrl).then(async (response) => {
        expect(response.status).toBe(200);
        await response.text();
        return performance.now() - dueAt;
      }),
    );
  };
  const timer = setInterval(ask, intervalMs);
  let result: T;
  try {
    result = await work();
  } finally {
    // Stopped before the answers are awaited: a request asked while awaiting them would be left
    // unawaited and fail when the server closes after the test.
    clearInterval(timer);
  }
  ask();
  return { result, times: await Promise.all(answers) };
}

describe('a large import and the event loop', () => {
  const csv = largeLocationCsv();

  it('uses a file at the limits', () => {
    expect(csv.byteLength).toBeGreaterThan(0.95 * maxCsvBytes);
    expect(csv.byteLength).toBeLessThanOrEqual(maxCsvBytes);
  });

  it('answers a health check within 200 ms while the largest file is previewed and imported', async () => {
    const team = await createTeam();
    const preview = await healthTimesDuring(() => previewLocationImport(team.manager, csv));
    expect(preview.result.totals).toMatchObject({ created: maxCsvRows, rejected: 0 });
    const applied = await healthTimesDuring(() =>
      applyLocationImport(team.manager, csv, { allOrNothing: true }),
    );
    expect(applied.result).toMatchObject({ applied: true, totals: { created: maxCsvRows, rejected: 0 } });

    console.info(
      `health during preview: ${preview.times.length} answers, slowest ${Math.max(...preview.times).toFixed(0)} ms; ` +
        `during import: ${applied.times.length} answers, slowest ${Math.max(...applied.times).toFixed(0)} ms`,
    );
    for (const { times } of [preview, applied]) {
      // Asked throughout, not once before the work began.
      expect(times.length).toBeGreaterThan(5);
      expect(Math.max(...times)).toBeLessThan(healthBudgetMs);
    }
  }, 180_000);
});
