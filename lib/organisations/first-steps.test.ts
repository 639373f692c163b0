import { describe, expect, it } from 'vitest';
import { updateListingItem } from '@/lib/listings/checklist';
import { listingUpdateSchema } from '@/lib/listings/schemas';
import { organisationScore } from '@/lib/listings/score';
import {
  addTestLocation,
  createTeam,
  createTestOrganisation,
  createTestUser,
  memberContextOf,
  platformIdByKey,
} from '@/tests/support/factories';
import { dashboardStart } from './first-steps';

const facts = { locations: 0, members: 1, recordedItems: false, timeRecorded: false };

describe('dashboardStart', () => {
  it('shows first steps instead of a score while nothing is recorded, locations first', () => {
    const start = dashboardStart(facts);
    expect(start.showScore).toBe(false);
    expect(start.steps.map((step) => step.key)).toEqual(['locations', 'listings', 'invite', 'checkins']);
    expect(start.steps.filter((step) => step.current).map((step) => step.key)).toEqual(['locations']);
    expect(start.allDone).toBe(false);
  });

  it('moves on to checking the first platforms once there are locations, still without a score', () => {
    const start = dashboardStart({ ...facts, locations: 3 });
    expect(start.showScore).toBe(false);
    expect(start.steps).toEqual([
      { key: 'locations', done: true, current: false },
      { key: 'listings', done: false, current: true },
      { key: 'invite', done: false, current: false },
      { key: 'checkins', done: false, current: false },
    ]);
  });

  it('shows the score once a listing item is recorded, and the steps that are left', () => {
    const start = dashboardStart({ ...facts, locations: 3, recordedItems: true });
    expect(start.showScore).toBe(true);
    expect(start.steps.find((step) => step.current)?.key).toBe('invite');
    const done = dashboardStart({ locations: 3, members: 2, recordedItems: true, timeRecorded: true });
    expect(done.allDone).toBe(true);
    expect(done.steps.some((step) => step.current)).toBe(false);
  });

  it('never scores an organisation without locations, whatever else is recorded', () => {
    expect(dashboardStart({ ...facts, recordedItems: true, members: 4 }).showScore).toBe(false);
  });
});

describe('the first-steps state from the data', () => {
  it('is on for a new organisation with locations and ends with the first recorded item', async () => {
    const user = await createTestUser({ label: 'owner' });
    const organisation = await createTestOrganisation(user, undefined, 'BAKERY_FOOD');
    const owner = await memberContextOf(user, organisation.slug);
    expect(await organisationScore(owner)).toMatchObject({ recordedItems: false, locations: 0, score: 0 });

    const locationId = await addTestLocation(owner);
    const fresh = await organisationScore(owner);
    expect(fresh).toMatchObject({ recordedItems: false, locations: 1, score: 0 });
    expect(
      dashboardStart({ ...facts, locations: fresh.locations, recordedItems: fresh.recordedItems }).showScore,
    ).toBe(false);

    await updateListingItem(
      owner,
      locationId,
      await platformIdByKey('google-business-profile'),
      listingUpdateSchema.parse({ version: 0, status: 'CLAIM_REQUESTED' }),
    );
    const started = await organisationScore(owner);
    expect(started.recordedItems).toBe(true);
    expect(dashboardStart({ ...facts, locations: 1, recordedItems: started.recordedItems }).showScore).toBe(
      true,
    );
  });

  it("does not count another organisation's items", async () => {
    const busy = await createTeam();
    const busyLocation = await addTestLocation(busy.owner);
    await updateListingItem(
      busy.owner,
      busyLocation,
      await platformIdByKey('facebook'),
      listingUpdateSchema.parse({ version: 0, status: 'LIVE' }),
    );
    const quiet = await createTeam();
    await addTestLocation(quiet.owner);
    expect((await organisationScore(busy.owner)).recordedItems).toBe(true);
    expect((await organisationScore(quiet.owner)).recordedItems).toBe(false);
  });
});
