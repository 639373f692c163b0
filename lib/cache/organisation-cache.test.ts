import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/prisma';
import { addTestLocation, createTeam } from '@/tests/support/factories';
import { clearOrganisationCache, cachedOrganisationRead, maxAgeMs } from './organisation-cache';

async function versionOf(organisationId: string) {
  const row = await db.organisation.findUniqueOrThrow({
    where: { id: organisationId },
    select: { dataVersion: true },
  });
  return row.dataVersion;
}

describe('organisation data version', () => {
  it('goes up once per committed transaction that changes the organisation, however many rows', async () => {
    const team = await createTeam();
    const id = team.organisation.id;
    const before = await versionOf(id);
    const locationId = await addTestLocation(team.owner);
    expect(await versionOf(id)).toBeGreaterThan(before);

    const afterInsert = await versionOf(id);
    await db.$transaction([
      db.location.updateMany({ where: { organisationId: id }, data: { city: 'Bremen' } }),
      db.location.update({ where: { id: locationId }, data: { name: 'Filiale Mitte' } }),
    ]);
    expect(await versionOf(id)).toBe(afterInsert + 1n);
    expect(await db.organisationPendingChange.count()).toBe(0);
  });

  it('stays put when the transaction rolls back, and for other organisations', async () => {
    const [team, other] = await Promise.all([createTeam(), createTeam()]);
    const locationId = await addTestLocation(team.owner);
    const [mine, theirs] = [await versionOf(team.organisation.id), await versionOf(other.organisation.id)];
    await expect(
      db.$transaction(async (tx) => {
        await tx.location.update({ where: { id: locationId }, data: { name: 'Nie gespeichert' } });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await versionOf(team.organisation.id)).toBe(mine);
    await db.location.update({ where: { id: locationId }, data: { name: 'Gespeichert' } });
    expect(await versionOf(team.organisation.id)).toBe(mine + 1n);
    expect(await versionOf(other.organisation.id)).toBe(theirs);
  });

  it('follows child rows, settings and member names to their organisation', async () => {
    const team = await createTeam();
    const id = team.organisation.id;
    const locationId = await addTestLocation(team.owner);

    let version = await versionOf(id);
    await db.locationSpecialHours.create({
      data: {
        locationId,
        startDate: new Date('2026-12-24'),
        endDate: new Date('2026-12-26'),
        closed: true,
      },
    });
    expect(await versionOf(id)).toBe(version + 1n);

    version = await versionOf(id);
    await db.organisation.update({ where: { id }, data: { freshnessDays: 60 } });
    expect(await versionOf(id)).toBe(version + 1n);

    version = await versionOf(id);
    await db.user.update({ where: { id: team.users.staff.id }, data: { name: 'Neuer Name' } });
    expect(await versionOf(id)).toBe(version + 1n);
    await db.user.update({ where: { id: team.users.staff.id }, data: { locale: 'en' } });
    expect(await versionOf(id)).toBe(version + 1n);
  });
});

describe('cachedOrganisationRead', () => {
  beforeEach(() => clearOrganisationCache());
  afterEach(() => vi.useRealTimers());

  it('reads once per data version and again after any change', async () => {
    const team = await createTeam();
    const read = vi.fn(async () => db.location.count({ where: { organisationId: team.organisation.id } }));
    expect(await cachedOrganisationRead(team.owner, 'test.count', [], read)).toBe(0);
    expect(await cachedOrganisationRead(team.manager, 'test.count', [], read)).toBe(0);
    expect(read).toHaveBeenCalledTimes(1);

    await addTestLocation(team.owner);
    expect(await cachedOrganisationRead(team.owner, 'test.count', [], read)).toBe(1);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('keeps organisations, staff members, names and parts apart', async () => {
    const [team, other] = await Promise.all([createTeam(), createTeam()]);
    const read = vi.fn(async () => 'value');
    await cachedOrganisationRead(team.owner, 'test.keys', [1], read);
    await cachedOrganisationRead(other.owner, 'test.keys', [1], read);
    await cachedOrganisationRead(team.staff, 'test.keys', [1], read);
    await cachedOrganisationRead(team.owner, 'test.keys', [2], read);
    await cachedOrganisationRead(team.owner, 'test.other', [1], read);
    expect(read).toHaveBeenCalledTimes(5);
    await cachedOrganisationRead(team.manager, 'test.keys', [1], read);
    expect(read).toHaveBeenCalledTimes(5);
  });

  it('shares one read between concurrent callers and keeps no failure', async () => {
    const team = await createTeam();
    let release = () => {};
    const read = vi.fn(() => new Promise<string>((resolve) => (release = () => resolve('shared'))));
    const first = cachedOrganisationRead(team.owner, 'test.shared', [], read);
    const second = cachedOrganisationRead(team.owner, 'test.shared', [], read);
    await vi.waitFor(() => expect(read).toHaveBeenCalledTimes(1));
    release();
    expect(await Promise.all([first, second])).toEqual(['shared', 'shared']);

    const failing = vi.fn(async () => {
      throw new Error('database gone');
    });
    await expect(cachedOrganisationRead(team.owner, 'test.failing', [], failing)).rejects.toThrow();
    await expect(cachedOrganisationRead(team.owner, 'test.failing', [], failing)).rejects.toThrow();
    expect(failing).toHaveBeenCalledTimes(2);
  });

  it('reads again once an entry is older than the longest the clock may go unnoticed', async () => {
    const team = await createTeam();
    vi.useFakeTimers({ toFake: ['performance', 'Date'] });
    vi.advanceTimersByTime(1_000); // lru-cache takes a start time of 0 for "no start"
    const read = vi.fn(async () => 'value');
    await cachedOrganisationRead(team.owner, 'test.age', [], read);
    vi.advanceTimersByTime(maxAgeMs - 1_000);
    await cachedOrganisationRead(team.owner, 'test.age', [], read);
    expect(read).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(2_000);
    await cachedOrganisationRead(team.owner, 'test.age', [], read);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('answers a context that carries a version from that version’s entry, as a request began', async () => {
    const team = await createTeam();
    const atRequestStart = { ...team.owner, dataVersion: String(await versionOf(team.organisation.id)) };
    const read = vi.fn(async () => db.location.count({ where: { organisationId: team.organisation.id } }));
    expect(await cachedOrganisationRead(atRequestStart, 'test.carried', [], read)).toBe(0);
    await addTestLocation(team.owner);
    // The same request still sees its beginning; the next request's context sees the change.
    expect(await cachedOrganisationRead(atRequestStart, 'test.carried', [], read)).toBe(0);
    const nextRequest = { ...team.owner, dataVersion: String(await versionOf(team.organisation.id)) };
    expect(await cachedOrganisationRead(nextRequest, 'test.carried', [], read)).toBe(1);
    expect(read).toHaveBeenCalledTimes(2);
  });
});
