// Publishing settings: the owner switches the public store locator on, chooses the fields, adds a
// website that may embed it (a pasted page address is stored as its origin, a line with http is
// refused and named) and gets the addresses and the embed code to copy; a manager sees the same
// read-only, also in English. Axe on each, screenshots at 1280 and 390 px.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { newAccount } from './support/accounts';
import { screenshots } from './support/screenshots';
import { createTeam, inviteAndJoin } from './support/team';

test('the owner publishes the store locator; a manager cannot change it', async ({
  page,
  browser,
  context,
}, testInfo) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const team = await createTeam(page, 'Inhaberin');
  const slug = team.dashboard.split('/').at(-1)!;

  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('link', { name: 'Veröffentlichen' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Veröffentlichen' })).toBeVisible();
  const locator = page.getByRole('switch', { name: 'Öffentliche Standortsuche' });
  await expect(locator).not.toBeChecked();
  await expect(page.getByText('Die Standortsuche ist aus.', { exact: false })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Telefonnummer' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'E-Mail-Adresse' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Name, Adresse und Lage auf der Karte' })).toBeDisabled();
  await expect(
    page.getByRole('checkbox', { name: 'Zuständige Person, Notizen, Werte und Status' }),
  ).not.toBeChecked();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // On by keyboard, e-mail published, two websites of which the second is refused by its line.
  await locator.focus();
  await page.keyboard.press('Space');
  await page.getByText('E-Mail-Adresse', { exact: true }).click();
  const origins = page.getByRole('textbox', { name: 'Einbetten erlaubt für' });
  await origins.fill('https://www.Beispiel-Baeckerei.de/filialen\nhttp://shop.beispiel-baeckerei.de');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(origins).toHaveAccessibleDescription(/Zeile 2: nur https:\/\//);
  await expect(origins).toBeFocused();
  // Nothing chosen is lost, and nothing was saved.
  await expect(locator).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'E-Mail-Adresse' })).toBeChecked();
  await expect(page.getByText('Die Standortsuche ist aus.', { exact: false })).toBeVisible();

  await origins.fill('https://www.Beispiel-Baeckerei.de/filialen\nhttps://shop.beispiel-baeckerei.de');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('status')).toContainText('Gespeichert.');
  await expect(
    page.getByText('Zeile 1: https://www.Beispiel-Baeckerei.de/filialen → https://www.beispiel-baeckerei.de'),
  ).toBeVisible();
  await expect(origins).toHaveValue('https://www.beispiel-baeckerei.de\nhttps://shop.beispiel-baeckerei.de');

  // The addresses and the code to embed.
  const origin = new URL(page.url()).origin;
  await expect(page.getByRole('link', { name: `${origin}/l/${slug}` })).toHaveAttribute(
    'href',
    `${origin}/l/${slug}`,
  );
  const iframe = `<iframe src="${origin}/l/${slug}?embed=1" title="Standorte von ${team.organisationName}" loading="lazy" style="width:100%;height:640px;border:0"></iframe>`;
  await expect(page.getByText(iframe, { exact: true })).toBeVisible();
  await expect(
    page.getByText(`<script src="${origin}/l/embed.js" data-ortsbild-locator="${slug}" async></script>`, {
      exact: true,
    }),
  ).toBeVisible();
  await expect(page.getByText(`${origin}/l/${slug}/sitemap.xml`, { exact: true })).toBeVisible();
  await expect(page.getByText(`${origin}/api/v1/public/locators/${slug}`, { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'iframe-Code kopieren' }).click();
  await expect(page.getByRole('button', { name: 'Kopiert' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(iframe);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await screenshots(page, testInfo, 'publishing-settings-owner');

  await page.reload();
  await expect(page.getByRole('switch', { name: 'Öffentliche Standortsuche' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'E-Mail-Adresse' })).toBeChecked();

  // A manager sees what is public and the code, but changes nothing.
  const managerPage = await inviteAndJoin(page, browser, team, newAccount('Filialleiter'), 'MANAGER');
  await managerPage.goto(`${team.dashboard}/settings/publishing`);
  await expect(
    managerPage.getByText('Nur Inhaber:innen ändern diese Einstellungen.', { exact: false }),
  ).toBeVisible();
  await expect(managerPage.getByRole('switch', { name: 'Öffentliche Standortsuche' })).toBeDisabled();
  await expect(managerPage.getByRole('checkbox', { name: 'E-Mail-Adresse' })).toBeDisabled();
  await expect(managerPage.getByRole('textbox', { name: 'Einbetten erlaubt für' })).toBeDisabled();
  await expect(managerPage.getByRole('button', { name: 'Speichern' })).toHaveCount(0);
  await expect(managerPage.getByText(iframe, { exact: true })).toBeVisible();
  expect((await new AxeBuilder({ page: managerPage }).analyze()).violations).toEqual([]);
  await screenshots(managerPage, testInfo, 'publishing-settings-manager');

  // The same in English.
  await managerPage.getByRole('button', { name: 'English' }).click();
  await expect(managerPage.getByRole('heading', { level: 1, name: 'Publishing' })).toBeVisible();
  await expect(managerPage.getByRole('switch', { name: 'Public store locator' })).toBeChecked();
  await expect(managerPage.getByRole('checkbox', { name: 'Email address' })).toBeChecked();
  await expect(managerPage.getByRole('button', { name: 'Copy iframe code' })).toBeVisible();
  expect((await new AxeBuilder({ page: managerPage }).analyze()).violations).toEqual([]);
  await screenshots(managerPage, testInfo, 'publishing-settings-manager-en');
});
