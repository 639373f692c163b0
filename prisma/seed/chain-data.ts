// A large organisation for trying the app at scale: "Filialkette Nord", N branches spread over
// northern Germany (`npm run seed -- --locations 10000`). The data is random but deterministic:
// location number i always comes out the same, so seeding again only adds what is missing.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../lib/generated/prisma/client';
import { demoOwner } from './demo-data';

export const chainOrganisation = { name: 'Filialkette Nord', slug: 'filialkette-nord' };

type Town = {
  name: string;
  latitude: number;
  longitude: number;
  postcodes: [number, number];
  areaCode: string;
  weight: number;
  region: string;
};

// Towns around Hamburg, Bremen and Hannover: name, centre, postcode range, dialling code, region,
// and a weight (bigger towns get more branches).
const towns: Town[] = (
  [
    ['Hamburg', 53.5511, 9.9937, 20095, 22769, '40', 'Hamburg', 30],
    ['Bremen', 53.0793, 8.8017, 28195, 28779, '421', 'Bremen', 16],
    ['Hannover', 52.3759, 9.732, 30159, 30669, '511', 'Niedersachsen', 16],
    ['Bremerhaven', 53.5396, 8.5809, 27568, 27580, '471', 'Bremen', 5],
    ['Oldenburg', 53.1435, 8.2146, 26121, 26135, '441', 'Niedersachsen', 6],
    ['Lübeck', 53.8655, 10.6866, 23552, 23570, '451', 'Schleswig-Holstein', 6],
    ['Lüneburg', 53.2464, 10.4115, 21335, 21339, '4131', 'Niedersachsen', 3],
    ['Stade', 53.5976, 9.4761, 21680, 21684, '4141', 'Niedersachsen', 2],
    ['Buxtehude', 53.4769, 9.7011, 21614, 21614, '4161', 'Niedersachsen', 2],
    ['Cuxhaven', 53.8615, 8.6944, 27472, 27478, '4721', 'Niedersachsen', 2],
    ['Celle', 52.6226, 10.0805, 29221, 29229, '5141', 'Niedersachsen', 3],
    ['Verden (Aller)', 52.9236, 9.2347, 27283, 27283, '4231', 'Niedersachsen', 1],
    ['Rotenburg (Wümme)', 53.1109, 9.4099, 27356, 27356, '4261', 'Niedersachsen', 1],
    ['Delmenhorst', 53.0506, 8.6317, 27749, 27755, '4221', 'Niedersachsen', 3],
    ['Wilhelmshaven', 53.5221, 8.1069, 26382, 26389, '4421', 'Niedersachsen', 3],
    ['Nienburg/Weser', 52.6406, 9.2079, 31582, 31582, '5021', 'Niedersachsen', 1],
    ['Soltau', 52.9863, 9.8429, 29614, 29614, '5191', 'Niedersachsen', 1],
    ['Uelzen', 52.9657, 10.5585, 29525, 29525, '581', 'Niedersachsen', 1],
    ['Norderstedt', 53.7064, 9.9953, 22844, 22851, '40', 'Schleswig-Holstein', 3],
    ['Elmshorn', 53.7547, 9.6524, 25335, 25337, '4121', 'Schleswig-Holstein', 2],
    ['Winsen (Luhe)', 53.3577, 10.2124, 21423, 21423, '4171', 'Niedersachsen', 1],
    ['Bad Oldesloe', 53.8103, 10.3743, 23843, 23843, '4531', 'Schleswig-Holstein', 1],
    ['Zeven', 53.2966, 9.2772, 27404, 27404, '4281', 'Niedersachsen', 1],
    ['Osterholz-Scharmbeck', 53.2269, 8.7949, 27711, 27711, '4791', 'Niedersachsen', 1],
  ] as const
).map(([name, latitude, longitude, firstPostcode, lastPostcode, areaCode, region, weight]) => ({
  name,
  latitude,
  longitude,
  postcodes: [firstPostcode, lastPostcode],
  areaCode,
  region,
  weight,
}));

