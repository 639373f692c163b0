import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { createLocationGroup } from '@/lib/location-groups/groups';
import { setManagerGroupLimit } from '@/lib/location-groups/manager-limits';
import { locationGroupInputSchema } from '@/lib/location-groups/schemas';
import { exportOrganisation } from '@/lib/data-rights/organisation-export';
import { unzipDownload } from '@/lib/data-rights/test-support';
import { exportLocationsCsv } from '@/lib/locations/csv/export-locations';
import { getLocation, updateLocation } from '@/lib/locations/locations';
import { loadLocationPublishing } from '@/lib/publishing/json-ld/location-publishing';
import { locationInputSchema } from '@/lib/locations/schemas';
import { createTeam, expectAppError, insertTestLocation, memberContextOf } from '@/tests/support/factories';
import { applyHolidayHours } from './apply';
import { getSpecialHoursBatch, listSpecialHoursBatches } from './batches';
import { previewHolidayHours } from './preview';
import { undoHolidayHours } from './undo';
import { addSpecialHours, choiceOf, specialHoursOf } from './test-support';

// Bulk special hours against the real database: what preview, apply and undo do, that nothing is
// half-written, who sees which locations and batches, and that readers of special hours see it.

const christmas = { period: 'range', startDate: '2027-12-24', endDate: '2027-12-24', note: 'Heiligabend' };

