import { beforeAll, describe, expect, it } from 'vitest';
import { GET as getLocation } from '@/app/api/v1/locations/[id]/route';
import { POST as createLocation } from '@/app/api/v1/locations/route';
import { POST as compare } from '@/app/api/v1/nap/compare/route';
import { GET as openApiDocument } from '@/app/api/v1/openapi.json/route';
import { napComparisonSchema } from '@/lib/nap/schemas';
import { callApi, tokenFor } from '@/tests/support/api-requests';
import { createTeam } from '@/tests/support/factories';

const path = '/api/v1/nap/compare';
let token: string;

beforeAll(async () => {
  token = await tokenFor((await createTeam()).manager);
});

const master = {
  name: 'Bäckerei Deichbrise GmbH',
  street: 'Bürgermeister-Smidt-Straße 112',
  postcode: '27568',
  city: 'Bremerhaven',
  phone: '+49 471 4829310',
  website: 'https://www.baeckerei-deichbrise.de',
};

const post = (body: unknown, headers?: Record<string, string>) =>
  callApi(compare, { token, path, method: 'POST', body, headers });

describe('POST /api/v1/nap/compare', () => {
  it('needs a token', async () => {
    const response = await callApi(compare, { path, method: 'POST', body: { master, platform: master } });
    expect(response.status).toBe(401);
    expect(response.json?.error.code).toBe('UNAUTHENTICATED');
  });

  it('answers per field match, format or mismatch with the normalised values', async () => {
    const response = await post({
      master,
      platform: {
        name: 'Baeckerei Deichbrise',
        street: 'Buergermeister-Smidt-Str. 114',
        postcode: '27568',
        city: 'BREMERHAVEN',
        phone: '0471 / 48 29-310',
        website: 'baeckerei-deichbrise.de/filiale-lehe',
      },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(napComparisonSchema.safeParse(response.json).success).toBe(true);
    expect(response.json).toEqual({
      fields: {
        name: { result: 'format', master: 'baeckerei deichbrise gmbh', platform: 'baeckerei deichbrise' },
        street: {
          result: 'mismatch',
          reason: 'different',
          master: 'buergermeistersmidtstrasse 112',
          platform: 'buergermeistersmidtstrasse 114',
        },
        postcode: { result: 'match', master: '27568', platform: '27568' },
        city: { result: 'format', master: 'bremerhaven', platform: 'bremerhaven' },
        phone: { result: 'format', master: '+494714829310', platform: '+494714829310' },
        website: {
          result: 'mismatch',
          reason: 'different',
          master: 'baeckerei-deichbrise.de',
          platform: 'baeckerei-deichbrise.de/filiale-lehe',
        },
      },
      mismatches: ['street', 'website'],
      consistent: false,
    });
  });

  it.each([
    ['street', 'Hafenstraße 145', 'Hafenstr. 145', 'format'],
    ['street', 'Am Markt 3a', 'Am Markt 3 a', 'format'],
    ['street', 'Lange Str. 12-14', 'Lange Straße 12 – 14', 'format'],
    ['street', 'Am Markt 3a', 'Am Markt 3b', 'mismatch'],
    ['phone', '(0471) 4829310', '+49 (0) 471 4829310', 'format'],
    ['phone', '0471 4829310', '0471 4829301', 'mismatch'],
    ['city', 'Frankfurt am Main', 'Frankfurt a. M.', 'format'],
    ['name', 'Deichbrise UG (haftungsbeschränkt)', 'Deichbrise UG', 'format'],
    ['name', 'Deichbrise GmbH', 'Deichbrise AG', 'mismatch'],
    ['website', 'www.baeckerei.de', 'https://baeckerei.de/', 'format'],
  ])('%s: %s vs %s → %s', async (field, masterValue, platformValue, result) => {
    const response = await post({ master: { [field]: masterValue }, platform: { [field]: platformValue } });
    expect(response.status).toBe(200);
    expect(response.json?.fields[field].result).toBe(result);
  });

  it("takes a location as the API returns it as the master (postalCode for postcode); null is 'not shown'", async () => {
    const created = await callApi(createLocation, {
      token,
      method: 'POST',
      body: { storeCode: 'NAP-01', ...master, postalCode: master.postcode, postcode: undefined },
    });
    expect(created.status).toBe(201);
    const location = await callApi(getLocation, { token, params: { id: created.json?.id as string } });
    const response = await post({
      master: location.json,
      platform: { ...master, postcode: '275 68', phone: '0471 4829310', website: null },
    });
    expect(response.status).toBe(200);
    expect(response.json?.fields.postcode).toEqual({ result: 'format', master: '27568', platform: '27568' });
    expect(response.json?.fields.phone.result).toBe('format');
    expect(response.json?.fields.website).toMatchObject({
      result: 'mismatch',
      reason: 'missing',
      platform: null,
    });
    expect(response.json?.mismatches).toEqual(['website']);
  });

  it('answers 422 naming the record for invalid input, in German on request', async () => {
    const missing = await post({ master });
    expect(missing.status).toBe(422);
    expect(missing.json?.error.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(missing.json?.error.fields)).toEqual(['platform']);

    const invalid = await post(
      { master: { ...master, name: 'x'.repeat(201) }, platform: { phone: 4714829310 } },
      { 'accept-language': 'de' },
    );
    expect(invalid.status).toBe(422);
    expect(invalid.json?.error.fields).toEqual({
      master: ['Der Name darf höchstens 200 Zeichen lang sein.'],
      platform: ['Jedes Feld eines Datensatzes muss Text oder null sein.'],
    });
  });

  it('answers 400 for a body that is not JSON', async () => {
    const response = await callApi(compare, { token, path, method: 'POST', rawBody: '{"master":' });
    expect(response.status).toBe(400);
    expect(response.json?.error.code).toBe('BAD_REQUEST');
  });

  it('is described in the OpenAPI document', async () => {
    const document = await (await openApiDocument()).json();
    const operation = document.paths['/api/v1/nap/compare'].post;
    expect(operation.requestBody.content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/NapCompareRequest',
    });
    expect(Object.keys(document.components.schemas.NapRecord.properties)).toEqual(
      expect.arrayContaining(['name', 'street', 'postcode', 'city', 'phone', 'website']),
    );
    expect(document.components.schemas.NapFieldComparison.properties.result.enum).toEqual([
      'match',
      'format',
      'mismatch',
    ]);
  });
});
