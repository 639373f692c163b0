import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { loadMapPayload } from '@/lib/map/map-data';
import { memberContextOf } from '@/tests/support/factories';
import { chainLocation, chainOrganisation, seedChainData } from '@/prisma/seed/chain-data';
import { demoOwner, seedDemoData } from '@/prisma/seed/demo-data';

describe('chainLocation', () => {
  it('is the same every time and plausible for northern Germany', () => {
    expect(chainLocation(42)).toEqual(chainLocation(42));
    expect(chainLocation(42)).not.toEqual(chainLocation(43));
    for (let index = 1; index <= 2_000; index++) {
      const location = chainLocation(index);
      expect(location.postalCode).toMatch(/^\d{5}$/);
      expect(location.storeCode).toBe(`FN-${String(index).padStart(5, '0')}`);
      if (location.latitude === null) continue;
      expect(location.latitude).toBeGreaterThan(52);
      expect(location.latitude).toBeLessThan(54.3);
      expect(location.longitude).toBeGreaterThan(7.6);
      expect(location.longitude).toBeLessThan(11.2);
    }
  });
});

describe('seedChainData', () => {
  it('adds the missing branches only, with listings in all three presence bands', async () => {
    await seedDemoData(process.env.DATABASE_URL!);
    expect(await seedChainData(process.env.DATABASE_URL!, 300)).toBe(300);
    expect(await seedChainData(process.env.DATABASE_URL!, 400)).toBe(100);
    expect(await seedChainData(process.env.DATABASE_URL!, 400)).toBe(0);

    const owner = await db.user.findUniqueOrThrow({
      where: { email: demoOwner.email },
      select: { id: true, email: true, name: true, locale: true },
    });
    const member = await memberContextOf(owner, chainOrganisation.slug);
    expect(member.role).toBe('OWNER');
    const payload = await loadMapPayload(member);
    expect(payload.locations.length + payload.withoutCoordinates).toBe(400);
    // Every band is well represented: at least a tenth of the branches each.
    for (const band of [0, 1, 2]) {
      const count = payload.locations.filter((tuple) => tuple[5] === band).length;
      expect(count, `band ${band}`).toBeGreaterThan(40);
    }
  });
});
