// The toolbar popup with the built extension: today's counts (once per draft, never text), the
// pause switch, the CSV export, the status of pages ReplyRx does not run on, accessibility in both
// themes, and the docs screenshots. The popup is opened as a tab at `popup.html?tab=<id>` (see
// components/popup/tab.ts), except in the one test of the real toolbar popup.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { RULE_IDS } from '../../rules/rule-ids';
import { SITE_HOSTS } from '../../sites/hosts';
import { analyzedInput, clickOverlayButton, launchWithExtension, overlayState, recordAnalyzeRequests, screenshotPath, serveFixtures, type Launched } from './extension';
import { COUNTED_DRAFTS, COUNTED_UNDERLINES } from './shared';

/** The extension APIs this spec calls in the worker, beyond tests/e2e/chrome.d.ts. */
type Ext = { tabs: { query(q: object): Promise<{ id?: number }[]> }; action: { openPopup(): Promise<void> } };

const COMMENT = '[aria-label="Write a comment…"]';
const { RISKY, RISKY_MORE, ADVICE } = COUNTED_DRAFTS;
const BLOCKING = 'Hi Tanya, your account #HP-0077341 shows the copay as unpaid.';

let app: Launched;
let site: Page;

test.beforeEach(async () => {
  app = await launchWithExtension();
  await serveFixtures(app.context);
  site = await app.context.newPage();
  await site.goto('https://www.facebook.com/');
});
test.afterEach(async () => {
  await app.close();
});

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** The tab id of a page: the active tab once the page is brought to the front (no `tabs` permission needed). */
async function tabIdOf(page: Page): Promise<number> {
  await page.bringToFront();
  return app.worker.evaluate(async () => (await (globalThis as unknown as { chrome: Ext }).chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id!);
}

async function openPopup(tabId?: number): Promise<Page> {
  const popup = await app.context.newPage();
  await popup.setViewportSize({ width: 360, height: 560 });
  await popup.goto(`chrome-extension://${app.extensionId}/popup.html${tabId === undefined ? '' : `?tab=${tabId}`}`);
  return popup;
}

/** Types into the Facebook comment box and waits until the overlay shows `underlines` findings for it. */
async function typeAndWait(text: string, underlines: number): Promise<void> {
  await site.bringToFront();
  await site.keyboard.type(text);
  await expect.poll(async () => (await overlayState(site)).underlines.length).toBe(underlines);
}

const countOf = (popup: Page, counter: string) => popup.locator(`[data-counter="${counter}"] .n`);
const switchOf = (popup: Page) => popup.getByRole('switch', { name: 'Warnings on Facebook' });

test('counts each kind of warning once per draft, and stores no text', async () => {
  await site.click(COMMENT);
  // The comment answers a post, which makes any reply confirm a patient relationship (rule confirms-patient).
  // Draft 1: three kinds of warning, seen in two answers (and the keystrokes between them).
  await typeAndWait(RISKY, COUNTED_UNDERLINES.RISKY);
  await typeAndWait(RISKY_MORE, COUNTED_UNDERLINES.RISKY_MORE);
  await site.keyboard.press('Enter'); // sends and empties the comment box: the draft ends
  await expect.poll(() => site.evaluate(() => window.__fixture.posted.length)).toBe(1);
  // Draft 2: the relationship and health details again, and advice.
  await typeAndWait(ADVICE, COUNTED_UNDERLINES.ADVICE);

  const popup = await openPopup(await tabIdOf(site));
  await expect(countOf(popup, 'patient-identifier')).toHaveText('1');
  await expect(countOf(popup, 'patient-relationship')).toHaveText('2');
  await expect(countOf(popup, 'health-details')).toHaveText('2');
  await expect(countOf(popup, 'medical-advice')).toHaveText('1');
  await expect(popup.locator('[data-counter="patient-identifier"]')).toContainText('Patient identifier');
  // Only the kinds that showed up are listed; the actions all are.
  await expect(popup.locator('.counts li')).toHaveCount(4 + 3);
  await expect(countOf(popup, 'safe-replies-used')).toHaveText('0');

  const stored = JSON.stringify(await app.worker.evaluate(() => chrome.storage.local.get(null)));
  expect(stored).toContain('"health-details":2');
  for (const word of `${RISKY}${RISKY_MORE} ${ADVICE}`.match(/[A-Za-z]{5,}/g)!) expect(stored).not.toContain(word);
});

test('the pause switch turns the site off and on again in the open tab, without a reload', async () => {
  await site.click(COMMENT);
  await typeAndWait(RISKY, COUNTED_UNDERLINES.RISKY);
  const popup = await openPopup(await tabIdOf(site));
  await expect(popup.getByRole('status')).toHaveText('ReplyRx is checking what you write on Facebook');
  await expect(switchOf(popup)).toHaveAttribute('aria-checked', 'true');
  await expect(popup.locator('[data-field="sites.facebook"]')).toBeVisible();

  // Keyboard: the switch is reached with Tab and toggled with Space.
  await popup.bringToFront();
  await switchOf(popup).focus();
  await popup.keyboard.press('Space');
  await expect(switchOf(popup)).toHaveAttribute('aria-checked', 'false');
  await expect(popup.getByRole('status')).toHaveText('Paused on Facebook');
  expect(await app.worker.evaluate(() => chrome.storage.local.get(null))).toMatchObject({ policy: { sites: { facebook: false } } });
  await expect.poll(async () => overlayState(site)).toMatchObject({ underlines: [], badge: null });

  await switchOf(popup).click();
  await expect(switchOf(popup)).toHaveAttribute('aria-checked', 'true');
  await expect.poll(async () => (await overlayState(site)).underlines.length).toBe(4);
});

test("a site IT locked cannot be switched: the switch is disabled and says so", async () => {
  // IT's lock arrives through Chromium's real policy files (tests/e2e/extension.ts).
  await app.close();
  app = await launchWithExtension({ managed: { locked: { sites: { facebook: true } } } });
  await serveFixtures(app.context);
  site = await app.context.newPage();
  await site.goto('https://www.facebook.com/');
  const popup = await openPopup(await tabIdOf(site));
  await expect(switchOf(popup)).toBeDisabled();
  await expect(switchOf(popup)).toHaveAttribute('aria-checked', 'true');
  await expect(popup.locator('[data-field="sites.facebook"] + .hint')).toHaveText("Set by your practice's IT");
});

test('Export CSV downloads the last 30 days with today’s numbers, actions included', async () => {
  await site.click(COMMENT);
  // Draft 1, replaced with the safe reply, then sent.
  await typeAndWait(RISKY, COUNTED_UNDERLINES.RISKY);
  await site.keyboard.press('Alt+Shift+R');
  await clickOverlayButton(site, 'Replace');
  await expect.poll(() => site.evaluate(() => window.__fixture.read('comment'))).not.toBe(RISKY);
  await site.click(COMMENT);
  await site.keyboard.press('End');
  await site.keyboard.press('Enter');
  await expect.poll(() => site.evaluate(() => window.__fixture.posted.length)).toBe(1);
  // Draft 2: a blocking finding holds the send; "Post anyway" sends it.
  await typeAndWait(BLOCKING, 4);
  await site.keyboard.press('Enter');
  await expect.poll(async () => (await overlayState(site)).dialog).not.toBeNull();
  await clickOverlayButton(site, 'Post anyway');
  await expect.poll(() => site.evaluate(() => window.__fixture.posted.length)).toBe(2);

  const popup = await openPopup(await tabIdOf(site));
  await expect(countOf(popup, 'posted-anyway')).toHaveText('1');
  const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export CSV (last 30 days)' }).click()]);
  expect(download.suggestedFilename()).toBe(`replyrx-counts-${today()}.csv`);
  const lines = readFileSync(await download.path(), 'utf8').trimEnd().split('\n');
  const header = lines[0].split(',');
  const ruleColumns = RULE_IDS.flatMap((rule) => [`shown:${rule}`, `dismissed:${rule}`]);
  expect(header).toEqual(['date', 'patient-identifier', 'patient-relationship', 'health-details', 'medical-advice', 'patient-media', 'emergency', 'jargon', 'custom-term', 'safe-replies-used', 'sends-held', 'posted-anyway', ...ruleColumns]);
  expect(lines).toHaveLength(31);
  const row = lines[30].split(',');
  expect(row.slice(0, 12).join(',')).toBe(`${today()},2,2,1,0,0,0,0,0,1,1,1`);
  // Per rule: the name in both drafts, the account number in the second; nothing dismissed.
  const cell = (column: string) => row[header.indexOf(column)];
  expect([cell('shown:person-name'), cell('shown:record-number'), cell('dismissed:person-name'), cell('dismissed:record-number')]).toEqual(['2', '1', '0', '0']);
});

test("every host of every site answers the popup under its product's name; pausing a site pauses all its hosts", async () => {
  const hosts = Object.values(SITE_HOSTS).flat();
  for (const { host, name } of hosts) {
    const page = await app.context.newPage();
    await page.goto(`https://${host}/`);
    const popup = await openPopup(await tabIdOf(page));
    await expect(popup.getByRole('status'), host).toHaveText(`ReplyRx is checking what you write on ${name}`);
    await popup.close();
    if (host !== 'www.messenger.com') await page.close();
  }
  // Pausing Facebook from Meta Business Suite's tab pauses messenger.com too: the switch is per site.
  const suite = await app.context.newPage();
  await suite.goto('https://business.facebook.com/latest/inbox/messenger');
  const popup = await openPopup(await tabIdOf(suite));
  await expect(popup.locator('#site-switch-note')).toHaveText('Applies to every tab on www.facebook.com, web.facebook.com, m.facebook.com, business.facebook.com (Meta Business Suite) and www.messenger.com (Messenger) in this browser.');
  await switchOf(popup).click();
  await expect(popup.getByRole('status')).toHaveText('Paused on Facebook');
  const messenger = app.context.pages().find((p) => p.url().startsWith('https://www.messenger.com/'))!;
  await messenger.bringToFront();
  await messenger.click('[aria-label="Message"]');
  await recordAnalyzeRequests(app);
  await messenger.keyboard.type(RISKY);
  // The composer asked; the answer (no findings on a paused site) is drawn within a few ms of it.
  await expect.poll(() => analyzedInput(app, RISKY)).toBeDefined();
  await messenger.waitForTimeout(300);
  expect((await overlayState(messenger)).underlines).toEqual([]);
});

test("the popup says when ReplyRx doesn't run on the page", async () => {
  const blank = await app.context.newPage();
  const popup = await openPopup(await tabIdOf(blank));
  await expect(popup.getByRole('status')).toContainText("ReplyRx doesn't run on this page");
  await expect(popup.getByRole('status')).toContainText('It checks what you write on Facebook, Meta Business Suite, Messenger, X, X Pro and LinkedIn.');
  await expect(popup.getByRole('switch')).toHaveCount(0);
  // Without ?tab the popup is about its own tab, an extension page: not one ReplyRx runs on either.
  const own = await openPopup();
  await expect(own.getByRole('status')).toContainText("ReplyRx doesn't run on this page");
  await expect(own.getByText('No warnings today')).toBeVisible();
});

test('"Practice settings" opens the options page', async () => {
  const popup = await openPopup(await tabIdOf(site));
  const [options] = await Promise.all([app.context.waitForEvent('page'), popup.getByRole('button', { name: 'Practice settings' }).click()]);
  await expect.poll(() => options.url()).toBe(`chrome-extension://${app.extensionId}/options.html`);
});

test('opened from the toolbar, the popup is about the active tab', async () => {
  await site.bringToFront();
  await app.worker.evaluate(() => (globalThis as unknown as { chrome: Ext }).chrome.action.openPopup());
  // Playwright does not attach to toolbar popups: read its text over the DevTools protocol.
  const cdp = await app.context.newCDPSession(site);
  let targetId: string | undefined;
  await expect.poll(async () => (targetId = (await cdp.send('Target.getTargets')).targetInfos.find((t) => t.url.endsWith('/popup.html'))?.targetId)).toBeTruthy();
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: targetId!, flatten: false });
  const bodyText = () => new Promise<string>((resolve) => {
    const onMessage = ({ message }: { message: string }) => {
      const answer = JSON.parse(message) as { id?: number; result?: { result?: { value?: string } } };
      if (answer.id !== 1) return;
      cdp.off('Target.receivedMessageFromTarget', onMessage);
      resolve(answer.result?.result?.value ?? '');
    };
    cdp.on('Target.receivedMessageFromTarget', onMessage);
    void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params: { expression: 'document.body.innerText', returnByValue: true } }) });
  });
  await expect.poll(bodyText).toContain('ReplyRx is checking what you write on Facebook');
});

