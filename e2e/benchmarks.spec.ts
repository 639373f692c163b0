import { expect, test, type Page } from '@playwright/test';
import { expectNoHorizontalScrollOnPhone } from './support/layout';
import { screenshots } from './support/screenshots';
import { createLocation, createTeam } from './support/team';

/** A date N days before today on the organisation's clock (Berlin), as YYYY-MM-DD. */
function berlinDate(daysAgo: number) {
  const date = new Date(Date.now() - daysAgo * 24 * 60 * 60 * 1000);
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(date);
}

/** An API token, made on the settings page. */
async function createToken(page: Page, dashboard: string) {
  await page.goto(`${dashboard}/settings/api-tokens`);
  await page.getByLabel('Name', { exact: true }).fill('Benchmark-Test');
  await page.getByRole('button', { name: 'Token anlegen' }).click();
  return page.getByLabel('Neues API-Token').inputValue();
}

test('a manager sees the time per working day placed in the survey bands and adds an own benchmark set', async ({
  page,
}, testInfo) => {
  const { owner: manager, dashboard } = await createTeam(page, 'Vergleich', 'Laden');

  // A location the manager is responsible for, three finished weeks with 880 minutes each and
  // 960 minutes today: the running week is left out, so 2,640 minutes over the 11 finished
  // weeks of the default 12 are 48 minutes per working day.
  const locationId = await createLocation(page, dashboard, {
    name: 'Laden am Deich',
    storeCode: 'D-1',
    street: 'Deichstraße 1',
    responsible: manager,
  });

  const token = await createToken(page, dashboard);
  const headers = { authorization: `Bearer ${token}` };
  const platforms = await (await page.request.get('/api/v1/platforms', { headers })).json();
  const facebook = platforms.data.find((platform: { key: string }) => platform.key === 'facebook');
  for (const [daysAgo, minutes] of [
    [0, 960],
    [7, 880],
    [14, 880],
    [21, 880],
  ] as const) {
    const response = await page.request.post('/api/v1/time-entries', {
      headers,
      data: {
        locationId,
        platformId: facebook.id,
        activity: 'POSTING',
        date: berlinDate(daysAgo),
        minutes,
      },
    });
    expect(response.status()).toBe(201);
  }

  await page.goto(`${dashboard}/benchmarks`);
  await expect(
    page.getByText(
      'Ø 48 Min. pro Arbeitstag: 30 Minuten bis 2 Stunden am Tag – wie 39,0 % der befragten KMU.',
    ),
  ).toBeVisible();
  const chart = page.locator('figure[data-chart="daily-time"]');
  await expect(
    chart.getByRole('img', { name: 'Tägliche Zeit für Social Media in der Umfrage' }),
  ).toBeVisible();
  await expect(chart.getByText('Quelle: Hochschule Bremerhaven', { exact: false })).toBeVisible();
  await chart.getByText('Als Tabelle anzeigen').click();
  const row = chart.getByRole('row', { name: /30 Minuten bis 2 Stunden am Tag/ });
  await expect(row).toContainText('39,0 %');
  await expect(row).toContainText('48 Min.');
  // The first band's honest reading is stated.
  await expect(
    page.getByText('Die Quelle nennt diese Gruppe „mindestens 30 Minuten“', { exact: false }),
  ).toBeVisible();
  await expect(page.getByRole('img', { name: 'Minuten und Beiträge pro Woche' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Laden am Deich' })).toBeVisible();
  await expect(page.getByText('Je Standort mit Einträgen (1 Standort) sind es Ø 48 Min.')).toBeVisible();

  // The running week is drawn hatched, says so, and counts only when asked for.
  await expect(page.getByTestId('running-week-note')).toContainText('läuft noch');
  await expect(page.getByTestId('unfinished-week-note')).toContainText('nicht in Summen und Durchschnitten');
  await expect(page.locator('figure[data-chart="weekly-trend"] rect[data-unfinished="true"]')).toHaveCount(1);
  await screenshots(page, testInfo, 'benchmarks');
  await page.getByRole('link', { name: 'Laufende Woche mitzählen' }).click();
  await expect(page).toHaveURL(/includeCurrentWeek=true/);
  await expect(
    page.getByText(
      'Ø 60 Min. pro Arbeitstag: 30 Minuten bis 2 Stunden am Tag – wie 39,0 % der befragten KMU.',
    ),
  ).toBeVisible();
  await expect(page.getByLabel('Laufende Woche mitzählen', { exact: false })).toBeChecked();
  await page.getByRole('link', { name: 'Nur abgeschlossene Wochen zählen' }).click();
  await expect(page.getByTestId('daily-time-sentence')).toContainText('Ø 48 Min. pro Arbeitstag');

  // Nothing is wider than a phone.
  await expectNoHorizontalScrollOnPhone(page);

  // An own benchmark set: a band with only one bound is refused, then the fixed one is saved.
  await page.getByRole('link', { name: 'Vergleichssätze' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Kammer-Umfrage 2025');
  await page.getByLabel('Quelle (wer hat wen befragt?)').fill('IHK Bremerhaven: Umfrage unter 300 Betrieben');
  await page.getByLabel('Jahr').fill('2025');
  await page.getByLabel('Zahl der Befragten (n)').fill('300');
  const firstBand = page.getByRole('group', { name: 'Tägliche Zeit, Zeile 1' });
  await firstBand.getByLabel('Bezeichnung').fill('bis 1 Stunde');
  await firstBand.getByLabel('Anteil in %').fill('62,5');
  await firstBand.getByLabel('von Min./Tag').fill('0');
  await page.getByRole('button', { name: 'Vergleichssatz anlegen' }).click();
  await expect(
    page.getByText('Tageszeit: jede Gruppe braucht „von“ und „bis“', { exact: false }),
  ).toBeVisible();
  const keptBand = page.getByRole('group', { name: 'Tägliche Zeit, Zeile 1' });
  await expect(keptBand.getByLabel('Bezeichnung')).toHaveValue('bis 1 Stunde');
  await keptBand.getByLabel('bis Min./Tag').fill('60');
  await page.getByRole('button', { name: 'Vergleichssatz anlegen' }).click();
  await expect(page.getByText('Vergleichssatz „Kammer-Umfrage 2025“ angelegt.')).toBeVisible();
  await expect(page.getByRole('heading', { name: /Kammer-Umfrage 2025/ })).toBeVisible();

  // Compared with the own set, the same time falls in its first band, with its source.
  await page.goto(`${dashboard}/benchmarks`);
  await page.getByLabel('Vergleichen mit').selectOption({ label: 'Kammer-Umfrage 2025 (2025, n = 300)' });
  await page.getByRole('button', { name: 'Anzeigen' }).click();
  await expect(
    page.getByText('Ø 48 Min. pro Arbeitstag: bis 1 Stunde – wie 62,5 % der befragten KMU.'),
  ).toBeVisible();
  await expect(
    page
      .getByText('Quelle: IHK Bremerhaven: Umfrage unter 300 Betrieben, 2025, n = 300', { exact: false })
      .first(),
  ).toBeVisible();
});
