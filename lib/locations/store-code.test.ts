import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { db } from '@/lib/db/prisma';
import { createTeam } from '@/tests/support/factories';
import { createLocation, isStoreCodeRequired, setLocationArchived } from './locations';
import { locationInputSchema, newLocationInputSchema } from './schemas';
import { nextStoreCode, storeCodePrefix } from './store-code';

describe('storeCodePrefix', () => {
  it('writes the city in capitals and plain letters, words joined by "-"', () => {
    expect(storeCodePrefix('Bremerhaven')).toBe('BREMERHAVEN');
    expect(storeCodePrefix('Frankfurt am Main')).toBe('FRANKFURT-AM-MAIN');
    expect(storeCodePrefix('Lübeck')).toBe('LUEBECK');
    expect(storeCodePrefix('Gießen')).toBe('GIESSEN');
    expect(storeCodePrefix('Bad Tölz')).toBe('BAD-TOELZ');
    expect(storeCodePrefix('Österreich/Ötztal')).toBe('OESTERREICH-OETZTAL');
    expect(storeCodePrefix('Saint-Étienne')).toBe('SAINT-ETIENNE');
    expect(storeCodePrefix('Ærøskøbing')).toBe('AEROESKOEBING');
    expect(storeCodePrefix('  Halle (Saale) ')).toBe('HALLE-SAALE');
  });

  it('keeps whole words within 40 characters and falls back when no letter is left', () => {
    const prefix = storeCodePrefix('Hohenwarsleben Niederndodeleben Wellen Irxleben Meitzendorf');
    expect(prefix).toBe('HOHENWARSLEBEN-NIEDERNDODELEBEN-WELLEN');
    expect(storeCodePrefix('X'.repeat(60))).toBe('X'.repeat(40));
    expect(storeCodePrefix('東京')).toBe('STANDORT');
  });

  it('always gives a code the schema accepts', () => {
    for (const city of ['Bremerhaven', 'Frankfurt am Main', '東京', 'Ærøskøbing', "Villeneuve-d'Ascq"]) {
      const code = nextStoreCode(storeCodePrefix(city), []);
      expect(code.length).toBeLessThanOrEqual(64);
      const parsed = locationInputSchema.safeParse({
        storeCode: code,
        name: 'Filiale',
        street: 'Markt 1',
        postalCode: '27568',
        city,
      });
      expect(parsed.error?.issues.filter((issue) => issue.path[0] === 'storeCode') ?? []).toEqual([]);
    }
  });
});

describe('nextStoreCode', () => {
  it('starts at 1 and continues after the highest number of the prefix, whoever typed it', () => {
    expect(nextStoreCode('BREMERHAVEN', [])).toBe('BREMERHAVEN-1');
    expect(
      nextStoreCode('BREMERHAVEN', ['BREMERHAVEN-1', 'bremerhaven-3', 'BREMERHAVEN-X', 'BREMERHAVEN-NORD-7']),
    ).toBe('BREMERHAVEN-4');
  });
});

const newLocation = (overrides: Record<string, unknown> = {}) =>
  newLocationInputSchema.parse({
    storeCode: '',
    name: 'Bäckerei Deichbrise',
    street: 'Hafenstraße 145',
    postalCode: '27576',
    city: 'Bremerhaven',
    ...overrides,
  });

async function storeCodeOf(id: string) {
  return (await db.location.findUniqueOrThrow({ where: { id }, select: { storeCode: true } })).storeCode;
}

describe('a blank store code when creating', () => {
  it('is generated from the city for the first and the second site', async () => {
    const team = await createTeam();
    expect(await isStoreCodeRequired(team.manager)).toBe(false);
    const first = await createLocation(team.manager, newLocation());
    expect(await storeCodeOf(first.id)).toBe('BREMERHAVEN-1');
    const second = await createLocation(team.manager, newLocation({ name: 'Filiale Lehe' }));
    expect(await storeCodeOf(second.id)).toBe('BREMERHAVEN-2');
    expect(await isStoreCodeRequired(team.manager)).toBe(true);
  });

  it('is refused from the third site on, on its field, and nothing is written', async () => {
    const team = await createTeam();
    await createLocation(team.manager, newLocation({ storeCode: 'BHV-01' }));
    await createLocation(team.manager, newLocation({ storeCode: 'BHV-02', city: 'Geestland' }));
    const refused = await createLocation(team.manager, newLocation({ name: 'Dritte' })).catch(
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(z.ZodError);
    expect((refused as z.ZodError).issues).toMatchObject([
      { path: ['storeCode'], message: 'locations.errors.storeCodeRequiredFromThird' },
    ]);
    expect(await db.location.count({ where: { organisationId: team.organisation.id } })).toBe(2);
    // With a code of its own the third site is welcome.
    await expect(createLocation(team.manager, newLocation({ storeCode: 'BHV-03' }))).resolves.toHaveProperty(
      'id',
    );
  });

  it('counts active sites only, and never repeats a code an archived site keeps', async () => {
    const team = await createTeam();
    const first = await createLocation(team.manager, newLocation());
    const second = await createLocation(team.manager, newLocation());
    await setLocationArchived(team.manager, second.id, true);
    const third = await createLocation(team.manager, newLocation());
    expect([await storeCodeOf(first.id), await storeCodeOf(third.id)]).toEqual([
      'BREMERHAVEN-1',
      'BREMERHAVEN-3',
    ]);
  });

  it('steps past a code someone typed in the same form', async () => {
    const team = await createTeam();
    await createLocation(team.manager, newLocation({ storeCode: 'Bremerhaven-1' }));
    const generated = await createLocation(team.manager, newLocation());
    expect(await storeCodeOf(generated.id)).toBe('BREMERHAVEN-2');
  });

  it('gives two creations at the same moment two different codes', async () => {
    const team = await createTeam();
    const created = await Promise.all([
      createLocation(team.manager, newLocation({ name: 'A' })),
      createLocation(team.owner, newLocation({ name: 'B' })),
    ]);
    const codes = await Promise.all(created.map(({ id }) => storeCodeOf(id)));
    expect(codes.sort()).toEqual(['BREMERHAVEN-1', 'BREMERHAVEN-2']);
  });

  it('stays required for the API and the import, which bring their own codes', () => {
    const result = locationInputSchema.safeParse({
      name: 'Filiale',
      street: 'Markt 1',
      postalCode: '27568',
      city: 'Bremerhaven',
    });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'locations.errors.storeCodeRequired',
    ]);
  });
});
