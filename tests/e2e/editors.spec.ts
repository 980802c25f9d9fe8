// Every composer of the fixture pages, built from the real editors (Draft.js, Lexical, Quill, TipTap,
// React textareas, plain contenteditables, some inside open shadow roots): found with the right kind
// and context, warnings, Replace checked in the editor's own model, and every send path held.
// docs/sites.md ("Coverage") names these tests per surface.
import { expect, test, type Page } from '@playwright/test';
import { analyzedInput, clickOverlayButton, launchWithExtension, overlayState, recordAnalyzeRequests, serveFixtures, typeUntilUnderlined, underlinedWithBadge, type Launched } from './extension';
import { COMPOSERS, siteOf, TEXTS } from './shared';

const { RISKY, SAFE, BLOCKING } = TEXTS;

let app: Launched;
test.beforeAll(async () => {
  app = await launchWithExtension();
  await serveFixtures(app.context);
});
test.afterAll(async () => {
  await app.close();
});

for (const c of COMPOSERS) {
  test.describe(c.name, () => {
    let page: Page;
    const model = () => page.evaluate((id) => window.__fixture.read(id), c.model);
    const posted = () => page.evaluate(() => window.__fixture.posted);

    test.beforeEach(async () => {
      page = await app.context.newPage();
      await page.goto(c.url);
      if (c.open) await page.click(c.open);
      await page.click(c.selector);
    });
    test.afterEach(async () => {
      await page.close();
    });

    test(`is found as a ${c.kind}${c.context ? ' with the item it answers as context' : ''}`, async () => {
      await recordAnalyzeRequests(app);
      await page.keyboard.type(SAFE);
      await expect.poll(() => analyzedInput(app, SAFE)).toBeDefined();
      const input = (await analyzedInput(app, SAFE))!;
      expect(input.kind).toBe(c.kind);
      if (c.context) expect(input.context).toContain(c.context);
      else expect(input.context).toBeUndefined();
      expect(input.site).toBe(siteOf(c.url));
    });

    test('a risky text is underlined with a badge within 300 ms; a safe one shows nothing', async () => {
      expect(await typeUntilUnderlined(page, RISKY)).toBeLessThan(300);
      // (The first underline can be an earlier keystroke's answer, drawn before the last one's arrives.)
      await expect.poll(async () => (await overlayState(page)).underlines, { timeout: 5000 }).toEqual(expect.arrayContaining(['person-name']));
      await expect.poll(model).toBe(RISKY);

      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Backspace');
      await page.keyboard.type(SAFE);
      await expect.poll(model).toBe(SAFE);
      await expect.poll(async () => (await overlayState(page)).badge).toBeNull();
      expect((await overlayState(page)).underlines).toEqual([]);
    });

    test("Replace writes the safe reply into the editor's own model, and the editor still takes keys", async () => {
      await page.keyboard.type(RISKY);
      await expect.poll(async () => (await overlayState(page)).badge).not.toBeNull();
      // A real click on the badge: the overlay must be above the page (a modal dialog's top layer included).
      await page.locator('replyrx-overlay .badge').click();
      await expect.poll(async () => (await overlayState(page)).card).toBe(true);
      const reply = (await overlayState(page)).reply;
      expect(reply).toBeTruthy();
      await clickOverlayButton(page, 'Replace');
      await expect.poll(model).toBe(reply);
      await expect.poll(async () => (await overlayState(page)).underlines).toEqual([]);
      await page.click(c.selector);
      await page.keyboard.press('ControlOrMeta+End');
      await page.keyboard.type(' ok!!');
      await page.keyboard.press('Backspace');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.type('y');
      await expect.poll(model).toBe(`${reply} oky!`);
      if (c.url.includes('linkedin')) expect(await page.evaluate(() => window.__fixture.trustedTypesViolations)).toEqual([]);
    });

    test('a block finding holds back every send path until "Post anyway"', async () => {
      await page.keyboard.type(BLOCKING);
      await expect.poll(async () => (await overlayState(page)).underlines).toContain('record-number');
      const paths: (() => Promise<void>)[] = [];
      if (c.sendButton) paths.push(() => page.click(c.sendButton!));
      for (const key of c.sendKeys) paths.push(() => page.keyboard.press(key));
      expect(paths.length).toBeGreaterThan(0);
      for (const send of paths) {
        await page.click(c.selector);
        await send();
        await expect.poll(async () => (await overlayState(page)).dialog).toContain('record, account, insurance or ID number');
        expect(await posted()).toEqual([]);
        await clickOverlayButton(page, 'Edit');
        expect((await overlayState(page)).dialog).toBeNull();
        expect(await model()).toBe(BLOCKING);
      }
      await page.click(c.selector);
      await paths[0]();
      await expect.poll(async () => (await overlayState(page)).dialog).not.toBeNull();
      await clickOverlayButton(page, 'Post anyway');
      await expect.poll(posted).toEqual([BLOCKING]);
    });

    if (c.layered) {
      test(`in its ${c.layered}: hovering an underline opens the card, Escape closes it (and nothing else), Alt+Shift+R reopens it`, async () => {
        await page.keyboard.type(RISKY);
        await underlinedWithBadge(page);
        const underline = await page.evaluate(() => {
          const u = [...document.querySelectorAll('replyrx-overlay')].map((h) => h.shadowRoot!.querySelector<HTMLElement>('.underline')).find(Boolean)!.getBoundingClientRect();
          return { x: u.left + u.width / 2, y: u.top - 4 };
        });
        // The underline sits under the word: the composer is what is there.
        expect(await page.evaluate(({ x, y }) => {
          let el = document.elementFromPoint(x, y);
          while (el?.shadowRoot?.elementFromPoint(x, y) && el.shadowRoot.elementFromPoint(x, y) !== el) el = el.shadowRoot.elementFromPoint(x, y);
          return !!el?.closest('[data-replyrx]');
        }, underline)).toBe(true);
        await page.mouse.move(underline.x, underline.y);
        await expect.poll(async () => (await overlayState(page)).card).toBe(true);
        await page.click(c.selector);
        await page.keyboard.press('Escape');
        await expect.poll(async () => (await overlayState(page)).card).toBe(false);
        await page.keyboard.press('Alt+Shift+R');
        await expect.poll(async () => (await overlayState(page)).card).toBe(true);
        // The card has focus; Escape there closes it and gives the composer its caret back.
        await page.keyboard.press('Escape');
        await expect.poll(async () => (await overlayState(page)).card).toBe(false);
        // Escape closed only ReplyRx's card: the page's own modal dialog is still open.
        if (c.layered === 'modal dialog') expect(await page.evaluate(() => document.querySelector('dialog')!.open)).toBe(true);
        await page.keyboard.type(' Bye.');
        await expect.poll(model).toBe(`${RISKY} Bye.`);
      });
    }
  });
}
