// The test foundation itself: the fixture pages (built from the real Draft.js, Lexical and Quill)
// behave like the sites' composers when a person types and sends, with no extension loaded; and the
// harness loads the built extension, whose service worker answers an analyze request and whose
// every outside request the recorder sees.
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { evaluateInContentScript, isFixtureUrl, launchWithExtension, launchWithoutExtension, serveFixtures, type Launched } from './extension';

interface Composer {
  name: string;
  url: string;
  /** The editable root, as the site marks it. */
  selector: string;
  /** Markers the adapter relies on, checked on the editable root (docs/sites.md). */
  markers: string;
  /** Composer id for window.__fixture.read. */
  model: string;
  /** Makes the composer appear (the Facebook post dialog opens after load). */
  open?: (page: Page) => Promise<void>;
  /** The key that starts a new line, and how the editor's model writes that line break. */
  newline: { key: string; model: string };
  sendButton?: string;
  /** The keyboard send path, where the site has one. */
  sendKey?: string;
}

const COMPOSERS: Composer[] = [
  {
    name: 'X home post (Draft.js)', url: 'https://x.com/home', model: 'tweetTextarea_0',
    selector: '[data-testid="tweetTextarea_0"]', markers: '.public-DraftEditor-content[contenteditable="true"][role="textbox"]',
    newline: { key: 'Enter', model: '\n' }, sendButton: '[data-testid="tweetButtonInline"]', sendKey: 'ControlOrMeta+Enter',
  },
  {
    name: 'X reply (Draft.js)', url: 'https://twitter.com/jess_runs/status/1', model: 'tweetTextarea_1',
    selector: '[data-testid="tweetTextarea_1"]', markers: '.public-DraftEditor-content[contenteditable="true"][role="textbox"]',
    newline: { key: 'Enter', model: '\n' }, sendButton: '[data-testid="tweetButton"]', sendKey: 'ControlOrMeta+Enter',
  },
  {
    name: 'Facebook post dialog (Lexical)', url: 'https://www.facebook.com/', model: 'post',
    selector: '[role="dialog"] [role="textbox"]', markers: 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
    open: (page) => page.click('#create-post'),
    // Lexical's root text content separates paragraphs with a blank line.
    newline: { key: 'Enter', model: '\n\n' }, sendButton: '[role="dialog"] div[aria-label="Post"][role="button"]',
  },
  {
    name: 'Facebook comment (Lexical)', url: 'https://www.facebook.com/groups/1/posts/2/', model: 'comment',
    selector: '[aria-label="Write a comment…"]', markers: 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
    newline: { key: 'Shift+Enter', model: '\n' }, sendKey: 'Enter',
  },
  {
    name: 'LinkedIn post (Quill)', url: 'https://www.linkedin.com/feed/update/urn:li:activity:1/', model: 'post',
    selector: '.share-box .ql-editor', markers: '.ql-container > .ql-editor[contenteditable="true"]',
    newline: { key: 'Enter', model: '\n' }, sendButton: 'button.share-actions__primary-action',
  },
  {
    name: 'LinkedIn comment (Quill)', url: 'https://www.linkedin.com/feed/update/urn:li:activity:1/', model: 'comment',
    selector: '.comments-comment-box .ql-editor', markers: '.ql-container > .ql-editor[contenteditable="true"]',
    newline: { key: 'Enter', model: '\n' }, sendButton: 'button.comments-comment-box__submit-button',
  },
  {
    name: 'LinkedIn message (contenteditable)', url: 'https://www.linkedin.com/messaging/thread/1/', model: 'message',
    selector: '.msg-form__contenteditable', markers: 'div.msg-form__contenteditable[contenteditable="true"][role="textbox"]',
    newline: { key: 'Shift+Enter', model: '\n' }, sendButton: 'button.msg-form__send-button', sendKey: 'Enter',
  },
  // The 2025-26 shapes (../shared/ENVIRONMENT.md, "The live sites' composers").
  {
    name: 'LinkedIn feed comment (TipTap)', url: 'https://www.linkedin.com/feed/', model: 'comment',
    selector: '[data-view-name="comment-box"] .tiptap', markers: '[data-testid="ui-core-tiptap-text-editor-wrapper"] > div.tiptap.ProseMirror[contenteditable="true"][role="textbox"][aria-label="Text editor for creating comment"]',
    // TipTap's getText() separates paragraphs with a blank line, like Lexical.
    newline: { key: 'Enter', model: '\n\n' }, sendButton: '[componentkey^="commentButtonSection"] button',
  },
  {
    name: 'LinkedIn SDUI share box (TipTap in a modal <dialog>)', url: 'https://www.linkedin.com/feed/', model: 'sdui-post',
    selector: '[componentkey="ShareBox_textEditor"] .tiptap', markers: 'dialog:modal [componentkey="ShareBox_textEditor"] > div.tiptap.ProseMirror[contenteditable="true"][role="textbox"]',
    open: (page) => page.click('#start-post-sdui'), newline: { key: 'Enter', model: '\n\n' }, sendButton: 'dialog form button[type="submit"]',
  },
  {
    name: 'LinkedIn classic share dialog (Quill in #interop-outlet)', url: 'https://www.linkedin.com/feed/', model: 'classic-post',
    selector: '.share-box-v2__modal .ql-editor', markers: '[data-test-modal-id="sharebox"][role="dialog"] .ql-container > .ql-editor[contenteditable="true"][data-test-ql-editor-contenteditable="true"]',
    open: (page) => page.click('#start-post-classic'), newline: { key: 'Enter', model: '\n' }, sendButton: '.share-box-v2__modal button.share-actions__primary-action',
  },
  {
    name: 'LinkedIn messaging (in #interop-outlet)', url: 'https://www.linkedin.com/feed/', model: 'shadow-message',
    selector: '.msg-overlay-conversation-bubble .msg-form__contenteditable', markers: '.msg-form > div.msg-form__contenteditable[contenteditable="true"][role="textbox"]',
    newline: { key: 'Shift+Enter', model: '\n' }, sendButton: '.msg-overlay-conversation-bubble button.msg-form__send-button', sendKey: 'Enter',
  },
  {
    name: 'X Chat (React textarea)', url: 'https://x.com/i/chat/1234-5678', model: 'chat',
    selector: '[data-testid="dm-composer-textarea"]', markers: 'textarea[data-testid="dm-composer-textarea"]',
    newline: { key: 'Shift+Enter', model: '\n' }, sendButton: '[data-testid="dm-composer-send-button"]', sendKey: 'Enter',
  },
  {
    name: 'X /compose/post (React textarea)', url: 'https://x.com/compose/post', model: 'compose',
    selector: 'textarea[data-testid="tweetTextarea_0"]', markers: '[aria-labelledby="modal-header"] textarea[data-testid="tweetTextarea_0"]',
    newline: { key: 'Enter', model: '\n' }, sendButton: '[data-testid="tweetButton"]', sendKey: 'ControlOrMeta+Enter',
  },
  {
    name: 'X Pro post (Draft.js)', url: 'https://pro.x.com/i/decks/1', model: 'post',
    selector: 'aside [data-testid="tweetTextarea_0"]', markers: '.public-DraftEditor-content[contenteditable="true"][role="textbox"]',
    newline: { key: 'Enter', model: '\n' }, sendButton: 'aside [data-testid="tweetButton"]', sendKey: 'ControlOrMeta+Enter',
  },
  {
    name: 'X Pro reply modal (Draft.js)', url: 'https://pro.x.com/i/decks/1', model: 'reply',
    selector: '[role="dialog"] [data-testid="tweetTextarea_0"]', markers: '[aria-labelledby="modal-header"] .public-DraftEditor-content[contenteditable="true"]',
    open: async (page) => { if (!(await page.locator('[role="dialog"]').count())) await page.click('#open-reply'); },
    newline: { key: 'Enter', model: '\n' }, sendButton: '[role="dialog"] [data-testid="tweetButton"]', sendKey: 'ControlOrMeta+Enter',
  },
  {
    name: 'Facebook Page in German (Lexical)', url: 'https://web.facebook.com/HarborPointFamilienpraxis', model: 'comment-de',
    selector: '[aria-label="Kommentieren als Harbor Point Familienpraxis"]', markers: '[role="article"] div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
    newline: { key: 'Shift+Enter', model: '\n' }, sendButton: '#focused-state-composer-submit', sendKey: 'Enter',
  },
  {
    name: 'm.facebook.com post (React textarea)', url: 'https://m.facebook.com/', model: 'post',
    selector: '#structured_composer_form .mentions textarea', markers: 'textarea[name="xc_message"]',
    newline: { key: 'Enter', model: '\n' }, sendButton: '#structured_composer_form button[type="submit"]',
  },
  {
    name: 'm.facebook.com comment (React textarea)', url: 'https://m.facebook.com/', model: 'comment',
    selector: 'textarea[name="comment_text"]', markers: 'article form .mentions textarea',
    newline: { key: 'Enter', model: '\n' }, sendButton: 'article form button[type="submit"]',
  },
  {
    name: 'Business Suite inbox, Messenger (Lexical)', url: 'https://business.facebook.com/latest/inbox/messenger?asset_id=1', model: 'reply',
    selector: '[aria-label="Reply in Messenger…"]', markers: 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
    newline: { key: 'Shift+Enter', model: '\n' }, sendButton: 'div[aria-label="Send"][role="button"]', sendKey: 'Enter',
  },
  {
    name: 'Business Suite inbox, Page comment (Lexical)', url: 'https://business.facebook.com/latest/inbox/facebook?asset_id=1', model: 'reply',
    selector: '[aria-label="Reply as Harbor Point Family Health…"]', markers: '[role="article"] div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
    newline: { key: 'Shift+Enter', model: '\n' }, sendButton: 'div[aria-label="Reply"][role="button"]', sendKey: 'Enter',
  },
  {
    name: 'messenger.com (Lexical)', url: 'https://www.messenger.com/t/100012345', model: 'message',
    selector: '[aria-label="Message"][role="textbox"]', markers: 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
    newline: { key: 'Shift+Enter', model: '\n' }, sendButton: 'div[aria-label="Press enter to send"][role="button"]', sendKey: 'Enter',
  },
];

