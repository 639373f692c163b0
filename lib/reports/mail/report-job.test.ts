import type { PgBoss } from 'pg-boss';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { createJobQueue } from '@/lib/jobs/queue';
import { addMember, createTestUser } from '@/tests/support/factories';
import { findLink, type CaughtMail } from '@/tests/support/smtp-catcher';
import { ownTestDatabaseWithMail } from '@/tests/support/own-test-database';
import { until } from '@/tests/support/until';
import { seedReportMonth } from '../test-support';
import { monthlyReportQueue } from './report-job';
import { sendMonthlyReports } from './send-monthly-reports';

// The report run looks at every organisation, so this file has a database of its own (set before
// anything reads DATABASE_URL) and its own SMTP catcher: the mails are read as they arrive.
const { database, catcher } = await ownTestDatabaseWithMail();

const instances: PgBoss[] = [];
afterAll(async () => {
  await Promise.all(instances.map((boss) => boss.stop({ graceful: true, timeout: 5_000 })));
});

/** Tuesday 1 December 2026, 09:00 in Berlin: the first working day's reminder hour. */
const firstWorkingDay = new Date('2026-12-01T08:00:00Z');

/** The seeded November with the owner (English) and the manager (German) opted in; staff and a second manager not. */
async function seedRecipients() {
  const seeded = await seedReportMonth();
  const { users, organisation } = seeded;
  await db.user.update({ where: { id: users.manager.id }, data: { locale: 'de' } });
  await db.membership.updateMany({
    where: {
      organisationId: organisation.id,
      userId: { in: [users.owner.id, users.manager.id, users.staff.id] },
    },
    data: { monthlyReportMail: true },
  });
  const quietManager = await createTestUser({ label: 'quiet-manager' });
  await addMember(organisation.id, quietManager, 'MANAGER');
  return { ...seeded, quietManager };
}

async function pdfTextOf(mail: CaughtMail) {
  const [attachment] = mail.attachments;
  const document = await getDocumentProxy(new Uint8Array(attachment!.content));
  return (await extractText(document, { mergePages: true })).text;
}

describe('monthly report run', () => {
  it(
    'mails each opted-in owner and manager last month’s report once, in their language, with the PDF',
    { timeout: 60_000 },
    async () => {
      const { users, organisation, quietManager } = await seedRecipients();

      // Before the reminder hour nothing is due.
      expect((await sendMonthlyReports(new Date(firstWorkingDay.getTime() - 60_000))).sent).toBe(0);

      // Two runs at once, as two instances would: one mail each.
      const [first, second] = await Promise.all([
        sendMonthlyReports(firstWorkingDay),
        sendMonthlyReports(firstWorkingDay),
      ]);
      expect(first.sent + second.sent).toBe(2);
      expect(first.failed + second.failed).toBe(0);
      await sendMonthlyReports(new Date(firstWorkingDay.getTime() + 3_600_000));

      expect(catcher.messagesTo(users.staff.email)).toHaveLength(0);
      expect(catcher.messagesTo(quietManager.email)).toHaveLength(0);
      const [ownerMail, ...moreOwner] = catcher.messagesTo(users.owner.email);
      const [managerMail, ...moreManager] = catcher.messagesTo(users.manager.email);
      expect(moreOwner).toHaveLength(0);
      expect(moreManager).toHaveLength(0);

      expect(ownerMail!.subject).toBe(`Monthly report November 2026: ${organisation.name}`);
      expect(ownerMail!.text).toContain('- Presence score at month end: 70');
      expect(ownerMail!.text).toContain('- Check-ins on time: 38%');
      expect(findLink(ownerMail!.text, `/o/${organisation.slug}/reports`)?.searchParams.get('month')).toBe(
        '2026-11',
      );
      expect(findLink(ownerMail!.text, `/o/${organisation.slug}/notifications/mail`)).not.toBeNull();
      expect(ownerMail!.attachments).toHaveLength(1);
      expect(ownerMail!.attachments[0]).toMatchObject({
        filename: `ortsbild-bericht-${organisation.slug}-2026-11.pdf`,
        contentType: 'application/pdf',
      });
      expect(ownerMail!.attachments[0]!.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(await pdfTextOf(ownerMail!)).toContain('Monthly report November 2026');

      expect(managerMail!.subject).toBe(`Monatsbericht November 2026: ${organisation.name}`);
      expect(await pdfTextOf(managerMail!)).toContain('Monatsbericht November 2026');

      const deliveries = await db.scheduledMailDelivery.findMany({
        where: { membership: { organisationId: organisation.id } },
      });
      expect(deliveries).toHaveLength(2);
      for (const row of deliveries) {
        expect(row).toMatchObject({ kind: 'MONTHLY_REPORT', period: '2026-11', sentAt: expect.any(Date) });
      }
    },
  );

  it(
    'with two app instances working the job queue, each opted-in member gets exactly one report',
    { timeout: 90_000 },
    async () => {
      const { users } = await seedRecipients();
      const options = { connectionString: database.url };
      instances.push(...(await Promise.all([createJobQueue(options), createJobQueue(options)])));
      const [a, b] = instances as [PgBoss, PgBoss];
      const at = firstWorkingDay.toISOString();
      const jobIds = await Promise.all([
        a.send(monthlyReportQueue, { at }),
        b.send(monthlyReportQueue, { at }),
        a.send(monthlyReportQueue, { at }),
      ]);

      const ownerMail = await catcher.waitForMail(users.owner.email, { timeoutMs: 45_000 });
      await catcher.waitForMail(users.manager.email, { timeoutMs: 45_000 });
      await until(
        async () => {
          const jobs = await a.findJobs(monthlyReportQueue);
          return jobIds.every((id) => jobs.some((job) => job.id === id && job.state === 'completed'));
        },
        { timeoutMs: 45_000, intervalMs: 200 },
      );
      // Give a duplicate every chance to arrive.
      await new Promise((resolve) => setTimeout(resolve, 1_000));

      expect(catcher.messagesTo(users.owner.email)).toHaveLength(1);
      expect(catcher.messagesTo(users.manager.email)).toHaveLength(1);
      expect(catcher.messagesTo(users.staff.email)).toHaveLength(0);
      expect(ownerMail.attachments[0]?.contentType).toBe('application/pdf');
      expect(await a.getSchedules(monthlyReportQueue)).toHaveLength(1);
    },
  );
});
