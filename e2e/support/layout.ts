// Phone-sized browsing in the journeys: a 360 px touch window, the check that nothing on a page
// scrolls sideways, and the navigation menu that a phone shows behind a button.
import { expect, type Browser, type Page } from '@playwright/test';

export const phoneWidth = 360;
/** A common larger phone (iPhone 12 to 15), for journeys that check a layout at that width too. */
export const largePhone = { width: 390, height: 844 };

/** A new browser window of its own the size of a small phone, with touch. */
export async function newPhonePage(browser: Browser) {
  const context = await browser.newContext({
    viewport: { width: phoneWidth, height: 740 },
    isMobile: true,
    hasTouch: true,
  });
  return context.newPage();
}

/** Nothing on the page is wider than a phone (wide content scrolls in its own frame). */
export async function expectNoHorizontalScroll(page: Page, width = phoneWidth) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

/** Checks the page at phone width in the same window, then returns to the desktop width. */
export async function expectNoHorizontalScrollOnPhone(page: Page) {
  const desktop = page.viewportSize() ?? { width: 1280, height: 800 };
  await page.setViewportSize({ width: phoneWidth, height: desktop.height });
  await expectNoHorizontalScroll(page);
  await page.setViewportSize(desktop);
}

export async function openPhoneMenu(page: Page) {
  await page.getByText('Menü öffnen').click();
}

export async function closePhoneMenu(page: Page) {
  await page.getByText('Menü schließen').click();
}