const LINE_1 = 'Thanks for the kind words!';
const LINE_2 = 'Call us any time at the front desk.';

test.describe('fixture pages (no extension)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const model = (id: string) => page.evaluate((id) => window.__fixture.read(id), id);
  const posted = () => page.locator('#posted li').allTextContents();

  test.beforeAll(async () => {
    browser = await launchWithoutExtension();
  });
  test.afterAll(async () => {
    await browser.close();
  });
  let outside: string[];
  test.beforeEach(async () => {
    context = await browser.newContext();
    await serveFixtures(context);
    outside = [];
    context.on('request', (request) => {
      if (!isFixtureUrl(request.url())) outside.push(request.url());
    });
    page = await context.newPage();
  });
  test.afterEach(async () => {
    await context.close();
    // The pages are self-contained: everything they load comes from the served fixture files.
    expect(outside).toEqual([]);
  });

  for (const c of COMPOSERS) {
    test(`${c.name}: typed keys reach the editor's model, and every send path posts and clears it`, async () => {
      await page.goto(c.url);
      if (c.open) await c.open(page);
      const box = page.locator(c.selector);
      await expect(box).toHaveCount(1);
      expect(await box.evaluate((el, markers) => el.matches(markers), c.markers)).toBe(true);

      const sends: { how: string; send: () => Promise<void> }[] = [];
      if (c.sendButton) sends.push({ how: 'button', send: () => page.click(c.sendButton!) });
      if (c.sendKey) sends.push({ how: c.sendKey, send: () => page.keyboard.press(c.sendKey!) });
      expect(sends.length).toBeGreaterThan(0);

      const expected: string[] = [];
      for (const [i, { how, send }] of sends.entries()) {
        if (i > 0 && c.open) await c.open(page); // the post dialog closes after posting
        await page.click(c.selector);
        await page.keyboard.type(LINE_1);
        await page.keyboard.press(c.newline.key);
        await page.keyboard.type(`${LINE_2} (${how})`);
        // The new-line key made a line break, not a post.
        expect(await posted(), `${c.newline.key} must not send`).toEqual(expected);
        await expect.poll(() => model(c.model)).toBe(`${LINE_1}${c.newline.model}${LINE_2} (${how})`);

        await send();
        expected.push(`${LINE_1}${c.newline.model}${LINE_2} (${how})`);
        await expect.poll(() => page.evaluate(() => window.__fixture.posted)).toEqual(expected);
        await expect.poll(() => model(c.model)).toBe('');
      }
      // The visible list shows the same posts (innerText-style, so compare without line breaks).
      expect((await posted()).map((t) => t.replace(/\s+/g, ' '))).toEqual(expected.map((t) => t.replace(/\s+/g, ' ')));
      // LinkedIn's pages enforce Trusted Types: the editors themselves must never trip it.
      if (c.url.includes('linkedin')) expect(await page.evaluate(() => window.__fixture.trustedTypesViolations)).toEqual([]);
    });
  }

  test('X: each composer carries its test id on the Draft.js contenteditable, and the reply sits under the tweet', async () => {
    await page.goto('https://x.com/jess_runs/status/1');
    // (React mounts the reply editor after the tweet loads: wait for it, as a user would, rather than read once.)
    await expect.poll(() => page.evaluate(() => window.__fixture.ids().sort())).toEqual(['tweetTextarea_0', 'tweetTextarea_1']);
    await expect(page.locator('article[data-testid="tweet"] [data-testid="tweetText"]')).toContainText('fever');
    const order = await page.evaluate(() => {
      const tweet = document.querySelector('article[data-testid="tweet"]')!;
      const reply = document.querySelector('[data-testid="tweetTextarea_1"]')!;
      return tweet.compareDocumentPosition(reply) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
  });

  test('Facebook: the post composer appears only after "Create post"; the comment box can be removed and added again', async () => {
    await page.goto('https://www.facebook.com/');
    await expect(page.locator('div[role="article"] div[role="article"]')).toContainText('asthma');
    await expect(page.locator('[role="dialog"]')).toHaveCount(0);
    expect(await page.locator('[data-lexical-editor="true"]').count()).toBe(1); // the comment box only

    const comment = page.locator('[aria-label="Write a comment…"]');
    await page.click('#toggle-comment-box');
    await expect(comment).toHaveCount(0);
    await page.click('#toggle-comment-box');
    await expect(comment).toHaveCount(1);
    await comment.click();
    await page.keyboard.type('Back again');
    await expect.poll(() => page.evaluate(() => window.__fixture.read('comment'))).toBe('Back again');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.__fixture.posted)).toEqual(['Back again']);

    await page.click('#create-post');
    const dialogBox = page.locator('div[role="dialog"] [data-lexical-editor="true"]');
    await expect(dialogBox).toBeFocused();
    await page.keyboard.type('Draft I will drop');
    await page.click('div[role="dialog"] [aria-label="Close"]');
    await expect(page.locator('[role="dialog"]')).toHaveCount(0);
    expect(await page.evaluate(() => window.__fixture.read('post'))).toBe('');
    await page.click('#create-post');
    await expect(dialogBox).toHaveText('');
  });

  test('LinkedIn: Quill instances are on their containers, and the page enforces Trusted Types without breaking Quill', async () => {
    await page.goto('https://www.linkedin.com/feed/update/urn:li:activity:1/');
    const info = await page.evaluate(() => {
      const containers = [...document.querySelectorAll<HTMLElement & { __quill?: { getText(): string } }>('.ql-container')];
      let refused = '';
      try {
        document.body.insertAdjacentHTML('beforeend', '<b>not allowed</b>');
      } catch (error) {
        refused = String(error);
      }
      return { quills: containers.map((c) => typeof c.__quill?.getText), refused };
    });
    expect(info.quills).toEqual(['function', 'function']);
    expect(info.refused).toContain('TrustedHTML');
    await expect.poll(() => page.evaluate(() => window.__fixture.trustedTypesViolations.length)).toBe(2); // policy + CSP event

    // Typing, pasting plain text and posting in Quill cause no violation.
    const fresh = await context.newPage();
    await fresh.goto('https://www.linkedin.com/feed/update/urn:li:activity:1/');
    await fresh.click('.share-box .ql-editor');
    await fresh.keyboard.type('Hello');
    await fresh.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', ' world');
      document.querySelector('.share-box .ql-editor')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => fresh.evaluate(() => window.__fixture.read('post'))).toBe('Hello world');
    await fresh.click('button.share-actions__primary-action');
    await expect.poll(() => fresh.evaluate(() => window.__fixture.posted)).toEqual(['Hello world']);
    expect(await fresh.evaluate(() => window.__fixture.trustedTypesViolations)).toEqual([]);
  });

  test("LinkedIn's 2026 feed: the classic share dialog and messaging are in #interop-outlet's open shadow root, the SDUI box in a modal <dialog>", async () => {
    await page.goto('https://www.linkedin.com/feed/');
    await page.click('#start-post-classic');
    const where = await page.evaluate(() => {
      const shadow = document.getElementById('interop-outlet')!.shadowRoot!;
      return {
        // document.querySelector cannot see into the shadow root, as on LinkedIn.
        inDocument: document.querySelectorAll('.ql-editor, .msg-form__contenteditable').length,
        inShadow: shadow.querySelectorAll('.ql-editor, .msg-form__contenteditable').length,
        quill: typeof (shadow.querySelector('.ql-container') as HTMLElement & { __quill?: { getText(): string } }).__quill?.getText,
        tiptap: document.querySelectorAll('.tiptap.ProseMirror').length,
      };
    });
    expect(where).toEqual({ inDocument: 0, inShadow: 2, quill: 'function', tiptap: 2 });
    await page.click('.share-box-v2__modal [aria-label="Dismiss"]');
    await page.click('#start-post-sdui');
    expect(await page.evaluate(() => document.querySelector('dialog')!.matches(':modal'))).toBe(true);
    // Everything outside the modal dialog is inert: a click there reaches nothing.
    expect(await page.evaluate(() => document.elementFromPoint(10, 10)?.closest('main'))).toBeNull();
  });

  test('X Pro: the reply modal shows the tweet it answers, and two tweetTextarea_0 boxes are mounted at once', async () => {
    await page.goto('https://pro.x.com/i/decks/1');
    await page.click('#open-reply');
    await expect(page.locator('[data-testid="tweetTextarea_0"]')).toHaveCount(2);
    await expect(page.locator('[aria-labelledby="modal-header"] [data-testid="tweetText"]')).toContainText('blood pressure pills');
  });
});

