import { describe, expect, it, vi } from 'vitest';
import pg from 'pg';
import { db } from '@/lib/db/prisma';
import { createTeam, expectAppError, insertTestLocation } from '@/tests/support/factories';
import { applyHolidayHours } from './apply';
import { maxBatchLocations } from './choices';
import { previewHolidayHours } from './preview';
import { undoHolidayHours } from './undo';
import { choiceOf } from './test-support';

// At the size of a chain: 5,001 active locations, a fifth with special hours on the day. The
// preview, apply and undo send as many statements as for three locations, the limit refuses one
// location too many as a whole, and the times are printed for the README.

/** The statements PostgreSQL receives while `run` works, in or out of a transaction (BEGIN and COMMIT too). */
async function countStatements(run: () => Promise<unknown>) {
  const query = vi.spyOn(pg.Client.prototype, 'query');
  try {
    await run();
    return query.mock.calls.length;
  } finally {
    query.mockRestore();
  }
}

async function seedLocations(organisationId: string, count: number) {
  await db.$executeRaw`
    INSERT INTO locations (id, organisation_id, store_code, name, street, postal_code, city, updated_at)
    SELECT gen_random_uuid(), ${organisationId}::uuid, 'S-' || n, 'Filiale ' || lpad(n::text, 5, '0'),
           'Hafenstraße 1', '27568', 'Bremerhaven', now()
    FROM generate_series(1, ${count}) n`;
  await db.$executeRaw`
    INSERT INTO location_special_hours (id, location_id, start_date, end_date, closed, ranges, note)
    SELECT gen_random_uuid(), l.id, '2027-12-23', '2027-12-24', true, '[]', 'Inventur'
    FROM locations l WHERE l.organisation_id = ${organisationId}::uuid AND right(l.store_code, 1) IN ('0', '5')`;
}

const christmas = choiceOf({ period: 'range', startDate: '2027-12-24', onExisting: 'REPLACE' });

describe('holiday hours at 5,000 locations', () => {
  it('keep a constant number of statements and refuse more than the limit as a whole', async () => {
    const small = await createTeam();
    for (const name of ['Eins', 'Zwei', 'Drei']) await insertTestLocation(small.organisation.id, name);
    const large = await createTeam();
    await seedLocations(large.organisation.id, maxBatchLocations + 1);

    const over = await previewHolidayHours(large.owner, christmas);
    expect(over).toMatchObject({ locations: 5_001, withExisting: 1_000, overLimit: true, pageCount: 101 });
    expect(over.items).toHaveLength(50);
    expect(over.items.every((item) => item.outcome === 'replace')).toBe(true);
    await expectAppError(applyHolidayHours(large.owner, christmas), 'CONFLICT');
    expect(await db.specialHoursBatch.count({ where: { organisationId: large.organisation.id } })).toBe(0);
    await db.location.updateMany({
      where: { organisationId: large.organisation.id, storeCode: 'S-5001' },
      data: { archivedAt: new Date() },
    });

    const statements = async (member: typeof small.owner) => {
      let batchId = '';
      const started = [performance.now()];
      const preview = await countStatements(() => previewHolidayHours(member, christmas, 3));
      started.push(performance.now());
      const apply = await countStatements(async () => {
        batchId = (await applyHolidayHours(member, christmas)).id;
      });
      started.push(performance.now());
      const undo = await countStatements(() => undoHolidayHours(member, batchId));
      started.push(performance.now());
      const ms = started.slice(1).map((time, index) => Math.round(time - started[index]!));
      return { counts: { preview, apply, undo }, ms };
    };
    const few = await statements(small.owner);
    const many = await statements(large.owner);
    expect(many.counts).toEqual(few.counts);
    console.info(
      `holiday hours at 5,000 locations: statements ${JSON.stringify(many.counts)}, ms preview/apply/undo ${many.ms.join('/')}`,
    );

    // Undo put back the 1,000 entries it had replaced, with their ids.
    const restored = await db.locationSpecialHours.count({
      where: { location: { organisationId: large.organisation.id }, note: 'Inventur' },
    });
    expect(restored).toBe(1_000);
  }, 120_000);
});
