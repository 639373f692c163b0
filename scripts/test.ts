// npm test: typecheck, lint, format check, the Vitest suite, then the browser suite (a production
// build tested with Playwright), stopping at the first failure.
// npm run test:unit / test:e2e run one suite; arguments after `--` go to Vitest or Playwright
// (e.g. `npm run test:unit -- lib/auth`, `npm run test:e2e -- --headed`).
// Each suite gets a fresh, migrated database on the server of DATABASE_URL, or on one embedded
// PostgreSQL in a temporary directory; both are removed at the end, also on failure or Ctrl+C.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { constants } from 'node:os';
import path from 'node:path';
import { buildLocatorAssets } from './lib/locator-assets';
import {
  createTestDatabase,
  findFreePort,
  startTestServer,
  type TestDatabase,
  type TestServer,
} from '../tests/support/test-database';

type Step = { name: string; run(): Promise<number> };

const [suite = 'all', ...forwardedArgs] = process.argv.slice(2);
if (!['all', 'unit', 'e2e'].includes(suite) || (suite === 'all' && forwardedArgs.length)) {
  console.error(
    'Usage: npm test | npm run test:unit [-- vitest args] | npm run test:e2e [-- playwright args]',
  );
  process.exit(2);
}

const require = createRequire(import.meta.url);

// Set from signal handlers and callbacks: typed by assertion so TypeScript does not narrow them to null.
let interruptedBy = null as NodeJS.Signals | null;
let runningChild = null as ChildProcess | null;
let server = null as TestServer | null;
const databases: TestDatabase[] = [];

let interruptedAt = 0;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (interruptedBy) {
      // Ctrl+C reaches this process twice (the terminal's signal and tsx relaying it): only a
      // later one means "stop waiting for the cleanup".
      if (performance.now() - interruptedAt < 2_000) return;
      console.error(`\n[test] ${signal} again: exiting without cleaning up.`);
      process.exit(130);
    }
    interruptedBy = signal;
    interruptedAt = performance.now();
    console.error(`\n[test] ${signal}: stopping and cleaning up…`);
    runningChild?.kill(signal);
  });
}

class StepFailure extends Error {}

function log(message: string) {
  console.info(`[test] ${message}`);
}

