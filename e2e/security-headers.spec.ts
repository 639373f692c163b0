// Headers and requests against the production server (proxy.ts, next.config.js headers()): the
// CSP nonce on every page and no violation in a real browser, the fixed security headers on every
// kind of response, state changes from other origins refused, oversized bodies refused, a
// client's own X-Forwarded-For ignored, and the session cookie's flags over plain http.
import { request as httpRequest } from 'node:http';
import { expect, test, type APIResponse, type Page, type Request } from '@playwright/test';
import pg from 'pg';
import { createOrganisation, newAccount, signIn, signUp } from './support/accounts';

const foreignOrigin = 'https://evil.example';

async function query<Row>(sql: string, values: unknown[]): Promise<Row[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows as Row[];
  } finally {
    await client.end();
  }
}

async function locationCount(dashboard: string) {
  const [row] = await query<{ count: string }>(
    `SELECT count(*) FROM locations l JOIN organisations o ON o.id = l.organisation_id WHERE o.slug = $1`,
    [dashboard.split('/').pop()],
  );
  return Number(row?.count);
}

function expectFixedSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(headers['x-frame-options'], what).toBe('DENY');
  expect(headers['permissions-policy'], what).toContain('geolocation=()');
  expect(headers['permissions-policy'], what).toContain('camera=()');
  expect(headers['strict-transport-security'], `${what}: no HSTS over http`).toBeUndefined();
}

