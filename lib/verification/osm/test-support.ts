import { postcodeRegionOf } from '@/lib/gazetteer/postcode-regions';

// A synthetic chain spread over Germany for the clustering tests: branches around the main town
// of every German postcode region (Leitregion; Berlin holds three regions, Hamburg and Munich two,
// so the big cities get more), normally distributed around the town. Seeded: the same every run.

/** mulberry32, as prisma/seed/chain-data.ts draws its branches. */
function randomFor(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const regionTowns = Array.from({ length: 99 }, (_, index) =>
  postcodeRegionOf(`${String(index + 1).padStart(2, '0')}000`, 'DE'),
).filter((region) => region !== null);

/** `count` branches, `spreadMetres` the standard deviation of their distance from the town. */
export function germanyWideChain(count: number, spreadMetres: number, seed = 15) {
  const random = randomFor(seed);
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return Array.from({ length: count }, (_, index) => {
    const town = regionTowns[Math.floor(random() * regionTowns.length)]!;
    const latitudeSpread = spreadMetres / 111_320;
    const longitudeSpread = latitudeSpread / Math.cos((town.latitude * Math.PI) / 180);
    return {
      id: `branch-${index + 1}`,
      latitude: town.latitude + gaussian() * latitudeSpread,
      longitude: town.longitude + gaussian() * longitudeSpread,
    };
  });
}

export const germanRegionTownCount = regionTowns.length;
