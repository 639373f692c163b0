// The app under browser test, started by Playwright (a webServer in playwright.config.ts): the
// production build that `npm run test:e2e` made, on the test database, sending mail to the SMTP
// catcher. Stops `next start` when Playwright sends SIGTERM.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const port = Number(process.env.E2E_PORT ?? 3100);
const smtpPort = Number(process.env.SMTP_PORT ?? 2525);

if (!process.env.DATABASE_URL) {
  console.error('DATABASE_URL is not set. Run the browser tests with `npm run test:e2e`: it builds the app');
  console.error('and provides a fresh test database.');
  process.exit(1);
}
if (!existsSync('.next/BUILD_ID')) {
  console.error('No production build in .next. Run `npm run test:e2e` (it runs `next build` first).');
  process.exit(1);
}

const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
// No NEXTAUTH_URL, as after `npm start`: the app answers at every address that reaches it, and the
// browser tests use 127.0.0.1 and other host names for it.
const { NEXTAUTH_URL: _configuredAddress, ...inheritedEnvironment } = process.env;
const server = spawn(
  process.execPath,
  [nextBin, 'start', '--port', String(port), '--hostname', '127.0.0.1'],
  {
    stdio: 'inherit',
    env: {
      ...inheritedEnvironment,
      NODE_ENV: 'production',
      PORT: String(port),
      NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      MAIL_FROM: 'Ortsbild Test <no-reply@ortsbild.test>',
      TRUST_PROXY: '0',
    },
  },
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (server.exitCode === null) server.kill(signal);
  });
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
