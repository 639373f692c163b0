import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { createGroupedTeam } from '@/tests/support/group-scope';
import { notifyListingAlerts } from './notify-alerts';

describe('listing alerts and managers limited to location groups', () => {
  it("notify a limited manager of their groups' locations only; owners and unlimited managers of all", async () => {
    const team = await createGroupedTeam();
    const alertAt = async (locationId: string) => {
      const task = {
        id: randomUUID(),
        runId: randomUUID(),
        organisationId: team.organisation.id,
        locationId,
        source: 'OPENSTREETMAP' as const,
        attempts: 1,
      };
      await db.$transaction((tx) => notifyListingAlerts(tx, task, [{ kind: 'listingGone' }], new Date()));
      const rows = await db.notification.findMany({
        where: {
          organisationId: team.organisation.id,
          kind: 'LISTING_ALERT',
          data: { path: ['locationId'], equals: locationId },
        },
        select: { membershipId: true },
      });
      return rows.map((row) => row.membershipId).sort();
    };
    const everyone = [team.owner.membershipId, team.manager.membershipId];
    expect(await alertAt(team.locations.outside)).toEqual([...everyone].sort());
    expect(await alertAt(team.locations.inside)).toEqual([...everyone, team.limited.membershipId!].sort());
  });
});
