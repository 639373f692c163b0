// The demo organisation: a small bakery chain in and around Bremerhaven. Seeded on the first
// embedded start (and by `npm run seed`); skipped when it exists, so it never duplicates.
import { PrismaPg } from '@prisma/adapter-pg';
import { hashPassword } from '../../lib/auth/password';
import { PrismaClient } from '../../lib/generated/prisma/client';
import { seedDemoCheckIns } from './demo-checkins';

export const demoOwner = { email: 'demo@ortsbild.example', password: 'Deichbrise-2026', name: 'Hanna Meyer' };
const demoStaff = [
  { email: 'jonas@ortsbild.example', name: 'Jonas Albers', role: 'MANAGER' as const },
  { email: 'lea@ortsbild.example', name: 'Lea Wübbena', role: 'STAFF' as const },
];
const demoOrganisation = { name: 'Bäckerei Deichbrise', slug: 'baeckerei-deichbrise' };

const demoLocations = [
  {
    storeCode: 'BHV-01',
    name: 'Bäckerei Deichbrise Bürgermeister-Smidt-Straße',
    street: 'Bürgermeister-Smidt-Straße 112',
    postalCode: '27568',
    city: 'Bremerhaven',
    latitude: 53.5446,
    longitude: 8.5781,
    phone: '+494714829310',
  },
  {
    storeCode: 'BHV-02',
    name: 'Bäckerei Deichbrise Lehe',
    street: 'Hafenstraße 145',
    postalCode: '27576',
    city: 'Bremerhaven',
    latitude: 53.5609,
    longitude: 8.5904,
    phone: '+494714829320',
  },
  {
    storeCode: 'BHV-03',
    name: 'Bäckerei Deichbrise Geestemünde',
    street: 'Georgstraße 48',
    postalCode: '27570',
    city: 'Bremerhaven',
    latitude: 53.5311,
    longitude: 8.5859,
    phone: '+494714829330',
  },
  {
    storeCode: 'BHV-04',
    name: 'Bäckerei Deichbrise Havenwelten',
    street: 'H.-H.-Meier-Straße 6',
    postalCode: '27568',
    city: 'Bremerhaven',
    latitude: 53.5432,
    longitude: 8.5742,
    phone: '+494714829340',
  },
  {
    storeCode: 'LGN-01',
    name: 'Bäckerei Deichbrise Langen',
    street: 'Leher Landstraße 21',
    postalCode: '27607',
    city: 'Geestland',
    region: 'Niedersachsen',
    latitude: 53.6018,
    longitude: 8.6011,
    phone: '+494743912870',
  },
  {
    storeCode: 'LXT-01',
    name: 'Bäckerei Deichbrise Loxstedt',
    street: 'Bahnhofstraße 9',
    postalCode: '27612',
    city: 'Loxstedt',
    region: 'Niedersachsen',
    latitude: 53.4695,
    longitude: 8.6521,
    phone: '+494744823610',
  },
];

const bakeryHours = {
  mon: [{ opens: '06:30', closes: '18:00' }],
  tue: [{ opens: '06:30', closes: '18:00' }],
  wed: [
    { opens: '06:30', closes: '13:00' },
    { opens: '14:00', closes: '18:00' },
  ],
  thu: [{ opens: '06:30', closes: '18:00' }],
  fri: [{ opens: '06:30', closes: '18:00' }],
  sat: [{ opens: '07:00', closes: '13:00' }],
  sun: [{ opens: '08:00', closes: '11:00' }],
};

type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

/**
 * A checklist that is under way: Google is live everywhere, Facebook in town, Apple's
 * verification is running for two branches, and one directory still shows Lehe's old number.
 */
