// Loads the built extension (.output/chrome-mv3) into Debian Chromium the way ../shared/ENVIRONMENT.md
// measured, serves local pages at the real sites' URLs, and records any request the extension makes.
import { chromium, type Browser, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { createHash, randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readManagedPolicy } from '../../rules/managed';
import { itSetsPractice } from '../../sites/setup';
import { assertFixturesBuilt, FIXTURE_HOSTS, fixtureResponse, isFixtureUrl, overlayInPage, underlinedWithBadgeInPage, underlineDelayInPage, underlineShownInPage, watchUnderlineDelayInPage, type OverlayState } from './shared';

export { FIXTURE_HOSTS, FIXTURE_ROUTES, isFixtureUrl } from './shared';

export const EXTENSION_DIR = resolve(process.env.REPLYRX_OUT_DIR ?? '.output', 'chrome-mv3');
/** Point the tests at another Chromium with REPLYRX_CHROMIUM (README). */
export const CHROMIUM = process.env.REPLYRX_CHROMIUM ?? '/usr/bin/chromium';

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** URLs requested by anything but the served site pages themselves (the extension must make none). */
  foreignRequests: string[];
  /** The welcome page opened on install, when launched with `keepWelcome` (otherwise it is closed). */
  welcome?: Page;
  /** Rewrites IT's managed policy (only for a browser launched with one; Chromium notices, or on chrome://policy → Reload policies). */
  setManaged(managed: unknown): void;
  close(): Promise<void>;
}

/** Chromium flags for every test browser (../shared/ENVIRONMENT.md): no Chromium traffic of its own, no DNS. */
const BROWSER_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
];

/** The same Chromium without the extension: for testing the fixture pages on their own. */
export async function launchWithoutExtension(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: BROWSER_ARGS });
}

