// Every composer of the three fixture sites, built from the real editors (Draft.js for X, Lexical
// for Facebook, Quill and a plain contenteditable for LinkedIn): warnings, Replace through the editor's
// own input path (checked in the editor's model), and the send guard on each send path.
import { expect, test, type Page } from '@playwright/test';
import { clickOverlayButton, launchWithExtension, overlayState, serveFixtures, type Launched } from './extension';

interface Composer {
  name: string;
  url: string;
  /** The editable root. */
  selector: string;
  /** The id the fixture page reads the editor's own model by. */
  model: string;
  /** Makes the composer appear (a dialog opened after load). */
  open?: (page: Page) => Promise<void>;
  sendButton: string;
  /** The keyboard send path: Enter in comments and messages, Ctrl+Enter elsewhere. */
  sendKey: 'Enter' | 'Control+Enter' | null;
}

const COMPOSERS: Composer[] = [
  { name: 'X post (Draft.js)', url: 'https://x.com/home', selector: '[data-testid="tweetTextarea_0"]', model: 'tweetTextarea_0', sendButton: '[data-testid="tweetButtonInline"]', sendKey: 'Control+Enter' },
  { name: 'X reply (Draft.js)', url: 'https://x.com/jess_runs/status/1', selector: '[data-testid="tweetTextarea_1"]', model: 'tweetTextarea_1', sendButton: '[data-testid="tweetButton"]', sendKey: 'Control+Enter' },
  { name: 'Facebook post dialog (Lexical)', url: 'https://www.facebook.com/', selector: '[role="dialog"] [data-lexical-editor="true"]', model: 'post', open: (p) => p.click('#create-post'), sendButton: '[role="dialog"] [aria-label="Post"]', sendKey: null },
  { name: 'Facebook comment (Lexical)', url: 'https://www.facebook.com/', selector: '[aria-label="Write a comment…"]', model: 'comment', sendButton: '#no-button', sendKey: 'Enter' },
  { name: 'LinkedIn post (Quill)', url: 'https://www.linkedin.com/feed/update/urn:li:activity:1/', selector: '.share-box .ql-editor', model: 'post', sendButton: '.share-actions__primary-action', sendKey: null },
  { name: 'LinkedIn comment (Quill)', url: 'https://www.linkedin.com/feed/update/urn:li:activity:1/', selector: '.comments-comment-box .ql-editor', model: 'comment', sendButton: '.comments-comment-box__submit-button', sendKey: null },
  { name: 'LinkedIn message (contenteditable)', url: 'https://www.linkedin.com/messaging/', selector: '.msg-form__contenteditable', model: 'message', sendButton: '.msg-form__send-button', sendKey: 'Enter' },
];

const RISKY = 'Thanks Maria! Hope the antibiotics knock out that strep fast.';
const SAFE = 'Flu shots are in! Walk-ins welcome weekdays 8 to 11.';
const BLOCKING = 'Hi Tanya, your account #HP-0077341 still shows the copay as unpaid.';

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
      if (c.open) await c.open(page);
      await page.click(c.selector);
    });
    test.afterEach(async () => {
      await page.close();
    });

    test('a risky text is underlined with a badge within 300 ms; a safe one shows nothing', async () => {
      await page.keyboard.type(RISKY);
      const typed = Date.now();
      await page.waitForFunction(() => !!document.querySelector('replyrx-overlay')?.shadowRoot?.querySelector('.badge'), null, { timeout: 2000 });
      expect(Date.now() - typed).toBeLessThan(300);
      expect((await overlayState(page)).underlines).toEqual(expect.arrayContaining(['person-name', 'health-details']));
      expect(await model()).toBe(RISKY);

      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Backspace');
      await page.keyboard.type(SAFE);
      await expect.poll(async () => (await overlayState(page)).badge).toBeNull();
      expect((await overlayState(page)).underlines).toEqual([]);
    });

    test("Replace writes the safe reply into the editor's model, and the editor still takes keys", async () => {
      await page.keyboard.type(RISKY);
      await expect.poll(async () => (await overlayState(page)).badge).not.toBeNull();
      await page.keyboard.press('Alt+Shift+R');
      const reply = await page.evaluate(() => document.querySelector('replyrx-overlay')!.shadowRoot!.querySelector('.suggestion .text')!.textContent);
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
      // LinkedIn enforces Trusted Types: ReplyRx must never hand the page an HTML string.
      if (c.url.includes('linkedin')) expect(await page.evaluate(() => window.__fixture.trustedTypesViolations)).toEqual([]);
    });

    test('a block finding holds back every send path until "Post anyway"', async () => {
      await page.keyboard.type(BLOCKING);
      await expect.poll(async () => (await overlayState(page)).underlines).toContain('record-number');
      const paths: (() => Promise<void>)[] = [];
      if (await page.locator(c.sendButton).count()) paths.push(() => page.click(c.sendButton));
      if (c.sendKey) paths.push(() => page.keyboard.press(c.sendKey!));
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
  });
}
