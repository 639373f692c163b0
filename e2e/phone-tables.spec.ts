// Tables on a 390 px phone: no table is clipped in a frame that scrolls sideways; rows stack as
// cards (components/ui/card-table.tsx) with their values labelled, and at desktop width the same
// rows are a table again. Full-page screenshots of each page at both widths are kept with the
// results (test-results/…/<page>-390.png, -1280.png) for a person to look at. axe checks each
// table at both widths, filled (WCAG 2.1 A and AA: no serious or critical violation).
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { largePhone } from './support/layout';
import { createLocation, createTeam } from './support/team';

const desktop = { width: 1280, height: 800 };

/** A date N days before today on the organisation's clock (Berlin), as YYYY-MM-DD. */
function berlinDate(daysAgo: number) {
  const date = new Date(Date.now() - daysAgo * 24 * 60 * 60 * 1000);
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(date);
}

/** Everything in `main` that scrolls sideways, and the page itself if it does: one line each. */
async function sidewaysScrollers(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll('main, main *')) {
      const { overflowX } = getComputedStyle(element);
      if ((overflowX === 'auto' || overflowX === 'scroll') && element.scrollWidth > element.clientWidth + 1) {
        const name = `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`;
        found.push(`${name}: ${element.scrollWidth} > ${element.clientWidth}`);
      }
    }
    const page = document.documentElement;
    if (page.scrollWidth > window.innerWidth) {
      // Name the innermost elements that reach past the window's edge.
      const wide = [...document.querySelectorAll('body *')].filter(
        (element) =>
          element.getBoundingClientRect().right > window.innerWidth &&
          ![...element.children].some((child) => child.getBoundingClientRect().right > window.innerWidth),
      );
      const names = wide
        .slice(0, 3)
        .map((element) => `${element.tagName.toLowerCase()} "${element.textContent?.slice(0, 40)}"`);
      found.push(`page: ${page.scrollWidth} > ${window.innerWidth} (${names.join(', ')})`);
    }
    return found;
  });
}

/** axe's serious and critical findings on the page, one line per rule and element. */
async function seriousViolations(page: Page, label: string) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map(
        (node) => `${label}: ${violation.id} at ${node.target.join(' ')}: ${violation.help}`,
      ),
    );
}

const display = (element: Locator) => element.evaluate((node) => getComputedStyle(node).display);
/** The column name drawn in front of a cell's value on a phone. */
const drawnLabel = (element: Locator) =>
  element.evaluate((node) => getComputedStyle(node, '::before').content);

/**
 * At 390 px `card` (a cell) sits in a row shown as a card, with its label drawn; nothing scrolls
 * sideways. At 1280 px it is a table cell. Screenshots at both widths.
 */
async function expectCardsOnPhone(page: Page, name: string, cell: Locator, label: string) {
  await page.setViewportSize(largePhone);
  await expect(cell).toBeVisible();
  expect(await display(cell)).toBe('grid');
  expect(await drawnLabel(cell)).toContain(label);
  const box = (await cell.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(largePhone.width);
  expect(await sidewaysScrollers(page), `${name} scrolls sideways at 390 px`).toEqual([]);
  expect(await seriousViolations(page, `${name} (390 px)`)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath(`${name}-390.png`), fullPage: true });

  await page.setViewportSize(desktop);
  await expect(cell).toBeVisible();
  expect(await display(cell)).toBe('table-cell');
  expect(await drawnLabel(cell)).toBe('none');
  expect(await seriousViolations(page, `${name} (1280 px)`)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath(`${name}-1280.png`), fullPage: true });
}

