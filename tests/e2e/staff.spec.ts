// Staff in control (issue 12), end to end with the built extension: the welcome page a new profile
// opens, "Not a risk here" for one draft, "Never flag this name", the dismissal counts in the popup,
// the CSV and the options page, keyboard and screen-reader use of the card, IT's lock, and no typed
// text in any storage area after all of it.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { clickOverlayButton, launchWithExtension, overlayState, serveFixtures, storedEverything, type Launched } from './extension';

const COMMENT = '[aria-label="Write a comment…"]';
const RISKY = 'Thanks Maria! Hope the antibiotics knock out that strep fast.';
const BLOCKING = 'Hi Tanya, your account #HP-0077341 shows the copay as unpaid.';
const PHONE = '(555) 867-5309';
const DISMISS_MARIA = 'Not a risk here: “Maria”';
const NEVER_FLAG_MARIA = 'Never flag this name: “Maria”';

let app: Launched;
test.afterEach(async () => {
  await app?.close();
});

/** A Facebook tab with `text` typed into its comment box and analysed. */
async function facebookWith(text: string): Promise<Page> {
  const page = await app.context.newPage();
  await page.goto('https://www.facebook.com/');
  await page.click(COMMENT);
  await page.keyboard.type(text);
  await expect.poll(async () => (await overlayState(page)).underlines.length).toBeGreaterThan(0);
  return page;
}

/** The overlay's focused control: its accessible label or its text. */
const focusedInOverlay = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector('replyrx-overlay')?.shadowRoot?.activeElement;
    return el ? (el.getAttribute('aria-label') ?? el.textContent ?? '') : null;
  });

/** Opens the card from the composer with Alt+Shift+R, then presses Tab until `label` has focus, and Enter: keyboard only. */
async function pressInCard(page: Page, label: string): Promise<void> {
  if (!(await overlayState(page)).card) await page.keyboard.press('Alt+Shift+R');
  await expect.poll(async () => (await overlayState(page)).card).toBe(true);
  for (let i = 0; i < 30 && (await focusedInOverlay(page)) !== label; i++) await page.keyboard.press('Tab');
  expect(await focusedInOverlay(page), `Tab reaches ${label}`).toBe(label);
  await page.keyboard.press('Enter');
}

/** What the overlay's polite live region says. */
const announced = (page: Page) => page.evaluate(() => document.querySelector('replyrx-overlay')?.shadowRoot?.querySelector('[aria-live="polite"]')?.textContent ?? '');

/** Every stored byte holds none of the words of `texts` (five letters or more), except `allowed` ones. */
async function expectNoTypedText(texts: string[], allowed: string[] = []): Promise<void> {
  const stored = await storedEverything(app);
  const words = texts.join(' ').match(/[A-Za-z]{5,}/g)!.filter((w) => !allowed.includes(w));
  expect(words.length).toBeGreaterThan(2);
  for (const word of words) expect(stored, word).not.toContain(word);
}

async function openPopup(): Promise<Page> {
  const popup = await app.context.newPage();
  await popup.goto(`chrome-extension://${app.extensionId}/popup.html`);
  return popup;
}

const openOptions = async () => {
  const page = await app.context.newPage();
  await page.goto(`chrome-extension://${app.extensionId}/options.html`);
  return page;
};

