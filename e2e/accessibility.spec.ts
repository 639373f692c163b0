// axe-core on the main pages, at desktop width and on a 390 px phone: no serious or critical
// violation of WCAG 2.1 A and AA. The pages carry a little data (a staff member, two locations, a
// check-in draft), so lists, tables and forms are checked filled, not only their empty states.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { newAccount } from './support/accounts';
import { largePhone, openPhoneMenu } from './support/layout';
import { createLocation, createTeam, inviteAndJoin } from './support/team';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const desktop = { width: 1280, height: 800 };

/** The serious and critical violations on the page, one readable line per rule and element. */
async function seriousViolations(page: Page, label: string, exclude: string[] = []) {
  let builder = new AxeBuilder({ page }).withTags(wcagTags);
  for (const selector of exclude) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${label}: ${violation.id} (${violation.impact}) at ${node.target.join(' ')}: ${violation.help}`,
      ),
    );
}

type Check = {
  label: string;
  path: string;
  /** Waits until the page shows what is to be checked (client components rendered). */
  ready: (page: Page) => Promise<void>;
  exclude?: string[];
};

const heading = (page: Page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible();

/** Visits every page at desktop width and at 390 px; returns what axe found. */
async function checkPages(page: Page, checks: Check[]) {
  const found: string[] = [];
  for (const [width, viewport] of [
    ['desktop', desktop],
    ['390 px', largePhone],
  ] as const) {
    await page.setViewportSize(viewport);
    for (const check of checks) {
      await page.goto(check.path);
      await check.ready(page);
      found.push(...(await seriousViolations(page, `${check.label} (${width})`, check.exclude)));
    }
  }
  return found;
}

function expectNone(found: string[]) {
  expect(found, `axe found serious or critical violations:\n${found.join('\n')}`).toEqual([]);
}

test('sign-in has no serious accessibility violations on a desktop and a phone', async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  expectNone(await checkPages(page, [{ label: 'sign-in', path: '/sign-in', ready: heading }]));
});

test('the organisation pages and a staff member’s check-in have no serious accessibility violations', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const team = await createTeam(page, 'Zugangschefin');
  const { dashboard } = team;
  const staff = newAccount('Zugangskraft');
  const staffPage = await inviteAndJoin(page, browser, team, staff, 'STAFF');
  const locationId = await createLocation(page, dashboard, {
    name: 'Filiale am Deich',
    storeCode: 'A-1',
    street: 'Am Deich 12',
    responsible: staff,
  });
  await createLocation(page, dashboard, {
    name: 'Filiale Lehe',
    storeCode: 'A-2',
    street: 'Hafenstraße 145',
    responsible: team.owner,
  });

  // The staff member opens this week's check-in on her phone and leaves a draft.
  await staffPage.setViewportSize(largePhone);
  await staffPage.goto(`${dashboard}/checkins`);
  await staffPage.getByRole('link', { name: /Filiale am Deich/ }).click();
  await expect(staffPage).toHaveURL(/\/checkins\/\d{4}-W\d{2}$/);
  const checkInPath = new URL(staffPage.url()).pathname;
  const firstLine = staffPage.getByRole('group', { name: 'Zeile 1' });
  await firstLine.getByLabel('Plattform', { exact: true }).selectOption({ label: 'Instagram' });
  await firstLine.getByLabel('Minuten', { exact: true }).fill('30');
  await expect(
    staffPage.getByRole('status').filter({ hasText: /Entwurf gespeichert um \d\d:\d\d/ }),
  ).toBeVisible();
  const found = await seriousViolations(staffPage, 'check-in of staff (390 px)');
  await openPhoneMenu(staffPage);
  found.push(...(await seriousViolations(staffPage, 'menu of staff (390 px)')));

  found.push(
    ...(await checkPages(page, [
      { label: 'dashboard', path: dashboard, ready: heading },
      {
        label: 'map',
        path: `${dashboard}/locations/map`,
        ready: (page) => expect(page.locator('[data-status="ready"]')).toBeVisible(),
      },
      {
        // One item opened: its comparison and its form are checked too.
        label: 'checklist',
        path: `${dashboard}/locations/${locationId}/listings#google-business-profile`,
        ready: (page) => expect(page.getByRole('heading', { name: 'Eintrag bearbeiten' })).toBeVisible(),
      },
      {
        label: 'check-in',
        path: checkInPath,
        ready: (page) => expect(page.getByRole('group', { name: 'Zeile 1' })).toBeVisible(),
      },
      { label: 'benchmarks', path: `${dashboard}/benchmarks`, ready: heading },
      { label: 'import', path: `${dashboard}/locations/import`, ready: heading },
      { label: 'members', path: `${dashboard}/settings/members`, ready: heading },
      { label: 'platforms', path: `${dashboard}/settings/platforms`, ready: heading },
      { label: 'check-in schedule', path: `${dashboard}/settings/checkins`, ready: heading },
      { label: 'automatic checks', path: `${dashboard}/settings/verification`, ready: heading },
      { label: 'account', path: '/account', ready: heading },
    ])),
  );

  // The phone's menu, opened (closed, its links are hidden and axe skips them).
  await page.goto(dashboard);
  await page.screenshot({ path: test.info().outputPath('header-390.png') });
  await openPhoneMenu(page);
  await page.screenshot({ path: test.info().outputPath('menu-390.png') });
  found.push(...(await seriousViolations(page, 'menu (390 px)')));
  expectNone(found);
});
