// Every composer of the fixture pages, built from the real editors (Draft.js, Lexical, Quill, TipTap,
// React textareas, plain contenteditables, some inside open shadow roots): found with the right kind
// and context, warnings, Replace checked in the editor's own model, and every send path held.
// docs/sites.md ("Coverage") names these tests per surface.
import { expect, test, type Page } from '@playwright/test';
import { analyzedInput, clickOverlayButton, launchWithExtension, overlayState, recordAnalyzeRequests, serveFixtures, typeUntilUnderlined, underlinedWithBadge, type Launched } from './extension';

interface Composer {
  name: string;
  url: string;
  /** Makes the composer appear (a dialog opened after load). */
  open?: (page: Page) => Promise<void>;
  /** The editable (Playwright's CSS reaches into open shadow roots). */
  selector: string;
  /** The id the fixture page reads the editor's own model by (TipTap getText(), React state…). */
  model: string;
  kind: 'post' | 'reply' | 'message';
  /** Words of the item being answered, which must arrive as the analysis context. */
  context?: string;
  sendButton?: string;
  /** The keyboard send paths the site has. */
  sendKeys: ('Enter' | 'ControlOrMeta+Enter')[];
  /** Lives in an open shadow root or in a modal dialog (the browser's top layer). */
  layered?: 'shadow root' | 'modal dialog';
}

const COMPOSERS: Composer[] = [
  { name: 'X post (Draft.js)', url: 'https://x.com/home', selector: '[data-testid="tweetTextarea_0"]', model: 'tweetTextarea_0', kind: 'post', sendButton: '[data-testid="tweetButtonInline"]', sendKeys: ['ControlOrMeta+Enter'] },
  { name: 'X reply (Draft.js)', url: 'https://x.com/jess_runs/status/1', selector: '[data-testid="tweetTextarea_1"]', model: 'tweetTextarea_1', kind: 'reply', context: '101 fever on day 3', sendButton: '[data-testid="tweetButton"]', sendKeys: ['ControlOrMeta+Enter'] },
  { name: 'Facebook post dialog (Lexical)', url: 'https://www.facebook.com/', open: (p) => p.click('#create-post'), selector: '[role="dialog"] [data-lexical-editor="true"]', model: 'post', kind: 'post', sendButton: '[role="dialog"] [aria-label="Post"]', sendKeys: [] },
  { name: 'Facebook comment (Lexical)', url: 'https://www.facebook.com/', selector: '[aria-label="Write a comment…"]', model: 'comment', kind: 'reply', context: 'first asthma attack', sendKeys: ['Enter'] },
  { name: 'LinkedIn post page, share box (Quill)', url: 'https://www.linkedin.com/feed/update/urn:li:activity:1/', selector: '.share-box .ql-editor', model: 'post', kind: 'post', sendButton: '.share-actions__primary-action', sendKeys: [] },
  { name: 'LinkedIn post page, comment (Quill)', url: 'https://www.linkedin.com/feed/update/urn:li:activity:1/', selector: '.comments-comment-box .ql-editor', model: 'comment', kind: 'reply', context: 'ACL surgery', sendButton: '.comments-comment-box__submit-button', sendKeys: [] },
  { name: 'LinkedIn messaging (contenteditable)', url: 'https://www.linkedin.com/messaging/', selector: '.msg-form__contenteditable', model: 'message', kind: 'message', context: 'lab results', sendButton: '.msg-form__send-button', sendKeys: ['Enter'] },
  { name: 'LinkedIn feed comment (TipTap)', url: 'https://www.linkedin.com/feed/', selector: '[data-view-name="comment-box"] .tiptap', model: 'comment', kind: 'reply', context: 'ACL surgery', sendButton: '#comment-submit', sendKeys: [] },
  { name: 'LinkedIn SDUI share box (TipTap in a modal <dialog>)', url: 'https://www.linkedin.com/feed/', open: (p) => p.click('#start-post-sdui'), selector: '[componentkey="ShareBox_textEditor"] .tiptap', model: 'sdui-post', kind: 'post', sendButton: '#share-submit', sendKeys: [], layered: 'modal dialog' },
  { name: 'LinkedIn classic share dialog (Quill, shadow root)', url: 'https://www.linkedin.com/feed/', open: (p) => p.click('#start-post-classic'), selector: '.share-box-v2__modal .ql-editor', model: 'classic-post', kind: 'post', sendButton: '.share-box-v2__modal .share-actions__primary-action', sendKeys: [], layered: 'shadow root' },
  { name: 'LinkedIn messaging (shadow root)', url: 'https://www.linkedin.com/feed/', selector: '.msg-overlay-conversation-bubble .msg-form__contenteditable', model: 'shadow-message', kind: 'message', context: 'lab results', sendButton: '.msg-overlay-conversation-bubble .msg-form__send-button', sendKeys: ['Enter'], layered: 'shadow root' },
  { name: 'X Chat (textarea)', url: 'https://x.com/i/chat/1234-5678', selector: '[data-testid="dm-composer-textarea"]', model: 'chat', kind: 'message', context: 'ear infection', sendButton: '[data-testid="dm-composer-send-button"]', sendKeys: ['Enter'] },
  { name: 'X /compose/post (textarea)', url: 'https://x.com/compose/post', selector: 'textarea[data-testid="tweetTextarea_0"]', model: 'compose', kind: 'post', sendButton: '[data-testid="tweetButton"]', sendKeys: ['ControlOrMeta+Enter'] },
  { name: 'X Pro post (Draft.js)', url: 'https://pro.x.com/i/decks/1', selector: 'aside [data-testid="tweetTextarea_0"]', model: 'post', kind: 'post', sendButton: 'aside [data-testid="tweetButton"]', sendKeys: ['ControlOrMeta+Enter'] },
  { name: 'X Pro reply modal (Draft.js)', url: 'https://pro.x.com/i/decks/1', open: (p) => p.click('#open-reply'), selector: '[role="dialog"] [data-testid="tweetTextarea_0"]', model: 'reply', kind: 'reply', context: 'blood pressure pills', sendButton: '[role="dialog"] [data-testid="tweetButton"]', sendKeys: ['ControlOrMeta+Enter'] },
  { name: 'Facebook Page in German, reply (Lexical)', url: 'https://web.facebook.com/HarborPointFamilienpraxis', selector: '[aria-label="Kommentieren als Harbor Point Familienpraxis"]', model: 'comment-de', kind: 'reply', context: 'waited 40 minutes', sendButton: '#focused-state-composer-submit', sendKeys: ['Enter'] },
  { name: 'm.facebook.com post (textarea)', url: 'https://m.facebook.com/', selector: '#structured_composer_form .mentions textarea', model: 'post', kind: 'post', sendButton: '#structured_composer_form button[type="submit"]', sendKeys: [] },
  { name: 'm.facebook.com comment (textarea)', url: 'https://m.facebook.com/', selector: 'textarea[name="comment_text"]', model: 'comment', kind: 'reply', context: 'asthma attack', sendButton: 'article form button[type="submit"]', sendKeys: [] },
  { name: 'Business Suite inbox, Messenger (Lexical)', url: 'https://business.facebook.com/latest/inbox/messenger?asset_id=1', selector: '[aria-label="Reply in Messenger…"]', model: 'reply', kind: 'message', context: 'sertraline', sendButton: 'div[aria-label="Send"]', sendKeys: ['Enter'] },
  { name: 'Business Suite inbox, Page comment (Lexical)', url: 'https://business.facebook.com/latest/inbox/facebook?asset_id=1', selector: '[aria-label="Reply as Harbor Point Family Health…"]', model: 'reply', kind: 'reply', context: 'gums have been bleeding', sendButton: 'div[aria-label="Reply"]', sendKeys: ['Enter'] },
  { name: 'messenger.com (Lexical)', url: 'https://www.messenger.com/t/100012345', selector: '[aria-label="Message"][role="textbox"]', model: 'message', kind: 'message', context: 'biopsy results', sendButton: '[aria-label="Press enter to send"]', sendKeys: ['Enter'] },
];

