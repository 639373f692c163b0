import type { PgBoss } from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { createJobQueue } from '@/lib/jobs/queue';
import { createOutboundClient } from '@/lib/outbound/outbound-fetch';
import { allowOnly, startLocalServer, type SeenRequest } from '@/lib/outbound/test-support';
import { addTestLocation, createTeam } from '@/tests/support/factories';
import { ownTestDatabase } from '@/tests/support/own-test-database';
import { until } from '@/tests/support/until';
import { createWebhookEndpoint, listWebhookDeliveries, updateWebhookEndpoint } from './endpoints';
import { sweepStuckDeliveries } from './stuck-deliveries';
import { webhookQueue } from './webhook-queue';
import { registerWebhookWorkers } from './webhook-workers';
import type { WebhookWorkerSettings } from './worker-settings';

// An endpoint whose delivery ran out of attempts must not hold its later deliveries back: with
// key_strict_fifo, a job pg-boss ends as failed blocks its key (the endpoint) until retention
// deletes it a week later (stuck-deliveries.ts). Real pg-boss, real receiver on 127.0.0.1.

const database = await ownTestDatabase();

const receiver = await startLocalServer((_, response) => {
  response.writeHead(204).end();
});
const realClient = createOutboundClient({ allow: allowOnly(receiver) });

const settings: WebhookWorkerSettings = {
  // An error nobody expected (not an answer, not a refusal) for the path /explode.
  client: async (url, request) => {
    if (new URL(url).pathname === '/explode') throw new Error('socket exploded');
    return realClient(url, request);
  },
  retry: { retryLimit: 1, retryDelay: 1, retryBackoff: true, retryDelayMax: 1 },
  disableAfterFailingMs: 24 * 3_600_000,
  localConcurrency: 2,
  pollingIntervalSeconds: 0.5,
};

let boss: PgBoss;
beforeAll(async () => {
  boss = await createJobQueue({ connectionString: database.url, webhooks: settings });
});
afterAll(async () => {
  await boss?.stop({ graceful: false });
});

const jobState = async (id: string) => {
  const [row] = await db.$queryRaw<
    { state: string }[]
  >`SELECT state::text FROM pgboss.job WHERE id = ${id}::uuid`;
  return row?.state ?? null;
};
const messageIdOf = (request: SeenRequest) => String(request.headers['webhook-id']);

describe('stuck webhook deliveries', () => {
  it('ends a last attempt that threw as a failed delivery and a completed job: the next event goes out', async () => {
    const team = await createTeam();
    const { endpoint } = await createWebhookEndpoint(team.owner, {
      url: receiver.url('/explode'),
      description: '',
      events: ['location.created'],
    });
    await addTestLocation(team.owner);
    await until(async () => (await listWebhookDeliveries(team.owner, endpoint.id))[0]?.status === 'FAILED', {
      timeoutMs: 20_000,
    });
    const [failed] = await listWebhookDeliveries(team.owner, endpoint.id);
    expect(failed!.lastError).toBe('gave up: socket exploded');
    expect(await jobState(failed!.id)).toBe('completed');
    expect(await boss.getBlockedKeys(webhookQueue)).not.toContain(endpoint.id);

    await updateWebhookEndpoint(team.owner, endpoint.id, { url: receiver.url('/after-explode') });
    await addTestLocation(team.owner);
    await until(() => receiver.seen.some((request) => request.path === '/after-explode'), {
      timeoutMs: 20_000,
    });
  });

  it('sweeps a job pg-boss failed (a last attempt that expired), so the endpoint switched on again gets its next event', async () => {
    const team = await createTeam();
    const { endpoint } = await createWebhookEndpoint(team.owner, {
      url: receiver.url('/swept'),
      description: '',
      events: ['location.created'],
    });
    // No worker: the test plays the one whose last attempt expired.
    await boss.offWork(webhookQueue);
    await addTestLocation(team.owner);
    const [first] = await listWebhookDeliveries(team.owner, endpoint.id);
    for (let attempt = 0; attempt <= settings.retry.retryLimit; attempt += 1) {
      let fetched: { id: string }[] = [];
      await until(async () => (fetched = await boss.fetch(webhookQueue)).length > 0, { timeoutMs: 10_000 });
      expect(fetched.map((job) => job.id)).toEqual([first!.id]);
      await boss.fail(webhookQueue, first!.id, { message: 'job expired' });
    }
    expect(await jobState(first!.id)).toBe('failed');

    // Switched off and on again by its owner, the endpoint is still held by the failed job.
    await updateWebhookEndpoint(team.owner, endpoint.id, { enabled: false });
    await updateWebhookEndpoint(team.owner, endpoint.id, { enabled: true });
    await addTestLocation(team.owner);
    expect(await boss.getBlockedKeys(webhookQueue)).toEqual([endpoint.id]);
    expect(await boss.fetch(webhookQueue)).toEqual([]);

    expect(await sweepStuckDeliveries(boss)).toBe(1);
    expect(await jobState(first!.id)).toBeNull();
    expect(await boss.getBlockedKeys(webhookQueue)).toEqual([]);
    const log = await listWebhookDeliveries(team.owner, endpoint.id);
    expect(log.map((row) => [row.id, row.status, row.lastError])).toEqual([
      [log[0]!.id, 'PENDING', null],
      [first!.id, 'FAILED', 'gave up: job expired'],
    ]);
    // Nothing left to sweep; a second run changes nothing.
    expect(await sweepStuckDeliveries(boss)).toBe(0);

    await registerWebhookWorkers(boss, settings);
    await until(() => receiver.seen.some((request) => request.path === '/swept'), { timeoutMs: 20_000 });
    const swept = receiver.seen.filter((request) => request.path === '/swept');
    expect(swept.map(messageIdOf)).toEqual([`msg_${log[0]!.id}`]);
    await until(
      async () => (await listWebhookDeliveries(team.owner, endpoint.id))[0]?.status === 'SUCCEEDED',
    );
  });
});
