// The servers outside the app that the browser tests' app asks when it verifies listings, as a
// process of its own (a Playwright webServer): an Overpass-compatible API answering from the
// OpenStreetMap fixtures (lib/verification/osm/fixtures) and a business's website whose start page
// has no structured data. The app reaches them through OVERPASS_URL and OUTBOUND_ALLOW
// (playwright.config.ts); scripts/test.ts picks the ports.
// Run: OVERPASS_PORT=2590 WEBSITE_PORT=2591 node --import tsx tests/support/outside-servers.ts
import { startOverpassServer } from './overpass-server';
import { startWebsiteServer } from './website-server';

const overpassPort = Number(process.env.OVERPASS_PORT ?? 2590);
const websitePort = Number(process.env.WEBSITE_PORT ?? 2591);

/** The bakery of the Bremen fixture: name, address and phone in text only, nothing a reader can use. */
const websitePage = `<!doctype html>
<html lang="de">
  <head><meta charset="utf-8" /><title>Backstube Nord – Brot aus Bremen</title></head>
  <body>
    <h1>Backstube Nord</h1>
    <address>Sögestraße 12<br />28195 Bremen<br />Tel. 0421 3398810</address>
    <p>Mo–Sa 7–19 Uhr</p>
  </body>
</html>`;

const website = await startWebsiteServer({ port: websitePort });
website.serve('/', { kind: 'page', body: websitePage });
const overpass = await startOverpassServer({ port: overpassPort });
console.info(`Overpass API at ${overpass.url}, business website at ${website.origin}/`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await Promise.all([overpass.close(), website.close()]);
    process.exit(0);
  });
}