const streets = `Hauptstraße Bahnhofstraße Schulstraße Gartenstraße Dorfstraße Kirchstraße Lindenweg
  Mühlenweg Hafenstraße Deichstraße Birkenweg Wiesenweg Feldstraße Ringstraße Moorweg Friesenstraße
  Bergstraße Poststraße Wilhelmstraße Parkallee Eichenweg Rosenstraße Heideweg Fischerstraße
  Holstenstraße Osterstraße Sielstraße Kastanienallee Schützenstraße Elbstraße Weserstraße
  Am_Markt Am_Deich Am_Hafen Lange_Straße Neue_Straße`
  .split(/\s+/)
  .map((street) => street.replace('_', ' '));
const formats = ['Bäckerei', 'Backstube', 'Café', 'Backshop'];
const categories = ['Bäckerei', 'Konditorei', 'Café'];

/** mulberry32: a tiny seeded generator, so every run draws the same numbers. */
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

const totalWeight = towns.reduce((sum, town) => sum + town.weight, 0);

function pickTown(random: () => number) {
  let roll = random() * totalWeight;
  for (const town of towns) {
    roll -= town.weight;
    if (roll < 0) return town;
  }
  return towns[0]!;
}

/** Normally distributed (Box–Muller), for branches that thin out towards a town's edge. */
function gaussian(random: () => number) {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

const pick = <T>(random: () => number, items: readonly T[]) => items[Math.floor(random() * items.length)]!;
const pad = (value: number, length: number) => String(value).padStart(length, '0');

/**
 * Branch number `index` (1-based) of the chain; the same every time. About 2 % have no
 * coordinates unless `allLocated` (the benchmark's map organisation).
 */
export function chainLocation(index: number, options: { allLocated?: boolean } = {}) {
  const random = randomFor(index * 7919 + 17);
  const town = pickTown(random);
  // Bigger towns spread wider: about 6 km for Hamburg, 1.5 km for small towns.
  const spread = 0.012 + town.weight * 0.0018;
  const latitude = town.latitude + gaussian(random) * spread;
  const longitude = town.longitude + gaussian(random) * spread * 1.6;
  const street = `${pick(random, streets)} ${1 + Math.floor(random() * 180)}`;
  const postalCode = pad(
    town.postcodes[0] + Math.floor(random() * (town.postcodes[1] - town.postcodes[0] + 1)),
    5,
  );
  // How well the branch is maintained decides how complete it is: all three health bands appear.
  const care = random();
  const has = (often: number, sometimes: number, rarely: number) =>
    random() < (care < 0.4 ? often : care < 0.75 ? sometimes : rarely);
  // A few branches still lack coordinates, as after an import without them.
  const located = options.allLocated || random() >= 0.02;
  const storeCode = `FN-${pad(index, 5)}`;
  const slugPart = storeCode.toLowerCase();
  return {
    storeCode,
    name: `${pick(random, formats)} Nord ${town.name} ${street}`,
    street,
    postalCode,
    city: town.name,
    region: town.region,
    phone: has(0.98, 0.7, 0.3)
      ? `+49${town.areaCode}${pad(100000 + Math.floor(random() * 899999), 6)}`
      : null,
    website: has(0.95, 0.5, 0.1) ? `https://www.filialkette-nord.example/${slugPart}` : null,
    email: has(0.9, 0.4, 0.1) ? `${slugPart}@filialkette-nord.example` : null,
    primaryCategory: has(0.98, 0.7, 0.2) ? pick(random, categories) : null,
    description: has(0.9, 0.3, 0.05)
      ? `Frisches Brot und Brötchen in ${town.name}, jeden Morgen ab 6:30 Uhr.`
      : null,
    openingHours: has(0.98, 0.6, 0.2) ? openingHours(random) : {},
    latitude: located ? Number(latitude.toFixed(6)) : null,
    longitude: located ? Number(longitude.toFixed(6)) : null,
  };
}

function openingHours(random: () => number) {
  const opens = random() < 0.5 ? '06:30' : '07:00';
  const weekday = [{ opens, closes: '18:00' }];
  return {
    mon: weekday,
    tue: weekday,
    wed: weekday,
    thu: weekday,
    fri: weekday,
    sat: [{ opens, closes: '13:00' }],
    sun: random() < 0.4 ? [{ opens: '08:00', closes: '11:00' }] : [],
  };
}

// 2,000 rows of 17 columns stay well below PostgreSQL's 65,535 bind parameters per statement;
// larger batches are no faster (Prisma spends about 0.4 s per 1,000 rows either way).
const batchSize = 2_000;

export type ChainOrganisation = { name: string; slug: string };

/**
 * Makes sure Filialkette Nord (or `organisation`; owned by the demo owner) has branches
 * 1…count; existing ones stay as they are. Returns how many were added.
 */
export async function seedChainData(
  databaseUrl: string,
  count: number,
  organisation: ChainOrganisation = chainOrganisation,
  options: { allLocated?: boolean } = {},
): Promise<number> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 2 }) });
  try {
    const owner = await db.user.findUnique({ where: { email: demoOwner.email }, select: { id: true } });
    if (!owner) throw new Error(`The demo owner ${demoOwner.email} is missing; seed the demo data first.`);
    const { id: organisationId } = await db.organisation.upsert({
      where: { slug: organisation.slug },
      create: { ...organisation, memberships: { create: { userId: owner.id, role: 'OWNER' } } },
      update: {},
      select: { id: true },
    });
    let added = 0;
    for (let first = 1; first <= count; first += batchSize) {
      const rows = [];
      for (let index = first; index < Math.min(first + batchSize, count + 1); index++) {
        rows.push({ ...chainLocation(index, options), organisationId });
      }
      // Idempotent: store codes are unique per organisation, existing branches are skipped.
      added += (await db.location.createMany({ data: rows, skipDuplicates: true })).count;
    }
    await seedChainListings(db, organisationId);
    return added;
  } finally {
    await db.$disconnect();
  }
}

