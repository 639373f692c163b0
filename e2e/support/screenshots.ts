// Full-page screenshots at desktop width and on a 390 px phone, kept with the test's results
// (test-results/<test>/<name>-desktop.png, -390.png) for a person to look at; the phone view
// must not scroll sideways.
import type { Page, TestInfo } from '@playwright/test';
import { expectNoHorizontalScroll, largePhone } from './layout';

export async function screenshots(page: Page, testInfo: TestInfo, name: string) {
  const desktop = page.viewportSize() ?? { width: 1280, height: 720 };
  await page.screenshot({ path: testInfo.outputPath(`${name}-desktop.png`), fullPage: true });
  await page.setViewportSize(largePhone);
  await expectNoHorizontalScroll(page, largePhone.width);
  await page.screenshot({ path: testInfo.outputPath(`${name}-390.png`), fullPage: true });
  await page.setViewportSize(desktop);
}