function nonceOf(response: APIResponse) {
  const policy = response.headers()['content-security-policy'] ?? '';
  const scriptSources = policy.split('; ').find((directive) => directive.startsWith('script-src ')) ?? '';
  expect(scriptSources).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'$/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  return /'nonce-([^']+)'/.exec(scriptSources)![1]!;
}

/** Collects CSP violations (the DOM event and Chromium's console report) on every page `page` opens. */
async function watchContentSecurityPolicy(page: Page) {
  const violations: string[] = [];
  await page.exposeBinding('reportViolation', (_source, text: string) => void violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportViolation: (text: string) => void }).reportViolation;
      void report(`${location.pathname}: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  page.on('console', (message) => {
    if (/content security policy|permissions-policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test('every kind of response carries the security headers; each page its own nonce on every script', async ({
  request,
  baseURL,
}) => {
  const first = await request.get('/sign-in');
  const second = await request.get('/sign-in');
  expect(first.status()).toBe(200);
  expectFixedSecurityHeaders(first, 'HTML page');
  const nonce = nonceOf(first);
  expect(nonceOf(second)).not.toBe(nonce);

  const html = await first.text();
  const scriptTags = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scriptTags.length).toBeGreaterThan(3);
  for (const tag of scriptTags) expect(tag).toContain(`nonce="${nonce}"`);

  const api = await request.get('/api/health');
  expect(api.status()).toBe(200);
  expectFixedSecurityHeaders(api, 'API answer');
  nonceOf(api);

  const assetPath = /<script[^>]*src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  expect(assetPath).toBeTruthy();
  const asset = await request.get(assetPath!);
  expect(asset.status()).toBe(200);
  expectFixedSecurityHeaders(asset, 'static file');

  // The signed-in areas still send a visitor without a session cookie to the sign-in page.
  for (const path of ['/o/some-organisation/locations?page=2', '/organisations/new', '/account']) {
    const redirect = await request.get(path, { maxRedirects: 0 });
    expect(redirect.status(), path).toBe(307);
    const signIn = new URL(redirect.headers()['location']!, baseURL);
    expect(signIn.pathname, path).toBe('/sign-in');
    expect(signIn.searchParams.get('callbackUrl'), path).toBe(path);
    expectFixedSecurityHeaders(redirect, `redirect from ${path}`);
  }

  // Without a proxy in front (TRUST_PROXY=0) a client cannot claim HTTPS to earn HSTS.
  const claimsHttps = await request.get('/sign-in', { headers: { 'x-forwarded-proto': 'https' } });
  expect(claimsHttps.headers()['strict-transport-security']).toBeUndefined();
  expect(claimsHttps.headers()['content-security-policy']).not.toContain('upgrade-insecure-requests');
});

test('no CSP violation from sign-in through the dashboard, map, checklist and check-in', async ({ page }) => {
  test.setTimeout(90_000);
  const violations = await watchContentSecurityPolicy(page);
  const owner = newAccount('Wachsam');
  await signUp(page, owner);
  const dashboard = await createOrganisation(page, `Hafenladen ${owner.name}`);

  await page.goto(`${dashboard}/locations/new`);
  await page.getByLabel('Name', { exact: true }).fill('Hafenladen Lehe');
  await page.getByLabel('Filialcode').fill('CSP-1');
  await page.getByLabel('Straße und Hausnummer').fill('Hafenstraße 145');
  await page.getByLabel('PLZ').fill('27576');
  await page.getByLabel('Ort', { exact: true }).fill('Bremerhaven');
  await page.getByLabel('Breitengrad').fill('53,5609');
  await page.getByLabel('Längengrad').fill('8,5904');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page).toHaveURL(/\/locations\/[0-9a-f-]{36}$/);
  const locationPath = new URL(page.url()).pathname;

  await page.getByRole('button', { name: 'Abmelden' }).first().click();
  await expect(page).toHaveURL(/\/sign-in/);
  await signIn(page, owner);
  await expect(page).toHaveURL(new RegExp(`${dashboard}$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // Leaflet: its styles, marker icons and (unreachable here, but permitted) tile images.
  await page.goto(`${dashboard}/locations/map`);
  await expect(page.locator('[data-status="ready"]')).toBeVisible();
  await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();

  await page.goto(`${locationPath}/listings`);
  await page.locator('main details[name="checklist-item"] > summary').first().click();
  await expect(page.getByText('0 von 100')).toBeVisible();

  await page.goto(`${dashboard}/checkins`);
  await page.getByRole('link', { name: /Hafenladen Lehe/ }).click();
  await expect(page).toHaveURL(/\/checkins\/\d{4}-W\d{2}$/);
  await expect(page.getByRole('group', { name: 'Zeile 1' })).toBeVisible();

  expect(violations).toEqual([]);
});

test('a state change from another origin is refused for a server action and a route handler, and changes nothing', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const owner = newAccount('Wehrhaft');
  await signUp(page, owner);
  const dashboard = await createOrganisation(page, `Wehrladen ${owner.name}`);
  const appOrigin = new URL(page.url()).origin;

  // A real server action (creating a location), recorded to be sent again from elsewhere.
  await page.goto(`${dashboard}/locations/new`);
  await page.getByLabel('Name', { exact: true }).fill('Wehrladen Mitte');
  await page.getByLabel('Filialcode').fill('ORIGIN-1');
  await page.getByLabel('Straße und Hausnummer').fill('Hafenstraße 1');
  await page.getByLabel('PLZ').fill('27576');
  await page.getByLabel('Ort', { exact: true }).fill('Bremerhaven');
  const actionRequest = page.waitForRequest((request) => Boolean(request.headers()['next-action']));
  await page.getByRole('button', { name: 'Speichern' }).click();
  const recorded = await actionRequest;
  await expect(page).toHaveURL(/\/locations\/[0-9a-f-]{36}$/);
  expect(await locationCount(dashboard)).toBe(1);

  const recordedHeaders = recorded.headers();
  const sendAction = (storeCode: string, origin: string | null, headers: Record<string, string> = {}) =>
    page.request.post(recorded.url(), {
      headers: {
        'next-action': recordedHeaders['next-action']!,
        'content-type': recordedHeaders['content-type']!,
        accept: recordedHeaders['accept'] ?? 'text/x-component',
        ...(origin ? { origin } : {}),
        ...headers,
      },
      data: Buffer.from(
        recorded.postDataBuffer()!.toString('latin1').replace('ORIGIN-1', storeCode),
        'latin1',
      ),
    });

  for (const origin of [foreignOrigin, 'null', null]) {
    const refused = await sendAction('ORIGIN-2', origin);
    expect(refused.status(), `server action, Origin ${origin}`).toBe(403);
    expect(await refused.json()).toMatchObject({
      error: 'cross_origin_request',
      message: expect.stringContaining(origin ?? '?'),
    });
    expectFixedSecurityHeaders(refused, 'refusal');
  }
  // An Authorization header that no valid API token backs does not stand in for the Origin.
  const withFakeToken = await sendAction('ORIGIN-2', null, { authorization: 'Bearer ob_not-a-token' });
  expect(withFakeToken.status(), 'server action, no Origin, invalid bearer token').toBe(403);
  expect(await locationCount(dashboard)).toBe(1);
  // The same request from the app's own origin goes through: the Origin alone made the difference.
  expect((await sendAction('ORIGIN-3', appOrigin)).status()).toBeLessThan(400);
  expect(await locationCount(dashboard)).toBe(2);

  // A route handler (the CSV import), with the header the upload form sends.
  const csv =
    'Store code;Business name;Address line 1;Locality;Postal code\r\nORIGIN-4;Wehrladen Nord;Deich 2;Bremerhaven;27580';
  const sendImport = (origin: string | null) =>
    page.request.post(`${dashboard}/locations/import/apply?allOrNothing=0`, {
      headers: {
        'x-requested-with': 'XMLHttpRequest',
        'content-type': 'text/csv',
        ...(origin ? { origin } : {}),
      },
      data: csv,
    });
  for (const origin of [foreignOrigin, null]) {
    expect((await sendImport(origin)).status(), `route handler, Origin ${origin}`).toBe(403);
  }
  expect(await locationCount(dashboard)).toBe(2);
  expect((await sendImport(appOrigin)).status()).toBe(200);
  expect(await locationCount(dashboard)).toBe(3);
});