test.describe('harness with the built extension', () => {
  let app: Launched;
  test.beforeAll(async () => {
    app = await launchWithExtension();
    await serveFixtures(app.context);
  });
  test.afterAll(async () => {
    await app.close();
  });

  test('the service worker is running and answers an analyze request with findings', async () => {
    const workers = app.context.serviceWorkers();
    expect(workers.length).toBeGreaterThan(0);
    expect(workers[0].url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
    expect(app.extensionId).toMatch(/^[a-p]{32}$/);

    const page = await app.context.newPage();
    await page.goto('https://www.facebook.com/');
    const text = 'Great seeing you Tuesday Maria, keep icing that ankle!';
    const input = { text, site: 'facebook', kind: 'reply' };
    // The content script is injected once the page is idle; ask from its world, as it would.
    type Answer = { findings: { rule: string; start: number; end: number }[]; siteEnabled: boolean };
    let answer: Answer | null = null;
    await expect.poll(async () => {
      answer = await evaluateInContentScript<Answer>(app, page, `chrome.runtime.sendMessage(${JSON.stringify({ type: 'replyrx:analyze', input })})`).catch(() => null);
      return answer !== null;
    }).toBe(true);
    answer = answer as unknown as Answer;
    expect(answer.siteEnabled).toBe(true);
    expect(answer.findings.length).toBeGreaterThan(0);
    const spans = answer.findings.map((f) => `${f.rule}:${text.slice(f.start, f.end)}`);
    expect(spans).toContain('person-name:Maria');
    await page.close();
  });

  test('the request recorder sees a request made by the extension itself', async () => {
    const before = app.foreignRequests.length;
    // `.invalid` never resolves, and the browser's resolver is mapped to NOTFOUND: nothing leaves the machine.
    await app.worker.evaluate(() => fetch('https://replyrx-probe.invalid/ping').then(() => 'answered', () => 'failed'));
    await expect.poll(() => app.foreignRequests.slice(before)).toContain('https://replyrx-probe.invalid/ping');
  });
});
