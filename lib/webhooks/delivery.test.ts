import type http from 'node:http';
import type { PgBoss } from 'pg-boss';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionMemberContext } from '@/lib/access/member-context';
import { submitCheckIn } from '@/lib/checkins/write';
import { pool } from '@/lib/db/pool';
import { db } from '@/lib/db/prisma';
import { createJobQueue } from '@/lib/jobs/queue';
import { updateListingItem } from '@/lib/listings/checklist';
import { applyLocationImport } from '@/lib/locations/csv/import-locations';
import { googleColumns } from '@/lib/locations/csv/google-columns';
import { deleteLocation, setLocationArchived } from '@/lib/locations/locations';
import { listNotifications } from '@/lib/notifications/notifications';
import { acceptSuggestedStatus } from '@/lib/verification/observations';
import { createOutboundClient } from '@/lib/outbound/outbound-fetch';
import { allowOnly, startLocalServer, type SeenRequest } from '@/lib/outbound/test-support';
import { addTestLocation, createTeam, platformIdByKey } from '@/tests/support/factories';
import { createTestDatabase } from '@/tests/support/test-database';
import { until } from '@/tests/support/until';
import { createWebhookEndpoint, listWebhookDeliveries } from './endpoints';
import type { WebhookEventType } from './events';
import type { WebhookWorkerSettings } from './worker-settings';

// Deliveries end to end, as the server makes them: the data layer's changes write the events,
// pg-boss on a database of its own works them with the real worker, and receivers on 127.0.0.1,
// allowed explicitly through the outbound client, verify each signature with the
// `standardwebhooks` library as a customer's server would.

const database = await createTestDatabase(process.env.TEST_POSTGRES_SERVER_URL!, {
  migrateIn: 'child-process',
});
process.env.DATABASE_URL = database.url;

const answerWith = (status: number) => (_: SeenRequest, response: http.ServerResponse) => {
  response.writeHead(status).end();
};
const receiver = await startLocalServer(answerWith(204));
// Answers 500 to each message's first attempt, 200 to its retry.
const firstAttempts = new Set<string>();
const flaky = await startLocalServer((request, response) => {
  const id = String(request.headers['webhook-id']);
  response.writeHead(firstAttempts.has(id) ? 200 : 500).end();
  firstAttempts.add(id);
});
const alwaysFailing = await startLocalServer(answerWith(500));
// Never answers (the connection is closed after the file).
const hanging = await startLocalServer(() => {});
// Not in the allow-list: reachable, but the outbound client must refuse its address.
const notAllowed = await startLocalServer(answerWith(204));

const settings: WebhookWorkerSettings = {
  client: createOutboundClient({ allow: allowOnly(receiver, flaky, alwaysFailing, hanging) }),
  retry: { retryLimit: 3, retryDelay: 1, retryBackoff: true, retryDelayMax: 2 },
  disableAfterFailingMs: 24 * 3_600_000,
  localConcurrency: 4,
  pollingIntervalSeconds: 0.5,
};

let boss: PgBoss;
beforeAll(async () => {
  boss = await createJobQueue({ connectionString: database.url, webhooks: settings });
});
afterAll(async () => {
  await boss?.stop({ graceful: false });
  await pool().end();
  await database.drop();
});

const allEvents: WebhookEventType[] = [
  'location.created',
  'location.updated',
  'location.deleted',
  'listing.status_changed',
  'checkin.submitted',
];

async function endpointFor(url: string, events: WebhookEventType[] = allEvents) {
  const team = await createTeam();
  const { endpoint, secret } = await createWebhookEndpoint(team.owner, { url, description: '', events });
  return { team, endpoint, secret };
}

// What the tests read of a payload's data.
type ReceivedPayload = {
  type: string;
  timestamp: string;
  data: {
    location: { id: string; archivedAt: string | null };
    checkIn: { locationId: string; week: string };
  };
};

const typeOf = (request: SeenRequest) => (JSON.parse(request.body) as { type: string }).type;

