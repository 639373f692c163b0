import type { PgBoss } from 'pg-boss';
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { insertLongStandingLocation, setTestSchedule } from '@/lib/reminders/test-support';
import {
  addIsoWeeks,
  currentIsoWeek,
  formatIsoWeek,
  isoWeekdayOf,
  todayIn,
  weekStartOf,
} from '@/lib/weeks/iso-week';
import { createTeam, insertTestCheckIn } from '@/tests/support/factories';
import { findLink } from '@/tests/support/smtp-catcher';
import { ownTestDatabaseWithMail } from '@/tests/support/own-test-database';
import { until } from '@/tests/support/until';
import { jobQueues } from './job-queues';
import { createJobQueue } from './queue';

// Two app instances on one database, both working the queues with the real schedule machinery:
// the reminder run happens once per occurrence and every member gets exactly one mail. The run
// works on real time and on every organisation, so this file has a database of its own (set before
// anything reads DATABASE_URL), and sends to its own SMTP catcher.
const { database, catcher } = await ownTestDatabaseWithMail();

const instances: PgBoss[] = [];
afterAll(async () => {
  await Promise.all(instances.map((boss) => boss.stop({ graceful: true, timeout: 5_000 })));
});

describe('job queue with two app instances', () => {
  it(
    'runs the scheduled reminder job once and mails each member exactly once',
    { timeout: 60_000 },
    async () => {
      const team = await createTeam();
      const organisationId = team.organisation.id;
      await db.user.update({ where: { id: team.users.staff.id }, data: { locale: 'de' } });
      const locations = [
        await insertLongStandingLocation(organisationId, team.staff.membershipId, { name: 'Bäckerei Hafen' }),
        await insertLongStandingLocation(organisationId, team.staff.membershipId, {
          name: 'Bäckerei Altstadt',
        }),
        await insertLongStandingLocation(organisationId, team.manager.membershipId, {
          name: 'Bäckerei Lehe',
        }),
      ];
      // Due today since midnight (Berlin), and last week is done: one reminder per member.
      const timeZone = 'Europe/Berlin';
      await setTestSchedule(organisationId, {
        checkinWeekday: isoWeekdayOf(todayIn(timeZone)),
        reminderHour: 0,
      });
      const thisWeek = currentIsoWeek(timeZone);
      for (const location of locations) {
        await insertTestCheckIn(organisationId, location.id, weekStartOf(addIsoWeeks(thisWeek, -1)));
      }

      // Every minute, with a cron pass every second: the run falls due as soon as the instances start.
      const options = {
        connectionString: database.url,
        reminderCron: '* * * * *',
        timings: { cronMonitorIntervalSeconds: 1, cronWorkerIntervalSeconds: 1 },
      };
      const startedMinute = Math.floor(Date.now() / 60_000);
      instances.push(...(await Promise.all([createJobQueue(options), createJobQueue(options)])));

      const staffMail = await catcher.waitForMail(team.users.staff.email, { timeoutMs: 30_000 });
      const managerMail = await catcher.waitForMail(team.users.manager.email, { timeoutMs: 30_000 });
      await until(
        async () => (await db.notification.count({ where: { organisationId, emailedAt: null } })) === 0,
        { timeoutMs: 20_000, intervalMs: 200 },
      );
      // Give a duplicate every chance to arrive: both instances keep polling meanwhile.
      await new Promise((resolve) => setTimeout(resolve, 3_000));

      expect(catcher.messagesTo(team.users.staff.email)).toHaveLength(1);
      expect(catcher.messagesTo(team.users.manager.email)).toHaveLength(1);
      expect(catcher.messagesTo(team.users.owner.email)).toHaveLength(0);
      expect(await db.notification.count({ where: { organisationId } })).toBe(2);

      expect(staffMail.subject).toBe(`Check-in für KW ${thisWeek.week} fällig`);
      expect(staffMail.text).toContain('Noch offen sind 2 Standorte:');
      expect(staffMail.text).toContain('- Bäckerei Altstadt\n- Bäckerei Hafen');
      const link = findLink(staffMail.text, `/o/${team.organisation.slug}/checkins`);
      expect(link?.searchParams.get('week')).toBe(formatIsoWeek(thisWeek));
      expect(managerMail.subject).toBe(`Check-in for week ${thisWeek.week} due`);

      // One schedule, however many instances registered it, and one run per occurrence.
      const [first] = instances;
      expect(await first!.getSchedules(jobQueues.checkinReminders)).toHaveLength(1);
      const runs = await first!.findJobs(jobQueues.checkinReminders);
      expect(runs.length).toBeGreaterThan(0);
      // At most one run per cron minute the test spanned (a slow machine may span two).
      const minutesSpanned = Math.floor(Date.now() / 60_000) - startedMinute + 1;
      expect(runs.length).toBeLessThanOrEqual(minutesSpanned);
      const mailJobs = await first!.findJobs(jobQueues.reminderEmail);
      expect(mailJobs.map((job) => job.singletonKey).sort()).toEqual(
        (await db.notification.findMany({ where: { organisationId }, select: { id: true } }))
          .map((row) => row.id)
          .sort(),
      );
    },
  );
});
