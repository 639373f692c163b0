import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { locationScores } from '@/lib/listings/score';
import { findMemberContext } from '@/lib/organisations/member-context';
import { currentIsoWeek, weekStartOf, addIsoWeeks } from '@/lib/weeks/iso-week';
import {
  createTeam,
  insertTestCheckIn,
  insertTestLocation,
  platformIdsByKey,
} from '@/tests/support/factories';
import { createLocationGroup } from './groups';
import { setManagerGroupLimit } from './manager-limits';
import { addLocationsToGroup } from './members';
import { locationGroupRollUps } from './roll-ups';
import { locationGroupInputSchema } from './schemas';

// The roll-ups' figures against the data they come from: the score the app computes per location,
// the checklist items needing action, this week's check-ins; one row per group and one for the
// locations in no group; a limited manager's rows.

describe('group roll-ups', () => {
  it('count, average and sum per group, with a row for the locations in no group', async () => {
    const team = await createTeam();
    const org = team.organisation.id;
    const { facebook, instagram } = await platformIdsByKey(['facebook', 'instagram']);
    const [a, b, c, d] = await Promise.all([
      insertTestLocation(org, 'A', { city: 'Bremerhaven' }),
      insertTestLocation(org, 'B', { city: 'Bremerhaven' }),
      insertTestLocation(org, 'C', { city: 'Bremen' }),
      insertTestLocation(org, 'D', { city: 'Bremen' }),
    ]);
    await insertTestLocation(org, 'Archived', { city: 'Bremerhaven', archivedAt: new Date() });
    await db.listingItem.createMany({
      data: [
        { organisationId: org, locationId: a, platformId: facebook!, status: 'NEEDS_UPDATE' },
        {
          organisationId: org,
          locationId: a,
          platformId: instagram!,
          status: 'LIVE',
          mismatchedFields: ['phone'],
          lastCheckedAt: new Date(),
        },
        {
          organisationId: org,
          locationId: b,
          platformId: facebook!,
          status: 'LIVE',
          lastCheckedAt: new Date(),
        },
        {
          organisationId: org,
          locationId: c,
          platformId: facebook!,
          status: 'CLAIMED',
          mismatchedFields: ['name'],
        },
      ],
    });
    const week = weekStartOf(currentIsoWeek(team.owner.organisation.timeZone));
    await insertTestCheckIn(org, a, week);
    await insertTestCheckIn(org, b, week, { status: 'DRAFT' });
    await insertTestCheckIn(
      org,
      c,
      weekStartOf(addIsoWeeks(currentIsoWeek(team.owner.organisation.timeZone), -1)),
    );
    await insertTestCheckIn(org, d, week);

    const city = await createLocationGroup(
      team.owner,
      locationGroupInputSchema.parse({
        name: 'Bremerhaven',
        kind: 'REGION',
        mode: 'rule',
        ruleField: 'CITY',
        ruleValue: 'Bremerhaven',
      }),
    );
    const hand = await createLocationGroup(
      team.owner,
      locationGroupInputSchema.parse({ name: 'Auswahl', mode: 'hand' }),
    );
    await addLocationsToGroup(team.owner, hand.id, [b, c]);
    const empty = await createLocationGroup(
      team.owner,
      locationGroupInputSchema.parse({ name: 'Leer', mode: 'hand' }),
    );

    const scores = await locationScores(team.owner);
    const mean = (ids: string[]) =>
      Math.round(ids.reduce((sum, id) => sum + scores.get(id)!.score, 0) / ids.length);
    const rows = await locationGroupRollUps(team.owner);
    expect(rows).toEqual([
      expect.objectContaining({
        id: hand.id,
        name: 'Auswahl',
        memberCount: 2,
        activeLocations: 2,
        score: mean([b, c]),
        listingsNeedingAction: 1,
        checkinsSubmitted: 0,
        checkinsDue: 2,
      }),
      expect.objectContaining({
        id: city.id,
        kind: 'REGION',
        ruleField: 'CITY',
        ruleValue: 'Bremerhaven',
        memberCount: 3,
        activeLocations: 2,
        score: mean([a, b]),
        listingsNeedingAction: 2,
        checkinsSubmitted: 1,
        checkinsDue: 2,
      }),
      expect.objectContaining({
        id: empty.id,
        memberCount: 0,
        activeLocations: 0,
        score: null,
        listingsNeedingAction: 0,
      }),
      expect.objectContaining({
        id: null,
        name: null,
        activeLocations: 1,
        score: mean([d]),
        listingsNeedingAction: 0,
        checkinsSubmitted: 1,
        checkinsDue: 1,
      }),
    ]);
    expect(scores.get(a)!.score).not.toBe(scores.get(d)!.score);

    await setManagerGroupLimit(team.owner, team.manager.membershipId, [hand.id]);
    const limited = (await findMemberContext(team.users.manager, team.organisation.slug))!;
    expect((await locationGroupRollUps(limited)).map((row) => [row.name, row.activeLocations])).toEqual([
      ['Auswahl', 2],
    ]);
    await expect(locationGroupRollUps(team.staff)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
