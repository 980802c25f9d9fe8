// The options page in the built extension: settings typed there reach an open composer, import and
// export, inline validation, templates, the Try-it box, IT's managed values, keyboard use, axe in
// both themes, and the screenshots in docs/.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { loadPolicy } from '../../rules/policy';
import { DEFAULT_TEMPLATES } from '../../rules/templates';
import { launchWithExtension, overlayState, screenshotPath, serveFixtures, type Launched } from './extension';
import { COUNTED_DRAFTS, onlyTheStaffNameAllowed, STAFF_CASE } from './shared';

const { PHONE, STAFF, UNKNOWN } = STAFF_CASE;
const { RISKY } = COUNTED_DRAFTS;
const SAFE = 'Flu shots are in! Walk-ins welcome weekdays 8 to 11.';
const PRACTICE = { practice: { name: 'Harbor Point Family Health', phones: ['(555) 201-4400'] } };

let app: Launched;
test.beforeEach(async () => {
  app = await launchWithExtension();
});
test.afterEach(async () => {
  await app.close();
});

const field = (page: Page, path: string) => page.locator(`[data-field="${path}"]`);

/** Opens the options page, optionally with a stored policy. */
async function openOptions(opts: { policy?: object } = {}): Promise<Page> {
  const page = await app.context.newPage();
  await page.goto(`chrome-extension://${app.extensionId}/options.html`);
  if (opts.policy) {
    await page.evaluate((policy) => chrome.storage.local.set({ policy }), opts.policy);
    await page.reload();
  }
  await expect(field(page, 'practice.name')).toBeVisible();
  return page;
}

/** The manager's settings as stored (storage.local `policy`). */
const stored = (page: Page) => page.evaluate(async () => (await chrome.storage.local.get(null)).policy as Record<string, unknown> | undefined);