describe('applying special hours to many locations', () => {
  it('previews, applies to every chosen location with the batch id, and undoes in one step', async () => {
    const team = await createTeam();
    const org = team.organisation.id;
    const lehe = await insertTestLocation(org, 'Lehe', { city: 'Bremerhaven' });
    const mitte = await insertTestLocation(org, 'Mitte', { city: 'Bremerhaven' });
    const bremen = await insertTestLocation(org, 'Bremen', { city: 'Bremen' });
    const archived = await insertTestLocation(org, 'Alt', { city: 'Bremerhaven', archivedAt: new Date() });
    const choice = choiceOf({
      ...christmas,
      closed: 'false',
      ranges: '[{"opens":"08:00","closes":"12:00"}]',
      scope: 'CITY',
      scopeValue: 'bremerhaven',
    });

    const preview = await previewHolidayHours(team.manager, choice);
    expect(preview).toMatchObject({ locations: 2, withExisting: 0, toSet: 2, toSkip: 0, overLimit: false });
    expect(preview.items.map((item) => item.name)).toEqual(['Lehe', 'Mitte']);
    expect(await db.specialHoursBatch.count({ where: { organisationId: org } })).toBe(0);

    const applied = await applyHolidayHours(team.manager, choice);
    expect(applied).toMatchObject({ locationCount: 2, replacedCount: 0, skippedCount: 0 });
    for (const id of [lehe, mitte]) {
      expect(await specialHoursOf(id)).toEqual([
        expect.objectContaining({
          startDate: '2027-12-24',
          endDate: '2027-12-24',
          closed: false,
          ranges: [{ opens: '08:00', closes: '12:00' }],
          note: 'Heiligabend',
          batchId: applied.id,
        }),
      ]);
    }
    expect(await specialHoursOf(bremen)).toEqual([]);
    expect(await specialHoursOf(archived)).toEqual([]);
    const audit = await db.auditEvent.findFirst({
      where: { organisationId: org, action: 'special_hours.batch_applied' },
    });
    expect(audit?.details).toMatchObject({ locations: 2, startDate: '2027-12-24' });

    const undone = await undoHolidayHours(team.owner, applied.id);
    expect(undone).toMatchObject({ removed: 2, restored: 0 });
    expect(await specialHoursOf(lehe)).toEqual([]);
    expect((await getSpecialHoursBatch(team.owner, applied.id)).undoneAt).toBeInstanceOf(Date);
    await expectAppError(undoHolidayHours(team.owner, applied.id), 'CONFLICT');
    expect(
      await db.auditEvent.count({ where: { organisationId: org, action: 'special_hours.batch_undone' } }),
    ).toBe(1);
  });

  it('skips locations with special hours in the period by default, replaces them when asked, and undo restores them', async () => {
    const team = await createTeam();
    const org = team.organisation.id;
    const own = await insertTestLocation(org, 'Eigene');
    const plain = await insertTestLocation(org, 'Ohne');
    const kept = await addSpecialHours(own, {
      startDate: '2027-12-23',
      endDate: '2027-12-27',
      note: 'Betriebsferien',
    });
    const before = await specialHoursOf(own);

    const skip = choiceOf(christmas);
    const skipPreview = await previewHolidayHours(team.owner, skip);
    expect(skipPreview).toMatchObject({
      locations: 2,
      withExisting: 1,
      reachingBeyond: 1,
      toSet: 1,
      toSkip: 1,
    });
    expect(skipPreview.items[0]).toMatchObject({
      name: 'Eigene',
      outcome: 'skip',
      existing: [{ note: 'Betriebsferien' }],
    });
    const skipped = await applyHolidayHours(team.owner, skip);
    expect(skipped).toMatchObject({ locationCount: 1, skippedCount: 1, replacedCount: 0 });
    expect(await specialHoursOf(own)).toEqual(before);
    await undoHolidayHours(team.owner, skipped.id);

    const replace = choiceOf({ ...christmas, onExisting: 'REPLACE' });
    expect((await previewHolidayHours(team.owner, replace)).items[0]).toMatchObject({ outcome: 'replace' });
    const replaced = await applyHolidayHours(team.owner, replace);
    expect(replaced).toMatchObject({ locationCount: 2, replacedCount: 1 });
    expect(await specialHoursOf(own)).toEqual([
      expect.objectContaining({ startDate: '2027-12-24', batchId: replaced.id }),
    ]);
    expect(await specialHoursOf(plain)).toHaveLength(1);

    await undoHolidayHours(team.owner, replaced.id);
    expect(await specialHoursOf(own)).toEqual(before);
    expect((await specialHoursOf(own))[0]!.id).toBe(kept);
    expect(await specialHoursOf(plain)).toEqual([]);
  });

  it('refuses undo when the special hours changed since, and allows it after a form save that kept them', async () => {
    const team = await createTeam();
    const org = team.organisation.id;
    const first = await insertTestLocation(org, 'Erste', { storeCode: `HH-${org.slice(0, 6)}-1` });
    const second = await insertTestLocation(org, 'Zweite');
    const batch = await applyHolidayHours(team.owner, choiceOf(christmas));

    // The location form replaces all rows of a location; with the same hours undo still applies.
    const location = await getLocation(team.owner, first);
    await updateLocation(
      team.owner,
      first,
      locationInputSchema.parse({
        storeCode: location.storeCode,
        name: location.name,
        street: location.street,
        postalCode: location.postalCode,
        city: location.city,
        specialHours: [{ startDate: '2027-12-24', endDate: '2027-12-24', closed: true, note: 'Heiligabend' }],
      }),
    );
    // Someone adds a day next to it at the second location: not in the period, no conflict.
    await addSpecialHours(second, { startDate: '2027-12-31', note: 'Silvester' });
    // …but one on the same day is.
    const extra = await addSpecialHours(second, {
      startDate: '2027-12-24',
      closed: false,
      ranges: [{ opens: '09:00', closes: '12:00' }],
    });
    const refused = await undoHolidayHours(team.owner, batch.id).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'CONFLICT', messageKey: 'holidayHours.errors.changedSince' });
    expect((refused as { params: Record<string, unknown> }).params).toMatchObject({
      count: 1,
      examples: expect.stringContaining('Zweite'),
    });
    expect(await specialHoursOf(first)).toHaveLength(1);

    await db.locationSpecialHours.delete({ where: { id: extra } });
    await undoHolidayHours(team.owner, batch.id);
    expect(await specialHoursOf(first)).toEqual([]);
    expect(await specialHoursOf(second)).toEqual([expect.objectContaining({ startDate: '2027-12-31' })]);
  });

  it('refuses to undo a batch whose entries a later batch replaced, until the later one is undone', async () => {
    const team = await createTeam();
    await insertTestLocation(team.organisation.id, 'Eins');
    const earlier = await applyHolidayHours(team.owner, choiceOf(christmas));
    const later = await applyHolidayHours(
      team.owner,
      choiceOf({ ...christmas, note: 'Neu', onExisting: 'REPLACE' }),
    );
    await expectAppError(undoHolidayHours(team.owner, earlier.id), 'CONFLICT');
    await undoHolidayHours(team.owner, later.id);
    await undoHolidayHours(team.owner, earlier.id);
    const listed = await listSpecialHoursBatches(team.owner);
    expect(listed.items.map((batch) => [batch.id, batch.undoneAt !== null])).toEqual([
      [later.id, true],
      [earlier.id, true],
    ]);
  });

  it('writes nothing when it fails halfway', async () => {
    const team = await createTeam();
    const org = team.organisation.id;
    const good = await insertTestLocation(org, 'Gut');
    const bad = await insertTestLocation(org, 'Schlecht');
    const kept = await addSpecialHours(good, { startDate: '2027-12-24', note: 'bleibt' });
    // A trigger refuses the new row at one location: the statement that writes them fails after
    // the batch, its locations and the removal of the old rows.
    await db.$executeRawUnsafe(`
      CREATE FUNCTION refuse_holiday_hours_${org.replaceAll('-', '_')}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.location_id = '${bad}'::uuid THEN RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END $$`);
    await db.$executeRawUnsafe(`
      CREATE TRIGGER refuse_holiday_hours_${org.replaceAll('-', '_')} BEFORE INSERT ON location_special_hours
      FOR EACH ROW EXECUTE FUNCTION refuse_holiday_hours_${org.replaceAll('-', '_')}()`);
    try {
      await expect(
        applyHolidayHours(team.owner, choiceOf({ ...christmas, onExisting: 'REPLACE' })),
      ).rejects.toThrow();
    } finally {
      await db.$executeRawUnsafe(
        `DROP TRIGGER refuse_holiday_hours_${org.replaceAll('-', '_')} ON location_special_hours`,
      );
      await db.$executeRawUnsafe(`DROP FUNCTION refuse_holiday_hours_${org.replaceAll('-', '_')}()`);
    }
    expect(await db.specialHoursBatch.count({ where: { organisationId: org } })).toBe(0);
    expect((await specialHoursOf(good)).map((row) => row.id)).toEqual([kept]);
    expect(await specialHoursOf(bad)).toEqual([]);
    expect(
      await db.auditEvent.count({ where: { organisationId: org, action: 'special_hours.batch_applied' } }),
    ).toBe(0);
  });

  it('is refused to staff and when no location is chosen', async () => {
    const team = await createTeam();
    const only = await insertTestLocation(team.organisation.id, 'Eins', { city: 'Bremerhaven' });
    await expectAppError(previewHolidayHours(team.staff, choiceOf(christmas)), 'FORBIDDEN');
    await expectAppError(applyHolidayHours(team.staff, choiceOf(christmas)), 'FORBIDDEN');
    await expectAppError(
      applyHolidayHours(team.owner, choiceOf({ ...christmas, scope: 'CITY', scopeValue: 'Bremen' })),
      'CONFLICT',
    );
    // Every chosen location has its own entry that day and would be left out: no empty batch.
    await addSpecialHours(only, { startDate: '2027-12-24' });
    const refused = await applyHolidayHours(team.owner, choiceOf(christmas)).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'CONFLICT', messageKey: 'holidayHours.errors.nothingToApply' });
    expect(await db.specialHoursBatch.count({ where: { organisationId: team.organisation.id } })).toBe(0);
  });
});

