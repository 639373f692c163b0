// Realistic content for the backup test: the demo bakery (users, memberships, six locations,
// listing items, a year of check-ins, time entries and the rollups their triggers keep), the
// bench's small organisation (ten branches, custom platforms, a year of check-ins and time
// entries), audit events with awkward text, and pg-boss's schema with a queue and a job.
import { PgBoss } from 'pg-boss';
import { benchOrganisationSpecs, seedBenchOrganisation } from '@/prisma/seed/bench-data';
import { seedDemoData } from '@/prisma/seed/demo-data';
import { withDatabase } from './database-fingerprint';

/** Text that a careless dump or restore would mangle: quotes, backslashes, tabs, newlines, emoji. */
const awkwardText = `Bäckerei "Deichbrise" \\ O'Neil\ttab\nnew line; DROP TABLE users; -- 🥨 ß`;

async function seedAuditEvents(databaseUrl: string) {
  await withDatabase(databaseUrl, (client) =>
    client.query(
      `INSERT INTO audit_events (id, organisation_id, user_id, actor_label, action, target_type, target_id,
                                 details, ip_address, user_agent, created_at)
       SELECT gen_random_uuid(), m.organisation_id, m.user_id, u.email, a.action, 'membership', m.id::text,
              jsonb_build_object('note', $1::text, 'n', a.n), '2001:db8::' || a.n, $1, now() - make_interval(mins => a.n)
       FROM memberships m JOIN users u ON u.id = m.user_id
       CROSS JOIN (VALUES ('auth.sign_in', 1), ('auth.sign_in_failed', 2), ('member.role_changed', 3)) AS a(action, n)`,
      [awkwardText],
    ),
  );
}

async function seedJobQueue(databaseUrl: string) {
  const boss = new PgBoss({ connectionString: databaseUrl, schema: 'pgboss', max: 2 });
  boss.on('error', (error) => console.error(`pg-boss: ${error.message}`));
  await boss.start();
  try {
    await boss.createQueue('backup-test');
    await boss.send('backup-test', { text: awkwardText }, { startAfter: 3_600 });
  } finally {
    await boss.stop({ graceful: false });
  }
}

export async function seedBackupTestData(databaseUrl: string) {
  await seedDemoData(databaseUrl);
  await seedBenchOrganisation(databaseUrl, benchOrganisationSpecs.small);
  await seedAuditEvents(databaseUrl);
  await seedJobQueue(databaseUrl);
}