test('a phone and a staff name typed in the options page reach an open Facebook composer', async () => {
  await serveFixtures(app.context);
  const fb = await app.context.newPage();
  await fb.goto('https://www.facebook.com/');
  const composer = fb.locator('[aria-label="Write a comment…"]');
  await composer.click();
  await fb.keyboard.type(STAFF);
  // Before: the staff member is flagged like anyone else.
  await expect.poll(async () => (await overlayState(fb)).underlines).toContain('person-name');

  const options = await openOptions();
  await field(options, 'practice.phones').locator('textarea').pressSequentially(PHONE);
  await field(options, 'allowNames').locator('textarea').pressSequentially('Jenna');
  await expect(options.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await expect.poll(() => stored(options)).toEqual({ practice: { phones: [PHONE] }, allowNames: ['Jenna'] });

  // The open tab picks the change up without a reload: an unknown name is still flagged, and the safe reply has the new phone.
  await fb.bringToFront();
  await composer.click();
  await fb.keyboard.press('ControlOrMeta+A');
  await fb.keyboard.type(UNKNOWN);
  await expect.poll(async () => (await overlayState(fb)).underlines).toContain('person-name');
  await fb.keyboard.press('Alt+Shift+R');
  await expect.poll(async () => (await overlayState(fb)).cardText).toContain(`please call our office at ${PHONE}`);
  await fb.keyboard.press('Escape');
  await composer.click();
  await fb.keyboard.press('ControlOrMeta+A');
  await fb.keyboard.type(STAFF);
  // The staff member's name is no longer flagged; the rest of the message still is.
  await expect.poll(async () => onlyTheStaffNameAllowed(await overlayState(fb))).toBe(true);
  expect(app.foreignRequests).toEqual([]);
});

test('a change made elsewhere shows up at once, without resetting the field being typed in', async () => {
  const page = await openOptions();
  const name = field(page, 'practice.name').locator('input');
  await name.pressSequentially('Harbor');
  await expect.poll(() => stored(page)).toEqual({ practice: { name: 'Harbor' } });
  // The popup or another tab changes the settings, the name among them, while the name field still has focus.
  await page.evaluate(async () => {
    const { policy } = (await chrome.storage.local.get(null)) as { policy: { practice: object } };
    await chrome.storage.local.set({ policy: { ...policy, practice: { ...policy.practice, name: 'Other' }, allowNames: ['Priya'] } });
  });
  await expect(field(page, 'allowNames').locator('textarea')).toHaveValue('Priya');
  await expect(name).toBeFocused();
  await expect(name).toHaveValue('Harbor');
  await name.pressSequentially(' Point');
  await expect.poll(() => stored(page)).toEqual({ practice: { name: 'Harbor Point' }, allowNames: ['Priya'] });
});

test('import: a bad file lists its problems and changes nothing; a good one replaces the settings; export round-trips', async () => {
  const page = await openOptions({ policy: PRACTICE });
  const name = field(page, 'practice.name').locator('input');
  await expect(name).toHaveValue('Harbor Point Family Health');
  const problems = page.locator('[data-import-problems]');

  await page.setInputFiles('#import-file', { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('phones: 555') });
  await expect(problems).toContainText('not JSON');
  await expect(problems).toHaveAttribute('role', 'alert');

  const bad = { practice: { name: 'Someone Else', phones: ['(555) 310-2200', '12'] }, rules: { 'medical-advice': 'loud' }, colour: 'blue' };
  await page.setInputFiles('#import-file', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  await expect(problems).toContainText('practice.phones[1]');
  await expect(problems).toContainText('must be a phone number with 7 to 15 digits');
  await expect(problems).toContainText('rules.medical-advice');
  await expect(problems).toContainText('colour');
  expect(await stored(page)).toEqual(PRACTICE);
  await expect(name).toHaveValue('Harbor Point Family Health');
  await expect(field(page, 'rules.medical-advice').getByLabel('Warn')).toBeChecked();

  // A good file, chosen through the labelled button.
  const good = { practice: { name: 'Cedar Ridge Dental Care', phones: ['(555) 310-2200'] }, rules: { jargon: 'off' } };
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import policy…' }).click()]);
  await chooser.setFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
  await expect(page.locator('[data-import-result]')).toContainText('Imported good.json');
  await expect(problems).toHaveCount(0);
  await expect.poll(() => stored(page)).toEqual(good);
  await expect(name).toHaveValue('Cedar Ridge Dental Care');
  await expect(field(page, 'practice.phones').locator('textarea')).toHaveValue('(555) 310-2200');
  await expect(field(page, 'rules.jargon').getByLabel('Off')).toBeChecked();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export policy' }).click()]);
  expect(download.suggestedFilename()).toBe('replyrx-policy.json');
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  const { policy, problems: found } = loadPolicy(exported);
  expect(found).toEqual([]);
  expect(policy).toEqual(exported);
  expect(policy.practice.name).toBe('Cedar Ridge Dental Care');
  expect(policy.rules.jargon).toBe('off');
});

test('reset asks once more, then clears the manager\'s settings; "Keep them" changes nothing', async () => {
  const page = await openOptions({ policy: PRACTICE });
  await page.getByRole('button', { name: 'Reset all settings…' }).click();
  await page.getByRole('button', { name: 'Keep them' }).click();
  expect(await stored(page)).toEqual(PRACTICE);
  await page.getByRole('button', { name: 'Reset all settings…' }).click();
  await page.getByRole('button', { name: 'Yes, clear all my settings' }).click();
  await expect.poll(() => stored(page)).toEqual({});
  await expect(field(page, 'practice.name').locator('input')).toHaveValue('');
  await expect(page.locator('[data-import-result]')).toContainText('Your settings were cleared');
});

test('inline validation: a bad phone or deny term shows its error and is not saved; fixing it saves', async () => {
  const page = await openOptions();
  const phones = field(page, 'practice.phones').locator('textarea');
  await phones.fill('12345');
  await expect(field(page, 'practice.phones').locator('.errors')).toContainText('“12345”: must be a phone number with 7 to 15 digits');
  await expect(phones).toHaveAttribute('aria-invalid', 'true');
  // Another field saves meanwhile; the bad phone does not go with it.
  await field(page, 'practice.name').locator('input').fill('Harbor Point');
  await expect.poll(() => stored(page)).toEqual({ practice: { name: 'Harbor Point' } });

  await phones.fill('(555) 201-4400');
  await expect(field(page, 'practice.phones').locator('.errors')).toHaveCount(0);
  await expect(phones).toHaveAttribute('aria-invalid', 'false');
  await expect.poll(() => stored(page)).toEqual({ practice: { name: 'Harbor Point', phones: ['(555) 201-4400'] } });

  // Deny terms: a row without a term waits with its error; a valid row saves.
  const deny = field(page, 'customTerms.deny');
  await deny.getByRole('button', { name: 'Add a term' }).click();
  await expect(page.locator('#field-customTerms-deny-0-term')).toBeFocused();
  await page.locator('#field-customTerms-deny-0-message').fill('Charts stay in the office.');
  await expect(deny.locator('.errors')).toContainText('term: must not be empty');
  await deny.getByRole('button', { name: 'Add a term' }).click();
  await page.locator('#field-customTerms-deny-1-term').fill('Millbrook High');
  await page.locator('#field-customTerms-deny-1-severity').selectOption('block');
  await expect.poll(async () => (await stored(page))?.customTerms).toEqual({ deny: [{ term: 'Millbrook High', severity: 'block', message: '' }] });
  await page.locator('#field-customTerms-deny-0-term').fill('chart note');
  await expect(deny.locator('.errors')).toHaveCount(0);
  await expect.poll(async () => (await stored(page))?.customTerms).toEqual({
    deny: [
      { term: 'chart note', severity: 'warn', message: 'Charts stay in the office.' },
      { term: 'Millbrook High', severity: 'block', message: '' },
    ],
  });
});

test('a template edit updates its live preview; a bad placeholder is not saved; reset restores the default', async () => {
  const page = await openOptions({ policy: PRACTICE });
  const question = field(page, 'templates.question');
  const box = question.locator('textarea');
  const preview = question.locator('[data-preview]');
  await expect(box).toHaveValue(DEFAULT_TEMPLATES.question);
  await expect(preview).toContainText('please call our office at (555) 201-4400 so we can help.');

  await box.fill('Please call {practiceName} at {phone}.');
  await expect(preview).toContainText('Please call Harbor Point Family Health at (555) 201-4400.');
  await expect.poll(async () => (await stored(page))?.templates).toEqual({ question: 'Please call {practiceName} at {phone}.' });

  await box.fill('Please call us at {phon}.');
  await expect(question.locator('.errors')).toContainText('unknown placeholder {phon}');
  // Another field saves meanwhile; the bad template does not go with it. The preview follows the practice identity too.
  await field(page, 'practice.phones').locator('textarea').fill('(555) 999-0000');
  await expect.poll(async () => (await stored(page))?.practice).toEqual({ ...PRACTICE.practice, phones: ['(555) 999-0000'] });
  expect((await stored(page))?.templates).toEqual({ question: 'Please call {practiceName} at {phone}.' });
  await question.getByRole('button', { name: 'Reset to default' }).click();
  await expect(box).toHaveValue(DEFAULT_TEMPLATES.question);
  await expect(preview).toContainText('please call our office at (555) 999-0000 so we can help.');
  await expect.poll(async () => (await stored(page))?.templates).toEqual({});
});

test('Try it shows the composer card for a risky message, "No issues found" for a safe one, and Replace fills the box', async () => {
  const page = await openOptions({ policy: PRACTICE });
  const text = page.getByLabel('Message', { exact: true });
  await text.fill(RISKY);
  const card = page.locator('[data-try-result] .card');
  await expect(card.locator('.finding[data-category="patient-identifier"]')).toBeVisible();
  await expect(card.locator('li[data-rule="person-name"]')).toHaveCount(1);
  await expect(card.locator('[data-suggestion]').first()).toContainText('(555) 201-4400');
  const reply = await card.locator('[data-suggestion] .text').first().innerText();
  await card.getByRole('button', { name: 'Replace' }).first().click();
  await expect(text).toHaveValue(reply);
  await expect(page.locator('[data-try-result]')).toContainText('No issues found.');
  await expect(card).toHaveCount(0);

  await text.fill(SAFE);
  await expect(page.locator('[data-try-result]')).toContainText('No issues found.');

  // It follows the settings in force: turning the rule off removes its finding.
  await text.fill(RISKY);
  await expect(card.locator('li[data-rule="person-name"]')).toHaveCount(1);
  await field(page, 'rules.person-name').getByLabel('Off').check();
  await expect(card.locator('li[data-rule="person-name"]')).toHaveCount(0);
  await expect(card.locator('li[data-rule="health-details"]').first()).toBeAttached();
});

test("IT's managed values: locked fields are disabled and say so, IT defaults are marked, ignored values are listed", async () => {
  const managed = {
    defaults: { practice: { name: 'Harbor Point Family Health' } },
    locked: { practice: { phones: ['(555) 000-1111'], website: 'not a website!' }, rules: { 'medical-advice': 'block' }, sendGuard: { allowPostAnyway: false } },
  };
  // IT's values arrive through Chromium's real policy files (tests/e2e/extension.ts).
  await app.close();
  app = await launchWithExtension({ managed });
  const page = await openOptions();
  for (const path of ['practice.phones', 'rules.medical-advice', 'sendGuard.allowPostAnyway']) {
    await expect(field(page, path)).toContainText("Set by your practice's IT");
    for (const control of await field(page, path).locator('input, textarea, select').all()) await expect(control).toBeDisabled();
  }
  await expect(field(page, 'practice.phones').locator('textarea')).toHaveValue('(555) 000-1111');
  await expect(field(page, 'rules.medical-advice').getByLabel('Block')).toBeChecked();
  await expect(field(page, 'sendGuard.allowPostAnyway').locator('input')).not.toBeChecked();
  await expect(field(page, 'practice.name')).toContainText("Default from your practice's IT");
  await expect(field(page, 'practice.name').locator('input')).toBeEnabled();
  await expect(field(page, 'practice.name').locator('input')).toHaveValue('Harbor Point Family Health');
  await expect(field(page, 'rules.jargon')).not.toContainText("your practice's IT");
  await expect(page.locator('[data-managed-problems]')).toContainText("Your IT's policy has values ReplyRx ignored");
  await expect(page.locator('[data-managed-problems]')).toContainText('locked.practice.website');

  const file = { practice: { phones: ['(555) 310-2200'] }, allowNames: ['Priya'] };
  await page.setInputFiles('#import-file', { name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.locator('[data-import-result]')).toContainText("These fields stay as your practice's IT set them: practice.phones");
  await expect(field(page, 'practice.phones').locator('textarea')).toHaveValue('(555) 000-1111');
  await expect(field(page, 'allowNames').locator('textarea')).toHaveValue('Priya');
});

test('keyboard only: Tab reaches a rule, arrow keys change its severity, Space toggles a switch, focus is visible', async () => {
  const page = await openOptions();
  const activeIn = (selector: string) => page.evaluate((s) => !!document.activeElement?.closest(s), selector);
  const tabTo = async (selector: string) => {
    for (let i = 0; i < 120 && !(await activeIn(selector)); i++) await page.keyboard.press('Tab');
    expect(await activeIn(selector)).toBe(true);
  };
  await tabTo('[data-field="rules.medical-advice"]');
  await expect(field(page, 'rules.medical-advice').getByLabel('Warn')).toBeFocused();
  const outline = await page.evaluate(() => {
    const el = document.activeElement!;
    const style = getComputedStyle(el);
    return { focusVisible: el.matches(':focus-visible'), style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(outline.focusVisible).toBe(true);
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThan(0);

  await page.keyboard.press('ArrowRight');
  await expect(field(page, 'rules.medical-advice').getByLabel('Block')).toBeChecked();
  await expect.poll(async () => (await stored(page))?.rules).toEqual({ 'medical-advice': 'block' });

  await tabTo('[data-field="sendGuard.allowPostAnyway"]');
  await page.keyboard.press('Space');
  await expect.poll(async () => (await stored(page))?.sendGuard).toEqual({ allowPostAnyway: false });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violations (${scheme})`, async () => {
    const page = await openOptions({ policy: PRACTICE });
    await page.emulateMedia({ colorScheme: scheme });
    // Show the dynamic parts too: an inline error and the Try-it card.
    await field(page, 'practice.website').locator('input').fill('not a website');
    await page.getByLabel('Message', { exact: true }).fill(RISKY);
    await expect(page.locator('[data-try-result] .card')).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    const report = serious.map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary}`).join('\n')}`).join('\n');
    expect(serious, report).toEqual([]);
  });
}

test('the Sites section names every host each switch covers', async () => {
  const page = await openOptions();
  await expect(field(page, 'sites.facebook')).toContainText('On www.facebook.com, web.facebook.com, m.facebook.com, business.facebook.com (Meta Business Suite) and www.messenger.com (Messenger).');
  await expect(field(page, 'sites.x')).toContainText('On x.com, twitter.com and pro.x.com (X Pro).');
  await expect(field(page, 'sites.linkedin')).toContainText('On www.linkedin.com.');
  await expect(page.getByLabel('Facebook', { exact: true })).toBeChecked();
});

test('screenshots: 1280 px light and 800 px dark', async () => {
  const page = await openOptions({ policy: { ...PRACTICE, allowNames: ['Dr. Anita Patel', 'Jenna'] } });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: screenshotPath('screenshot-options-1280-light.png') });

  await page.setViewportSize({ width: 800, height: 900 });
  await page.emulateMedia({ colorScheme: 'dark' });
  // One column at 800 px: the section list sits above the sections, not beside them.
  const [toc, sections] = await Promise.all([page.locator('nav.toc').boundingBox(), page.locator('main.sections').boundingBox()]);
  expect(toc!.y + toc!.height).toBeLessThanOrEqual(sections!.y);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(800);
  await page.screenshot({ path: screenshotPath('screenshot-options-800-dark.png') });

  // The rules and the Try it box, as the README shows them.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.locator('#rules').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: screenshotPath('screenshot-options-rules.png') });
  await page.getByLabel('Message', { exact: true }).fill(RISKY);
  await expect(page.locator('[data-try-result] .card')).toBeVisible();
  await page.locator('#try').screenshot({ path: screenshotPath('screenshot-options-try-it.png') });
});
