// The add-on's own pages in Firefox: a phone and a staff name typed in the options page change what
// an open composer shows, and the popup counts today's warnings (as tests/e2e/options.spec.ts and
// tests/e2e/popup.spec.ts do in Chromium).
import type { Page } from 'puppeteer-core';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { COUNTED_DRAFTS, COUNTED_UNDERLINES, onlyTheStaffNameAllowed, STAFF_CASE } from '../e2e/shared';
import { click, focusByClick, launchFirefox, overlayState, press, type FirefoxApp } from './firefox';

const COMMENT = '[aria-label="Write a comment…"]';

let app: FirefoxApp;
beforeEach(async () => {
  app = await launchFirefox();
});
afterEach(async () => {
  await app?.close();
});

/** The Facebook fixture with its comment box focused. */
async function facebookComment(): Promise<Page> {
  const page = await app.sitePage();
  await page.goto('https://www.facebook.com/');
  await click(page, COMMENT);
  return page;
}

/** Replaces the comment's text with `text`. */
async function retype(page: Page, text: string): Promise<void> {
  await page.bringToFront();
  await click(page, COMMENT);
  await press(page, 'ControlOrMeta+A');
  await page.keyboard.type(text);
}

test('a phone and a staff name typed in the options page reach an open Facebook composer', async () => {
  const { PHONE, STAFF, UNKNOWN } = STAFF_CASE;
  const fb = await facebookComment();
  await fb.keyboard.type(STAFF);
  // Before: the staff member is flagged like anyone else.
  await expect.poll(async () => (await overlayState(fb)).underlines).toContain('person-name');

  const options = await app.extensionPage('options.html');
  await focusByClick(options, '[data-field="practice.phones"] textarea');
  await options.keyboard.type(PHONE);
  await focusByClick(options, '[data-field="allowNames"] textarea');
  await options.keyboard.type('Jenna');
  await expect.poll(() => options.evaluate(() => document.querySelector('[data-save-status]')?.textContent ?? '')).toContain('Saved');
  await expect
    .poll(async () => (await app.stored('local')).policy)
    .toEqual({ practice: { phones: [PHONE] }, allowNames: ['Jenna'] });

  // The open tab picks the change up without a reload: an unknown name is still flagged, and the safe reply has the new phone.
  await retype(fb, UNKNOWN);
  await expect.poll(async () => (await overlayState(fb)).underlines).toContain('person-name');
  await press(fb, 'Alt+Shift+R');
  await expect.poll(async () => (await overlayState(fb)).cardText).toContain(`please call our office at ${PHONE}`);
  await fb.keyboard.press('Escape');
  await retype(fb, STAFF);
  // The staff member's name is no longer flagged; the rest of the message still is.
  await expect.poll(async () => onlyTheStaffNameAllowed(await overlayState(fb))).toBe(true);
  expect(app.foreignRequests).toEqual([]);
});

test("the popup shows today's counts: each kind of warning once per draft, and no text is stored", async () => {
  const { RISKY, RISKY_MORE, ADVICE } = COUNTED_DRAFTS;
  const fb = await facebookComment();
  const typeAndWait = async (text: string, underlines: number) => {
    await fb.keyboard.type(text);
    await expect.poll(async () => (await overlayState(fb)).underlines.length).toBe(underlines);
  };
  // Draft 1: three kinds of warning, seen in two answers; Enter sends it and the draft ends.
  await typeAndWait(RISKY, COUNTED_UNDERLINES.RISKY);
  await typeAndWait(RISKY_MORE, COUNTED_UNDERLINES.RISKY_MORE);
  await fb.keyboard.press('Enter');
  await expect.poll(() => fb.evaluate(() => window.__fixture.posted.length)).toBe(1);
  // Draft 2: the relationship and health details again, and advice.
  await typeAndWait(ADVICE, COUNTED_UNDERLINES.ADVICE);

  const popup = await app.extensionPage('popup.html');
  const count = (counter: string) => popup.evaluate((c) => document.querySelector(`[data-counter="${c}"] .n`)?.textContent ?? null, counter);
  await expect.poll(() => count('patient-identifier')).toBe('1');
  expect(await count('patient-relationship')).toBe('2');
  expect(await count('health-details')).toBe('2');
  expect(await count('medical-advice')).toBe('1');
  expect(await count('safe-replies-used')).toBe('0');

  const stored = JSON.stringify(await app.stored('local'));
  expect(stored).toContain('"health-details":2');
  for (const word of `${RISKY}${RISKY_MORE} ${ADVICE}`.match(/[A-Za-z]{5,}/g)!) expect(stored).not.toContain(word);
  expect(app.foreignRequests).toEqual([]);
});