describe('tenant isolation and group limits', () => {
  it('never touches another organisation, answers its batch ids with 404, and keeps a limited manager to their groups', async () => {
    const team = await createTeam();
    const other = await createTeam();
    const org = team.organisation.id;
    const north = await insertTestLocation(org, 'Nord', { city: 'Cuxhaven' });
    const south = await insertTestLocation(org, 'Süd', { city: 'Bremen' });
    const foreign = await insertTestLocation(other.organisation.id, 'Fremd', { city: 'Cuxhaven' });
    const group = await createLocationGroup(
      team.owner,
      locationGroupInputSchema.parse({
        name: 'Nord',
        mode: 'rule',
        ruleField: 'CITY',
        ruleValue: 'Cuxhaven',
      }),
    );
    await setManagerGroupLimit(team.owner, team.manager.membershipId, [group.id]);
    const limited = await memberContextOf(team.users.manager, team.organisation.slug);

    const preview = await previewHolidayHours(limited, choiceOf(christmas));
    expect(preview.items.map((item) => item.id)).toEqual([north]);
    const mine = await applyHolidayHours(limited, choiceOf(christmas));
    expect(await specialHoursOf(south)).toEqual([]);
    expect(await specialHoursOf(foreign)).toEqual([]);

    // The owner's batch over every location is not the limited manager's to see or undo.
    const everyone = await applyHolidayHours(
      team.owner,
      choiceOf({ ...christmas, startDate: '2027-12-31', endDate: '2027-12-31' }),
    );
    expect((await listSpecialHoursBatches(limited)).items.map((batch) => batch.id)).toEqual([mine.id]);
    await expectAppError(undoHolidayHours(limited, everyone.id), 'NOT_FOUND');
    await expectAppError(getSpecialHoursBatch(limited, everyone.id), 'NOT_FOUND');

    // Another organisation's batch and group are not found.
    await expectAppError(undoHolidayHours(other.owner, mine.id), 'NOT_FOUND');
    await expectAppError(getSpecialHoursBatch(other.owner, mine.id), 'NOT_FOUND');
    await expectAppError(undoHolidayHours(other.owner, 'not-a-uuid'), 'NOT_FOUND');
    await expectAppError(
      previewHolidayHours(other.owner, choiceOf({ ...christmas, scope: 'GROUP', groupId: group.id })),
      'NOT_FOUND',
    );
    expect((await listSpecialHoursBatches(other.owner)).items).toEqual([]);

    const byGroup = await previewHolidayHours(
      team.owner,
      choiceOf({ ...christmas, scope: 'GROUP', groupId: group.id }),
    );
    expect(byGroup.locations).toBe(1);
    await undoHolidayHours(limited, mine.id);
    expect(await specialHoursOf(north)).toEqual([expect.objectContaining({ startDate: '2027-12-31' })]);
  });
});

