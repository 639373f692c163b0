import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { setPlatformEnabled } from '@/lib/listings/platforms';
import { createTeam, expectAppError } from '@/tests/support/factories';
import { toUtcDate, weekStartOf } from '@/lib/weeks/iso-week';
import { checkInPutSchema, isoWeekSchema } from './schemas';
import { draft, logTime, platformId, teamWithAssignedLocation, addLocation } from './test-support';
import { putCheckIn, reopenCheckIn, saveCheckInDraft, submitCheckIn, submitCheckInForm } from './write';

const w48 = { year: 2026, week: 48 };
const lateNovember = new Date('2026-11-26T19:00:00Z');
const countCheckIns = (locationId: string) => db.checkIn.count({ where: { locationId } });

async function expectFieldError(promise: Promise<unknown>, field: string, message: string) {
  await expect(promise).rejects.toMatchObject({
    name: 'ZodError',
    issues: [expect.objectContaining({ path: [field], message })],
  });
}

describe('saving a check-in draft', () => {
  it('creates the week for the assignee, replaces its lines on each save and drops lines without minutes', async () => {
    const team = await teamWithAssignedLocation();
    const [instagram, facebook] = await Promise.all([platformId('instagram'), platformId('facebook')]);
    const first = await saveCheckInDraft(
      team.staff,
      team.locationId,
      w48,
      draft({
        minutes: [
          { platformId: instagram, activity: 'POSTING', minutes: 45 },
          { platformId: facebook, activity: 'DIALOGUE', minutes: 0 },
        ],
        postsPublished: 3,
        notes: 'Adventsaktion geplant',
      }),
      lateNovember,
    );
    expect(first).toMatchObject({
      status: 'DRAFT',
      version: 1,
      weekStart: '2026-11-23',
      membershipId: team.staff.membershipId,
      totalMinutes: 45,
      postsPublished: 3,
      notes: 'Adventsaktion geplant',
    });
    expect(first.lines).toEqual([
      { platformId: instagram, platformName: 'Instagram', activity: 'POSTING', minutes: 45 },
    ]);

    const second = await saveCheckInDraft(
      team.manager,
      team.locationId,
      w48,
      draft({ version: 1, minutes: [{ platformId: facebook, activity: 'MONITORING', minutes: 20 }] }),
      lateNovember,
    );
    expect(second).toMatchObject({ version: 2, totalMinutes: 20, membershipId: team.staff.membershipId });
    expect(second.lines.map((line) => line.platformId)).toEqual([facebook]);
    expect(await countCheckIns(team.locationId)).toBe(1);
  });

  it('attributes a check-in of an unassigned location to its writer', async () => {
    const team = await createTeam();
    const locationId = await addLocation(team);
    const saved = await saveCheckInDraft(team.manager, locationId, w48, draft({}), lateNovember);
    expect(saved.membershipId).toBe(team.manager.membershipId);
  });

  it('refuses a stale version and writes nothing', async () => {
    const team = await teamWithAssignedLocation();
    await saveCheckInDraft(team.staff, team.locationId, w48, draft({ postsPublished: 1 }), lateNovember);
    await expectAppError(
      saveCheckInDraft(team.manager, team.locationId, w48, draft({ postsPublished: 9 }), lateNovember),
      'CONFLICT',
    );
    const stored = await db.checkIn.findFirstOrThrow({ where: { locationId: team.locationId } });
    expect(stored).toMatchObject({ postsPublished: 1, version: 1 });
  });

  it('lets two concurrent first saves create one row: the second is stale, not an error 500', async () => {
    const team = await teamWithAssignedLocation();
    const results = await Promise.allSettled([
      saveCheckInDraft(team.staff, team.locationId, w48, draft({ postsPublished: 1 }), lateNovember),
      saveCheckInDraft(team.manager, team.locationId, w48, draft({ postsPublished: 2 }), lateNovember),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const failed = results.find((result) => result.status === 'rejected');
    expect(failed?.reason).toMatchObject({
      name: 'AppError',
      code: 'CONFLICT',
      messageKey: 'checkins.errors.stale',
    });
    expect(await countCheckIns(team.locationId)).toBe(1);
  });

  it('refuses weeks after the current one on the organisation’s clock', async () => {
    const team = await teamWithAssignedLocation();
    const w49 = { year: 2026, week: 49 };
    // 22:30 UTC on Sunday 29 November is 23:30 in Berlin, still week 48 there.
    await expectFieldError(
      saveCheckInDraft(team.staff, team.locationId, w49, draft({}), new Date('2026-11-29T22:30:00Z')),
      'week',
      'checkins.errors.weekInFuture',
    );
    expect(await countCheckIns(team.locationId)).toBe(0);
    // 23:30 UTC is already Monday of week 49 in Berlin, though still Sunday in UTC.
    await saveCheckInDraft(team.staff, team.locationId, w49, draft({}), new Date('2026-11-29T23:30:00Z'));
    expect(await countCheckIns(team.locationId)).toBe(1);
  });

  it('counts the week’s hours across daylight saving: 169 in 2026-W43, 167 in 2026-W13', async () => {
    const team = await teamWithAssignedLocation();
    const instagram = await platformId('instagram');
    const line = (minutes: number) =>
      draft({ minutes: [{ platformId: instagram, activity: 'POSTING', minutes }] });
    const w43 = { year: 2026, week: 43 };
    const w13 = { year: 2026, week: 13 };
    expect(
      (await saveCheckInDraft(team.staff, team.locationId, w43, line(169 * 60), lateNovember)).totalMinutes,
    ).toBe(169 * 60);
    await expectFieldError(
      saveCheckInDraft(team.staff, team.locationId, w13, line(168 * 60), lateNovember),
      'minutes',
      'checkins.errors.minutesTooMany',
    );
    expect(
      (await saveCheckInDraft(team.staff, team.locationId, w13, line(167 * 60), lateNovember)).totalMinutes,
    ).toBe(167 * 60);
  });

  it('counts the time entries of the location and week towards the limit', async () => {
    const team = await teamWithAssignedLocation();
    const instagram = await platformId('instagram');
    const weekStart = weekStartOf(w48);
    for (let day = 0; day < 7; day++)
      await logTime(team.organisation.id, team.locationId, `2026-11-${23 + day}`, weekStart, 1000, instagram);
    const limit = 168 * 60 - 7000;
    await expectFieldError(
      saveCheckInDraft(
        team.staff,
        team.locationId,
        w48,
        draft({ minutes: [{ platformId: instagram, activity: 'DIALOGUE', minutes: limit + 1 }] }),
        lateNovember,
      ),
      'minutes',
      'checkins.errors.minutesTooMany',
    );
    expect(await countCheckIns(team.locationId)).toBe(0);
    const saved = await saveCheckInDraft(
      team.staff,
      team.locationId,
      w48,
      draft({ minutes: [{ platformId: instagram, activity: 'DIALOGUE', minutes: limit }] }),
      lateNovember,
    );
    expect(saved.totalMinutes).toBe(limit);
  });

  it('has a week 53 in 2026 and none in 2025', async () => {
    const team = await teamWithAssignedLocation();
    const w53 = isoWeekSchema.parse('2026-W53');
    const saved = await saveCheckInDraft(
      team.staff,
      team.locationId,
      w53,
      draft({}),
      new Date('2027-01-02T12:00:00Z'),
    );
    expect(saved.weekStart).toBe('2026-12-28');
    expect(isoWeekSchema.safeParse('2025-W53').success).toBe(false);
  });

  it('refuses platforms the organisation switched off, in lines and in re-check ticks', async () => {
    const team = await teamWithAssignedLocation();
    const xing = await platformId('xing');
    await setPlatformEnabled(team.owner, xing, false);
    await expectFieldError(
      saveCheckInDraft(
        team.staff,
        team.locationId,
        w48,
        draft({ minutes: [{ platformId: xing, activity: 'POSTING', minutes: 10 }] }),
        lateNovember,
      ),
      'minutes',
      'checkins.errors.platformNotEnabled',
    );
    await expectFieldError(
      saveCheckInDraft(
        team.staff,
        team.locationId,
        w48,
        draft({ recheckedPlatformIds: [xing] }),
        lateNovember,
      ),
      'recheckedPlatformIds',
      'checkins.errors.platformNotEnabled',
    );
    expect(await countCheckIns(team.locationId)).toBe(0);
  });

  it('refuses negative and absurd minutes in the schema', async () => {
    const instagram = await platformId('instagram');
    const parse = (minutes: unknown) =>
      draft({ minutes: [{ platformId: instagram, activity: 'POSTING', minutes }] });
    expect(() => parse(-5)).toThrow(/minutesNegative/);
    expect(() => parse(1_000_000)).toThrow(/minutesTooMany/);
    expect(() => parse(12.5)).toThrow(/minutesInvalid/);
    expect(() => parse('viel')).toThrow(/minutesInvalid/);
  });

  it('answers NOT_FOUND for another organisation’s location and for staff on a location not theirs', async () => {
    const team = await teamWithAssignedLocation();
    const other = await teamWithAssignedLocation();
    const unassigned = await addLocation(team);
    await expectAppError(
      saveCheckInDraft(other.manager, team.locationId, w48, draft({}), lateNovember),
      'NOT_FOUND',
    );
    await expectAppError(saveCheckInDraft(team.staff, unassigned, w48, draft({}), lateNovember), 'NOT_FOUND');
    await expectAppError(submitCheckIn(other.owner, team.locationId, w48, 0, lateNovember), 'NOT_FOUND');
    await expectAppError(
      saveCheckInDraft(team.staff, 'not-a-uuid', w48, draft({}), lateNovember),
      'NOT_FOUND',
    );
    expect(await countCheckIns(team.locationId)).toBe(0);
    expect(await countCheckIns(unassigned)).toBe(0);
  });
});

describe('submitting and reopening', () => {
  it('locks the week on submit; a double submit changes nothing; only managers reopen', async () => {
    const team = await teamWithAssignedLocation();
    const saved = await saveCheckInDraft(
      team.staff,
      team.locationId,
      w48,
      draft({ postsPublished: 2 }),
      lateNovember,
    );
    const submitted = await submitCheckIn(team.staff, team.locationId, w48, saved.version, lateNovember);
    expect(submitted).toMatchObject({ status: 'SUBMITTED', version: 2, submittedBy: team.users.staff.name });
    expect(submitted.submittedAt).toBeInstanceOf(Date);

    const again = await submitCheckIn(team.staff, team.locationId, w48, saved.version, lateNovember);
    expect(again).toEqual(submitted);

    await expect(
      saveCheckInDraft(
        team.staff,
        team.locationId,
        w48,
        draft({ version: 2, postsPublished: 5 }),
        lateNovember,
      ),
    ).rejects.toMatchObject({ code: 'CONFLICT', messageKey: 'checkins.errors.locked' });
    await expectAppError(reopenCheckIn(team.staff, team.locationId, w48), 'FORBIDDEN');

    const reopened = await reopenCheckIn(team.manager, team.locationId, w48);
    expect(reopened).toMatchObject({ status: 'DRAFT', version: 3, reopenedBy: team.users.manager.name });
    const changed = await saveCheckInDraft(
      team.staff,
      team.locationId,
      w48,
      draft({ version: 3, postsPublished: 5 }),
      lateNovember,
    );
    expect(changed).toMatchObject({ status: 'DRAFT', postsPublished: 5, version: 4 });
  });

  it('submits a week nobody started as an empty check-in', async () => {
    const team = await teamWithAssignedLocation();
    const submitted = await submitCheckIn(team.staff, team.locationId, w48, 0, lateNovember);
    expect(submitted).toMatchObject({ status: 'SUBMITTED', totalMinutes: 0, version: 1 });
  });

  it('has nothing to reopen in a week without a check-in', async () => {
    const team = await teamWithAssignedLocation();
    await expectAppError(reopenCheckIn(team.owner, team.locationId, w48), 'NOT_FOUND');
  });

  it('submits the form in one step: the content it shows, also when the autosave stored exactly that a moment earlier', async () => {
    const team = await teamWithAssignedLocation();
    const instagram = await platformId('instagram');
    const shown = {
      minutes: [{ platformId: instagram, activity: 'POSTING' as const, minutes: 30 }],
      notes: 'ok',
    };
    // The autosave stored the form's content (version 1) while the post still names version 0.
    await saveCheckInDraft(team.staff, team.locationId, w48, draft(shown), lateNovember);
    const submitted = await submitCheckInForm(team.staff, team.locationId, w48, draft(shown), lateNovember);
    expect(submitted).toMatchObject({ status: 'SUBMITTED', version: 2, totalMinutes: 30, notes: 'ok' });
    // Submitting the same again (a double click) answers with the week; anything else is locked.
    expect(await submitCheckInForm(team.staff, team.locationId, w48, draft(shown), lateNovember)).toEqual(
      submitted,
    );
    await expect(
      submitCheckInForm(team.staff, team.locationId, w48, draft({ ...shown, notes: 'mehr' }), lateNovember),
    ).rejects.toMatchObject({ code: 'CONFLICT', messageKey: 'checkins.errors.locked' });
  });

  it('refuses to submit a form built on an older version whose content differs, and writes nothing', async () => {
    const team = await teamWithAssignedLocation();
    await saveCheckInDraft(team.manager, team.locationId, w48, draft({ postsPublished: 4 }), lateNovember);
    await expect(
      submitCheckInForm(team.staff, team.locationId, w48, draft({ postsPublished: 1 }), lateNovember),
    ).rejects.toMatchObject({ code: 'CONFLICT', messageKey: 'checkins.errors.stale' });
    expect(await db.checkIn.findFirstOrThrow({ where: { locationId: team.locationId } })).toMatchObject({
      status: 'DRAFT',
      postsPublished: 4,
      version: 1,
    });
    const current = await submitCheckInForm(
      team.staff,
      team.locationId,
      w48,
      draft({ version: 1, postsPublished: 1 }),
      lateNovember,
    );
    expect(current).toMatchObject({ status: 'SUBMITTED', postsPublished: 1, version: 2 });
  });
});

describe('re-checked listings', () => {
  it('sets the checklist item’s last check for newly ticked platforms, with history, once per tick', async () => {
    const team = await teamWithAssignedLocation();
    const [google, facebook] = await Promise.all([
      platformId('google-business-profile'),
      platformId('facebook'),
    ]);
    await db.listingItem.create({
      data: {
        organisationId: team.organisation.id,
        locationId: team.locationId,
        platformId: facebook,
        status: 'LIVE',
        lastCheckedAt: new Date('2026-10-01T10:00:00Z'),
      },
    });
    const before = Date.now();
    await saveCheckInDraft(
      team.staff,
      team.locationId,
      w48,
      draft({ recheckedPlatformIds: [google, facebook] }),
      lateNovember,
    );
    const items = await db.listingItem.findMany({
      where: { locationId: team.locationId },
      select: {
        platformId: true,
        status: true,
        lastCheckedAt: true,
        lastCheckedById: true,
        version: true,
        id: true,
      },
    });
    expect(items).toHaveLength(2);
    for (const item of items) {
      expect(item.lastCheckedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
      expect(item.lastCheckedAt!.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
      expect(item.lastCheckedById).toBe(team.users.staff.id);
    }
    const facebookItem = items.find((item) => item.platformId === facebook)!;
    expect(facebookItem).toMatchObject({ status: 'LIVE', version: 2 });
    expect(items.find((item) => item.platformId === google)).toMatchObject({
      status: 'NOT_STARTED',
      version: 1,
    });
    const history = await db.listingChange.findMany({ where: { listingItemId: facebookItem.id } });
    expect(history).toHaveLength(1);
    expect(history[0]!.changes).toMatchObject({
      lastCheckedAt: { from: expect.stringContaining('2026-10-01'), to: expect.any(String) },
    });

    // Saving again with the same ticks does not check again.
    await saveCheckInDraft(
      team.staff,
      team.locationId,
      w48,
      draft({ version: 1, recheckedPlatformIds: [google, facebook], postsPublished: 1 }),
      lateNovember,
    );
    expect(await db.listingChange.count({ where: { listingItemId: facebookItem.id } })).toBe(1);
  });
});

describe('putting a check-in (API)', () => {
  it('is idempotent, submits, answers an equal request on a locked week and refuses a different one', async () => {
    const team = await teamWithAssignedLocation();
    const instagram = await platformId('instagram');
    const body = checkInPutSchema.parse({
      minutes: [{ platformId: instagram, activity: 'POSTING', minutes: 30 }],
      postsPublished: 2,
      notes: 'ok',
    });
    const first = await putCheckIn(team.manager, team.locationId, w48, body, lateNovember);
    const repeated = await putCheckIn(team.manager, team.locationId, w48, body, lateNovember);
    expect(repeated).toEqual(first);
    expect(first.version).toBe(1);

    const submittedBody = { ...body, status: 'SUBMITTED' as const };
    const submitted = await putCheckIn(team.manager, team.locationId, w48, submittedBody, lateNovember);
    expect(submitted).toMatchObject({ status: 'SUBMITTED', version: 2 });
    expect(await putCheckIn(team.manager, team.locationId, w48, submittedBody, lateNovember)).toEqual(
      submitted,
    );
    await expect(
      putCheckIn(team.manager, team.locationId, w48, { ...submittedBody, postsPublished: 3 }, lateNovember),
    ).rejects.toMatchObject({ code: 'CONFLICT', messageKey: 'checkins.errors.locked' });
    await expect(putCheckIn(team.manager, team.locationId, w48, body, lateNovember)).rejects.toMatchObject({
      code: 'CONFLICT',
      messageKey: 'checkins.errors.locked',
    });
    const stored = await db.checkIn.findFirstOrThrow({
      where: { locationId: team.locationId, weekStart: toUtcDate('2026-11-23') },
    });
    expect(stored).toMatchObject({ postsPublished: 2, version: 2, status: 'SUBMITTED' });
  });
});
