import 'server-only';
import { db, type Transaction } from '@/lib/db/prisma';
import { Prisma } from '@/lib/generated/prisma/client';
import { toPlainDate, type PlainDate } from '@/lib/weeks/iso-week';
import type { ActivityValue } from './activities';

// Stored check-ins with their minute lines and the names of who submitted and reopened them, read
// in one query however many are asked for (the form reads one, the API a week's worth).

export type CheckInLine = {
  platformId: string;
  platformName: string;
  activity: ActivityValue;
  minutes: number;
};

export type CheckInRecord = {
  id: string;
  locationId: string;
  weekStart: PlainDate;
  membershipId: string | null;
  status: 'DRAFT' | 'SUBMITTED';
  version: number;
  lines: CheckInLine[];
  totalMinutes: number;
  postsPublished: number;
  reviewsAnswered: number;
  recheckedPlatformIds: string[];
  notes: string | null;
  blockers: string | null;
  submittedAt: Date | null;
  submittedBy: string | null;
  reopenedAt: Date | null;
  reopenedBy: string | null;
  updatedAt: Date;
};

type Row = Omit<CheckInRecord, 'weekStart' | 'totalMinutes'> & { weekStart: Date };

/** Check-ins of the organisation matching `condition` (on alias c), by location name. */
export async function readCheckIns(
  organisationId: string,
  condition: Prisma.Sql,
  client: Transaction = db,
): Promise<CheckInRecord[]> {
  const rows = await client.$queryRaw<Row[]>`
    SELECT c.id, c.location_id AS "locationId", c.week_start AS "weekStart", c.membership_id AS "membershipId",
           c.status::text AS status, c.version,
           COALESCE((
             SELECT json_agg(json_build_object('platformId', m.platform_id, 'platformName', p.name,
                                               'activity', m.activity, 'minutes', m.minutes)
                             ORDER BY p.sort_order, p.name, m.activity)
             FROM check_in_minutes m JOIN platforms p ON p.id = m.platform_id
             WHERE m.check_in_id = c.id
           ), '[]') AS lines,
           c.posts_published AS "postsPublished", c.reviews_answered AS "reviewsAnswered",
           COALESCE(c.rechecked_platform_ids, '{}')::text[] AS "recheckedPlatformIds", c.notes, c.blockers,
           c.submitted_at AS "submittedAt", su.name AS "submittedBy",
           c.reopened_at AS "reopenedAt", ru.name AS "reopenedBy", c.updated_at AS "updatedAt"
    FROM check_ins c
    JOIN locations l ON l.id = c.location_id
    LEFT JOIN users su ON su.id = c.submitted_by_id
    LEFT JOIN users ru ON ru.id = c.reopened_by_id
    WHERE c.organisation_id = ${organisationId}::uuid AND ${condition}
    ORDER BY l.name, l.id, c.week_start`;
  return rows.map((row) => ({
    ...row,
    weekStart: toPlainDate(row.weekStart),
    totalMinutes: row.lines.reduce((sum, line) => sum + line.minutes, 0),
  }));
}

/** One location's check-in of one week, or null. */
export async function readCheckIn(
  organisationId: string,
  locationId: string,
  weekStart: PlainDate,
  client: Transaction = db,
) {
  const [record] = await readCheckIns(
    organisationId,
    Prisma.sql`c.location_id = ${locationId}::uuid AND c.week_start = ${weekStart}::date`,
    client,
  );
  return record ?? null;
}
