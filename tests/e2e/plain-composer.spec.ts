// The extension in a plain contenteditable composer (LinkedIn messaging's shape), end to end:
// warnings, the card, Replace and Copy, the send guard, a stopped service worker, late and re-added
// composers, a policy change, and the privacy promise (no requests, no stored text).
import { expect, test, type Page } from '@playwright/test';
import { clickOverlayButton, launchWithExtension, overlayState, servePage, storedEverything, typeUntilUnderlined, type Launched } from './extension';

const PAGE = `<!doctype html><html><head><title>Messaging</title></head><body style="background:#fff;font:15px sans-serif">
<div class="msg-s-event-listitem__body">Hi, it's Tanya. Are my lab results back?</div>
<div id="forms"></div>
<button id="add">New message</button> <button id="remove">Close message</button>
<ol id="posted"></ol>
<script>
  const forms = document.getElementById('forms');
  function addForm() {
    const form = document.createElement('div');
    form.className = 'msg-form';
    form.innerHTML = '<div class="msg-form__contenteditable" contenteditable="true" role="textbox" aria-label="Write a message" style="width:520px;min-height:90px;border:1px solid #999;padding:8px"></div><button class="msg-form__send-button">Send</button>';
    const box = form.querySelector('[contenteditable]');
    const send = () => { const li = document.createElement('li'); li.textContent = box.innerText.trim(); document.getElementById('posted').append(li); box.textContent = ''; };
    form.querySelector('button').addEventListener('click', send);
    box.addEventListener('keydown', (e) => { if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); send(); } });
    // ?locked: an editor that swallows programmatic edits, to test the fallback.
    if (location.search.includes('locked')) {
      box.addEventListener('paste', (e) => e.preventDefault());
      box.addEventListener('beforeinput', (e) => { if (!e.isTrusted) e.preventDefault(); });
    }
    // ?slow: an editor that takes a paste into its model and shows it half a second later, as Draft.js and Quill can
    // on a busy page (the page answers the paste at once; the text arrives after).
    if (location.search.includes('slow')) {
      box.addEventListener('paste', (e) => { e.preventDefault(); const text = e.clipboardData.getData('text/plain'); setTimeout(() => { box.textContent = text; }, 500); });
    }
    forms.append(form);
  }
  document.getElementById('add').addEventListener('click', addForm);
  document.getElementById('remove').addEventListener('click', () => { forms.textContent = ''; });
</script></body></html>`;

const RISKY = 'Hi Tanya! Your TSH came back high, so take 75 mcg of levothyroxine.';
const BLOCKING = 'Hi Tanya, your account #HP-0077341 shows the copay as unpaid.';
const SAFE = 'Thanks for your message! Please call our office so we can help.';

let app: Launched;
let page: Page;
const composer = () => page.locator('.msg-form__contenteditable');
const posted = () => page.locator('#posted li').allTextContents();

test.beforeEach(async () => {
  app = await launchWithExtension();
  await servePage(app.context, 'https://www.linkedin.com', PAGE);
  page = await app.context.newPage();
  await page.goto('https://www.linkedin.com/messaging/thread/1/');
  // The composer appears after load, like a dialog or a chat bubble.
  await page.click('#add');
  await composer().click();
});

test.afterEach(async () => {
  await app.close();
});