async function seedDemoListings(tx: Tx, organisationId: string, ownerId: string) {
  const platforms = await tx.platform.findMany({
    where: {
      key: { in: ['google-business-profile', 'facebook', 'apple-business-connect', 'das-oertliche'] },
    },
    select: { id: true, key: true },
  });
  const platformId = (key: string) => platforms.find((platform) => platform.key === key)!.id;
  const locations = await tx.location.findMany({ where: { organisationId }, orderBy: { storeCode: 'asc' } });
  const checked = { lastCheckedAt: new Date(), lastCheckedById: ownerId };
  const items = locations.flatMap((location, index) => {
    const nap = {
      shownName: location.name,
      shownStreet: location.street,
      shownPostcode: location.postalCode,
      shownCity: location.city,
      shownPhone: location.phone,
    };
    const rows = [
      {
        ...nap,
        ...checked,
        platformId: platformId('google-business-profile'),
        status: 'LIVE' as const,
        rating: 4.4 + (index % 5) / 10,
        reviewCount: 20 + index * 7,
      },
    ];
    if (location.city === 'Bremerhaven')
      rows.push({
        ...nap,
        ...checked,
        platformId: platformId('facebook'),
        status: 'LIVE' as const,
        rating: 4.7,
        reviewCount: 12 + index,
      });
    return rows.map((row) => ({ ...row, organisationId, locationId: location.id }));
  });
  const lehe = locations.find((location) => location.storeCode === 'BHV-02')!;
  await tx.listingItem.createMany({
    data: [
      ...items,
      ...locations.slice(0, 2).map((location) => ({
        organisationId,
        locationId: location.id,
        platformId: platformId('apple-business-connect'),
        status: 'CLAIM_REQUESTED' as const,
      })),
      {
        organisationId,
        locationId: lehe.id,
        platformId: platformId('das-oertliche'),
        status: 'NEEDS_UPDATE' as const,
        shownName: lehe.name,
        shownStreet: 'Hafenstr. 145',
        shownPhone: '0471 / 48 29 300',
        mismatchedFields: ['phone'],
        notes: 'Alte Nummer aus der Zeit vor dem Umzug.',
        ...checked,
      },
    ],
  });
}

/** Returns true when it created the demo data, false when it was already there. */
export async function seedDemoData(databaseUrl: string): Promise<boolean> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 2 }) });
  try {
    if (await db.organisation.findUnique({ where: { slug: demoOrganisation.slug }, select: { id: true } }))
      return false;
    const passwordHash = await hashPassword(demoOwner.password);
    await db.$transaction(
      async (tx) => {
        const owner = await tx.user.upsert({
          where: { email: demoOwner.email },
          create: { email: demoOwner.email, name: demoOwner.name, passwordHash },
          update: {},
        });
        const organisation = await tx.organisation.create({
          data: { ...demoOrganisation, memberships: { create: { userId: owner.id, role: 'OWNER' } } },
        });
        for (const person of demoStaff) {
          const user = await tx.user.upsert({
            where: { email: person.email },
            create: { email: person.email, name: person.name, passwordHash },
            update: {},
          });
          await tx.membership.create({
            data: { organisationId: organisation.id, userId: user.id, role: person.role },
          });
        }
        const memberships = await tx.membership.findMany({
          where: { organisationId: organisation.id, role: { not: 'OWNER' } },
          select: { id: true },
          orderBy: { createdAt: 'asc' },
        });
        await tx.location.createMany({
          data: demoLocations.map((location, index) => ({
            region: 'Bremen',
            ...location,
            organisationId: organisation.id,
            // The two branches outside town are still incomplete, so the map shows what to do.
            website: index < 4 ? 'https://www.baeckerei-deichbrise.example' : null,
            primaryCategory: index < 5 ? 'Bäckerei' : null,
            openingHours: index < 5 ? bakeryHours : {},
            // Some branches have a responsible person; the others show what is still to do.
            assignedMembershipId: memberships[index % 3]?.id ?? null,
          })),
        });
        await seedDemoListings(tx, organisation.id, owner.id);
        await seedDemoCheckIns(tx, organisation.id, organisation.timeZone);
      },
      { timeout: 60_000 },
    );
    return true;
  } finally {
    await db.$disconnect();
  }
}
