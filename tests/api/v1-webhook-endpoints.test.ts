import { describe, expect, it } from 'vitest';
import { GET as openApiRoute } from '@/app/api/v1/openapi.json/route';
import { GET as deliveriesRoute } from '@/app/api/v1/webhook-endpoints/[id]/deliveries/route';
import { POST as rotateRoute } from '@/app/api/v1/webhook-endpoints/[id]/rotate-secret/route';
import {
  DELETE as deleteRoute,
  GET as getRoute,
  PATCH as patchRoute,
} from '@/app/api/v1/webhook-endpoints/[id]/route';
import { GET as listRoute, POST as createRoute } from '@/app/api/v1/webhook-endpoints/route';
import { db } from '@/lib/db/prisma';
import { callApi, tokenFor } from '@/tests/support/api-requests';
import { createTeam } from '@/tests/support/factories';

// /api/v1/webhook-endpoints: CRUD, rotating the secret and the delivery log, for the token's
// organisation only; another organisation's endpoint is "not found" on every route.

async function apiTeam() {
  const team = await createTeam();
  return { ...team, token: await tokenFor(team.manager) };
}

const path = '/api/v1/webhook-endpoints';
const body = {
  url: 'https://erp.example/hooks',
  description: 'ERP',
  events: ['location.created', 'checkin.submitted'],
};

async function created(token: string) {
  const response = await callApi(createRoute, { token, method: 'POST', path, body });
  expect(response.status).toBe(201);
  return response.json as { id: string; secret: string };
}

