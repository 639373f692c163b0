import { expect, test } from '@playwright/test';
import { newAccount, signIn } from './support/accounts';
import { expectNoHorizontalScrollOnPhone } from './support/layout';
import { createTeam, inviteAndJoin } from './support/team';

test('an owner finds a role change and their own sign-in in the log; a staff member gets 404', async ({
  page,
  browser,
}) => {
  const team = await createTeam(page, 'Auditor');
  // The log shows a member's sign-ins from the time they joined: the owner signs in again now that
  // the organisation exists (the sign-up's own sign-in came before it).
  await page.context().clearCookies();
  await signIn(page, team.owner);
  const colleague = newAccount('Colleague');
  const colleaguePage = await inviteAndJoin(page, browser, team, colleague, 'MANAGER');

  await page.goto(`${team.dashboard}/settings/members`);
  await page.getByLabel(`Rolle von ${colleague.name} ändern`).selectOption('STAFF');
  await page.getByRole('button', { name: 'Rolle speichern' }).last().click();
  await expect(page.getByText('Rolle geändert.')).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .first()
    .getByRole('link', { name: 'Protokoll' })
    .click();
  await expect(page).toHaveURL(new RegExp(`${team.dashboard}/settings/audit$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Protokoll' })).toBeVisible();
  const log = page.getByRole('table', { name: 'Protokolleinträge, neueste zuerst' });
  const roleChange = log.getByRole('row').filter({
    hasText: `Rolle von ${colleague.email} geändert: Manager:in → Mitarbeiter:in`,
  });
  await expect(roleChange).toHaveCount(1);
  await expect(roleChange).toContainText(team.owner.email);
  await expect(roleChange.locator('time')).toHaveAttribute(
    'datetime',
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/,
  );
  await expect(roleChange).toContainText('UTC');
  const ownSignIn = log
    .getByRole('row')
    .filter({ hasText: 'Angemeldet' })
    .filter({ hasText: team.owner.email });
  await expect(ownSignIn.first()).toBeVisible();

  await expectNoHorizontalScrollOnPhone(page);

  // Filtered to sign-ins, the role change is gone and the sign-in stays.
  await page.getByLabel('Bereich').selectOption('signIns');
  await page.getByRole('button', { name: 'Anzeigen' }).click();
  await expect(page).toHaveURL(/category=signIns/);
  await expect(roleChange).toHaveCount(0);
  await expect(ownSignIn.first()).toBeVisible();

  // The colleague, a staff member now, neither sees the link nor can open the page.
  await colleaguePage.goto(team.dashboard);
  await expect(colleaguePage.getByRole('link', { name: 'Protokoll' })).toHaveCount(0);
  const response = await colleaguePage.goto(`${team.dashboard}/settings/audit`);
  expect(response?.status()).toBe(404);
  await expect(colleaguePage.getByRole('heading', { name: 'Seite nicht gefunden' })).toBeVisible();

  // The refusal is in the owner's log, with the page asked for and the role held.
  await page.getByLabel('Bereich').selectOption('access');
  await page.getByRole('button', { name: 'Anzeigen' }).click();
  const refusal = log.getByRole('row').filter({ hasText: 'Zugriff verweigert' });
  await expect(refusal).toHaveCount(1);
  await expect(refusal).toContainText(colleague.email);
  // The path as it was asked for (the proxy passes it on; Next.js has no public API for the route pattern).
  await expect(refusal).toContainText(`Seite ${team.dashboard}/settings/audit · Rolle: Mitarbeiter:in`);
});
