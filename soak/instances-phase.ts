// Phase 3: two `next start` instances on one database, both with the job queue on (two pg-boss
// workers). Checks that a session opened on A works on B and that signing out on A ends it on B;
// that failed sign-ins on A and B count together (5 failures of one account from one network,
// then even the right password is refused as throttled on the other instance); and that the
// reminder run, triggered twice while both workers poll, leaves every member exactly one mail job
// and one mail per notification (one notification per member, kind and week is the table's
// unique key; the checks here are the job and the mail that two workers could double).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { PgBoss } from 'pg-boss';
import { jobQueues } from '../lib/jobs/job-queues';
import { isoWeekdayOf, todayIn } from '../lib/weeks/iso-week';
import { startSmtpCatcher } from '../tests/support/smtp-catcher';
import { startProductionServer, type BenchServer } from '../bench/server';
import { accountPage, postCredentials, signInPageAfter, signOut } from './auth';
import { soakPassword, throttledUserEmail, type SoakSetup } from './seed';

type Check = { pass: boolean; detail: string };

export type InstancesPhaseResult = {
  instances: string[];
  sessions: { sharedSession: Check; signOutEndsEverywhere: Check };
  throttle: {
    attempts: { instance: 'A' | 'B'; password: 'wrong' | 'right'; signInPage: string | null }[];
  } & Check;
  reminders: {
    runsTriggered: number;
    runsCompleted: number;
    schedules: number;
    members: number;
    membersNotified: number;
    notifications: number;
    /** Notifications with other than exactly one mail job (singletonKey = notification id). */
    notificationsWithoutOneMailJob: number;
    mails: number;
    /** Members whose mail count differs from their notification count. */
    membersWithWrongMailCount: number;
    waitedSeconds: number;
  } & Check;
  pass: boolean;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runInstancesPhase(
  databaseUrl: string,
  setup: SoakSetup,
  log: (message: string) => void,
): Promise<InstancesPhaseResult> {
  const catcher = await startSmtpCatcher();
  const database = new pg.Client({ connectionString: databaseUrl, application_name: 'ortsbild-soak-check' });
  await database.connect();
  const servers: BenchServer[] = [];
  try {
    // Reminders fall due at once: today is the check-in day, from midnight on.
    await database.query(`UPDATE organisations SET checkin_weekday = $2, reminder_hour = 0 WHERE slug = $1`, [
      setup.slug,
      isoWeekdayOf(todayIn(setup.timeZone)),
    ]);
    const options = {
      nextAuthSecret: randomBytes(32).toString('base64url'),
      env: { JOBS: 'on', SMTP_URL: catcher.url },
    };
    for (let index = 0; index < 2; index++) servers.push(await startProductionServer(databaseUrl, options));
    const [a, b] = servers.map((server) => server.baseUrl) as [string, string];
    log(`Instances A ${a} and B ${b} (jobs on, one NEXTAUTH_SECRET).`);

    const triggered = await triggerReminderRuns(databaseUrl);
    const sessions = await checkSessions(a, b, setup.clients[0]!.email);
    const throttle = await checkThrottle(a, b);
    const reminders = await checkReminders(database, setup, catcher, triggered);
    return {
      instances: [a, b],
      sessions,
      throttle,
      reminders,
      pass:
        sessions.sharedSession.pass && sessions.signOutEndsEverywhere.pass && throttle.pass && reminders.pass,
    };
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await database.end();
    await catcher.stop();
  }
}

async function checkSessions(a: string, b: string, email: string) {
  const { session } = await postCredentials(a, { email, password: soakPassword });
  if (!session) {
    const failed = { pass: false, detail: `Sign-in on A as ${email} failed.` };
    return { sharedSession: failed, signOutEndsEverywhere: failed };
  }
  const onB = await accountPage(b, session);
  const sharedSession = {
    pass: onB.status === 200,
    detail: `Session from A: /account on B answered ${onB.status}.`,
  };
  const signOutStatus = await signOut(a, session);
  const [afterA, afterB] = await Promise.all([accountPage(a, session), accountPage(b, session)]);
  const sentToSignIn = (page: { status: number; location: string | null }) =>
    page.status >= 300 && page.status < 400 && (page.location ?? '').includes('/sign-in');
  const signOutEndsEverywhere = {
    pass: sentToSignIn(afterA) && sentToSignIn(afterB),
    detail:
      `Sign-out on A answered ${signOutStatus}; the old cookie then got ${afterA.status} → ${afterA.location} ` +
      `on A and ${afterB.status} → ${afterB.location} on B.`,
  };
  return { sharedSession, signOutEndsEverywhere };
}

/** Five wrong passwords alternating A, B, A, B, A, then the right one on B. */
async function checkThrottle(a: string, b: string): Promise<InstancesPhaseResult['throttle']> {
  const plan = [
    ...(['A', 'B', 'A', 'B', 'A'] as const).map((instance) => ({ instance, password: 'wrong' as const })),
    { instance: 'B' as const, password: 'right' as const },
  ];
  const attempts: InstancesPhaseResult['throttle']['attempts'] = [];
  let sessionOnSixth = false;
  for (const step of plan) {
    const baseUrl = step.instance === 'A' ? a : b;
    const password = step.password === 'right' ? soakPassword : 'Falsches-Passwort-1';
    const answer = await postCredentials(baseUrl, { email: throttledUserEmail, password });
    if (step.password === 'right') sessionOnSixth = Boolean(answer.session);
    attempts.push({ ...step, signInPage: await signInPageAfter(baseUrl, answer.location) });
  }
  const errorOf = (page: string | null) => new URLSearchParams(page?.split('?')[1] ?? '').get('error');
  const pass =
    attempts.slice(0, 5).every((attempt) => errorOf(attempt.signInPage) === 'invalidCredentials') &&
    errorOf(attempts[5]!.signInPage) === 'tooManyAttempts' &&
    !sessionOnSixth;
  return {
    attempts,
    pass,
    detail: `6th attempt (right password, instance B): ${attempts[5]!.signInPage}; session cookie ${sessionOnSixth ? 'set' : 'not set'}.`,
  };
}

/** Sends two reminder runs into the queue, as two instances' schedules would; their ids. */
async function triggerReminderRuns(databaseUrl: string) {
  const boss = new PgBoss({
    connectionString: databaseUrl,
    schema: 'pgboss',
    supervise: false,
    schedule: false,
    migrate: false,
  });
  boss.on('error', () => {});
  await boss.start();
  try {
    const ids = await Promise.all([
      boss.send(jobQueues.checkinReminders, {}),
      boss.send(jobQueues.checkinReminders, {}),
    ]);
    return ids.filter((id): id is string => id !== null);
  } finally {
    await boss.stop({ graceful: false });
  }
}

async function checkReminders(
  database: pg.Client,
  setup: SoakSetup,
  catcher: Awaited<ReturnType<typeof startSmtpCatcher>>,
  triggered: string[],
): Promise<InstancesPhaseResult['reminders']> {
  const started = Date.now();
  const runsCompleted = async () =>
    (
      await database.query<{ done: number }>(
        `SELECT count(*)::int AS done FROM pgboss.job WHERE id = ANY($1::uuid[]) AND state IN ('completed', 'failed')`,
        [triggered],
      )
    ).rows[0]!.done;
  const notifications = async () =>
    (
      await database.query<{ id: string; email: string; emailed: boolean }>(
        `SELECT n.id, u.email, n.emailed_at IS NOT NULL AS emailed
         FROM notifications n JOIN memberships m ON m.id = n.membership_id JOIN users u ON u.id = m.user_id
         JOIN organisations o ON o.id = n.organisation_id WHERE o.slug = $1`,
        [setup.slug],
      )
    ).rows;
  // Mail jobs are fetched one at a time every 2 s per worker: allow about a second per mail.
  const deadline = started + 150_000;
  let rows = await notifications();
  while (Date.now() < deadline) {
    rows = await notifications();
    if ((await runsCompleted()) === triggered.length && rows.length > 0 && rows.every((row) => row.emailed))
      break;
    await sleep(1_000);
  }
  await sleep(3_000); // a duplicate mail gets every chance to arrive meanwhile
  rows = await notifications();
  const { rows: jobs } = await database.query<{ key: string; jobs: number }>(
    `SELECT singleton_key AS key, count(*)::int AS jobs FROM pgboss.job WHERE name = $1 GROUP BY singleton_key`,
    [jobQueues.reminderEmail],
  );
  const jobsByNotification = new Map(jobs.map((job) => [job.key, job.jobs]));
  const { rows: schedules } = await database.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM pgboss.schedule WHERE name = $1`,
    [jobQueues.checkinReminders],
  );
  const emails = setup.clients.map((client) => client.email);
  const notificationsOf = (email: string) => rows.filter((row) => row.email === email).length;
  const result = {
    runsTriggered: triggered.length,
    runsCompleted: await runsCompleted(),
    schedules: schedules[0]!.count,
    members: emails.length,
    membersNotified: emails.filter((email) => notificationsOf(email) > 0).length,
    notifications: rows.length,
    notificationsWithoutOneMailJob: rows.filter((row) => jobsByNotification.get(row.id) !== 1).length,
    mails: emails.reduce((sum, email) => sum + catcher.messagesTo(email).length, 0),
    membersWithWrongMailCount: emails.filter(
      (email) => catcher.messagesTo(email).length !== notificationsOf(email),
    ).length,
    waitedSeconds: Math.round((Date.now() - started) / 1000),
  };
  const pass =
    result.runsTriggered === 2 &&
    result.runsCompleted === 2 &&
    result.schedules === 1 &&
    result.membersNotified === result.members &&
    result.notificationsWithoutOneMailJob === 0 &&
    result.membersWithWrongMailCount === 0;
  return {
    ...result,
    pass,
    detail: `${result.notifications} notifications for ${result.membersNotified}/${result.members} members, ${result.mails} mails.`,
  };
}