describe('webhook deliveries', () => {
  it('sends each change of the data layer once, signed so that standardwebhooks verifies it', async () => {
    const { team, endpoint, secret } = await endpointFor(receiver.url('/signed'));
    const locationId = await addTestLocation(team.owner);
    await setLocationArchived(team.owner, locationId, true);
    await setLocationArchived(team.owner, locationId, false);
    const platformId = await platformIdByKey('openstreetmap');
    await updateListingItem(team.owner, locationId, platformId, { version: 0, status: 'LIVE' });
    await submitCheckIn(team.owner, locationId, { year: 2026, week: 40 }, 0);
    await deleteLocation(team.owner, locationId);

    const seen = () => receiver.seen.filter((request) => request.path === '/signed');
    await until(() => seen().length >= 6, { timeoutMs: 30_000 });
    const verifier = new Webhook(secret);
    const payloads = seen().map((request) => {
      const headers = request.headers as Record<string, string>;
      expect(headers['webhook-id']).toMatch(/^msg_[0-9a-f-]{36}$/);
      return verifier.verify(request.body, headers) as ReceivedPayload;
    });
    expect(payloads.map((payload) => payload.type)).toEqual([
      'location.created',
      'location.updated',
      'location.updated',
      'listing.status_changed',
      'checkin.submitted',
      'location.deleted',
    ]);
    expect(payloads[0]!.data.location).toMatchObject({ id: locationId, city: 'Bremerhaven' });
    expect(payloads[1]!.data.location.archivedAt).not.toBeNull();
    expect(payloads[3]!.data).toEqual({
      location: { id: locationId },
      platform: { id: platformId },
      previousStatus: 'NOT_STARTED',
      status: 'LIVE',
    });
    expect(payloads[4]!.data.checkIn).toMatchObject({ locationId, week: '2026-W40' });
    expect(payloads[5]!.data.location.id).toBe(locationId);
    // A signature made with another secret is refused by the same library.
    const forged = new Webhook(`whsec_${Buffer.alloc(32, 7).toString('base64')}`);
    const first = seen()[0]!;
    const headers = first.headers as Record<string, string>;
    const forgedHeaders = {
      ...headers,
      'webhook-signature': forged.sign(headers['webhook-id']!, new Date(), first.body),
    };
    expect(() => verifier.verify(first.body, forgedHeaders)).toThrow();

    // The delivery log: every one delivered in one attempt, with its status code and time.
    await until(async () =>
      (await listWebhookDeliveries(team.owner, endpoint.id)).every((row) => row.status === 'SUCCEEDED'),
    );
    const log = await listWebhookDeliveries(team.owner, endpoint.id);
    expect(log).toHaveLength(6);
    for (const row of log) {
      expect(row).toMatchObject({ status: 'SUCCEEDED', attempts: 1, lastStatusCode: 204, lastError: null });
      expect(row.lastResponseMs).toBeGreaterThanOrEqual(0);
      expect(row.deliveredAt).not.toBeNull();
    }
  });

  it('retries a delivery the receiver answered with 500, and sends the next one only after it', async () => {
    const { team, endpoint } = await endpointFor(flaky.url('/flaky'));
    const locationId = await addTestLocation(team.owner);
    await setLocationArchived(team.owner, locationId, true);
    await setLocationArchived(team.owner, locationId, false);

    const seen = () => flaky.seen.filter((request) => request.path === '/flaky');
    await until(() => seen().length >= 6, { timeoutMs: 60_000 });
    const attempts = seen().map((request) => [typeOf(request), String(request.headers['webhook-id'])]);
    const ids = [...new Set(attempts.map(([, id]) => id))];
    expect(ids).toHaveLength(3);
    // Each message twice in a row (the 500, then the retry with the same webhook-id), in order.
    expect(attempts).toEqual([
      ['location.created', ids[0]],
      ['location.created', ids[0]],
      ['location.updated', ids[1]],
      ['location.updated', ids[1]],
      ['location.updated', ids[2]],
      ['location.updated', ids[2]],
    ]);
    await until(async () =>
      (await listWebhookDeliveries(team.owner, endpoint.id)).every((row) => row.status === 'SUCCEEDED'),
    );
    for (const row of await listWebhookDeliveries(team.owner, endpoint.id)) {
      expect(row).toMatchObject({ attempts: 2, lastStatusCode: 200, status: 'SUCCEEDED' });
    }
    expect(
      (await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).failingSince,
    ).toBeNull();
  });

  it('does not let a receiver that hangs hold back another endpoint', async () => {
    const { team, endpoint: stuck } = await endpointFor(hanging.url('/stuck'), ['location.created']);
    const other = await createWebhookEndpoint(team.owner, {
      url: receiver.url('/beside-the-stuck-one'),
      description: '',
      events: ['location.created'],
    });
    await addTestLocation(team.owner);
    await addTestLocation(team.owner);

    // Both of the other endpoint's deliveries arrive while the stuck one still waits for its answer.
    await until(
      () => receiver.seen.filter((request) => request.path === '/beside-the-stuck-one').length === 2,
      { timeoutMs: 10_000 },
    );
    expect(hanging.seen.filter((request) => request.path === '/stuck')).toHaveLength(1);
    const stuckLog = await listWebhookDeliveries(team.owner, stuck.id);
    expect(stuckLog.map((row) => [row.status, row.attempts])).toEqual([
      ['PENDING', 0],
      ['PENDING', 0],
    ]);
    await until(async () =>
      (await listWebhookDeliveries(team.owner, other.endpoint.id)).every((row) => row.status === 'SUCCEEDED'),
    );
  });

  it('refuses a loopback address that is not allowed explicitly and records why', async () => {
    const { team, endpoint } = await endpointFor(notAllowed.url('/private'), ['location.created']);
    // Port 80 of the loopback address: allowed port, refused address (nothing is sent to find out).
    const loopback = await createWebhookEndpoint(team.owner, {
      url: 'http://127.0.0.1/private',
      description: '',
      events: ['location.created'],
    });
    await addTestLocation(team.owner);

    const failed = async (endpointId: string) => {
      const [row] = await listWebhookDeliveries(team.owner, endpointId);
      return row?.status === 'FAILED' ? row : null;
    };
    await until(
      async () => (await failed(endpoint.id)) !== null && (await failed(loopback.endpoint.id)) !== null,
    );
    const receiverRow = await failed(endpoint.id);
    expect(receiverRow).toMatchObject({ attempts: 1, lastStatusCode: null, lastResponseMs: null });
    expect(receiverRow!.lastError).toMatch(/^refused-port_not_allowed: /);
    const loopbackRow = await failed(loopback.endpoint.id);
    expect(loopbackRow).toMatchObject({ attempts: 1, lastStatusCode: null, lastResponseMs: null });
    expect(loopbackRow!.lastError).toMatch(/^refused-address_not_allowed: /);
    expect(notAllowed.seen).toHaveLength(0);
    expect(
      (await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).failingSince,
    ).not.toBeNull();
  });

  it('switches off an endpoint that has failed for 24 hours and tells the owners', async () => {
    const { team, endpoint } = await endpointFor(alwaysFailing.url('/down'), ['location.created']);
    await db.webhookEndpoint.update({
      where: { id: endpoint.id },
      data: { failingSince: new Date(Date.now() - 25 * 3_600_000) },
    });
    await addTestLocation(team.owner);

    await until(
      async () => !(await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).enabled,
    );
    const stored = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(stored).toMatchObject({ enabled: false, disabledReason: 'failing' });
    expect(stored.disabledAt).not.toBeNull();
    const [row] = await listWebhookDeliveries(team.owner, endpoint.id);
    expect(row).toMatchObject({
      status: 'FAILED',
      attempts: 1,
      lastStatusCode: 500,
      lastError: 'status 500',
    });
    const notices = await db.notification.findMany({
      where: { organisationId: team.organisation.id, kind: 'WEBHOOK_DISABLED' },
      select: { membershipId: true, data: true },
    });
    expect(notices).toEqual([
      {
        membershipId: team.owner.membershipId,
        data: { endpointId: endpoint.id, url: alwaysFailing.url('/down') },
      },
    ]);
    // The notifications page names the endpoint.
    const { items } = await listNotifications(team.owner as SessionMemberContext);
    expect(items.map((item) => [item.kind, item.webhook])).toEqual([
      ['WEBHOOK_DISABLED', { endpointId: endpoint.id, url: alwaysFailing.url('/down') }],
    ]);
    // A switched-off endpoint gets no further events.
    await addTestLocation(team.owner);
    expect(await listWebhookDeliveries(team.owner, endpoint.id)).toHaveLength(1);
    expect(alwaysFailing.seen.filter((request) => request.path === '/down')).toHaveLength(1);
  });

  it('tells of a status an automatic check suggested when someone accepts it', async () => {
    const { team } = await endpointFor(receiver.url('/accepted'), ['listing.status_changed']);
    const locationId = await addTestLocation(team.owner);
    await db.locationObservation.create({
      data: {
        organisationId: team.organisation.id,
        locationId,
        source: 'OPENSTREETMAP',
        outcome: 'CONSISTENT',
        observedAt: new Date(),
        suggestedStatus: 'LIVE',
      },
    });
    await acceptSuggestedStatus(team.owner, locationId, 'OPENSTREETMAP');
    await until(() => receiver.seen.some((request) => request.path === '/accepted'));
    const [request] = receiver.seen.filter((seen) => seen.path === '/accepted');
    expect(JSON.parse(request!.body)).toMatchObject({
      type: 'listing.status_changed',
      data: {
        location: { id: locationId },
        platform: { id: await platformIdByKey('openstreetmap') },
        previousStatus: 'NOT_STARTED',
        status: 'LIVE',
      },
    });
  });

  it('tells of the locations an import creates and updates, in the order of the file', async () => {
    const { team } = await endpointFor(receiver.url('/imported'), ['location.created', 'location.updated']);
    const csv = (rows: { code: string; name: string }[]) =>
      [
        googleColumns.join(','),
        ...rows.map(({ code, name }) =>
          googleColumns
            .map(
              (column) =>
                ({
                  'Store code': code,
                  'Business name': name,
                  'Address line 1': 'Hafenstraße 145',
                  Locality: 'Bremerhaven',
                  'Postal code': '27576',
                })[column as string] ?? '',
            )
            .join(','),
        ),
      ].join('\n');
    await applyLocationImport(
      team.owner,
      csv([
        { code: 'B-2', name: 'Zwei' },
        { code: 'A-1', name: 'Eins' },
      ]),
      {
        allOrNothing: true,
      },
    );
    await applyLocationImport(team.owner, csv([{ code: 'A-1', name: 'Eins am Hafen' }]), {
      allOrNothing: true,
    });

    const seen = () => receiver.seen.filter((request) => request.path === '/imported');
    await until(() => seen().length >= 3);
    expect(
      seen().map((request) => {
        const payload = JSON.parse(request.body) as ReceivedPayload & {
          data: { location: { name: string } };
        };
        return [payload.type, payload.data.location.name];
      }),
    ).toEqual([
      ['location.created', 'Zwei'],
      ['location.created', 'Eins'],
      ['location.updated', 'Eins am Hafen'],
    ]);
  });

  it('sends nothing for a change that is rolled back', async () => {
    const { team, endpoint } = await endpointFor(receiver.url('/rolled-back'), ['location.created']);
    await addTestLocation(team.owner, { storeCode: 'SAME-1' });
    await expect(addTestLocation(team.owner, { storeCode: 'SAME-1' })).rejects.toThrow();
    await until(() => receiver.seen.some((request) => request.path === '/rolled-back'));
    expect(await listWebhookDeliveries(team.owner, endpoint.id)).toHaveLength(1);
  });
});
