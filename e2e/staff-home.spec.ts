import { expect, test } from '@playwright/test';
import { newAccount } from './support/accounts';
import { expectNoHorizontalScroll, largePhone, openPhoneMenu } from './support/layout';
import { createLocation, createTeam, inviteAndJoin } from './support/team';

test('a staff member on a phone: home leads with her week, she fills a check-in and submits it after a confirmation with the totals', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const team = await createTeam(page, 'Heimchefin');
  const { dashboard } = team;
  const staff = newAccount('Heimkraft');
  const staffPage = await inviteAndJoin(page, browser, team, staff, 'STAFF');
  await staffPage.setViewportSize(largePhone);

  for (const [name, storeCode, street] of [
    ['Filiale am Deich', 'H-1', 'Am Deich 12'],
    ['Filiale Lehe', 'H-2', 'Hafenstraße 145'],
  ] as const)
    await createLocation(page, dashboard, { name, storeCode, street, responsible: staff });
  await createLocation(page, dashboard, {
    name: 'Filiale der Chefin',
    storeCode: 'H-3',
    street: 'Markt 1',
    responsible: team.owner,
  });

  // Home: her check-ins of this week come first, only her locations, none done yet.
  await staffPage.goto(dashboard);
  const main = staffPage.getByRole('main');
  await expect(main.getByRole('heading', { level: 2 }).first()).toHaveText('Ihre Check-ins');
  const week = main.getByRole('region', { name: 'Ihre Check-ins' });
  await expect(week.getByText('0 von 2 abgeschlossen')).toBeVisible();
  await expect(week.getByRole('link', { name: /Filiale am Deich/ })).toContainText('Nicht begonnen');
  await expect(week.getByRole('link', { name: /Filiale Lehe/ })).toBeVisible();
  await expect(main.getByText('Filiale der Chefin')).toHaveCount(0);
  // No set-up steps for the owner on her home.
  await expect(main.getByText('Das Team einladen', { exact: false })).toHaveCount(0);
  await expect(main.getByRole('heading', { name: /Erste Schritte|Nächste Schritte/ })).toHaveCount(0);
  await expectNoHorizontalScroll(staffPage, largePhone.width);
  await staffPage.screenshot({ path: test.info().outputPath('staff-home-390.png'), fullPage: true });

  // The menu has her work, not the administration.
  await openPhoneMenu(staffPage);
  const menu = staffPage.getByRole('navigation', { name: 'Hauptnavigation' });
  await expect(menu.getByRole('link', { name: 'Check-ins', exact: true })).toBeVisible();
  for (const admin of ['Mitglieder', 'API-Zugänge', 'Plattformen', 'Check-in-Termin', 'Protokoll'])
    await expect(menu.getByRole('link', { name: admin })).toHaveCount(0);
  await staffPage.screenshot({ path: test.info().outputPath('staff-menu-390.png') });
  await staffPage.getByText('Menü schließen').click();

  // One tap to the week's check-in of a location; a few taps to fill it.
  await week.getByRole('link', { name: /Filiale am Deich/ }).click();
  await expect(staffPage).toHaveURL(/\/checkins\/\d{4}-W\d{2}$/);
  const first = staffPage.getByRole('group', { name: 'Zeile 1' });
  await first.getByRole('button', { name: '+30 Minuten' }).click();
  await first.getByRole('button', { name: '+30 Minuten' }).click();
  await first.getByRole('button', { name: '+15 Minuten' }).click();
  for (let tap = 0; tap < 2; tap++)
    await staffPage.getByRole('button', { name: 'Veröffentlichte Beiträge erhöhen' }).click();
  await staffPage.getByRole('button', { name: 'Beantwortete Bewertungen erhöhen' }).click();
  await staffPage.getByLabel('Notizen').fill('Zwei Reels zum Stadtfest');
  await expect(
    staffPage.getByRole('status').filter({ hasText: /Entwurf gespeichert um \d\d:\d\d/ }),
  ).toBeVisible();

  // The sticky save bar never covers the field being typed in, down to the last one.
  await staffPage.getByLabel('Notizen').focus();
  await staffPage.keyboard.press('Tab');
  const blockers = staffPage.getByLabel('Hindernisse');
  await expect(blockers).toBeFocused();
  const saveBar = staffPage.getByRole('button', { name: 'Abschließen' });
  const barTop = await saveBar.evaluate(
    (button) => button.closest('div.sticky')!.getBoundingClientRect().top,
  );
  const fieldBottom = await blockers.evaluate((field) => field.getBoundingClientRect().bottom);
  expect(fieldBottom).toBeLessThanOrEqual(barTop);
  await expectNoHorizontalScroll(staffPage, largePhone.width);
  await staffPage.screenshot({ path: test.info().outputPath('check-in-last-field-390.png') });

  // "Abschließen" asks first, with the week's totals, in a dialog that keeps focus inside.
  await saveBar.click();
  const confirmation = staffPage.getByRole('dialog', {
    name: /^KW \d+ für Filiale am Deich abschließen\?$/,
  });
  await expect(confirmation).toBeVisible();
  const totals = confirmation.getByRole('definition');
  await expect(totals).toHaveText(['1 h 15 min', '2', '1']);
  await expect(
    confirmation.getByText('Nur eine Leitung kann sie wieder öffnen.', { exact: false }),
  ).toBeVisible();
  await expect(confirmation.getByRole('button', { name: 'Weiter bearbeiten' })).toBeFocused();
  for (const key of ['Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
    await staffPage.keyboard.press(key);
    expect(await confirmation.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
  }
  await staffPage.screenshot({ path: test.info().outputPath('check-in-confirmation-390.png') });

  // Escape changes nothing; the second time she confirms.
  await staffPage.keyboard.press('Escape');
  await expect(confirmation).toBeHidden();
  await expect(saveBar).toBeFocused();
  await saveBar.click();
  await confirmation.getByRole('button', { name: 'Ja, abschließen' }).click();
  await expect(staffPage.getByText(`Abgeschlossen von ${staff.name} am`, { exact: false })).toBeVisible();

  // Home again: done for this location, the other one still to do.
  await staffPage.goto(dashboard);
  await expect(week.getByText('1 von 2 abgeschlossen')).toBeVisible();
  await expect(week.getByRole('link', { name: /Filiale am Deich/ })).toContainText('Abgeschlossen');
  await expect(week.getByRole('link', { name: /Filiale am Deich/ })).toContainText('1 h 15 min erfasst');
  await staffPage.setViewportSize({ width: 1280, height: 900 });
  await staffPage.screenshot({ path: test.info().outputPath('staff-home-desktop.png'), fullPage: true });
  const aside = staffPage.getByRole('complementary');
  await expect(aside.getByRole('link', { name: 'Mitglieder' })).toHaveCount(0);
  await staffPage.context().close();
});
