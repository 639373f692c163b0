import 'server-only';
import { db } from '@/lib/db/prisma';
import { publicLocatorUrls } from '../publishable-location';
import type { LocatorSnapshot } from './locator-snapshot';

// Sitemaps of the public pages (sitemaps.org 0.9): each organisation's locator lists its list page
// and one page per published location (/l/<slug>/sitemap.xml, from the snapshot in memory); the
// app's /sitemap.xml is the index of those, read once every five minutes at most. robots.txt
// (app/robots.txt) names the index and keeps crawlers out of everything but /l/.

const xmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
const xml = (text: string) => text.replace(/[&<>"']/g, (character) => xmlEntities[character]!);

export function locatorSitemap(snapshot: LocatorSnapshot, appOrigin: string) {
  const { slug } = snapshot.organisation;
  const pages = [
    publicLocatorUrls(appOrigin, slug).locator,
    ...snapshot.locations.map((location) => publicLocatorUrls(appOrigin, slug, location.storeCode).location!),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...pages.map((page) => `<url><loc>${xml(page)}</loc></url>`),
    '</urlset>',
  ].join('\n');
}

const indexFreshForMs = 5 * 60_000;
let index: { slugs: string[]; readAt: number } | null = null;

export async function sitemapIndex(appOrigin: string) {
  if (!index || Date.now() - index.readAt > indexFreshForMs) {
    const rows = await db.organisation.findMany({
      where: { publicLocator: true },
      select: { slug: true },
      orderBy: { slug: 'asc' },
    });
    index = { slugs: rows.map((row) => row.slug), readAt: Date.now() };
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...index.slugs.map(
      (slug) => `<sitemap><loc>${xml(publicLocatorUrls(appOrigin, slug).sitemap)}</loc></sitemap>`,
    ),
    '</sitemapindex>',
  ].join('\n');
}