test.describe('look and accessibility at 360 px', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${scheme}: no serious or critical axe violations; screenshot for the docs`, async () => {
      await app.worker.evaluate((day) => chrome.storage.local.set({ stats: { [day]: { 'health-details': 3, 'patient-identifier': 2, 'medical-advice': 1, 'safe-replies-used': 2, 'sends-held': 1, 'shown:person-name': 2, 'dismissed:person-name': 1 } } }), today());
      const tabId = await tabIdOf(site);
      const popup = await openPopup(tabId);
      await popup.emulateMedia({ colorScheme: scheme });
      await expect(countOf(popup, 'health-details')).toHaveText('3');
      await expect(popup.locator('[data-counter="dismissed:person-name"]')).toContainText('1 of 2 shown');
      await expect(switchOf(popup)).toBeVisible();
      const { violations } = await new AxeBuilder({ page: popup }).analyze();
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
      // Every control is reached with Tab and shows a focus ring (a new profile has no practice yet: the setup comes first).
      await popup.bringToFront();
      const focused = () => popup.evaluate(() => [document.activeElement!.textContent, getComputedStyle(document.activeElement!).outlineStyle]);
      for (const name of ['Set up your practice', 'On', 'Export CSV (last 30 days)', 'Practice settings']) {
        await popup.keyboard.press('Tab');
        await expect.poll(focused).toEqual([name, 'solid']);
      }
      await popup.evaluate(() => (document.activeElement as HTMLElement).blur());
      await popup.locator('body').screenshot({ path: screenshotPath(`screenshot-popup-${scheme}.png`) });
    });
  }
});
