import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { createTeam, expectAppError } from '@/tests/support/factories';
import { getCheckInForm } from './form';
import { addLocation, draft, logTime, platformId, teamWithAssignedLocation } from './test-support';
import { saveCheckInDraft, submitCheckIn } from './write';

const w47 = { year: 2026, week: 47 };
const w48 = { year: 2026, week: 48 };
const lateNovember = new Date('2026-11-26T19:00:00Z');

describe('the check-in form', () => {
  it('starts a week with last week’s platforms and activities at 0 minutes', async () => {
    const team = await teamWithAssignedLocation();
    const [instagram, google] = await Promise.all([
      platformId('instagram'),
      platformId('google-business-profile'),
    ]);
    await saveCheckInDraft(
      team.staff,
      team.locationId,
      w47,
      draft({
        minutes: [
          { platformId: instagram, activity: 'POSTING', minutes: 60 },
          { platformId: google, activity: 'REVIEW_REPLIES', minutes: 15 },
        ],
      }),
      lateNovember,
    );
    const form = await getCheckInForm(team.staff, team.locationId, w48, lateNovember);
    expect(form.checkIn).toBeNull();
    expect(form.isCurrent).toBe(true);
    expect(form.minutesInWeek).toBe(168 * 60);
    expect(form.weekStart).toBe('2026-11-23');
    expect(form.weekEnd).toBe('2026-11-29');
    expect(form.lines).toEqual(
      expect.arrayContaining([
        { platformId: instagram, activity: 'POSTING', minutes: 0 },
        { platformId: google, activity: 'REVIEW_REPLIES', minutes: 0 },
      ]),
    );
    expect(form.lines).toHaveLength(2);
  });

  it('without an earlier check-in, suggests posting on the social platforms where the location is live', async () => {
    const team = await teamWithAssignedLocation();
    const [facebook, youtube] = await Promise.all([platformId('facebook'), platformId('youtube')]);
    const first = await getCheckInForm(team.staff, team.locationId, w48, lateNovember);
    expect(first.lines).toHaveLength(1);
    expect(first.platforms.find((platform) => platform.id === first.lines[0]!.platformId)?.kind).toBe(
      'SOCIAL',
    );

    for (const platform of [facebook, youtube])
      await db.listingItem.create({
        data: {
          organisationId: team.organisation.id,
          locationId: team.locationId,
          platformId: platform,
          status: 'LIVE',
        },
      });
    const form = await getCheckInForm(team.staff, team.locationId, w48, lateNovember);
    expect(form.lines).toEqual([
      { platformId: facebook, activity: 'POSTING', minutes: 0 },
      { platformId: youtube, activity: 'POSTING', minutes: 0 },
    ]);
    expect(form.platforms.filter((platform) => platform.listed).map((platform) => platform.id)).toEqual([
      facebook,
      youtube,
    ]);
  });

  it('shows the stored check-in, the time logged that week and whether it may be reopened', async () => {
    const team = await teamWithAssignedLocation();
    const instagram = await platformId('instagram');
    await logTime(
      team.organisation.id,
      team.locationId,
      '2026-11-24',
      '2026-11-23',
      20,
      instagram,
      'DIALOGUE',
    );
    await logTime(
      team.organisation.id,
      team.locationId,
      '2026-11-25',
      '2026-11-23',
      25,
      instagram,
      'DIALOGUE',
    );
    await logTime(
      team.organisation.id,
      team.locationId,
      '2026-11-17',
      '2026-11-16',
      99,
      instagram,
      'DIALOGUE',
    );
    const saved = await saveCheckInDraft(
      team.staff,
      team.locationId,
      w48,
      draft({
        minutes: [{ platformId: instagram, activity: 'POSTING', minutes: 30 }],
        blockers: 'Kein WLAN',
      }),
      lateNovember,
    );
    await submitCheckIn(team.staff, team.locationId, w48, saved.version, lateNovember);
    const staffView = await getCheckInForm(team.staff, team.locationId, w48, lateNovember);
    expect(staffView.checkIn).toMatchObject({ status: 'SUBMITTED', blockers: 'Kein WLAN', totalMinutes: 30 });
    expect(staffView.lines).toEqual([{ platformId: instagram, activity: 'POSTING', minutes: 30 }]);
    expect(staffView.loggedTime).toEqual([
      { platformId: instagram, platformName: 'Instagram', activity: 'DIALOGUE', minutes: 45 },
    ]);
    expect(staffView.loggedMinutes).toBe(45);
    expect(staffView.canReopen).toBe(false);
    expect((await getCheckInForm(team.manager, team.locationId, w48, lateNovember)).canReopen).toBe(true);
  });

  it('is not found for other organisations and for staff on locations not assigned to them', async () => {
    const team = await teamWithAssignedLocation();
    const other = await createTeam();
    const unassigned = await addLocation(team);
    await expectAppError(getCheckInForm(other.owner, team.locationId, w48), 'NOT_FOUND');
    await expectAppError(getCheckInForm(team.staff, unassigned, w48), 'NOT_FOUND');
    expect((await getCheckInForm(team.manager, unassigned, w48, lateNovember)).location.id).toBe(unassigned);
  });
});
