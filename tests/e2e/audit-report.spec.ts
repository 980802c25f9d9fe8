// The --html report of `replyrx audit` in Chromium, opened from disk as a compliance officer would:
// no console error (a blocked resource or a CSP violation would show as one), the flagged spans are
// highlighted, and the category filter hides and shows messages.
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchWithoutExtension } from './extension';

let report: string;

test.beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs', '--silent'], { stdio: 'inherit' });
  report = join(mkdtempSync(join(tmpdir(), 'replyrx-report-')), 'report.html');
  // Exit status 1: findings, as expected.
  try {
    execFileSync(process.execPath, ['dist/replyrx.cjs', 'audit', '--quiet', '--policy', 'tests/corpus/dev-policy.json', '--html', report, 'tests/cli/fixtures/facebook'], { stdio: 'ignore' });
  } catch (error) {
    if ((error as { status?: number }).status !== 1) throw error;
  }
});

test.afterAll(() => rmSync(dirname(report), { recursive: true, force: true }));

test('the audit report opens offline, highlights the flagged words and filters by category', async () => {
  const browser = await launchWithoutExtension();
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(report).href);

  const articles = page.locator('article');
  await expect(articles).toHaveCount(3);
  await expect(page.locator('#shown')).toHaveText('3 of 3 risky messages shown');
  const marks = await page.locator('mark').allTextContents();
  expect(marks).toEqual(expect.arrayContaining(['José', 'Maria', 'Tom']));
  // The decoded emoji is on the page as text, not as Facebook's mojibake.
  await expect(articles.filter({ hasText: '👍' })).toHaveCount(1);
  await expect(page.getByText('Safe reply:').first()).toBeVisible();

  // Only patient-media: the one post with a photo stays.
  for (const box of await page.locator('#filter input').all()) {
    if ((await box.getAttribute('value')) !== 'patient-media') await box.uncheck();
  }
  await expect(page.locator('article:visible')).toHaveCount(1);
  await expect(page.locator('article:visible')).toContainText('José');
  await expect(page.locator('#shown')).toHaveText('1 of 3 risky messages shown');
  await page.locator('#filter input[value="medical-advice"]').check();
  await expect(page.locator('article:visible')).toHaveCount(3);

  expect(errors).toEqual([]);
  expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
  await browser.close();
});
