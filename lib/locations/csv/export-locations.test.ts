import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { createTeam } from '@/tests/support/factories';
import { createLocation, setLocationArchived } from '../locations';
import { locationInputSchema } from '../schemas';
import { exportLocationsCsv } from './export-locations';
import { googleColumns } from './google-columns';
import { applyLocationImport } from './import-locations';

const fullLocation = locationInputSchema.parse({
  storeCode: 'BHV-01',
  name: '=Bäckerei "Deichbrise", Hafen',
  street: 'Hafenstraße 145',
  addressExtra: 'Hinterhaus; 2. OG',
  postalCode: '27576',
  city: 'Bremerhaven',
  region: 'Bremen',
  countryCode: 'DE',
  phone: '0471 4829320',
  website: 'https://www.deichbrise.de/lehe?ref=gbp',
  primaryCategory: 'Bäckerei',
  description: 'Frische Brötchen ab 6:30.\nSonntags mit Café.',
  openingHours: {
    mon: [
      { opens: '06:30', closes: '13:00' },
      { opens: '14:00', closes: '18:00' },
    ],
    sat: [{ opens: '07:00', closes: '12:30' }],
    sun: [{ opens: '00:00', closes: '24:00' }],
  },
  specialHours: [
    {
      startDate: '2026-12-24',
      endDate: '2026-12-24',
      ranges: [
        { opens: '08:00', closes: '12:00' },
        { opens: '13:00', closes: '14:00' },
      ],
      note: 'Heiligabend, "kurz"',
    },
    { startDate: '2026-12-25', endDate: '2026-12-26', closed: true },
  ],
  latitude: 53.567861,
  longitude: -8.5814,
});
const viennaLocation = locationInputSchema.parse({
  storeCode: 'AT-1',
  name: 'Filiale Wien',
  street: 'Mariahilfer Straße 1',
  postalCode: '1060',
  city: 'Wien',
  countryCode: 'AT',
  phone: '+43 1 5875432',
});

/** What the CSV layout holds of each location, for comparing two organisations. */
async function csvFieldsOf(organisationId: string) {
  const locations = await db.location.findMany({
    where: { organisationId },
    orderBy: { storeCode: 'asc' },
    omit: {
      id: true,
      organisationId: true,
      createdAt: true,
      updatedAt: true,
      email: true,
      status: true,
      assignedMembershipId: true,
    },
    include: { specialHours: { orderBy: { startDate: 'asc' }, omit: { id: true, locationId: true } } },
  });
  return locations;
}

describe('exportLocationsCsv', () => {
  it("writes Google's layout: BOM, header, CRLF, international phone, sorted, without archived locations", async () => {
    const team = await createTeam();
    await createLocation(team.manager, fullLocation);
    await createLocation(team.manager, viennaLocation);
    const { id } = await createLocation(team.manager, { ...viennaLocation, storeCode: 'ZZ-ARCHIVED' });
    await setLocationArchived(team.manager, id, true);

    const csv = await exportLocationsCsv(team.staff);
    expect(csv.startsWith(`\uFEFF${googleColumns.join(',')}\r\n`)).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toMatch(/^AT-1,Filiale Wien,/);
    expect(lines[1]).toContain(',+43 1 5875432,');
    expect(lines[2]).toMatch(
      /^BHV-01,"'=Bäckerei ""Deichbrise"", Hafen",Hafenstraße 145,"Hinterhaus; 2. OG",/,
    );
    expect(csv).toContain(',+49 471 4829320,');
    expect(csv).toContain(',"06:30-13:00,14:00-18:00",');
    expect(csv).toContain(
      '"2026-12-24: 08:00-12:00,13:00-14:00 ""Heiligabend, \\""kurz\\"""", 2026-12-25-2026-12-26: x"',
    );
    expect(csv).not.toContain('ZZ-ARCHIVED');
    expect(lines.at(-1)).toBe('');
  });

  it('round-trips losslessly: importing the export elsewhere gives the same locations, here changes nothing', async () => {
    const source = await createTeam();
    await createLocation(source.manager, fullLocation);
    await createLocation(source.manager, viennaLocation);
    const csv = await exportLocationsCsv(source.manager);

    const again = await applyLocationImport(source.manager, csv, { allOrNothing: true });
    expect(again.totals).toEqual({ created: 0, updated: 0, unchanged: 2, rejected: 0 });

    const target = await createTeam();
    const report = await applyLocationImport(target.owner, csv, { allOrNothing: true });
    expect(report.totals).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 0 });
    const copied = await csvFieldsOf(target.organisation.id);
    expect(copied).toEqual(await csvFieldsOf(source.organisation.id));
    expect(copied[1]).toMatchObject({
      name: '=Bäckerei "Deichbrise", Hafen',
      phone: '+494714829320',
      latitude: 53.567861,
      longitude: -8.5814,
      description: 'Frische Brötchen ab 6:30.\nSonntags mit Café.',
    });
    expect(copied[1]!.specialHours).toHaveLength(2);
    expect(await exportLocationsCsv(target.manager)).toBe(csv);
  });

  it('writes only the header for an organisation without locations', async () => {
    const team = await createTeam();
    expect(await exportLocationsCsv(team.staff)).toBe(`\uFEFF${googleColumns.join(',')}\r\n`);
  });
});