test('a new profile opens the welcome page on install; finishing it puts the phone into the safe reply of an open composer', async () => {
  app = await launchWithExtension({ keepWelcome: true });
  const welcome = app.welcome!;
  expect(welcome.url()).toBe(`chrome-extension://${app.extensionId}/options.html#welcome`);
  await serveFixtures(app.context);

  // Before the setup: the card asks for it, and the safe reply reads well without a phone.
  const fb = await facebookWith(RISKY);
  await fb.keyboard.press('Alt+Shift+R');
  await expect.poll(async () => (await overlayState(fb)).cardText).toContain('Set up your practice');
  const before = (await overlayState(fb)).cardText;
  expect(before).toContain('please call our office so we can help.');
  expect(before).not.toMatch(/[{}]|\bat \./);
  // Both "Set up your practice" buttons open the setup (a web page cannot link to it: the card asks the worker).
  const welcomeUrl = `chrome-extension://${app.extensionId}/options.html#welcome`;
  const [fromCard] = await Promise.all([app.context.waitForEvent('page'), clickOverlayButton(fb, 'Set up your practice')]);
  await expect.poll(() => fromCard.url()).toBe(welcomeUrl);
  await fromCard.close();
  const popup = await openPopup();
  const [fromPopup] = await Promise.all([app.context.waitForEvent('page'), popup.getByRole('button', { name: 'Set up your practice' }).click()]);
  await expect.poll(() => fromPopup.url()).toBe(welcomeUrl);
  await fromPopup.close();

  await welcome.bringToFront();
  await expect(welcome.getByRole('heading', { name: 'Welcome to ReplyRx' })).toBeVisible();
  await expect(welcome.locator('#welcome')).toContainText('No text you type leaves the device');
  const { violations } = await new AxeBuilder({ page: welcome }).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await welcome.getByRole('button', { name: 'Next' }).click();
  await expect(welcome.getByRole('heading', { name: 'Your practice' })).toBeFocused();
  await welcome.getByLabel('Practice name').pressSequentially('Harbor Point Family Health');
  await welcome.getByLabel('Phone numbers').pressSequentially(PHONE);
  await welcome.getByRole('button', { name: 'Next' }).click();
  await welcome.getByLabel('Staff and public names that are never flagged').fill('Dr. Anita Patel\nJenna');
  await welcome.getByRole('button', { name: 'Next' }).click();
  await expect(welcome.getByLabel('Facebook', { exact: true })).toBeChecked();
  await welcome.getByRole('button', { name: 'Finish' }).click();
  // Finishing shows every setting, with what the setup saved.
  await expect(welcome.locator('#practice [data-field="practice.name"] input')).toHaveValue('Harbor Point Family Health');
  await expect
    .poll(() => welcome.evaluate(async () => (await chrome.storage.local.get(null)).policy))
    .toEqual({ practice: { name: 'Harbor Point Family Health', phones: [PHONE] }, allowNames: ['Dr. Anita Patel', 'Jenna'] });

  // The open composer's card now has the phone, and no longer asks for the setup.
  await fb.bringToFront();
  await expect.poll(async () => (await overlayState(fb)).cardText).toContain(`please call our office at ${PHONE} so we can help.`);
  expect((await overlayState(fb)).cardText).not.toContain('Set up your practice');
  await popup.reload();
  await expect(popup.getByRole('heading', { name: 'Warnings today' })).toBeVisible();
  await expect(popup.locator('[data-setup]')).toHaveCount(0);
  expect(app.foreignRequests).toEqual([]);
  await expectNoTypedText([RISKY]);
});

test('a dismissed warning goes, stays away while the rest of the draft changes, comes back when its words change, and is counted', async () => {
  app = await launchWithExtension();
  await serveFixtures(app.context);
  const fb = await facebookWith(RISKY);
  await expect.poll(async () => (await overlayState(fb)).underlines).toContain('person-name');
  await fb.keyboard.press('Alt+Shift+R');
  await expect.poll(async () => (await overlayState(fb)).card).toBe(true);
  // The card with its new buttons passes axe.
  const { violations } = await new AxeBuilder({ page: fb }).include('replyrx-overlay').analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  await pressInCard(fb, DISMISS_MARIA);
  await expect.poll(async () => (await overlayState(fb)).underlines).not.toContain('person-name');
  expect((await overlayState(fb)).underlines).toContain('health-details');
  await expect.poll(() => announced(fb)).toContain('Dismissed “Maria” for this message');
  // Keyboard users stay in the card.
  expect(await focusedInOverlay(fb)).not.toBeNull();

  // The rest of the draft changes, before the name too (its offsets move) and with a new finding: Maria stays dismissed.
  const added = 'Call 555-318-2294 anytime. ';
  await fb.keyboard.press('Escape');
  await fb.click(COMMENT);
  await fb.keyboard.press('ControlOrMeta+Home');
  await fb.keyboard.type(added);
  await expect.poll(async () => (await overlayState(fb)).underlines).toContain('contact-number');
  expect((await overlayState(fb)).underlines).not.toContain('person-name');

  // Its words change ("Maria" → "Mariana"): the warning is back.
  await fb.keyboard.press('ControlOrMeta+Home');
  for (let i = 0; i < `${added}Thanks Maria`.length; i++) await fb.keyboard.press('ArrowRight');
  await fb.keyboard.type('na');
  await expect.poll(() => fb.evaluate(() => window.__fixture.read('comment'))).toContain('Thanks Mariana!');
  await expect.poll(async () => (await overlayState(fb)).underlines).toContain('person-name');

  // Counted: in the popup, the CSV and the options page's rules.
  const popup = await openPopup();
  const row = popup.locator('[data-counter="dismissed:person-name"]');
  await expect(row).toContainText('Person name');
  await expect(row.locator('.n')).toHaveText('1');
  await expect(row).toContainText('of 1 shown');
  const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export CSV (last 30 days)' }).click()]);
  const [header, ...rows] = readFileSync(await download.path(), 'utf8').trimEnd().split('\n').map((l) => l.split(','));
  const today = Object.fromEntries(header.map((h, i) => [h, rows.at(-1)![i]]));
  expect(today).toMatchObject({ 'shown:person-name': '1', 'dismissed:person-name': '1', 'shown:health-details': '1', 'dismissed:health-details': '0' });
  const options = await openOptions();
  await expect(options.locator('[data-rule-record="person-name"]')).toHaveText('Last 30 days: shown in 1 draft, dismissed in 1 (100%).');
  await expect(options.locator('[data-rule-record="health-details"]')).toHaveText('Last 30 days: shown in 1 draft, dismissed in 0 (0%).');

  await expectNoTypedText([RISKY, 'Call anytime Mariana']);
});

