// Generic composer discovery and text fields, on plain pages served at a covered site's URL: which
// editables get a session (and which are skipped), a text input's Enter, attached media, the
// geometry of underlines drawn over a <textarea>, and Replace refused by a React textarea.
import { expect, test, type Page } from '@playwright/test';
import { analyzedInput, clickOverlayButton, launchWithExtension, overlayState, recordAnalyzeRequests, serveFixtures, type Launched } from './extension';

const FIELDS = `<!doctype html><html><head><title>X</title><style>body{font:15px sans-serif} textarea,input,[contenteditable]{display:block;width:420px;margin:6px 0}</style></head><body>
<textarea id="plain-textarea"></textarea>
<input id="textbox-input" type="text" role="textbox">
<input id="spellcheck-input" spellcheck="true">
<div id="rich" contenteditable="true"><p>Hi <span id="chip" contenteditable="false">@maria_k</span> there</p></div>
<div id="claimed" contenteditable="true" spellcheck="false" data-testid="tweetTextarea_0" role="textbox"></div>
<input id="plain-input" type="text">
<input id="search" type="search" spellcheck="true">
<input id="combobox" role="combobox" spellcheck="true">
<form role="search"><input id="in-search-form" spellcheck="true"></form>
<textarea id="no-spellcheck" spellcheck="false"></textarea>
<input id="email" type="email" spellcheck="true">
<textarea id="read-only" readonly></textarea>
<form id="form"><input id="form-input" role="textbox" name="q"><button>Send</button></form>
<form><div data-testid="attachments"><img alt="photo of a knee x-ray" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></div><textarea id="with-media"></textarea></form>
<section><textarea id="without-media"></textarea></section>
<ol id="posted"></ol>
<script>
  document.getElementById('form').addEventListener('submit', (e) => {
    e.preventDefault();
    const li = document.createElement('li');
    li.textContent = document.getElementById('form-input').value;
    document.getElementById('posted').append(li);
  });
</script></body></html>`;

// A textarea with known metrics: a monospace font, so where a word must be is simple arithmetic.
const GEOMETRY = `<!doctype html><html><head><title>X</title></head><body style="margin:40px">
<textarea id="box" spellcheck="true" style="font:16px/20px monospace;padding:10px 12px;border:3px solid #999;width:480px;height:100px;box-sizing:content-box;resize:none"></textarea>
</body></html>`;

const BLOCKING = 'Hi Tanya, your account #HP-0077341 still shows the copay as unpaid.';

let app: Launched;
test.beforeAll(async () => {
  app = await launchWithExtension();
  await serveFixtures(app.context);
  // Plain pages at two X URLs the fixtures do not use (registered last, so they win).
  await app.context.route('https://x.com/settings/fields', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: FIELDS }));
  await app.context.route('https://x.com/settings/geometry', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: GEOMETRY }));
});
test.afterAll(async () => {
  await app.close();
});

let page: Page;
test.beforeEach(async () => {
  page = await app.context.newPage();
});
test.afterEach(async () => {
  await page.close();
});

test('every editable a user writes in gets a session; search boxes, spell-check-off fields and other inputs do not, unless the site claims them', async () => {
  await page.goto('https://x.com/settings/fields');
  const sessionOn = async (clicked: string, composer = clicked) => {
    // The content script starts a session (and marks the composer) while the focus event is dispatched.
    await page.click(`#${clicked}`);
    return page.evaluate((id) => document.getElementById(id)!.hasAttribute('data-replyrx'), composer);
  };
  for (const id of ['plain-textarea', 'textbox-input', 'spellcheck-input', 'claimed']) expect(await sessionOn(id), id).toBe(true);
  // Clicking a non-editable chip inside a contenteditable finds the editable around it.
  expect(await sessionOn('chip', 'rich')).toBe(true);
  for (const id of ['plain-input', 'search', 'combobox', 'in-search-form', 'no-spellcheck', 'email', 'read-only']) expect(await sessionOn(id), id).toBe(false);
});

