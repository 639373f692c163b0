import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { addTestLocation } from '@/tests/support/factories';
import { exportTimeEntriesCsv } from './export-csv';
import { logTime, teamWithLocations } from './test-support';

const range = { from: '2026-11-01', to: '2026-11-30' };

function rowsOf(csv: string) {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv).toContain('\r\n');
  return parse(csv.slice(1)) as string[][];
}

describe('exportTimeEntriesCsv', () => {
  it('writes a header and one line per entry in the period, oldest first, in the reader’s language', async () => {
    const team = await teamWithLocations();
    const entry = { locationId: team.locationId, platformId: team.google };
    await logTime(team.staff, {
      ...entry,
      date: '2026-11-26',
      minutes: 45,
      activity: 'DIALOGUE',
      note: 'Fragen, beantwortet',
    });
    await logTime(team.staff, { ...entry, date: '2026-11-02', minutes: 15 });
    await logTime(team.staff, { ...entry, date: '2026-10-31', minutes: 99 });

    const rows = rowsOf(await exportTimeEntriesCsv(team.manager, range, 'de'));
    expect(rows[0]).toEqual([
      'Datum',
      'Kalenderwoche',
      'Person',
      'E-Mail',
      'Filialcode',
      'Standort',
      'Plattform',
      'Tätigkeit',
      'Minuten',
      'Notiz',
    ]);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual([
      '2026-11-02',
      '2026-W45',
      team.users.staff.name,
      team.users.staff.email,
      expect.stringMatching(/^T-/),
      'Filiale Lehe',
      'Google Business Profile',
      'Beiträge veröffentlichen',
      '15',
      '',
    ]);
    expect(rows[2]).toEqual(
      expect.arrayContaining(['2026-11-26', 'Antworten und Dialog', '45', 'Fragen, beantwortet']),
    );
    const english = rowsOf(await exportTimeEntriesCsv(team.manager, range, 'en'));
    expect(english[0]?.[1]).toBe('ISO week');
    expect(english[2]?.[7]).toBe('Answering and dialogue');
  });

  it('neutralises cells a spreadsheet would run as formulas', async () => {
    const team = await teamWithLocations();
    const locationId = await addTestLocation(team.owner, {
      name: '=HYPERLINK("http://evil.example","Klick")',
    });
    const notes = ['=1+1', '+49 471 1234', '-5', '@SUM(A1)', 'Tab', 'ganz normal'];
    for (const note of notes)
      await logTime(team.owner, { locationId, platformId: team.google, minutes: 1, note });
    // The form trims notes; data from elsewhere might still start with a tab.
    await db.timeEntry.updateMany({ where: { locationId, note: 'Tab' }, data: { note: '\tTab' } });
    const rows = rowsOf(await exportTimeEntriesCsv(team.owner, range, 'de')).slice(1);
    expect(rows.map((row) => row[9]).sort()).toEqual(
      ["'=1+1", "'+49 471 1234", "'-5", "'@SUM(A1)", "'\tTab", 'ganz normal'].sort(),
    );
    expect(new Set(rows.map((row) => row[5]))).toEqual(
      new Set(['\'=HYPERLINK("http://evil.example","Klick")']),
    );
  });

  it("gives staff only their own time, and no organisation another's", async () => {
    const team = await teamWithLocations();
    const other = await teamWithLocations();
    await logTime(team.staff, { locationId: team.locationId, platformId: team.google, minutes: 10 });
    await logTime(team.manager, { locationId: team.locationId, platformId: team.google, minutes: 20 });
    await logTime(other.staff, { locationId: other.locationId, platformId: other.google, minutes: 30 });
    const staffRows = rowsOf(await exportTimeEntriesCsv(team.staff, range, 'en')).slice(1);
    expect(staffRows.map((row) => row[8])).toEqual(['10']);
    const managerRows = rowsOf(await exportTimeEntriesCsv(team.manager, range, 'en')).slice(1);
    expect(managerRows.map((row) => row[8]).sort()).toEqual(['10', '20']);
  });
});
