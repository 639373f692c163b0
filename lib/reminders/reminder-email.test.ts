import { afterAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { createTeam } from '@/tests/support/factories';
import { findLink, startSmtpCatcher } from '@/tests/support/smtp-catcher';
import { sendReminderEmail } from './reminder-email';

// Before anything calls env(), which reads SMTP_URL once for this file.
const catcher = await startSmtpCatcher();
process.env.SMTP_URL = catcher.url;
let catcherStopped = false;
afterAll(async () => {
  if (!catcherStopped) await catcher.stop();
});

async function reminderFor(
  membershipId: string,
  organisationId: string,
  kind: 'CHECKIN_DUE' | 'CHECKIN_OVERDUE',
) {
  const locations = Array.from({ length: 22 }, (_, index) => ({
    id: `id-${index}`,
    name: `Filiale ${index + 1}`,
  }));
  return db.notification.create({
    data: {
      organisationId,
      membershipId,
      kind,
      weekStart: new Date('2026-12-28'),
      data: { locationCount: 23, locations: locations.slice(0, 20) },
    },
    select: { id: true },
  });
}

describe('sendReminderEmail', () => {
  it("mails in the member's language with the week's check-in link, once", async () => {
    const team = await createTeam();
    await db.user.update({ where: { id: team.users.staff.id }, data: { locale: 'de' } });
    const { id } = await reminderFor(team.staff.membershipId, team.organisation.id, 'CHECKIN_OVERDUE');

    expect(await sendReminderEmail(id)).toBe('sent');
    const mail = await catcher.waitForMail(team.users.staff.email);
    expect(mail.subject).toBe('Check-in für KW 53 überfällig');
    expect(mail.text).toContain(
      `der Check-in für KW 53 (28.12.2026 – 03.01.2027) in ${team.organisation.name}`,
    );
    expect(mail.text).toContain('Noch offen sind 23 Standorte:\n- Filiale 1\n');
    expect(mail.text).toContain('- Filiale 20\n… und 3 weitere');
    const link = findLink(mail.text, `/o/${team.organisation.slug}/checkins`);
    expect(link?.search).toBe('?week=2026-W53');
    expect((await db.notification.findUniqueOrThrow({ where: { id } })).emailedAt).not.toBeNull();

    expect(await sendReminderEmail(id)).toBe('skipped');
    expect(catcher.messagesTo(team.users.staff.email)).toHaveLength(1);
  });

  it('skips disabled users and unknown notifications', async () => {
    const team = await createTeam();
    await db.user.update({ where: { id: team.users.manager.id }, data: { disabledAt: new Date() } });
    const { id } = await reminderFor(team.manager.membershipId, team.organisation.id, 'CHECKIN_DUE');
    expect(await sendReminderEmail(id)).toBe('skipped');
    expect(await sendReminderEmail('00000000-0000-4000-8000-000000000000')).toBe('skipped');
    expect(catcher.messagesTo(team.users.manager.email)).toHaveLength(0);
  });

  // Last: it stops the catcher.
  it('throws when the mail server is unreachable, so the queue retries, and marks nothing', async () => {
    const team = await createTeam();
    const { id } = await reminderFor(team.staff.membershipId, team.organisation.id, 'CHECKIN_DUE');
    await catcher.stop();
    catcherStopped = true;
    await expect(sendReminderEmail(id)).rejects.toThrow();
    expect((await db.notification.findUniqueOrThrow({ where: { id } })).emailedAt).toBeNull();
  });
});