test("a text input's Enter is held by a block finding; Post anyway submits its form", async () => {
  await page.goto('https://x.com/settings/fields');
  await page.click('#form-input');
  await page.keyboard.type(BLOCKING);
  await expect.poll(async () => (await overlayState(page)).underlines).toContain('record-number');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await overlayState(page)).dialog).toContain('record, account, insurance or ID number');
  expect(await page.locator('#posted li').count()).toBe(0);
  await clickOverlayButton(page, 'Post anyway');
  await expect(page.locator('#posted li')).toHaveText([BLOCKING]);
});

test("a photo attached in the composer's form is reported with the text; none elsewhere", async () => {
  await page.goto('https://x.com/settings/fields');
  await recordAnalyzeRequests(app);
  await page.click('#with-media');
  await page.keyboard.type('Look at this x-ray!');
  await page.click('#without-media');
  await page.keyboard.type('Nothing attached here.');
  await expect.poll(async () => [(await analyzedInput(app, 'Look at this x-ray!'))?.hasMedia, (await analyzedInput(app, 'Nothing attached here.'))?.hasMedia]).toEqual([true, false]);
});

test('underlines in a textarea sit under their words, follow its scrolling, and hide what is scrolled out', async () => {
  await page.goto('https://x.com/settings/geometry');
  await page.click('#box');
  const lines = ['Thanks for writing in!', 'We tried Maria at 555-318-2294 today.', ...Array.from({ length: 8 }, (_, i) => `Line ${i + 3}.`)];
  await page.keyboard.type(lines.join('\n'));
  await expect.poll(async () => (await overlayState(page)).badge).not.toBeNull();
  const phone = () => page.evaluate(() => {
    const u = [...document.querySelector('replyrx-overlay')!.shadowRoot!.querySelectorAll<HTMLElement>('.underline[data-rule="contact-number"]')].find((el) => el.checkVisibility())?.getBoundingClientRect();
    return u ? { left: u.left, width: u.width, top: u.top } : null;
  });
  // Typing to the end scrolled line 2 out of view: no underline is drawn outside the box.
  expect(await phone()).toBeNull();
  await page.evaluate(() => (document.getElementById('box')!.scrollTop = 0));
  await expect.poll(phone).not.toBeNull();
  // Where the number must be: after "We tried Maria at " on line 2 of the content box (3 px border, 10/12 px padding, 20 px lines).
  const expected = await page.evaluate(() => {
    const r = document.getElementById('box')!.getBoundingClientRect();
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = '16px monospace';
    return { left: r.left + 3 + 12 + ctx.measureText('We tried Maria at ').width, width: ctx.measureText('555-318-2294').width, lineBottom: r.top + 3 + 10 + 2 * 20 };
  });
  const at = (await phone())!;
  expect(Math.abs(at.left - expected.left)).toBeLessThan(2);
  expect(Math.abs(at.width - expected.width)).toBeLessThan(2);
  expect(Math.abs(at.top + 2 - expected.lineBottom)).toBeLessThan(4);
  // It moves with the text when the textarea scrolls, and hides once its line is scrolled out.
  await page.evaluate(() => (document.getElementById('box')!.scrollTop = 10));
  await expect.poll(async () => (await phone())?.top).toBeCloseTo(at.top - 10, 0);
  await page.evaluate(() => (document.getElementById('box')!.scrollTop = 60));
  await expect.poll(phone).toBeNull();
});

test("when a React textarea refuses the replacement, the draft stays as it was (in React's state too) and the reply is on the clipboard", async () => {
  await page.goto('https://x.com/compose/post?locked');
  await page.click('textarea[data-testid="tweetTextarea_0"]');
  const risky = 'Great seeing you Tuesday Maria, keep icing that ankle!';
  await page.keyboard.type(risky);
  await expect.poll(async () => (await overlayState(page)).badge).not.toBeNull();
  await page.keyboard.press('Alt+Shift+R');
  await clickOverlayButton(page, 'Replace');
  await expect.poll(async () => (await overlayState(page)).cardText).toContain('did not accept the change, so your text is unchanged');
  expect(await page.evaluate(() => window.__fixture.read('compose'))).toBe(risky);
  expect(await page.locator('textarea').inputValue()).toBe(risky);
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Thank you/);
});
