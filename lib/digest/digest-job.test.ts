import type { PgBoss } from 'pg-boss';
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { createJobQueue } from '@/lib/jobs/queue';
import { addMember, createTeam, createTestUser } from '@/tests/support/factories';
import { insertLongStandingLocation } from '@/lib/reminders/test-support';
import { findLink } from '@/tests/support/smtp-catcher';
import { ownTestDatabaseWithMail } from '@/tests/support/own-test-database';
import { until } from '@/tests/support/until';
import { weeklyDigestQueue } from './digest-job';
import { sendWeeklyDigests } from './send-weekly-digests';
import { digestMonday, seedDigestTeam } from './test-support';

// The digest run looks at every organisation, so this file has a database of its own (set before
// anything reads DATABASE_URL) and its own SMTP catcher: the mails are read as they arrive.
const { database, catcher } = await ownTestDatabaseWithMail();

const instances: PgBoss[] = [];
afterAll(async () => {
  await Promise.all(instances.map((boss) => boss.stop({ graceful: true, timeout: 5_000 })));
});

async function deliveriesOf(organisationId: string) {
  return db.scheduledMailDelivery.findMany({
    where: { membership: { organisationId } },
    select: { membershipId: true, kind: true, period: true, sentAt: true },
  });
}

describe('weekly digest run', () => {
  it(
    'mails each member with something to report once, in their language; nobody opted out or with an empty week',
    { timeout: 30_000 },
    async () => {
      const { team, organisationId } = await seedDigestTeam();
      await db.user.update({ where: { id: team.users.staff.id }, data: { locale: 'de' } });
      await db.membership.update({
        where: { id: team.owner.membershipId },
        data: { weeklyDigestMail: false },
      });
      const quiet = await createTeam();
      // A disabled account with an open check-in of its own gets nothing either.
      const disabled = await createTestUser({ label: 'disabled' });
      const disabledMembership = await addMember(organisationId, disabled, 'STAFF');
      await insertLongStandingLocation(organisationId, disabledMembership.id);
      await db.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });

      // Before the reminder hour nothing is due.
      await sendWeeklyDigests(new Date(digestMonday.getTime() - 60_000));
      expect(catcher.messagesTo(team.users.staff.email)).toHaveLength(0);

      // Two runs at once, as two instances would: one mail each.
      const [first, second] = await Promise.all([
        sendWeeklyDigests(digestMonday),
        sendWeeklyDigests(digestMonday),
      ]);
      expect(first.sent + second.sent).toBe(2);
      expect(first.failed + second.failed).toBe(0);
      await sendWeeklyDigests(new Date(digestMonday.getTime() + 3_600_000));

      const staffMails = catcher.messagesTo(team.users.staff.email);
      expect(staffMails).toHaveLength(1);
      expect(catcher.messagesTo(team.users.manager.email)).toHaveLength(1);
      expect(catcher.messagesTo(team.users.owner.email)).toHaveLength(0);
      for (const user of Object.values(quiet.users)) expect(catcher.messagesTo(user.email)).toHaveLength(0);
      expect(catcher.messagesTo(disabled.email)).toHaveLength(0);

      const [staffMail] = staffMails;
      expect(staffMail!.subject).toBe(`${team.organisation.name}: Ihre Woche (KW 49)`);
      expect(staffMail!.text).toContain('- Überfällig aus KW 48: 1 Ihrer Standorte');
      expect(staffMail!.text).toContain('- Offen für KW 49, fällig am Freitag, 4.12.: 2 Standorte');
      expect(staffMail!.text).toContain('- Ihre Standorte: 3 Einträge');
      expect(staffMail!.text).toContain('- 1 Änderung an 1 Standort, davon 1 durch automatische Prüfungen');
      expect(
        findLink(staffMail!.text, `/o/${team.organisation.slug}/checkins`)?.searchParams.get('week'),
      ).toBe('2026-W48');
      expect(
        findLink(staffMail!.text, `/o/${team.organisation.slug}/listings`)?.searchParams.get('assignee'),
      ).toBe(team.staff.membershipId);
      expect(findLink(staffMail!.text, `/o/${team.organisation.slug}/notifications/mail`)).not.toBeNull();
      expect(staffMail!.html).toContain(`/o/${team.organisation.slug}/notifications/mail"`);
      expect(staffMail!.listUnsubscribe).toMatch(
        new RegExp(`^<https?://[^>]+/o/${team.organisation.slug}/notifications/mail>$`),
      );
      const [managerMail] = catcher.messagesTo(team.users.manager.email);
      expect(managerMail!.subject).toBe(`${team.organisation.name}: your week (week 49)`);
      // Her own week 48 is done, but two of the organisation's are overdue: the link leads there.
      expect(
        findLink(managerMail!.text, `/o/${team.organisation.slug}/checkins`)?.searchParams.get('week'),
      ).toBe('2026-W48');

      const deliveries = await deliveriesOf(organisationId);
      expect(deliveries.map((row) => row.membershipId).sort()).toEqual(
        [team.staff.membershipId, team.manager.membershipId].sort(),
      );
      for (const row of deliveries) {
        expect(row).toMatchObject({ kind: 'WEEKLY_DIGEST', period: '2026-11-30', sentAt: expect.any(Date) });
      }
      expect(await deliveriesOf(quiet.organisation.id)).toEqual([]);
    },
  );

  it(
    'with two app instances working the job queue, each member gets exactly one digest',
    { timeout: 60_000 },
    async () => {
      const { team } = await seedDigestTeam();
      const options = { connectionString: database.url };
      instances.push(...(await Promise.all([createJobQueue(options), createJobQueue(options)])));
      const [a, b] = instances as [PgBoss, PgBoss];
      // The Monday after: week 49 is overdue now, week 50 open.
      const at = '2026-12-07T08:30:00.000Z';
      const jobIds = await Promise.all([
        a.send(weeklyDigestQueue, { at }),
        b.send(weeklyDigestQueue, { at }),
        a.send(weeklyDigestQueue, { at }),
      ]);

      const staffMail = await catcher.waitForMail(team.users.staff.email, { timeoutMs: 30_000 });
      await catcher.waitForMail(team.users.manager.email, { timeoutMs: 30_000 });
      await until(
        async () => {
          const jobs = await a.findJobs(weeklyDigestQueue);
          return jobIds.every((id) => jobs.some((job) => job.id === id && job.state === 'completed'));
        },
        { timeoutMs: 30_000, intervalMs: 200 },
      );
      // Give a duplicate every chance to arrive.
      await new Promise((resolve) => setTimeout(resolve, 1_000));

      expect(catcher.messagesTo(team.users.staff.email)).toHaveLength(1);
      expect(catcher.messagesTo(team.users.manager.email)).toHaveLength(1);
      expect(staffMail.subject).toBe(`${team.organisation.name}: your week (week 50)`);
      expect(await a.getSchedules(weeklyDigestQueue)).toHaveLength(1);
    },
  );
});
