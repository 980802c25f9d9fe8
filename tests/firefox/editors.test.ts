// Every composer of the fixture pages (the same pages and expectations as tests/e2e/editors.spec.ts,
// from tests/e2e/shared.ts), in Firefox ESR: a risky text gets underlines and a badge (within the
// same 300 ms as in Chromium, timed in the page), a safe one
// nothing; Replace lands in the editor's own model; a block finding holds every send path.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { COMPOSERS, TEXTS, underlinedWithBadgeInPage } from '../e2e/shared';
import { click, clickInOverlay, clickOverlayButton, launchFirefox, overlayState, press, typeUntilUnderlined, type FirefoxApp } from './firefox';

const { RISKY, SAFE, BLOCKING } = TEXTS;

/** In the page: the text of the focused editor, found through shadow roots, or null when no editor has the focus. */
function focusedEditorText(): string | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (active instanceof HTMLTextAreaElement) return active.value;
  return active instanceof HTMLElement && active.isContentEditable ? active.innerText.trim() : null;
}

let app: FirefoxApp;
beforeAll(async () => {
  app = await launchFirefox();
});
afterAll(async () => {
  await app?.close();
});

for (const c of COMPOSERS) {
  describe(c.name, () => {
    const model = (page: Page) => page.evaluate((id) => window.__fixture.read(id), c.model);
    const posted = (page: Page) => page.evaluate(() => window.__fixture.posted);

    /** The fixture page with its composer open and focused; closed after `run`. */
    async function withComposer(run: (page: Page) => Promise<void>): Promise<void> {
      const page = await app.sitePage();
      try {
        await page.goto(c.url);
        if (c.open) await click(page, c.open);
        await click(page, c.selector);
        await run(page);
      } finally {
        await page.close();
      }
    }

    test('a risky text is underlined with a badge within 300 ms; a safe one shows nothing', () =>
      withComposer(async (page) => {
        const delay = await typeUntilUnderlined(page, RISKY);
        console.log(`${c.name}: underlined ${Math.round(delay)} ms after the last keystroke`);
        expect(delay).toBeLessThan(300);
        // (The first underline can be an earlier keystroke's answer, "Great seeing you Tuesday", drawn before the last
        // one's arrives: the name is underlined once the whole text is checked.)
        await expect.poll(async () => (await overlayState(page)).underlines, { timeout: 5000 }).toEqual(expect.arrayContaining(['person-name']));
        await expect.poll(() => model(page)).toBe(RISKY);

        await press(page, 'ControlOrMeta+A');
        await page.keyboard.press('Backspace');
        await page.keyboard.type(SAFE);
        await expect.poll(() => model(page)).toBe(SAFE);
        await expect.poll(async () => (await overlayState(page)).badge).toBeNull();
        expect((await overlayState(page)).underlines).toEqual([]);
      }));

    test("Replace writes the safe reply into the editor's own model, and the editor still takes keys", () =>
      withComposer(async (page) => {
        await page.keyboard.type(RISKY);
        await page.waitForFunction(underlinedWithBadgeInPage, { timeout: 5000 });
        // A real click on the badge: the overlay must be above the page (a modal dialog's top layer included).
        await clickInOverlay(page, '.badge');
        await expect.poll(async () => (await overlayState(page)).reply).toBeTruthy();
        const { reply } = await overlayState(page);
        await clickOverlayButton(page, 'Replace');
        await expect.poll(() => model(page)).toBe(reply);
        await expect.poll(async () => (await overlayState(page)).underlines).toEqual([]);
        await click(page, c.selector);
        // The focused editor (through shadow roots) shows the reply in its own DOM before more keys go in: Draft.js
        // re-renders a moment after its model changes.
        await expect.poll(() => page.evaluate(focusedEditorText)).toBe(reply);
        await press(page, 'ControlOrMeta+End');
        await page.keyboard.type(' ok!!');
        await page.keyboard.press('Backspace');
        await page.keyboard.press('ArrowLeft');
        await page.keyboard.type('y');
        await expect.poll(() => model(page)).toBe(`${reply} oky!`);
      }));

    test('a block finding holds back every send path until "Post anyway"', () =>
      withComposer(async (page) => {
        await page.keyboard.type(BLOCKING);
        await expect.poll(async () => (await overlayState(page)).underlines).toContain('record-number');
        const paths: (() => Promise<void>)[] = [];
        if (c.sendButton) paths.push(() => click(page, c.sendButton!));
        for (const key of c.sendKeys) paths.push(() => press(page, key));
        expect(paths.length).toBeGreaterThan(0);
        for (const send of paths) {
          await click(page, c.selector);
          await send();
          await expect.poll(async () => (await overlayState(page)).dialog).toContain('record, account, insurance or ID number');
          expect(await posted(page)).toEqual([]);
          await clickOverlayButton(page, 'Edit');
          await expect.poll(async () => (await overlayState(page)).dialog).toBeNull();
          expect(await model(page)).toBe(BLOCKING);
        }
        await click(page, c.selector);
        await paths[0]();
        await expect.poll(async () => (await overlayState(page)).dialog).not.toBeNull();
        await clickOverlayButton(page, 'Post anyway');
        await expect.poll(() => posted(page)).toEqual([BLOCKING]);
      }));
  });
}

test('nothing left the machine while typing in every composer', () => {
  expect(app.foreignRequests).toEqual([]);
});
