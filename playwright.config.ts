import { defineConfig, devices } from '@playwright/test';

// Browser journeys against the production build, run by `npm run test:e2e` (scripts/test.ts), which
// builds the app, creates a fresh database and picks the ports passed in here. This file is also
// loaded by every worker, so everything below must come out the same each time: no random values.
const appPort = Number(process.env.E2E_PORT ?? 3100);
const smtpPort = Number(process.env.SMTP_PORT ?? 2525);
const mailApiPort = Number(process.env.MAIL_API_PORT ?? 2580);
// The servers outside the app it verifies listings with (tests/support/outside-servers.ts).
const overpassPort = Number(process.env.OVERPASS_PORT ?? 2590);
const websitePort = Number(process.env.WEBSITE_PORT ?? 2591);
const appUrl = `http://127.0.0.1:${appPort}`;

// For e2e/support/mailbox.ts in the workers, which inherit the runner's environment.
process.env.MAIL_API_URL = `http://127.0.0.1:${mailApiPort}`;
process.env.SMTP_PORT = String(smtpPort);
// For e2e/verification.spec.ts: the business website a location names.
process.env.E2E_WEBSITE_URL = `http://127.0.0.1:${websitePort}/`;

// Empty: Playwright's own Chromium (full browser in headless mode); else this executable (Debian's chromium).
const chromiumPath = process.env.PLAYWRIGHT_CHROMIUM_PATH || undefined;
const isCI = Boolean(process.env.CI);

function runTypeScript(script: string) {
  return `"${process.execPath}" --import tsx ${script}`;
}

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  // Two cores: the app server and two browsers already keep both busy. Tests seed their own data.
  workers: 2,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: appUrl,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        ...(chromiumPath ? {} : { channel: 'chromium' }),
        launchOptions: {
          executablePath: chromiumPath,
          headless: true,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            // A second host name for the app, as a phone in the shop's Wi-Fi would use (e2e/addresses.spec.ts).
            '--host-resolver-rules=MAP laden.test 127.0.0.1',
          ],
        },
      },
    },
  ],
  webServer: [
    {
      name: 'mail',
      command: runTypeScript('tests/support/smtp-catcher-server.ts'),
      url: `${process.env.MAIL_API_URL}/messages`,
      env: { SMTP_PORT: String(smtpPort), MAIL_API_PORT: String(mailApiPort) },
      reuseExistingServer: false,
      timeout: 20_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
    {
      name: 'outside servers',
      command: runTypeScript('tests/support/outside-servers.ts'),
      // Overpass answers a request without a query with 400, which counts as ready.
      url: `http://127.0.0.1:${overpassPort}/api/interpreter`,
      env: { OVERPASS_PORT: String(overpassPort), WEBSITE_PORT: String(websitePort) },
      reuseExistingServer: false,
      timeout: 20_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
    {
      name: 'app',
      command: runTypeScript('scripts/e2e-server.ts'),
      url: `${appUrl}/api/health`,
      env: {
        E2E_PORT: String(appPort),
        SMTP_PORT: String(smtpPort),
        // Listings are verified against the local servers above, the only outside addresses allowed.
        OVERPASS_URL: `http://127.0.0.1:${overpassPort}/api/interpreter`,
        OUTBOUND_ALLOW: `127.0.0.1:${overpassPort},127.0.0.1:${websitePort}`,
      },
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'pipe',
      gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    },
  ],
});
