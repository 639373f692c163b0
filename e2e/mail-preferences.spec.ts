// Mail preferences: a staff member on a 390 px phone finds "Mail-Benachrichtigungen" from her
// notifications and switches the weekly digest off (no monthly report for staff); the owner sees
// the monthly report's switch too. Axe on the page, screenshots at 1280 and 390 px.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { newAccount } from './support/accounts';
import { expectNoHorizontalScroll, largePhone, openPhoneMenu } from './support/layout';
import { screenshots } from './support/screenshots';
import { createTeam, inviteAndJoin } from './support/team';

test('a staff member on a phone switches the weekly digest off', async ({ page, browser }, testInfo) => {
  test.setTimeout(90_000);
  const team = await createTeam(page, 'Mailchefin');
  const staff = newAccount('Mailkraft');
  const staffPage = await inviteAndJoin(page, browser, team, staff, 'STAFF');
  await staffPage.setViewportSize(largePhone);

  await openPhoneMenu(staffPage);
  await staffPage.getByRole('link', { name: 'Mitteilungen', exact: true }).click();
  await staffPage.getByRole('link', { name: 'Mail-Benachrichtigungen ändern' }).click();
  await expect(staffPage.getByRole('heading', { level: 1, name: 'Mail-Benachrichtigungen' })).toBeVisible();

  const digest = staffPage.getByRole('switch', { name: 'Wochenübersicht' });
  await expect(digest).toBeChecked();
  await expect(staffPage.getByRole('switch', { name: 'Monatsbericht' })).toHaveCount(0);
  await expect(staffPage.getByText('Jeden Montag zur Erinnerungszeit', { exact: false })).toBeVisible();
  await expectNoHorizontalScroll(staffPage, largePhone.width);
  expect((await new AxeBuilder({ page: staffPage }).analyze()).violations).toEqual([]);

  // By keyboard: the switch takes focus and Space turns it off.
  await digest.focus();
  await staffPage.keyboard.press('Space');
  await expect(digest).not.toBeChecked();
  await staffPage.getByRole('button', { name: 'Speichern' }).click();
  await expect(staffPage.getByRole('status')).toContainText(
    'Gespeichert. Ihre Mail-Benachrichtigungen sind geändert.',
  );
  await staffPage.screenshot({ path: testInfo.outputPath('mail-preferences-staff-390.png'), fullPage: true });

  await staffPage.reload();
  await expect(staffPage.getByRole('switch', { name: 'Wochenübersicht' })).not.toBeChecked();

  // The owner has the monthly report's switch, off until she opts in.
  await page.goto(`${team.dashboard}/notifications/mail`);
  await expect(page.getByRole('switch', { name: 'Wochenübersicht' })).toBeChecked();
  await expect(page.getByRole('switch', { name: 'Monatsbericht' })).not.toBeChecked();
  await expect(page.getByText('Am ersten Werktag des Monats', { exact: false })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await screenshots(page, testInfo, 'mail-preferences-owner');
});
