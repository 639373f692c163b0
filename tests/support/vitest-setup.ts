// Runs in every test worker before the test files. lib/env.ts reads process.env on first use,
// so everything set here (and in a test file before its first database call) takes effect.
import { inject } from 'vitest';

const testDatabaseUrl = inject('testDatabaseUrl');
const testServerUrl = inject('testServerUrl');
if (testDatabaseUrl && testServerUrl) {
  process.env.DATABASE_URL = testDatabaseUrl;
  process.env.TEST_POSTGRES_SERVER_URL = testServerUrl;
}

process.env.NEXTAUTH_SECRET ??= 'vitest-secret-that-is-long-enough-for-lib-env';
process.env.NEXTAUTH_URL ??= 'http://localhost:3000';
process.env.DATABASE_POOL_SIZE ??= '4';
// Tests never reach a real mail server: the files that test mail start their own SMTP catcher.
delete process.env.SMTP_URL;
// Nor any server outside the app: the outbound allow-list starts empty, and a test that runs its
// own server on 127.0.0.1 allows exactly that one (lib/outbound).
delete process.env.OUTBOUND_ALLOW;
// A request that starts a verification only queues its jobs (lib/jobs/job-sender.ts): no worker in
// a test process asks a source unless the test starts one itself (createJobQueue with its own
// local servers). The verification sources' defaults (public Overpass, Google) are never reached.
process.env.JOBS = 'off';
delete process.env.GOOGLE_PLACES_API_KEY;
process.env.OVERPASS_URL = 'http://127.0.0.1:9/api/interpreter';