describe('where special hours are read', () => {
  it('the Google export has the special hours after apply, and not after undo', async () => {
    const team = await createTeam();
    const code = `HX-${team.organisation.id.slice(0, 8)}`;
    await insertTestLocation(team.organisation.id, 'Export', { storeCode: code });
    const rowOf = (csv: string) => csv.split('\n').find((line) => line.includes(code)) ?? '';
    expect(rowOf(await exportLocationsCsv(team.owner))).not.toContain('2027-12-24');
    const batch = await applyHolidayHours(
      team.owner,
      choiceOf({ ...christmas, period: 'holiday', holidayRegion: 'DE-NW', holidayDate: '2027-05-27' }),
    );
    expect(rowOf(await exportLocationsCsv(team.owner))).toContain('2027-05-27');
    await undoHolidayHours(team.owner, batch.id);
    expect(rowOf(await exportLocationsCsv(team.owner))).not.toContain('2027-05-27');
  });
  it('the JSON-LD and the opening_hours value have the closure after apply, and not after undo', async () => {
    const team = await createTeam();
    const id = await insertTestLocation(team.organisation.id, 'Veröffentlicht', {
      openingHours: { mon: [{ opens: '08:00', closes: '18:00' }] },
    });
    const published = async () =>
      loadLocationPublishing(team.owner, await getLocation(team.owner, id), 'https://ortsbild.example');
    const batch = await applyHolidayHours(team.owner, choiceOf(christmas));
    const applied = await published();
    expect(JSON.stringify(applied.jsonLd)).toContain('"validFrom":"2027-12-24"');
    expect(applied.osmHours.value).toContain('2027 Dec 24 off');
    await undoHolidayHours(team.owner, batch.id);
    const undone = await published();
    expect(JSON.stringify(undone.jsonLd)).not.toContain('2027-12-24');
    expect(undone.osmHours.value).not.toContain('2027 Dec 24');
  });
});

describe('the organisation export', () => {
  it('holds the batches and the entries they replaced, of this organisation only', async () => {
    const team = await createTeam();
    const other = await createTeam();
    const location = await insertTestLocation(team.organisation.id, 'Export');
    await addSpecialHours(location, { startDate: '2027-12-24', note: 'vorher' });
    const batch = await applyHolidayHours(team.owner, choiceOf({ ...christmas, onExisting: 'REPLACE' }));
    await insertTestLocation(other.organisation.id, 'Fremd');
    await applyHolidayHours(other.owner, choiceOf(christmas));
    const files = await unzipDownload((await exportOrganisation(team.owner, { locale: 'de' })).stream);
    const rows = (file: string) => JSON.parse(files[`${file}.json`]!) as Record<string, unknown>[];
    expect(rows('special_hours_batches')).toEqual([
      expect.objectContaining({
        id: batch.id,
        start_date: '2027-12-24',
        on_existing: 'REPLACE',
        location_count: 1,
      }),
    ]);
    expect(rows('special_hours_batch_locations')).toEqual([
      expect.objectContaining({
        batch_id: batch.id,
        location_id: location,
        replaced: [expect.objectContaining({ note: 'vorher' })],
      }),
    ]);
    expect(rows('location_special_hours')).toEqual([expect.objectContaining({ batch_id: batch.id })]);
  });
});
