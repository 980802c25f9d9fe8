// IT's policy in Firefox ESR, delivered the way docs/deploy.md tells IT to: a policies.json in the
// `distribution/` folder of the Firefox install, whose 3rdparty.Extensions["replyrx@replyrx.app"]
// becomes the add-on's managed storage. The policy is docs/deploy/firefox-policies.json itself, with
// its 3rdparty section as it is; only its ExtensionSettings entry (force-install from the practice's
// own server, which does not exist here) is left out, since the test installs the build itself.
// Firefox runs from a temporary copy of its install folder (tests/firefox/firefox.ts), so nothing
// is written into the system's Firefox.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { blockUnderlinesInPage, underlinedWithBadgeInPage } from '../e2e/shared';
import { click, GECKO_ID, launchFirefox, overlayState, type FirefoxApp } from './firefox';

const EXAMPLE = JSON.parse(readFileSync('docs/deploy/firefox-policies.json', 'utf8')) as { policies: Record<string, unknown> & { '3rdparty': { Extensions: Record<string, unknown> } } };
const { ExtensionSettings, ...policies } = EXAMPLE.policies;
const IT_NOTE = "Set by your practice's IT";

let app: FirefoxApp;
beforeAll(async () => {
  expect(ExtensionSettings, 'the example force-installs ReplyRx').toHaveProperty([GECKO_ID, 'installation_mode'], 'force_installed');
  app = await launchFirefox({ policy: { policies } });
});
afterAll(async () => {
  await app?.close();
});

test("Firefox delivers the example's 3rdparty section to the add-on's managed storage, as it is", async () => {
  expect(await app.stored('managed')).toEqual(EXAMPLE.policies['3rdparty'].Extensions[GECKO_ID]);
  // The example names the practice and its phone: no welcome page was opened on install.
  expect(app.welcome).toBeUndefined();
});

test('the options page shows the locked rules and switches as set by IT, and the defaults as values', async () => {
  const options = await app.extensionPage('options.html');
  const field = (path: string) =>
    options.evaluate((p) => {
      const el = document.querySelector(`[data-field="${p}"]`);
      if (!el) return null;
      const controls = [...el.querySelectorAll<HTMLInputElement>('input, select, textarea')];
      return { text: (el as HTMLElement).innerText, controls: controls.length, disabled: controls.filter((c) => c.disabled).length, value: controls[0]?.value };
    }, path);
  await expect.poll(async () => (await field('rules.medical-advice'))?.text).toContain(IT_NOTE);
  for (const path of ['rules.medical-advice', 'rules.health-details', 'sendGuard.allowPostAnyway']) {
    const f = (await field(path))!;
    expect(f.text, path).toContain(IT_NOTE);
    expect(f.controls, path).toBeGreaterThan(0);
    expect(f.disabled, path).toBe(f.controls);
  }
  for (const path of ['rules.jargon', 'rules.person-name', 'practice.name']) {
    const f = (await field(path))!;
    expect(f.text, path).not.toContain(IT_NOTE);
    expect(f.disabled, path).toBe(0);
  }
  expect((await field('practice.name'))!.value).toBe('Harbor Point Family Health');
  expect(await options.evaluate(() => document.querySelectorAll('[data-managed-problems]').length)).toBe(0);
});

test('in the composer the locked rule blocks, even where the manager turned it off, and "Post anyway" is gone', async () => {
  await app.setLocalPolicy({ rules: { 'medical-advice': 'off', jargon: 'warn' } });
  const page = await app.sitePage();
  await page.goto('https://www.facebook.com/');
  await click(page, '[aria-label="Write a comment…"]');
  await page.keyboard.type('Try ibuprofen twice a day for the swelling.');
  await page.waitForFunction(underlinedWithBadgeInPage, { timeout: 5000 });
  await expect.poll(() => page.evaluate(blockUnderlinesInPage)).toContain('medical-advice');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await overlayState(page)).dialog).toContain('Edit');
  expect((await overlayState(page)).dialog).not.toContain('Post anyway');
  expect(await page.evaluate(() => window.__fixture.posted)).toEqual([]);
  expect(app.foreignRequests).toEqual([]);
});
