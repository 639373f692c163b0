import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GET } from '@/app/api/v1/openapi.json/route';

/** The URL paths of every route handler under app/api/v1, in OpenAPI's notation ({id}). */
function routePaths() {
  const root = path.join(process.cwd(), 'app/api/v1');
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => path.basename(file) === 'route.ts')
    .map((file) => `/api/v1/${path.dirname(file)}`.replace(/\[(\w+)\]/g, '{$1}'))
    .sort();
}

function collectRefs(value: unknown, refs: string[] = []) {
  if (Array.isArray(value)) value.forEach((item) => collectRefs(item, refs));
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') refs.push(child);
      else collectRefs(child, refs);
    }
  }
  return refs;
}

describe('GET /api/v1/openapi.json', () => {
  it('is public JSON describing every route of /api/v1', async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    const document = JSON.parse(await response.text());
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths).sort()).toEqual(routePaths());
    expect(document.components.securitySchemes.bearerAuth).toEqual(
      expect.objectContaining({ type: 'http', scheme: 'bearer' }),
    );
  });

  it('has only references that resolve', async () => {
    const document = await (await GET()).json();
    for (const ref of collectRefs(document)) {
      const target = ref
        .replace(/^#\//, '')
        .split('/')
        .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], document);
      expect(target, ref).toBeDefined();
    }
  });

  it('describes request bodies from the shared location schema', async () => {
    const { components } = await (await GET()).json();
    expect(components.schemas.LocationInput.required).toEqual(
      expect.arrayContaining(['storeCode', 'name', 'street', 'postalCode', 'city']),
    );
    expect(components.schemas.LocationInput.required).not.toContain('countryCode');
    expect(components.schemas.LocationInput.properties.status.enum).toEqual([
      'ACTIVE',
      'TEMPORARILY_CLOSED',
      'CLOSED',
    ]);
    expect(components.schemas.Location.properties).not.toHaveProperty('organisationId');
    expect(components.schemas.LocationPatch.properties).toHaveProperty('archived');
  });
});

describe('the verification endpoints in openapi.json', () => {
  it('answer 202 with the run and its address, and document the observations listing items carry', async () => {
    const { paths, components } = await (await GET()).json();
    const runRef = { $ref: '#/components/schemas/VerificationRun' };
    for (const operation of [
      paths['/api/v1/locations/{id}/verify'].post,
      paths['/api/v1/verification-runs'].post,
    ]) {
      expect(operation.responses[202].content['application/json'].schema).toEqual(runRef);
      expect(operation.responses[202].headers).toHaveProperty('Location');
      expect(operation.responses[409].description).toMatch(/no source is switched on/);
    }
    expect(paths['/api/v1/verification-runs'].post.requestBody.required).toBe(false);
    expect(components.schemas.VerificationRunRequest.properties.locationId).toBeDefined();
    expect(
      paths['/api/v1/verification-runs/{id}'].get.responses[200].content['application/json'].schema,
    ).toEqual(runRef);
    expect(paths['/api/v1/verification-runs/{id}'].get.responses[404]).toBeDefined();

    const run = components.schemas.VerificationRun;
    expect(run.properties.status.enum).toEqual(['running', 'finished']);
    expect(run.properties.sources.items.required).toEqual(
      expect.arrayContaining([
        'source',
        'total',
        'done',
        'failed',
        'skipped',
        'queued',
        'retrying',
        'outcomes',
      ]),
    );
    const observation = components.schemas.LocationObservation;
    expect(observation.properties.outcome.enum).toEqual([
      'CONSISTENT',
      'DIFFERENT',
      'NOT_FOUND',
      'AMBIGUOUS',
      'NO_DATA',
    ]);
    expect(observation.properties.details.description).toMatch(/OpenStreetMap: `links`/);
    const nullableObservation = {
      anyOf: [{ $ref: '#/components/schemas/LocationObservation' }, { type: 'null' }],
      description: expect.any(String),
    };
    expect(components.schemas.ListingItem.properties.observation).toEqual(nullableObservation);
    expect(components.schemas.ListingChecklist.properties.websiteObservation).toEqual(nullableObservation);
    expect(components.schemas.ListingChecklist.required).toContain('websiteObservation');
  });
});