test('"Never flag this name" lets the name pass in this and a new composer, and the options page shows it with its date', async () => {
  app = await launchWithExtension();
  await serveFixtures(app.context);
  const fb = await facebookWith(RISKY);
  await expect.poll(async () => (await overlayState(fb)).underlines).toContain('person-name');
  await pressInCard(fb, NEVER_FLAG_MARIA);
  await expect.poll(() => announced(fb)).toContain('“Maria” will not be flagged again');
  await expect.poll(async () => (await overlayState(fb)).underlines).not.toContain('person-name');
  expect((await overlayState(fb)).underlines).toContain('health-details');

  const other = await facebookWith('Great seeing Maria today, hope the strep clears up!');
  await expect.poll(async () => (await overlayState(other)).underlines).toContain('health-details');
  expect((await overlayState(other)).underlines).not.toContain('person-name');

  const options = await openOptions();
  await expect(options.locator('[data-field="allowNames"] textarea')).toHaveValue('Maria');
  const added = options.locator('[data-added-names] li');
  await expect(added).toHaveCount(1);
  await expect(added.locator('span')).toHaveText('Maria');
  expect(Date.now() - Date.parse((await added.locator('time').getAttribute('datetime'))!)).toBeLessThan(120_000);
  // The name is stored (that is the point); nothing else of either message is.
  await expectNoTypedText([RISKY, 'Great seeing today, hope the strep clears up'], ['Maria']);
});

test('block findings can be dismissed only where the policy allows "Post anyway"; dismissed, they no longer hold the send', async () => {
  app = await launchWithExtension();
  await serveFixtures(app.context);
  await app.worker.evaluate(() => chrome.storage.local.set({ policy: { sendGuard: { allowPostAnyway: false } } }));
  const fb = await facebookWith(BLOCKING);
  await expect.poll(async () => (await overlayState(fb)).underlines).toContain('record-number');
  await fb.keyboard.press('Alt+Shift+R');
  const record = fb.locator('replyrx-overlay [data-category="patient-identifier"] li[data-words="HP-0077341"]');
  await expect(record).toBeVisible();
  await expect(record.getByRole('button', { name: /Not a risk here/ })).toHaveCount(0);

  await app.worker.evaluate(() => chrome.storage.local.set({ policy: {} }));
  await expect(record.getByRole('button', { name: /Not a risk here/ })).toHaveCount(1);
  await record.getByRole('button', { name: /Not a risk here/ }).click();
  await expect.poll(async () => (await overlayState(fb)).underlines).not.toContain('record-number');
  await fb.click(COMMENT);
  await fb.keyboard.press('ControlOrMeta+End');
  await fb.keyboard.press('Enter');
  await expect.poll(() => fb.evaluate(() => window.__fixture.posted)).toEqual([BLOCKING]);
  expect((await overlayState(fb)).dialog).toBeNull();
});

test("IT's lock keeps the welcome page away and hides \"Never flag this name\"; dismissing still works", async () => {
  const managed = { locked: { practice: { name: 'Harbor Point Family Health', phones: ['(555) 201-4400'] }, staffCanAddNames: false } };
  app = await launchWithExtension({ managed });
  await serveFixtures(app.context);
  const fb = await facebookWith(RISKY);
  await fb.keyboard.press('Alt+Shift+R');
  // IT's values arrive a few seconds after a new profile starts (sites/policy-store.ts): wait for the locked phone.
  await expect.poll(async () => (await overlayState(fb)).cardText, { timeout: 10_000 }).toContain('(555) 201-4400');
  const card = await overlayState(fb);
  expect(card.cardText).not.toContain('Set up your practice');
  await expect(fb.locator('replyrx-overlay button', { hasText: 'Not a risk here' }).first()).toBeVisible();
  await expect(fb.locator('replyrx-overlay button', { hasText: 'Never flag this name' })).toHaveCount(0);

  const options = await openOptions();
  await expect(options.locator('[data-field="staffCanAddNames"]')).toContainText("Set by your practice's IT");
  await expect(options.locator('[data-field="staffCanAddNames"] input')).toBeDisabled();
  // By now the worker has long had IT's answer, which is what its install-time decision waited for.
  expect(app.context.pages().map((p) => p.url()).filter((u) => u.includes('#welcome'))).toEqual([]);
});