test('oversized and unannounced request bodies are refused and write nothing', async ({ page, baseURL }) => {
  const owner = newAccount('Sparsam');
  await signUp(page, owner);
  const dashboard = await createOrganisation(page, `Sparladen ${owner.name}`);
  const origin = new URL(page.url()).origin;

  // Above the 10 MB that any route accepts: the proxy answers before Next.js buffers the body.
  const row = 'BIG-1;Sparladen;Deich 2;Bremerhaven;27580\r\n';
  const oversized = `Store code;Business name;Address line 1;Locality;Postal code\r\n${row.repeat(Math.ceil((10 * 2 ** 20) / row.length) + 1)}`;
  const tooLarge = await page.request.post(`${dashboard}/locations/import/apply?allOrNothing=0`, {
    headers: { 'x-requested-with': 'XMLHttpRequest', 'content-type': 'text/csv', origin },
    data: oversized,
  });
  expect(tooLarge.status()).toBe(413);
  expect(await tooLarge.json()).toEqual({ error: 'payload_too_large' });

  // A server action above its 1 MB limit: the form's request, held back
  // from the server and sent again with a padding field.
  await page.goto(`${dashboard}/locations/new`);
  await page.getByLabel('Name', { exact: true }).fill('Sparladen Mitte');
  await page.getByLabel('Filialcode').fill('BIG-2');
  await page.getByLabel('Straße und Hausnummer').fill('Hafenstraße 1');
  await page.getByLabel('PLZ').fill('27576');
  await page.getByLabel('Ort', { exact: true }).fill('Bremerhaven');
  let recorded: Request | undefined;
  await page.route(
    () => true,
    async (route) => {
      if (!route.request().headers()['next-action']) return route.continue();
      recorded = route.request();
      await route.abort();
    },
  );
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect.poll(() => recorded).toBeTruthy();
  await page.unroute(() => true);
  const headers = recorded!.headers();
  const body = recorded!.postDataBuffer()!.toString('latin1');
  const boundary = /boundary=(.+)$/.exec(headers['content-type']!)![1]!;
  const padded = body.replace(
    `--${boundary}--`,
    `--${boundary}\r\nContent-Disposition: form-data; name="padding"\r\n\r\n${'x'.repeat(2 * 2 ** 20)}\r\n--${boundary}--`,
  );
  const largeAction = await page.request.post(recorded!.url(), {
    headers: { 'next-action': headers['next-action']!, 'content-type': headers['content-type']!, origin },
    data: Buffer.from(padded, 'latin1'),
  });
  expect(largeAction.status()).toBe(413);
  expect(await largeAction.json()).toEqual({ error: 'payload_too_large' });

  // A streamed body without Content-Length could pass the proxy cut short: refused with 411.
  const cookie = (await page.context().cookies()).map(({ name, value }) => `${name}=${value}`).join('; ');
  const streamedStatus = await new Promise<number>((resolve, reject) => {
    const streamed = httpRequest(
      new URL(`${dashboard}/locations/import/apply?allOrNothing=0`, baseURL),
      {
        method: 'POST',
        headers: { 'x-requested-with': 'XMLHttpRequest', 'content-type': 'text/csv', origin, cookie },
      },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    streamed.on('error', reject);
    streamed.write('Store code;Business name;Address line 1;Locality;Postal code\r\n');
    streamed.end(row);
  });
  expect(streamedStatus).toBe(411);

  expect(await locationCount(dashboard)).toBe(0);
});

test("a client's own X-Forwarded-For is ignored (no proxy in front); the session cookie is HttpOnly, Lax, not Secure over http", async ({
  page,
  playwright,
  baseURL,
}) => {
  const account = newAccount('Adresse');
  await signUp(page, account);
  const browserCookie = (await page.context().cookies()).find(
    (cookie) => cookie.name === 'next-auth.session-token',
  );
  expect(browserCookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/', secure: false });

  // A script signs in claiming to come from elsewhere.
  const client = await playwright.request.newContext({ baseURL });
  const spoofed = { 'x-forwarded-for': '203.0.113.66' };
  const { csrfToken } = (await (await client.get('/api/auth/csrf', { headers: spoofed })).json()) as {
    csrfToken: string;
  };
  const signedIn = await client.post('/api/auth/callback/credentials', {
    headers: spoofed,
    form: { csrfToken, email: account.email, password: account.password, json: 'true' },
  });
  expect(signedIn.status()).toBe(200);
  const setCookie = signedIn
    .headersArray()
    .find(
      (header) =>
        header.name.toLowerCase() === 'set-cookie' && header.value.startsWith('next-auth.session-token='),
    );
  expect(setCookie?.value).toMatch(/; HttpOnly/i);
  expect(setCookie?.value).toMatch(/; SameSite=Lax/i);
  expect(setCookie?.value).not.toMatch(/; Secure/i);
  await client.dispose();

  // Both sessions (the browser's and the script's) record the socket's address.
  const sessions = await query<{ ip_address: string }>(
    `SELECT s.ip_address FROM auth_sessions s JOIN users u ON u.id = s.user_id WHERE u.email = $1`,
    [account.email],
  );
  expect(sessions.length).toBeGreaterThanOrEqual(2);
  for (const session of sessions) expect(session.ip_address).toBe('127.0.0.1');
});
