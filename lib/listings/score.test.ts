import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { addTestLocation, createTeam } from '@/tests/support/factories';
import { listingStatuses, type ListingStatusValue } from './schemas';
import { setPlatformEnabled } from './platforms';
import { locationScores } from './score';
import { scoreWeights } from './score-formula';

type Cell = { status: ListingStatusValue; mismatch: boolean; checkedDaysAgo: number | null };

/** The score as the README defines it (before rounding), computed over the full locations × platforms grid. */
function exactScore(cells: { weight: number; cell: Cell | null }[], freshnessDays: number) {
  let applicable = 0;
  let listed = 0;
  let correct = 0;
  let fresh = 0;
  for (const { weight, cell } of cells) {
    const status = cell?.status ?? 'NOT_STARTED';
    if (status !== 'NOT_APPLICABLE') applicable += weight;
    if (!['CLAIMED', 'LIVE', 'NEEDS_UPDATE'].includes(status)) continue;
    listed += weight;
    if (status !== 'NEEDS_UPDATE' && !cell!.mismatch) correct += weight;
    if (cell!.checkedDaysAgo !== null && cell!.checkedDaysAgo < freshnessDays) fresh += weight;
  }
  const coverage = applicable > 0 ? listed / applicable : 0;
  const correctness = listed > 0 ? correct / listed : 0;
  const freshness = listed > 0 ? fresh / listed : 0;
  return Math.round(
    100 *
      (scoreWeights.coverage * coverage +
        scoreWeights.correctness * correctness +
        scoreWeights.freshness * freshness),
  );
}

const cellArbitrary = fc.option(
  fc.record({
    status: fc.constantFrom(...listingStatuses),
    mismatch: fc.boolean(),
    checkedDaysAgo: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
  }),
  { nil: null },
);

describe('locationScores', () => {
  it('matches the definition over the whole grid, items of switched-off platforms left out (property)', async () => {
    const { owner } = await createTeam();
    const platforms = await db.platform.findMany({
      where: { organisationId: null },
      select: { id: true, weight: true },
      orderBy: { sortOrder: 'asc' },
      take: 6,
    });
    const switchedOff = platforms[5]!;
    await setPlatformEnabled(owner, switchedOff.id, false);
    const enabled = platforms.slice(0, 5);

    await fc.assert(
      fc.asyncProperty(fc.array(cellArbitrary, { minLength: 6, maxLength: 6 }), async (cells) => {
        const locationId = await addTestLocation(owner);
        await db.listingItem.createMany({
          data: cells.flatMap((cell, index) =>
            cell
              ? [
                  {
                    organisationId: owner.organisation.id,
                    locationId,
                    platformId: platforms[index]!.id,
                    status: cell.status,
                    mismatchedFields: cell.mismatch ? ['phone'] : [],
                    lastCheckedAt:
                      cell.checkedDaysAgo === null
                        ? null
                        : new Date(Date.now() - cell.checkedDaysAgo * 86_400_000 - 60_000),
                  },
                ]
              : [],
          ),
        });
        const allEnabled = await db.platform.findMany({
          where: {
            OR: [{ organisationId: null }, { organisationId: owner.organisation.id }],
            id: { not: switchedOff.id },
          },
          select: { id: true, weight: true },
        });
        const grid = allEnabled.map((platform) => {
          const index = enabled.findIndex((candidate) => candidate.id === platform.id);
          return { weight: platform.weight, cell: index >= 0 ? cells[index]! : null };
        });
        const score = (await locationScores(owner, [locationId])).get(locationId)?.score;
        // PostgreSQL rounds halves of floats to even, JavaScript up: either is a correct rounding.
        expect(Math.abs(score! - exactScore(grid, 30))).toBeLessThanOrEqual(0.5 + 1e-9);
      }),
      { numRuns: 25 },
    );
  });
});
