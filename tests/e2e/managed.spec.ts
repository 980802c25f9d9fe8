// IT's managed policy, end to end, delivered the way IT delivers it on Linux (docs/deploy.md): a
// Chromium policy file in /etc/chromium/policies/managed/ whose `3rdparty.extensions.<id>` becomes
// the extension's managed storage. Locks win over the manager's own settings in the composer and on
// the options page; invalid values cost only themselves and are listed there.
import { expect, test, type Page } from '@playwright/test';
import { launchWithExtension, overlayState, serveFixtures, type Launched } from './extension';
import { blockUnderlinesInPage } from './shared';

const COMMENT = '[aria-label="Write a comment…"]';
const ADVICE = 'Try ibuprofen twice a day for the swelling.';
const IT_NOTE = "Set by your practice's IT";
/** The manager's own settings: medical advice off, health details off. */
const LOCAL = { rules: { 'medical-advice': 'off', 'health-details': 'off' } };

let app: Launched;
test.afterEach(async () => {
  await app?.close();
});

/** What the extension reads from chrome.storage.managed (tests/e2e/chrome.d.ts does not declare it). */
const managedStorage = () =>
  app.worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { managed: { get(k: null): Promise<Record<string, any>> } } } }).chrome.storage.managed.get(null));

async function setLocalPolicy(policy: object): Promise<void> {
  await app.worker.evaluate((p) => chrome.storage.local.set({ policy: p }), policy);
}

/** The Facebook fixture's comment box, with `text` typed and analysed (the badge is up). */
async function typeComment(text: string): Promise<Page> {
  await serveFixtures(app.context);
  const page = await app.context.newPage();
  await page.goto('https://www.facebook.com/');
  await page.click(COMMENT);
  await page.keyboard.type(text);
  await expect.poll(async () => (await overlayState(page)).badge).not.toBeNull();
  return page;
}

/** The rules underlined at block level (IT's lock raises medical advice to block). */
const blockUnderlines = (page: Page) => page.evaluate(blockUnderlinesInPage);

async function openOptions(): Promise<Page> {
  const page = await app.context.newPage();
  await page.goto(`chrome-extension://${app.extensionId}/options.html`);
  return page;
}

/** Checks one field of the options page: IT's note and disabled controls when locked, neither when not. */
async function expectField(options: Page, path: string, locked: boolean): Promise<void> {
  const field = options.locator(`[data-field="${path}"]`);
  await expect(field, path).toHaveCount(1);
  if (locked) await expect(field, path).toContainText(IT_NOTE);
  else await expect(field, path).not.toContainText(IT_NOTE);
  const controls = field.locator('input, select, textarea');
  expect(await controls.count(), `${path} has controls`).toBeGreaterThan(0);
  for (const control of await controls.all()) {
    if (locked) await expect(control, path).toBeDisabled();
    else await expect(control, path).toBeEnabled();
  }
}

test("Chromium delivers the policy file to the extension's managed storage", async () => {
  const managed = { locked: { rules: { 'medical-advice': 'block' } }, defaults: { practice: { name: 'Harbor Point Family Health' } } };
  app = await launchWithExtension({ managed });
  expect(await managedStorage()).toEqual(managed);
});

test("a locked rule beats the manager's own setting in the composer: medical advice blocks even when the manager turned it off", async () => {
  app = await launchWithExtension({ managed: { locked: { rules: { 'medical-advice': 'block' } } } });
  const page = await typeComment(ADVICE);
  // The badge can still show the previous answer's count while the newest is on its way: wait for the underlines.
  await expect.poll(async () => (await overlayState(page)).underlines).toEqual(expect.arrayContaining(['medical-advice', 'health-details']));
  await setLocalPolicy(LOCAL);
  // The manager's 'off' applies where IT locked nothing; the lock stays over the manager's 'off'.
  // In a new profile IT's values arrive a few seconds after start (sites/policy-store.ts), hence the polls.
  await expect.poll(async () => (await overlayState(page)).underlines).not.toContain('health-details');
  await expect.poll(() => blockUnderlines(page)).toContain('medical-advice');
  // Block level: Enter is held back with the dialog, and nothing is posted.
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await overlayState(page)).dialog).toContain('Edit');
  expect(await page.evaluate(() => window.__fixture.posted)).toEqual([]);
});

test('the options page shows the locked rule as set by IT, and the other rules and IT defaults editable', async () => {
  app = await launchWithExtension({ managed: { locked: { rules: { 'medical-advice': 'block' } }, defaults: { practice: { name: 'Harbor Point Family Health' } } } });
  await setLocalPolicy(LOCAL);
  const options = await openOptions();
  await expectField(options, 'rules.medical-advice', true);
  for (const path of ['rules.health-details', 'rules.jargon', 'rules.person-name', 'practice.name', 'sendGuard.allowPostAnyway']) await expectField(options, path, false);
  await expect(options.locator('[data-field="practice.name"] input')).toHaveValue('Harbor Point Family Health');
  await expect(options.locator('[data-managed-problems]')).toHaveCount(0);
});

test('invalid managed values are ignored field by field: the rest still applies, and the options page lists why', async () => {
  const locked = {
    practice: { phones: ['12', '(555) 201-4400'] }, // one bad item: dropped, the other kept and locked
    rules: { 'medical-advice': 'block', emergency: 'Block' }, // 'Block' is not a setting: that lock is dropped
    sendGuard: { allowPostAnyway: false },
  };
  app = await launchWithExtension({ managed: { defaults: { practice: { name: 'Harbor Point Family Health' }, rules: { bogus: 'warn', jargon: 'off' } }, locked } });
  // Chromium itself silently removes the unknown rule id (the schema has no such property) and passes the rest on.
  expect(await managedStorage()).toEqual({ defaults: { practice: { name: 'Harbor Point Family Health' }, rules: { jargon: 'off' } }, locked });
  await setLocalPolicy(LOCAL);

  // The valid locks apply: medical advice blocks, and "Post anyway" is gone.
  const page = await typeComment(ADVICE);
  await expect.poll(() => blockUnderlines(page)).toContain('medical-advice');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await overlayState(page)).dialog).toContain('Edit');
  expect((await overlayState(page)).dialog).not.toContain('Post anyway');

  const options = await openOptions();
  const problems = options.locator('[data-managed-problems]');
  await expect(problems).toContainText('locked.practice.phones[0]');
  await expect(problems).toContainText('7 to 15 digits');
  await expect(problems).toContainText('locked.rules.emergency');
  await expectField(options, 'practice.phones', true);
  await expectField(options, 'rules.medical-advice', true);
  await expectField(options, 'sendGuard.allowPostAnyway', true);
  await expectField(options, 'rules.emergency', false); // its lock was invalid, so it locks nothing
});

test('a changed policy file reaches an open composer without restarting the browser', async () => {
  app = await launchWithExtension({ managed: { locked: { rules: { 'medical-advice': 'block' } } } });
  await setLocalPolicy(LOCAL);
  const page = await typeComment(ADVICE);
  await expect.poll(() => blockUnderlines(page)).toContain('medical-advice');

  app.setManaged({ defaults: { rules: { jargon: 'off' } } }); // IT removes the lock
  const policyPage = await app.context.newPage();
  await policyPage.goto('chrome://policy');
  await policyPage.getByRole('button', { name: 'Reload policies' }).click();
  await expect.poll(managedStorage).toEqual({ defaults: { rules: { jargon: 'off' } } });
  // The manager's 'off' applies again, in the tab that was already open.
  await expect.poll(async () => (await overlayState(page)).underlines).not.toContain('medical-advice');
});
