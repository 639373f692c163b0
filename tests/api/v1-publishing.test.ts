import { describe, expect, it } from 'vitest';
import { GET as openApiRoute } from '@/app/api/v1/openapi.json/route';
import { GET, PUT } from '@/app/api/v1/publishing/route';
import { db } from '@/lib/db/prisma';
import { callApi, tokenFor } from '@/tests/support/api-requests';
import { createTeam } from '@/tests/support/factories';

// /api/v1/publishing: the public store locator's settings, read by any token of the
// organisation, replaced only by a token an owner made; the same schema as the settings form.

const path = '/api/v1/publishing';
const body = {
  publicLocator: true,
  publishedFields: ['OPENING_HOURS', 'PHONE'],
  embedOrigins: ['https://www.example.de/standorte', 'https://www.example.de', 'http://localhost:8080'],
};

describe('/api/v1/publishing', () => {
  it("reads the settings with the public addresses; an owner's token replaces them", async () => {
    const team = await createTeam();
    const token = await tokenFor(team.owner, 'Website');
    const read = await callApi(GET, { token, path });
    expect(read.status).toBe(200);
    const slug = team.organisation.slug;
    expect(read.json).toEqual({
      publicLocator: false,
      publishedFields: ['PHONE', 'WEBSITE', 'OPENING_HOURS'],
      embedOrigins: [],
      urls: {
        locator: expect.stringMatching(new RegExp(`^https?://[^/]+/l/${slug}$`)),
        embedFrame: expect.stringMatching(new RegExp(`/l/${slug}\\?embed=1$`)),
        embedScript: expect.stringMatching(/\/l\/embed\.js$/),
        sitemap: expect.stringMatching(new RegExp(`/l/${slug}/sitemap\\.xml$`)),
        publicJson: expect.stringMatching(new RegExp(`/api/v1/public/locators/${slug}$`)),
      },
    });

    const put = await callApi(PUT, { token, path, method: 'PUT', body });
    expect(put.status).toBe(200);
    expect(put.json).toMatchObject({
      publicLocator: true,
      publishedFields: ['PHONE', 'OPENING_HOURS'],
      embedOrigins: ['https://www.example.de', 'http://localhost:8080'],
    });
    expect((await callApi(GET, { token: await tokenFor(team.manager), path })).json).toEqual(put.json);
    const audit = await db.auditEvent.findMany({
      where: { organisationId: team.organisation.id, action: 'publishing.settings_changed' },
      select: { actorLabel: true },
    });
    expect(audit).toEqual([{ actorLabel: 'API: Website' }]);
  });

  it("refuses a manager's token with 403 and changes nothing", async () => {
    const team = await createTeam();
    const token = await tokenFor(team.manager);
    const put = await callApi(PUT, {
      token,
      path,
      method: 'PUT',
      body,
      headers: { 'accept-language': 'de' },
    });
    expect(put.status).toBe(403);
    expect(put.json?.error).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('Inhaber') });
    expect((await callApi(GET, { token, path })).json).toMatchObject({ publicLocator: false });
  });

  it('answers 422 naming the entry of a refused origin, and writes nothing', async () => {
    const team = await createTeam();
    const token = await tokenFor(team.owner);
    const put = await callApi(PUT, {
      token,
      path,
      method: 'PUT',
      body: {
        ...body,
        publishedFields: ['PHONE', 'NOTES'],
        embedOrigins: ['https://ok.example.de', 'http://shop.example.de'],
      },
    });
    expect(put.status).toBe(422);
    expect(put.json?.error.fields).toEqual({
      publishedFields: ['Unknown detail.'],
      embedOrigins: ['Line 2: https:// only (http:// only for localhost and 127.0.0.1).'],
    });
    const missing = await callApi(PUT, { token, path, method: 'PUT', body: { publicLocator: true } });
    expect(missing.status).toBe(422);
    expect(Object.keys(missing.json?.error.fields ?? {}).sort()).toEqual(['embedOrigins', 'publishedFields']);
    expect((await callApi(GET, { token, path })).json).toMatchObject({
      publicLocator: false,
      embedOrigins: [],
    });
    expect((await callApi(GET, { path })).status).toBe(401);
  });

  it('is in the OpenAPI document with the shared schema', async () => {
    const { paths, components } = await (await openApiRoute()).json();
    expect(paths['/api/v1/publishing'].put.responses[403]).toBeDefined();
    expect(components.schemas.PublishingSettingsInput.required).toEqual([
      'publicLocator',
      'publishedFields',
      'embedOrigins',
    ]);
    expect(components.schemas.PublishingSettingsInput.properties.publishedFields.items.enum).toContain(
      'EMAIL',
    );
    expect(components.schemas.PublishingSettings.properties).toHaveProperty('urls');
  });
});