describe('/api/v1/webhook-endpoints', () => {
  it('creates an endpoint with its secret once, lists, reads, changes and deletes it', async () => {
    const team = await apiTeam();
    const endpoint = await created(team.token);
    expect(endpoint).toMatchObject({
      url: 'https://erp.example/hooks',
      description: 'ERP',
      events: ['location.created', 'checkin.submitted'],
      enabled: true,
      disabledAt: null,
      failingSince: null,
      secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/]{43}=$/),
    });

    const list = await callApi(listRoute, { token: team.token, path });
    expect(list.status).toBe(200);
    expect(list.json?.data).toHaveLength(1);
    expect(list.text).not.toContain(endpoint.secret);
    const read = await callApi(getRoute, {
      token: team.token,
      path: `${path}/${endpoint.id}`,
      params: { id: endpoint.id },
    });
    expect(read.json).toMatchObject({ id: endpoint.id, url: 'https://erp.example/hooks' });
    expect(read.json).not.toHaveProperty('secret');

    const patched = await callApi(patchRoute, {
      token: team.token,
      method: 'PATCH',
      path: `${path}/${endpoint.id}`,
      params: { id: endpoint.id },
      body: { enabled: false, events: ['listing.alert'] },
    });
    expect(patched.status).toBe(200);
    expect(patched.json).toMatchObject({
      enabled: false,
      disabledReason: 'by-member',
      events: ['listing.alert'],
    });

    const removed = await callApi(deleteRoute, {
      token: team.token,
      method: 'DELETE',
      path: `${path}/${endpoint.id}`,
      params: { id: endpoint.id },
    });
    expect(removed.status).toBe(204);
    expect(await db.webhookEndpoint.count({ where: { id: endpoint.id } })).toBe(0);
    // Each change is in the audit log with the token as its author, never the secret.
    const audit = await db.auditEvent.findMany({
      where: { organisationId: team.organisation.id, targetType: 'webhook_endpoint' },
      orderBy: { createdAt: 'asc' },
    });
    expect(audit.map((event) => [event.action, event.actorLabel, event.details])).toEqual([
      ['webhook.created', 'API: Test integration', { url: 'https://erp.example/hooks' }],
      ['webhook.updated', 'API: Test integration', { url: 'https://erp.example/hooks' }],
      ['webhook.deleted', 'API: Test integration', { url: 'https://erp.example/hooks' }],
    ]);
  });

  it('answers 422 for a URL that is not http(s) and for no or unknown events, and writes nothing', async () => {
    const team = await apiTeam();
    const response = await callApi(createRoute, {
      token: team.token,
      method: 'POST',
      path,
      body: { url: 'ftp://erp.example/hooks', events: ['location.exploded'] },
    });
    expect(response.status).toBe(422);
    expect(Object.keys(response.json?.error.fields).sort()).toEqual(['events', 'url']);
    expect(response.json?.error.fields.url).toEqual(['Please give a full address with https:// or http://.']);
    const none = await callApi(createRoute, {
      token: team.token,
      method: 'POST',
      path,
      body: { url: 'https://erp.example/hooks', events: [] },
    });
    expect(none.status).toBe(422);
    expect(await db.webhookEndpoint.count({ where: { organisationId: team.organisation.id } })).toBe(0);
  });

  it('rotates the secret: the answer holds a new one, the stored one changes', async () => {
    const team = await apiTeam();
    const endpoint = await created(team.token);
    const rotated = await callApi(rotateRoute, {
      token: team.token,
      method: 'POST',
      path: `${path}/${endpoint.id}/rotate-secret`,
      params: { id: endpoint.id },
    });
    expect(rotated.status).toBe(200);
    expect(rotated.json?.secret).toMatch(/^whsec_/);
    expect(rotated.json?.secret).not.toBe(endpoint.secret);
    const stored = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(stored.secret).toBe(rotated.json?.secret);
    const rotatedEvents = await db.auditEvent.count({
      where: {
        organisationId: team.organisation.id,
        action: 'webhook.secret_rotated',
        targetId: endpoint.id,
      },
    });
    expect(rotatedEvents).toBe(1);
  });

  it('lists the latest deliveries, newest first', async () => {
    const team = await apiTeam();
    const endpoint = await created(team.token);
    for (const [index, status] of (['SUCCEEDED', 'FAILED'] as const).entries()) {
      const id = crypto.randomUUID();
      await db.webhookDelivery.create({
        data: {
          id,
          organisationId: team.organisation.id,
          endpointId: endpoint.id,
          messageId: `msg_${id}`,
          eventType: 'location.created',
          payload: {},
          status,
          attempts: index + 1,
          lastStatusCode: status === 'SUCCEEDED' ? 204 : 500,
          lastResponseMs: 12,
          createdAt: new Date(Date.now() - (2 - index) * 60_000),
        },
      });
    }
    const response = await callApi(deliveriesRoute, {
      token: team.token,
      path: `${path}/${endpoint.id}/deliveries`,
      params: { id: endpoint.id },
    });
    expect(response.status).toBe(200);
    expect(response.json?.data.map((row: { status: string }) => row.status)).toEqual(['FAILED', 'SUCCEEDED']);
    expect(response.json?.data[0]).toMatchObject({ attempts: 2, lastStatusCode: 500, lastResponseMs: 12 });
  });

  it("treats another organisation's endpoint as not found on every route and leaves it as it was", async () => {
    const victim = await apiTeam();
    const attacker = await apiTeam();
    const endpoint = await created(victim.token);
    const at = { path: `${path}/${endpoint.id}`, params: { id: endpoint.id }, token: attacker.token };
    const answers = [
      await callApi(getRoute, at),
      await callApi(patchRoute, { ...at, method: 'PATCH', body: { enabled: false } }),
      await callApi(deleteRoute, { ...at, method: 'DELETE' }),
      await callApi(rotateRoute, { ...at, method: 'POST' }),
      await callApi(deliveriesRoute, at),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([404, 404, 404, 404, 404]);
    const list = await callApi(listRoute, { token: attacker.token, path });
    expect(list.json?.data).toEqual([]);
    const stored = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(stored).toMatchObject({ enabled: true, secret: endpoint.secret });
  });

  it('is in the OpenAPI document', async () => {
    const document = await (await openApiRoute()).json();
    expect(Object.keys(document.paths[path])).toEqual(['get', 'post']);
    expect(Object.keys(document.paths[`${path}/{id}`])).toEqual(['parameters', 'get', 'patch', 'delete']);
    expect(document.paths[`${path}/{id}/rotate-secret`].post.operationId).toBe('rotateWebhookSecret');
    expect(document.paths[`${path}/{id}/deliveries`].get.operationId).toBe('listWebhookDeliveries');
    expect(document.components.schemas.WebhookEndpointCreate.required).toEqual(
      expect.arrayContaining(['url', 'events']),
    );
  });
});
