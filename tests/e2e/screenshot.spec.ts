// Takes the README's screenshot: a warning card over a Facebook comment box (Lexical fixture).
// It lands in docs/ only with REPLYRX_SCREENSHOTS=1 (tests/e2e/extension.ts, screenshotPath).
import { expect, test } from '@playwright/test';
import { launchWithExtension, overlayState, screenshotPath, serveFixtures } from './extension';

test('screenshot of a warning card over a composer', async () => {
  const app = await launchWithExtension();
  try {
    await serveFixtures(app.context);
    await app.worker.evaluate(() => chrome.storage.local.set({ policy: { practice: { name: 'Harbor Point Family Health', phones: ['(555) 201-4400'] } } }));
    const page = await app.context.newPage();
    await page.setViewportSize({ width: 900, height: 720 });
    await page.goto('https://www.facebook.com/');
    await page.click('[aria-label="Write a comment…"]');
    await page.keyboard.type('He was so brave on the nebulizer! Make sure he takes his Flovent twice a day.');
    await expect.poll(async () => (await overlayState(page)).badge).not.toBeNull();
    await page.keyboard.press('Alt+Shift+R');
    await expect.poll(async () => (await overlayState(page)).card).toBe(true);
    await page.screenshot({ path: screenshotPath('screenshot-card.png') });
  } finally {
    await app.close();
  }
});
