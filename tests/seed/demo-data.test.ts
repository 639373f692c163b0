import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { seedDemoData } from '@/prisma/seed/demo-data';

describe('seedDemoData', () => {
  it('gives every branch with a responsible person a year of submitted weeks and this week a start', async () => {
    // Other seed tests may share this database and have seeded it already.
    await seedDemoData(process.env.DATABASE_URL!);
    expect(await seedDemoData(process.env.DATABASE_URL!)).toBe(false);

    const perLocation = await db.$queryRaw<{ submitted: number; drafts: number; weeks: number }[]>`
      SELECT count(*) FILTER (WHERE c.status = 'SUBMITTED')::int AS submitted,
             count(*) FILTER (WHERE c.status = 'DRAFT')::int AS drafts,
             count(DISTINCT c.week_start)::int AS weeks
      FROM locations l
      JOIN organisations o ON o.id = l.organisation_id AND o.slug = 'baeckerei-deichbrise'
      JOIN check_ins c ON c.location_id = l.id
      WHERE l.assigned_membership_id IS NOT NULL
      GROUP BY l.id`;
    expect(perLocation.length).toBeGreaterThan(2);
    for (const location of perLocation) expect(location.submitted).toBe(52);
    expect(perLocation.reduce((sum, location) => sum + location.drafts, 0)).toBe(1);

    // Check-in minutes and the time log meet in one view; both kinds are there.
    const sources = await db.$queryRaw<{ source: string; minutes: number }[]>`
      SELECT m.source, sum(m.minutes)::int AS minutes
      FROM community_minutes m JOIN organisations o ON o.id = m.organisation_id AND o.slug = 'baeckerei-deichbrise'
      GROUP BY m.source ORDER BY m.source`;
    expect(sources.map((row) => row.source)).toEqual(['CHECK_IN', 'TIME_ENTRY']);
    expect(sources.every((row) => row.minutes > 0)).toBe(true);
  });
});
