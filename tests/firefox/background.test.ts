// Firefox MV3 runs the background as an event page (background.scripts), which Firefox unloads when
// it has been idle for extensions.background.idle.timeout ms (30 s by default; 1 s here). A composer
// that is already open must keep getting answers from the event page Firefox starts again.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { underlinedWithBadgeInPage } from '../e2e/shared';
import { click, launchFirefox, overlayState, type FirefoxApp } from './firefox';

const RISKY = 'Hi Tanya! Your TSH came back high, so take 75 mcg of levothyroxine.';

let app: FirefoxApp;
beforeAll(async () => {
  app = await launchFirefox({ prefs: { 'extensions.background.idle.timeout': 1000 } });
});
afterAll(async () => {
  await app?.close();
});

/** Marks the running event page (waking it if needed) and keeps a handle to its window in the add-on's own tab. */
const markEventPage = () =>
  app.inExtension(async () => {
    const scope = globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Window & { __rxMark?: boolean }> } }; __rxEventPage?: Window };
    const page = await scope.browser.runtime.getBackgroundPage();
    page.__rxMark = true;
    scope.__rxEventPage = page;
  }, null);

/** Whether the event page marked last has been unloaded (its window is closed, or already a dead object). */
const eventPageUnloaded = () =>
  app.inExtension(() => {
    try {
      return (globalThis as unknown as { __rxEventPage: Window }).__rxEventPage.closed;
    } catch {
      return true;
    }
  }, null);

/** Whether the running event page is the one marked last (asking wakes it). */
const sameEventPage = () =>
  app.inExtension(async () => {
    const scope = globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Window & { __rxMark?: boolean }> } } };
    return (await scope.browser.runtime.getBackgroundPage()).__rxMark === true;
  }, null);

test('warnings come back on the next keystroke after Firefox unloads the idle event page', async () => {
  const page = await app.sitePage();
  await page.goto('https://www.linkedin.com/messaging/');
  await click(page, '.msg-form__contenteditable');
  await page.keyboard.type(RISKY);
  await page.waitForFunction(underlinedWithBadgeInPage, { timeout: 5000 });

  await markEventPage();
  expect(await sameEventPage()).toBe(true);
  // Nothing is typed: Firefox unloads the event page once its idle timeout has passed.
  await expect.poll(eventPageUnloaded, { timeout: 20_000, interval: 250 }).toBe(true);

  await page.keyboard.type(' Call us at 555-318-2294.');
  await expect.poll(async () => (await overlayState(page)).underlines, { timeout: 5000 }).toContain('contact-number');
  expect((await overlayState(page)).underlines).toEqual(expect.arrayContaining(['person-name', 'medical-advice']));
  // The answer came from a new event page, not from the one that was unloaded.
  expect(await sameEventPage()).toBe(false);
  expect(app.foreignRequests).toEqual([]);
});