/**
 * Checklist items for the branches that have none yet, so the map shows all three presence bands.
 * One statement for any number of branches; a hash of store code and platform decides, so the
 * same branch always gets the same items. A third of the branches is listed nowhere (poor), the
 * well kept ones are live almost everywhere and recently checked (good), the rest on about a
 * third of the platforms, half of those checked (fair).
 */
async function seedChainListings(db: PrismaClient, organisationId: string) {
  await db.$executeRaw`
    INSERT INTO listing_items (id, organisation_id, location_id, platform_id, status, last_checked_at, version, updated_at)
    SELECT gen_random_uuid(), ${organisationId}::uuid, c.location_id, c.platform_id,
           (CASE WHEN c.roll < 0.04 THEN 'NEEDS_UPDATE' ELSE 'LIVE' END)::"ListingStatus",
           CASE WHEN c.care >= 0.7 OR c.roll < 0.18 THEN now() - make_interval(days => c.age) END,
           1, now()
    FROM (
      SELECT l.id AS location_id, p.id AS platform_id,
             (abs(hashtext(l.store_code)) % 1000) / 1000.0 AS care,
             (abs(hashtext(l.store_code || '/' || p.key)) % 1000) / 1000.0 AS roll,
             abs(hashtext(p.key || '/' || l.store_code)) % 25 AS age
      FROM locations l
      CROSS JOIN platforms p
      WHERE l.organisation_id = ${organisationId}::uuid AND p.organisation_id IS NULL
        AND NOT EXISTS (SELECT 1 FROM listing_items li WHERE li.location_id = l.id)
    ) c
    WHERE (c.care >= 0.7 AND c.roll < 0.9) OR (c.care >= 0.33 AND c.care < 0.7 AND c.roll < 0.35)
    ON CONFLICT (location_id, platform_id) DO NOTHING`;
  // Fresh statistics, so the first pages after seeding thousands of rows get good query plans
  // instead of waiting for autovacuum.
  await db.$executeRaw`ANALYZE locations, listing_items`;
}