function seconds(fromMs: number) {
  return `${((performance.now() - fromMs) / 1000).toFixed(1)} s`;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (interruptedBy) return Promise.resolve(130);
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    runningChild = child;
    child.on('error', (error) => {
      console.error(`[test] Could not start ${command}: ${error.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => {
      runningChild = null;
      resolve(code ?? 128 + (signal ? constants.signals[signal] : 0));
    });
  });
}

function npmRun(script: string) {
  // Under `npm test`, npm_execpath is npm's own CLI: no second lookup through PATH.
  const npmCli = process.env.npm_execpath;
  return npmCli && npmCli.endsWith('.js')
    ? run(process.execPath, [npmCli, 'run', '--silent', script])
    : run('npm', ['run', '--silent', script]);
}

function packageBin(packageName: string, relativePath: string) {
  return path.join(path.dirname(require.resolve(`${packageName}/package.json`)), relativePath);
}

async function testServer() {
  if (!server) {
    const started = performance.now();
    server = await startTestServer();
    log(
      server.dataDirectory
        ? `Embedded PostgreSQL in ${server.dataDirectory} started in ${seconds(started)}.`
        : 'Using the PostgreSQL server of DATABASE_URL (fresh databases; the configured one is not touched).',
    );
  }
  return server;
}

async function freshDatabase() {
  const { serverUrl } = await testServer();
  const started = performance.now();
  const database = await createTestDatabase(serverUrl);
  databases.push(database);
  log(`Database ${database.name} created and migrated in ${seconds(started)}.`);
  return { database, env: { DATABASE_URL: database.url, TEST_POSTGRES_SERVER_URL: serverUrl } };
}

async function dropDatabase(database: TestDatabase) {
  databases.splice(databases.indexOf(database), 1);
  // Ctrl+C stops the embedded server too; removing its directory removes the databases.
  if (interruptedBy && server?.dataDirectory) return;
  await database
    .drop()
    .catch((error: Error) => console.error(`[test] Dropping ${database.name} failed: ${error.message}`));
}

async function runUnitSuite() {
  const { database, env } = await freshDatabase();
  try {
    return await run(process.execPath, [packageBin('vitest', 'vitest.mjs'), 'run', ...forwardedArgs], {
      ...process.env,
      ...env,
    });
  } finally {
    await dropDatabase(database);
  }
}

/** Playwright's own Chromium when installed, else the system's; '' in the result means Playwright's. */
async function chooseChromium(): Promise<{ path: string; description: string }> {
  const configured = process.env.PLAYWRIGHT_CHROMIUM_PATH?.trim();
  if (configured) {
    if (existsSync(configured)) return { path: configured, description: configured };
    throw new StepFailure(`PLAYWRIGHT_CHROMIUM_PATH is set to ${configured}, which does not exist.`);
  }
  const { chromium } = await import('playwright-core');
  const ownChromium = (() => {
    try {
      return chromium.executablePath();
    } catch {
      return '';
    }
  })();
  if (ownChromium && existsSync(ownChromium))
    return { path: '', description: `Playwright's (${ownChromium})` };
  if (existsSync('/usr/bin/chromium')) return { path: '/usr/bin/chromium', description: '/usr/bin/chromium' };
  throw new StepFailure(
    [
      'No Chromium for the browser tests. Install one of:',
      "  npx playwright install chromium          (Playwright's own build, preferred)",
      '  sudo apt-get install -y chromium          (Debian/Ubuntu system package, /usr/bin/chromium)',
      'or point PLAYWRIGHT_CHROMIUM_PATH at a Chromium or Chrome executable.',
    ].join('\n'),
  );
}

async function runBrowserSuite() {
  const chromium = await chooseChromium();
  log(`Chromium: ${chromium.description}.`);

  log("Building the app (the locator's scripts, then next build)…");
  const buildStarted = performance.now();
  await buildLocatorAssets();
  const buildCode = await run(process.execPath, [packageBin('next', 'dist/bin/next'), 'build']);
  if (buildCode !== 0) return buildCode;
  log(`Built in ${seconds(buildStarted)}.`);

  const { database, env } = await freshDatabase();
  try {
    const [appPort, smtpPort, mailApiPort, overpassPort, websitePort] = await Promise.all([
      findFreePort(),
      findFreePort(),
      findFreePort(),
      findFreePort(),
      findFreePort(),
    ]);
    return await run(process.execPath, [packageBin('@playwright/test', 'cli.js'), 'test', ...forwardedArgs], {
      ...process.env,
      ...env,
      PLAYWRIGHT_CHROMIUM_PATH: chromium.path,
      E2E_PORT: String(appPort),
      SMTP_PORT: String(smtpPort),
      MAIL_API_PORT: String(mailApiPort),
      OVERPASS_PORT: String(overpassPort),
      WEBSITE_PORT: String(websitePort),
    });
  } finally {
    await dropDatabase(database);
  }
}

const allSteps: Record<string, Step> = {
  typecheck: { name: 'typecheck', run: () => npmRun('typecheck') },
  lint: { name: 'lint', run: () => npmRun('lint') },
  format: { name: 'format:check', run: () => npmRun('format:check') },
  unit: { name: 'unit tests (vitest)', run: runUnitSuite },
  e2e: { name: 'browser tests (playwright)', run: runBrowserSuite },
};
const steps =
  suite === 'unit'
    ? [allSteps.unit!]
    : suite === 'e2e'
      ? [allSteps.e2e!]
      : [allSteps.typecheck!, allSteps.lint!, allSteps.format!, allSteps.unit!, allSteps.e2e!];

const startedAll = performance.now();
const passed: string[] = [];
let failure: { step: string; reason: string } | null = null;

try {
  for (const step of steps) {
    if (interruptedBy) break;
    log(`▶ ${step.name}`);
    const started = performance.now();
    const exitCode = await step.run().catch((error: unknown) => {
      console.error(error instanceof StepFailure ? `[test] ${error.message}` : error);
      return 1;
    });
    if (interruptedBy) break;
    if (exitCode !== 0) {
      failure = { step: step.name, reason: `exit code ${exitCode}` };
      break;
    }
    passed.push(`${step.name} ${seconds(started)}`);
  }
} finally {
  for (const database of [...databases]) await dropDatabase(database);
  await server?.stop();
}

const total = seconds(startedAll);
if (interruptedBy) {
  console.error(`\n✗ Tests interrupted (${interruptedBy}) after ${total}; test databases removed.`);
  process.exit(128 + constants.signals[interruptedBy]);
} else if (failure) {
  console.error(`\n✗ FAILED: ${failure.step} (${failure.reason}) after ${total}.`);
  if (passed.length) console.error(`  passed before: ${passed.join(', ')}`);
  process.exit(1);
} else {
  console.info(`\n✓ All passed in ${total}: ${passed.join(', ')}.`);
  process.exit(0);
}
