import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { exportAccount } from './account-export';
import { accountExportFiles } from './account-tables';
import { createFilledTeam, unzipDownload } from './test-support';

describe('exportAccount', () => {
  it("holds the person's profile, memberships, sessions, time, check-ins and notifications, and nobody else's", async () => {
    const [team, other] = await Promise.all([createFilledTeam(), createFilledTeam()]);
    const staff = team.users.staff;
    const sessions = await db.authSession.findMany({ where: { userId: staff.id }, select: { id: true } });
    const files = await unzipDownload((await exportAccount(staff, { locale: 'en' })).stream);

    const expected = accountExportFiles.flatMap((file) => [`${file}.json`, `${file}.csv`]);
    expect(Object.keys(files).sort()).toEqual([...expected, 'README.txt', 'manifest.json'].sort());
    const json = (file: string) => JSON.parse(files[`${file}.json`]!) as Record<string, unknown>[];
    expect(json('profile')).toEqual([expect.objectContaining({ email: staff.email, has_password: false })]);
    expect(json('memberships')).toEqual([
      expect.objectContaining({
        organisation: team.organisation.name,
        role: 'STAFF',
        calendar_feed_active: true,
        weekly_digest_mail: true,
        monthly_report_mail: false,
      }),
    ]);
    expect(json('sessions')).toEqual([expect.objectContaining({ ip_address: '192.0.2.7' })]);
    expect(json('time_entries')).toEqual([expect.objectContaining({ minutes: 30, note: '-2+3' })]);
    expect(json('check_ins')).toEqual([
      expect.objectContaining({ id: team.checkInId, submitted_by_me: true }),
    ]);
    expect(json('check_in_minutes')).toEqual([
      expect.objectContaining({ check_in_id: team.checkInId, minutes: 45 }),
    ]);
    expect(json('listing_changes')).toHaveLength(1);
    expect(json('notifications')).toHaveLength(1);
    expect(json('audit_events').map((event) => event.action)).toEqual(['account.exported']);
    expect(files['time_entries.csv']).toContain("'-2+3");

    const everything = Object.values(files).join('\n');
    for (const secret of [...team.secrets, ...sessions.map((session) => session.id)]) {
      expect(everything).not.toContain(secret);
    }
    for (const foreign of [
      team.users.owner.email,
      other.users.staff.email,
      other.organisation.name,
      other.checkInId,
    ]) {
      expect(everything).not.toContain(foreign);
    }
  });
});
