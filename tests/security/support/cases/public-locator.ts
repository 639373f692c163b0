// Registry: the public store locator's route handlers (lib/publishing/locator). They answer anyone
// without a session; what guards the victim is that its locator is off (the default): its slug,
// its locations' store codes and a made-up slug all answer the same 404. The legitimate calls
// read a locator another organisation switched on, which shows its own locations only.
import { randomUUID } from 'node:crypto';
import { NextRequest } from 'next/server';
import { db } from '@/lib/db/prisma';
import { forgetLocatorSnapshots } from '@/lib/publishing/locator/locator-snapshot';
import { createTestOrganisation, createTestUser, insertTestLocation } from '@/tests/support/factories';
import type { EntryPointCase, Probe } from '../entry-point-case';
import { captureResponse, outcomeText, type Outcome } from '../outcomes';
import { appOrigin } from '../request-scope';
import type { World } from '../world';

type LocatorTarget = { slug: string; storeCode: string };
type Prepared = LocatorTarget & { victimStoreCode: string; publishedSlug: string };

const reason =
  'public: the store locator an owner switched on, for anyone without a session; an organisation whose locator is off (the default) is not found';

/** A published locator of another organisation with one location, and the victim's store code. */
async function preparePublishedLocator(_world: World, locationId: string): Promise<Prepared> {
  const owner = await createTestUser({ label: 'locator-owner' });
  const organisation = await createTestOrganisation(owner, `Locator ${randomUUID().slice(0, 8)}`);
  const storeCode = `PUB-${randomUUID().slice(0, 6)}`;
  await insertTestLocation(organisation.id, 'Öffentliche Backstube', { storeCode });
  await db.organisation.update({ where: { id: organisation.id }, data: { publicLocator: true } });
  const victimLocation = await db.location.findUniqueOrThrow({
    where: { id: locationId },
    select: { storeCode: true },
  });
  forgetLocatorSnapshots();
  return {
    slug: organisation.slug,
    storeCode,
    victimStoreCode: victimLocation.storeCode,
    publishedSlug: organisation.slug,
  };
}

const notFound = (name: string, target: LocatorTarget): Probe => ({
  name,
  sessionId: null,
  target,
  refusals: ['NOT_FOUND'],
});

/** The victim's locator (off), a made-up slug, and the victim's store code under the published slug. */
function locatorProbes(world: World, prepared: unknown, withStoreCode: boolean): Probe[] {
  const { victimStoreCode, publishedSlug } = prepared as Prepared;
  const victimSlug = world.victim.organisation.slug;
  return [
    notFound("nobody asking the victim's locator, which is off", {
      slug: victimSlug,
      storeCode: victimStoreCode,
    }),
    notFound('nobody asking a made-up organisation', {
      slug: `unbekannt-${randomUUID().slice(0, 8)}`,
      storeCode: victimStoreCode,
    }),
    ...(withStoreCode
      ? [
          notFound("nobody asking a published locator for the victim's store code", {
            slug: publishedSlug,
            storeCode: victimStoreCode,
          }),
        ]
      : []),
  ];
}

type Handler = (request: NextRequest, context: { params: Promise<unknown> }) => Promise<Response | undefined>;

function callLocator(path: (target: LocatorTarget) => string, params: (target: LocatorTarget) => unknown) {
  return (handler: unknown, { target }: { target: unknown }) =>
    captureResponse(async () => {
      const locatorTarget = target as LocatorTarget;
      const response = await (handler as Handler)(new NextRequest(`${appOrigin}${path(locatorTarget)}`), {
        params: Promise.resolve(params(locatorTarget)),
      });
      if (!response) throw new Error('The handler answered nothing.');
      return response;
    });
}

function locatorCase(
  key: string,
  options: {
    path: (target: LocatorTarget) => string;
    params: (target: LocatorTarget) => unknown;
    withStoreCode?: boolean;
    shows: (text: string) => boolean;
  },
): EntryPointCase {
  return {
    key,
    access: {
      kind: 'custom',
      reason,
      probes: (world, prepared) => locatorProbes(world, prepared, options.withStoreCode ?? false),
    },
    prepare: preparePublishedLocator,
    call: callLocator(options.path, options.params),
    positives: () => [{ name: 'nobody asking the published locator', sessionId: null }],
    success: {
      kind: 'status',
      status: 200,
      check: (outcome) => options.shows(outcomeText(outcome)),
    },
    writes: false,
  };
}

const showsLocation = (text: string) => text.includes('Öffentliche Backstube');

const answersOk = (description: string, check: (text: string) => boolean) => ({
  description,
  test: (outcome: Outcome) => outcome.kind === 'response' && outcome.status === 200 && check(outcome.body),
});

export const publicLocatorCases: EntryPointCase[] = [
  locatorCase('GET app/l/[slug]/route.ts', {
    path: ({ slug }) => `/l/${slug}`,
    params: ({ slug }) => ({ slug }),
    shows: showsLocation,
  }),
  locatorCase('GET app/l/[slug]/[storeCode]/route.ts', {
    path: ({ slug, storeCode }) => `/l/${slug}/${encodeURIComponent(storeCode)}`,
    params: ({ slug, storeCode }) => ({ slug, storeCode }),
    withStoreCode: true,
    shows: showsLocation,
  }),
  locatorCase('GET app/l/[slug]/sitemap.xml/route.ts', {
    path: ({ slug }) => `/l/${slug}/sitemap.xml`,
    params: ({ slug }) => ({ slug }),
    shows: (text) => text.includes('<urlset') && /\/l\/[^<]+\/PUB-/.test(text),
  }),
  locatorCase('GET app/api/v1/public/locators/[slug]/route.ts', {
    path: ({ slug }) => `/api/v1/public/locators/${slug}`,
    params: ({ slug }) => ({ slug }),
    shows: showsLocation,
  }),
  {
    key: 'GET app/sitemap.xml/route.ts',
    access: {
      kind: 'custom',
      reason: 'public: the index of the sitemaps of the locators owners switched on; it names nothing else',
      probes: (world) => [
        {
          name: 'nobody',
          sessionId: null,
          refusals: [],
          accepts: answersOk(
            "the index, without the victim's locator (it is off)",
            (text) =>
              text.includes('<sitemapindex') && !text.includes(`/l/${world.victim.organisation.slug}/`),
          ),
        },
      ],
    },
    prepare: async () => ({}),
    call: callLocator(
      () => '/sitemap.xml',
      () => ({}),
    ),
    positives: () => [{ name: 'nobody', sessionId: null }],
    success: { kind: 'status', status: 200 },
    writes: false,
  },
  {
    key: 'GET app/robots.txt/route.ts',
    access: {
      kind: 'custom',
      reason: 'public: tells crawlers they may read the locators (/l/) and nothing else',
      probes: () => [
        {
          name: 'nobody',
          sessionId: null,
          refusals: [],
          accepts: answersOk('the rules', (text) => text.includes('Disallow: /')),
        },
      ],
    },
    prepare: async () => ({}),
    call: callLocator(
      () => '/robots.txt',
      () => ({}),
    ),
    positives: () => [{ name: 'nobody', sessionId: null }],
    success: { kind: 'status', status: 200 },
    writes: false,
  },
];