/** Stops the extension's service worker the way Chrome does when it goes idle. */
async function stopServiceWorker(app: Launched, page: Page): Promise<void> {
  const cdp = await app.context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${app.extensionId}/`));
  if (!worker) throw new Error('no extension service worker target');
  await cdp.send('Target.closeTarget', { targetId: worker.targetId });
  const running = async () => (await cdp.send('Target.getTargets')).targetInfos.some((t) => t.targetId === worker.targetId);
  await expect.poll(running).toBe(false);
}

const typeAndTime = (text: string): Promise<number> => typeUntilUnderlined(page, text);

test('a risky message is underlined with a badge within 300 ms of the last keystroke', async () => {
  const elapsed = await typeAndTime(RISKY);
  expect(elapsed).toBeLessThan(300);
  const state = await overlayState(page);
  expect(state.underlines).toEqual(expect.arrayContaining(['person-name', 'medical-advice', 'health-details']));
  expect(Number(state.badge)).toBe(state.underlines.length >= 1 ? Number(state.badge) : -1);
  expect(Number(state.badge)).toBeGreaterThanOrEqual(3);
});

test('a safe message shows nothing', async () => {
  await page.keyboard.type(SAFE);
  await page.waitForTimeout(400);
  const state = await overlayState(page);
  expect(state.underlines).toEqual([]);
  expect(state.badge).toBeNull();
});

test('the card explains the findings; Replace puts the safe reply in the composer and typing still works', async () => {
  await typeAndTime(RISKY);
  await composer().press('Alt+Shift+R');
  const state = await overlayState(page);
  expect(state.card).toBe(true);
  expect(state.cardText).toContain('Why');
  expect(state.cardText).toMatch(/Safe reply/);
  await clickOverlayButton(page, 'Replace');
  await expect.poll(() => composer().innerText()).toBe("Thanks for your message! To protect your privacy, we can't discuss health details here. Please call our office.");
  await expect.poll(async () => (await overlayState(page)).underlines).toEqual([]);
  // The editor still works: type, Backspace and arrows.
  await composer().click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Bye!!');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('x');
  await expect.poll(() => composer().innerText()).toMatch(/Please call our office\. Byex!$/);
});

test('Copy puts the safe reply on the clipboard and leaves the draft alone', async () => {
  await typeAndTime(RISKY);
  await composer().press('Alt+Shift+R');
  await clickOverlayButton(page, 'Copy');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('call our office');
  expect(await composer().innerText()).toBe(RISKY);
});

test('a block finding stops Enter and the Send button; Edit keeps the text, Post anyway sends it', async () => {
  await typeAndTime(BLOCKING);
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await overlayState(page)).dialog).toContain('record, account, insurance or ID number');
  expect(await posted()).toEqual([]);
  await clickOverlayButton(page, 'Edit');
  expect((await overlayState(page)).dialog).toBeNull();
  expect(await composer().innerText()).toBe(BLOCKING);
  await expect(composer()).toBeFocused();

  await page.click('.msg-form__send-button');
  await expect.poll(async () => (await overlayState(page)).dialog).not.toBeNull();
  expect(await posted()).toEqual([]);
  await clickOverlayButton(page, 'Post anyway');
  await expect.poll(posted).toEqual([BLOCKING]);
});

test('warnings come back on the next keystroke after the service worker is stopped', async () => {
  await typeAndTime(RISKY);
  await stopServiceWorker(app, page);
  await page.keyboard.type(' Call us at 555-318-2294.');
  await expect.poll(async () => (await overlayState(page)).underlines, { timeout: 3000 }).toContain('contact-number');
});

test('nothing leaves the page: no requests, and no composer text in any storage the extension owns', async () => {
  await typeAndTime(RISKY);
  await page.keyboard.type(' Her DOB is 4/9/1988.');
  await page.waitForTimeout(300);
  expect(app.foreignRequests).toEqual([]);
  const stored = await storedEverything(app);
  expect(stored).not.toContain('Tanya');
  expect(stored).not.toContain('levothyroxine');
  expect(stored).not.toContain('1988');
});

test('a composer that is removed and added again is watched again', async () => {
  await typeAndTime(RISKY);
  await page.click('#remove');
  await expect.poll(() => page.evaluate(() => document.querySelectorAll('replyrx-overlay').length)).toBe(0);
  await page.click('#add');
  await composer().click();
  await typeAndTime('Great seeing you Tuesday, Maria! Keep icing that ankle.');
  expect((await overlayState(page)).underlines).toEqual(expect.arrayContaining(['person-name', 'confirms-patient']));
});

test('a policy change reaches an open tab without a reload', async () => {
  await typeAndTime(RISKY);
  expect((await overlayState(page)).underlines).toContain('person-name');
  await app.worker.evaluate(() => chrome.storage.local.set({ policy: { allowNames: ['Tanya'], rules: { 'medical-advice': 'off' } } }));
  await expect.poll(async () => (await overlayState(page)).underlines).not.toContain('person-name');
  expect((await overlayState(page)).underlines).not.toContain('medical-advice');
});

test('warn-level findings never block sending', async () => {
  await typeAndTime(RISKY);
  await page.keyboard.press('Enter');
  await expect.poll(posted).toEqual([RISKY]);
  expect((await overlayState(page)).dialog).toBeNull();
});

test('the policy can take "Post anyway" away, or turn the guard off', async () => {
  await app.worker.evaluate(() => chrome.storage.local.set({ policy: { sendGuard: { enabled: true, allowPostAnyway: false } } }));
  await typeAndTime(BLOCKING);
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await overlayState(page)).dialog).toContain('Edit');
  expect((await overlayState(page)).dialog).not.toContain('Post anyway');
  await clickOverlayButton(page, 'Edit');
  await app.worker.evaluate(() => chrome.storage.local.set({ policy: { sendGuard: { enabled: false } } }));
  await page.waitForTimeout(300);
  await composer().click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect.poll(posted).toEqual([BLOCKING]);
});

test('an editor that shows the written reply late still counts as replaced: the draft is not put back over it', async () => {
  const reply = "Thanks for your message! To protect your privacy, we can't discuss health details here. Please call our office.";
  await page.goto('https://www.linkedin.com/messaging/thread/1/?slow');
  await page.click('#add');
  await composer().click();
  await typeAndTime(RISKY);
  await page.evaluate(() => navigator.clipboard.writeText('(clipboard before)'));
  await composer().press('Alt+Shift+R');
  await clickOverlayButton(page, 'Replace');
  await expect.poll(() => composer().innerText()).toBe(reply);
  // Past the settle window: nothing was written back, no fallback ran, and the card never said the editor refused.
  await page.waitForTimeout(1500);
  expect(await composer().innerText()).toBe(reply);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('(clipboard before)');
  expect((await overlayState(page)).cardText).not.toContain('did not accept');
});

test('when the editor refuses the replacement, the draft stays as it was and the reply is on the clipboard', async () => {
  await page.goto('https://www.linkedin.com/messaging/thread/1/?locked');
  await page.click('#add');
  await composer().click();
  await typeAndTime(RISKY);
  await composer().press('Alt+Shift+R');
  await clickOverlayButton(page, 'Replace');
  await expect.poll(async () => (await overlayState(page)).cardText).toContain('did not accept the change');
  expect(await composer().innerText()).toBe(RISKY);
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('call our office');
});