test('on a phone the listings, benchmark, time and audit tables stack as cards and nothing scrolls sideways', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const team = await createTeam(page, 'Kartenchefin');
  const { dashboard } = team;
  const locationId = await createLocation(page, dashboard, {
    name: 'Filiale am Deich',
    storeCode: 'K-1',
    street: 'Am Deich 12',
    responsible: team.owner,
  });
  // A name without a place to break must not widen a page either.
  await createLocation(page, dashboard, {
    name: 'Fischereihafenschaufensterfilialebremerhavennord',
    storeCode: 'K-2',
    street: 'Am Lotsenhaus 3',
    responsible: team.owner,
  });

  // Time through the API: 120 minutes of posts last week (counted by the benchmarks), 45 today
  // (this week's grid on the time page).
  await page.goto(`${dashboard}/settings/api-tokens`);
  await page.getByLabel('Name', { exact: true }).fill('Karten-Test');
  await page.getByRole('button', { name: 'Token anlegen' }).click();
  const headers = { authorization: `Bearer ${await page.getByLabel('Neues API-Token').inputValue()}` };
  const platforms = await (await page.request.get('/api/v1/platforms', { headers })).json();
  const facebook = platforms.data.find((platform: { key: string }) => platform.key === 'facebook');
  for (const [daysAgo, minutes] of [
    [7, 120],
    [0, 45],
  ] as const) {
    const response = await page.request.post('/api/v1/time-entries', {
      headers,
      data: { locationId, platformId: facebook.id, activity: 'POSTING', date: berlinDate(daysAgo), minutes },
    });
    expect(response.status()).toBe(201);
  }

  // Facebook checked today, showing another town than the location's.
  const saved = await page.request.put(`/api/v1/locations/${locationId}/listings/${facebook.id}`, {
    headers,
    data: { version: 0, status: 'NEEDS_UPDATE', shownCity: 'Bremen', markChecked: true },
  });
  expect(saved.status()).toBe(201);

  // Listings: a card per location, a line per platform with its status (differences and the last
  // check under it where there are any); "select all" stays in reach.
  await page.setViewportSize(desktop);
  await page.goto(`${dashboard}/listings`);
  const matrix = page.getByRole('table', { name: 'Einträge je Standort und Plattform' });
  const deich = matrix.getByRole('rowgroup').filter({ hasText: 'Filiale am Deich' });
  const google = deich.getByRole('row', { name: /Google Business Profile/ });
  await expect(google).toContainText('Nicht begonnen');
  await page.setViewportSize(largePhone);
  expect(await display(deich)).toBe('block');
  expect(await display(google)).toBe('flex');
  await expect(google.getByText('Nicht begonnen')).toBeVisible();
  // Never checked, no differences: nothing more on the line (the cells stay for screen readers).
  expect(
    (await google.getByRole('cell', { name: 'Nie', exact: true }).boundingBox())!.width,
  ).toBeLessThanOrEqual(1);
  const facebookRow = deich.getByRole('row', { name: /Facebook/ });
  await expect(facebookRow.getByText('Muss aktualisiert werden')).toBeVisible();
  const mismatch = facebookRow.getByRole('cell', { name: 'Ort' });
  await expect(mismatch).toBeVisible();
  expect(await drawnLabel(mismatch)).toContain('Abweichungen');
  await expect(page.getByLabel('Alle auf dieser Seite auswählen')).toBeVisible();
  expect(await sidewaysScrollers(page), 'listings scroll sideways at 390 px').toEqual([]);
  expect(await seriousViolations(page, 'listings (390 px)')).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('listings-390.png'), fullPage: true });
  await page.setViewportSize(desktop);
  expect(await display(google)).toBe('table-row');
  expect(await seriousViolations(page, 'listings (1280 px)')).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('listings-1280.png'), fullPage: true });

  // Benchmarks: the per-location table and a chart's table behind its "show as table".
  await page.goto(`${dashboard}/benchmarks`);
  const perLocation = page.getByRole('row', { name: /Filiale am Deich/ }).filter({ hasText: 'K-1' });
  await expectCardsOnPhone(
    page,
    'benchmarks',
    perLocation.getByRole('cell').filter({ hasText: '120' }).first(),
    'Minuten',
  );
  const trend = page.locator('figure[data-chart="weekly-trend"]');
  await trend.getByText('Als Tabelle anzeigen').click();
  const lastWeek = trend.getByRole('row').filter({ hasText: '120' });
  await expectCardsOnPhone(page, 'benchmarks-chart-table', lastWeek.getByRole('cell').first(), 'Minuten');

  // Time: this week's grid, a card per member with the week's total.
  await page.goto(`${dashboard}/time`);
  const ownRow = page.getByRole('row', { name: new RegExp(team.owner.name) });
  await expect(ownRow).toContainText('45 min');
  await expectCardsOnPhone(page, 'time', ownRow.getByRole('cell').first(), 'Summe');

  // Audit log: the token's creation, by the owner.
  await page.goto(`${dashboard}/settings/audit`);
  const created = page.getByRole('row').filter({ hasText: 'API-Zugang „Karten-Test“ erstellt' });
  await expect(created).toContainText(team.owner.email);
  await expectCardsOnPhone(
    page,
    'audit',
    created.getByRole('cell').filter({ hasText: team.owner.email }),
    'Wer',
  );

  // The locations list and the check-ins list have no table to stack, and nothing scrolls sideways.
  for (const [name, path] of [
    ['locations', `${dashboard}/locations`],
    ['checkins', `${dashboard}/checkins`],
  ] as const) {
    await page.setViewportSize(largePhone);
    await page.goto(path);
    await expect(page.getByText('Filiale am Deich').first()).toBeVisible();
    expect(await sidewaysScrollers(page), `${name} scrolls sideways at 390 px`).toEqual([]);
    await page.screenshot({ path: test.info().outputPath(`${name}-390.png`), fullPage: true });
    await page.setViewportSize(desktop);
    await page.screenshot({ path: test.info().outputPath(`${name}-1280.png`), fullPage: true });
  }
});