const RISKY = 'Great seeing you Tuesday Maria, keep icing that ankle!';
const SAFE = 'Flu shots are in! Call (555) 201-4400 to book.';
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

    test(`is found as a ${c.kind}${c.context ? ' with the item it answers as context' : ''}`, async () => {
      await recordAnalyzeRequests(app);
      await page.keyboard.type(SAFE);
      await expect.poll(() => analyzedInput(app, SAFE)).toBeDefined();
      const input = (await analyzedInput(app, SAFE))!;
      expect(input.kind).toBe(c.kind);
      if (c.context) expect(input.context).toContain(c.context);
      else expect(input.context).toBeUndefined();
      expect(input.site).toBe(new URL(c.url).hostname.includes('linkedin') ? 'linkedin' : /x\.com$/.test(new URL(c.url).hostname) ? 'x' : 'facebook');
    });

    test('a risky text is underlined with a badge within 300 ms; a safe one shows nothing', async () => {
      expect(await typeUntilUnderlined(page, RISKY)).toBeLessThan(300);
      expect((await overlayState(page)).underlines).toEqual(expect.arrayContaining(['person-name']));
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
      const reply = await page.evaluate(() => [...document.querySelectorAll('replyrx-overlay')].map((h) => h.shadowRoot!.querySelector('.suggestion .text')?.textContent).find(Boolean));
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