export async function servePage(context: BrowserContext, origin: string, html: string): Promise<void> {
  await context.route(`${origin}/**`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
}

/** What the overlay currently shows over the page (it lives in an open shadow root). */
export async function overlayState(page: Page): Promise<OverlayState> {
  return page.evaluate(overlayInPage);
}

/** Everything the extension keeps: its storage areas and the names of its IndexedDB databases, as one JSON string. */
export async function storedEverything(app: Launched): Promise<string> {
  const worker = app.context.serviceWorkers()[0] ?? (await app.context.waitForEvent('serviceworker'));
  return worker.evaluate(async () => {
    const areas = await Promise.all([chrome.storage.local.get(null), chrome.storage.sync.get(null), chrome.storage.session.get(null)]);
    const dbs = await indexedDB.databases();
    return JSON.stringify({ areas, dbs });
  });
}

/** The input of an analyze request, as the service worker received it. */
export interface AnalyzedInput {
  text: string;
  site: string;
  kind: string;
  context?: string;
  hasMedia?: boolean;
}

/**
 * Starts recording the analyze requests the content scripts send, forgetting earlier ones: a
 * listener added next to the worker's own keeps their inputs in the test browser's memory (it
 * answers nothing). A restarted worker forgets it, so call this right before typing.
 */
export async function recordAnalyzeRequests(app: Launched): Promise<void> {
  await app.worker.evaluate(() => {
    const scope = globalThis as unknown as { __rxAnalyzed?: unknown[] };
    if (scope.__rxAnalyzed) {
      scope.__rxAnalyzed.length = 0;
      return;
    }
    scope.__rxAnalyzed = [];
    chrome.runtime.onMessage.addListener((message) => {
      const m = message as { type?: string; input?: unknown };
      if (m?.type === 'replyrx:analyze' && m.input) scope.__rxAnalyzed!.push(m.input);
    });
  });
}

/** The last recorded analyze request for exactly `text`. */
export async function analyzedInput(app: Launched, text: string): Promise<AnalyzedInput | undefined> {
  return app.worker.evaluate((text) => {
    const recorded = (globalThis as unknown as { __rxAnalyzed?: AnalyzedInput[] }).__rxAnalyzed ?? [];
    return recorded.filter((input) => input.text === text).at(-1);
  }, text);
}

/**
 * Waits until the overlay shows a badge and underlines: the answer for the text typed last (while a
 * newer answer is on its way the badge keeps the previous count and the underlines are hidden).
 */
export async function underlinedWithBadge(page: Page, timeout = 2000): Promise<void> {
  await page.waitForFunction(underlinedWithBadgeInPage, null, { timeout });
}

/**
 * Types `text` and returns the milliseconds from its last keystroke to the first frame that shows a badge and a
 * visible underline, timed in the page (so the test runner's own delays on a busy machine are not counted).
 */
export async function typeUntilUnderlined(page: Page, text: string, timeout = 2000): Promise<number> {
  await page.evaluate(watchUnderlineDelayInPage);
  await page.keyboard.type(text);
  await page.waitForFunction(underlineShownInPage, null, { timeout });
  return page.evaluate(underlineDelayInPage);
}

/**
 * Clicks a button inside the overlay by its visible text, with a real mouse click: it fails when the
 * overlay is covered or inert (e.g. behind a page's modal dialog), as a person's click would.
 */
export async function clickOverlayButton(page: Page, text: string, nth = 0): Promise<void> {
  const exact = new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
  await page.locator('replyrx-overlay button').filter({ hasText: exact }).nth(nth).click({ timeout: 5000 });
}

/**
 * Serves the fixture pages (built from the real editors by global-setup.ts) at the real sites' URLs,
 * so the manifest's match patterns are tested too (routes: tests/e2e/shared.ts).
 * Works on any context, with or without the extension.
 */
export async function serveFixtures(context: BrowserContext): Promise<void> {
  assertFixturesBuilt();
  for (const host of FIXTURE_HOSTS) {
    await context.route(`https://${host}/**`, (route) => {
      const answer = fixtureResponse(route.request().url());
      return answer.status === 404 ? route.fulfill(answer) : route.fulfill({ path: answer.path, contentType: answer.contentType });
    });
  }
}

/**
 * Evaluates `expression` (a promise is awaited) in ReplyRx's content-script world of `page`, where
 * `chrome.runtime` reaches the service worker. The extension has no page of its own, and the worker
 * cannot message itself, so this is how a test talks to the worker the way a content script does.
 * Uses the DevTools protocol: isolated worlds are not exposed by Playwright's API.
 */
export async function evaluateInContentScript<T>(app: Launched, page: Page, expression: string): Promise<T> {
  const cdp = await app.context.newCDPSession(page);
  try {
    const contexts: { id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
    await cdp.send('Runtime.enable'); // reports the existing contexts before it returns
    const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${app.extensionId}`);
    if (!world) throw new Error(`No ReplyRx content script in ${page.url()} (is the site in the manifest's matches?)`);
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(`In the content script: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  } finally {
    await cdp.detach();
  }
}

/**
 * Where a test saves a screenshot the docs show: into docs/ only when asked with
 * REPLYRX_SCREENSHOTS=1 (to refresh them on purpose), otherwise into test-results/, so an ordinary
 * test run never rewrites tracked files.
 */
export const screenshotPath = (name: string) => (process.env.REPLYRX_SCREENSHOTS === '1' ? `docs/${name}` : `test-results/screenshots/${name}`);

/** Where Chromium on Linux reads mandatory policy files (Google Chrome: /etc/opt/chrome/policies/managed). */
export const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';

/** Chromium's ID for an unpacked extension: SHA-256 of its absolute path, first 32 hex digits written with a-p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/** How long a new profile may take to open the welcome page (it waits for managed storage: seconds with a policy file). */
const WELCOME_WAIT_MS = 15_000;

/**
 * The welcome page the extension opens on install (options.html#welcome). A test browser is a new
 * profile, so every launch gets one unless IT's policy names the practice; the tab is awaited
 * (tests must not have it open and take focus halfway through) and throws when it never comes.
 */
async function welcomePage(context: BrowserContext, extensionId: string): Promise<Page> {
  const url = `chrome-extension://${extensionId}/options.html#welcome`;
  const deadline = Date.now() + WELCOME_WAIT_MS;
  for (;;) {
    const page = context.pages().find((p) => p.url() === url);
    if (page) return page;
    const left = deadline - Date.now();
    if (left <= 0) throw new Error(`The extension did not open ${url} on install`);
    await context.waitForEvent('page', { timeout: left }).catch(() => undefined);
  }
}

/**
 * Loads the built extension into Chromium, and closes the welcome page it opens on install unless
 * asked to keep it (`keepWelcome`). With `managed`, IT's policy is pushed the way IT does it
 * on Linux (docs/deploy.md): a policy file in /etc/chromium/policies/managed/ whose
 * `3rdparty.extensions.<id>` becomes the extension's managed storage. The extension then runs from
 * its own temporary copy, so it has its own ID and the policy reaches no other test's browser;
 * close() removes the policy file and the copy. Needs root.
 */
export async function launchWithExtension(opts: { managed?: unknown; keepWelcome?: boolean } = {}): Promise<Launched> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('Build the extension first: npm run build');
  const cleanUps: (() => void)[] = [];
  const cleanUp = () => cleanUps.forEach((f) => f());
  let dir = EXTENSION_DIR;
  let setManaged: Launched['setManaged'] = () => {
    throw new Error('launchWithExtension({ managed }) pushes a managed policy; this browser has none');
  };
  if (opts.managed !== undefined) {
    dir = realpathSync(mkdtempSync(join(tmpdir(), 'replyrx-managed-ext-')));
    cpSync(EXTENSION_DIR, dir, { recursive: true });
    mkdirSync(CHROMIUM_POLICY_DIR, { recursive: true });
    const policyFile = join(CHROMIUM_POLICY_DIR, `replyrx-e2e-${randomBytes(6).toString('hex')}.json`);
    const id = unpackedExtensionId(dir);
    setManaged = (value) => writeFileSync(policyFile, JSON.stringify({ '3rdparty': { extensions: { [id]: value } } }));
    setManaged(opts.managed);
    cleanUps.push(() => rmSync(policyFile, { force: true }), () => rmSync(dir, { recursive: true, force: true }));
  }
  const profile = mkdtempSync(join(tmpdir(), 'replyrx-e2e-'));
  cleanUps.push(() => rmSync(profile, { recursive: true, force: true }));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 800 },
      permissions: ['clipboard-read', 'clipboard-write'],
      args: [...BROWSER_ARGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
    });
  } catch (error) {
    cleanUp();
    throw error;
  }
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const foreignRequests: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!isFixtureUrl(url) && !url.startsWith('chrome-extension://') && !url.startsWith('data:')) foreignRequests.push(url);
  });
  const close = async () => {
    await context.close();
    cleanUp();
  };
  if (opts.managed !== undefined && extensionId !== unpackedExtensionId(dir)) {
    await close();
    throw new Error(`The unpacked copy's ID is ${extensionId}, not the computed one: the policy file would not reach it`);
  }
  let welcome: Page | undefined;
  if (!itSetsPractice(readManagedPolicy(opts.managed))) {
    try {
      welcome = await welcomePage(context, extensionId);
    } catch (error) {
      await close();
      throw error;
    }
    if (!opts.keepWelcome) {
      await welcome.close();
      welcome = undefined;
    }
  }
  return { context, extensionId, worker, foreignRequests, welcome, setManaged, close };
}
