// Loads the built extension (.output/chrome-mv3) into Debian Chromium the way ../shared/ENVIRONMENT.md
// measured, serves local pages at the real sites' URLs, and records any request the extension makes.
import { chromium, type Browser, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { createHash, randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readManagedPolicy } from '../../rules/managed';
import { itSetsPractice } from '../../sites/setup';

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
export async function overlayState(page: Page) {
  return page.evaluate(() => {
    const roots = [...document.querySelectorAll('replyrx-overlay')].map((h) => h.shadowRoot!).filter(Boolean);
    const all = (sel: string) => roots.flatMap((r) => [...r.querySelectorAll<HTMLElement>(sel)]);
    return {
      // Only the underlines shown: while a newer answer is on its way they are hidden, not removed.
      underlines: all('.underline').filter((u) => u.checkVisibility()).map((u) => u.getAttribute('data-rule')),
      badge: all('.badge').map((b) => b.textContent)[0] ?? null,
      card: all('.card').length > 0,
      cardText: all('.card').map((c) => c.innerText)[0] ?? '',
      dialog: all('.dialog').map((d) => d.innerText)[0] ?? null,
    };
  });
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
  await page.waitForFunction(() => [...document.querySelectorAll('replyrx-overlay')].some((h) => {
    const root = h.shadowRoot;
    return !!root?.querySelector('.badge') && [...root.querySelectorAll('.underline')].some((u) => u.checkVisibility());
  }), null, { timeout });
}

/**
 * Types `text` and returns the milliseconds from its last keystroke to the first frame that shows a badge and a
 * visible underline, timed in the page (so the test runner's own delays on a busy machine are not counted).
 */
export async function typeUntilUnderlined(page: Page, text: string, timeout = 2000): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { __rx?: { lastKey: number; shownAt: number | null } };
    if (w.__rx) return void (w.__rx = { lastKey: 0, shownAt: null }); // already watching this page
    w.__rx = { lastKey: 0, shownAt: null };
    const shown = () => [...document.querySelectorAll('replyrx-overlay')].some((h) => {
      const root = h.shadowRoot;
      return !!root?.querySelector('.badge') && [...root.querySelectorAll('.underline')].some((u) => u.checkVisibility());
    });
    addEventListener('keydown', () => { w.__rx = { lastKey: performance.now(), shownAt: null }; }, { capture: true });
    const frame = () => {
      if (w.__rx!.lastKey && w.__rx!.shownAt === null && shown()) w.__rx!.shownAt = performance.now();
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  await page.keyboard.type(text);
  await page.waitForFunction(() => (window as unknown as { __rx: { shownAt: number | null } }).__rx.shownAt !== null, null, { timeout });
  return page.evaluate(() => { const r = (window as unknown as { __rx: { lastKey: number; shownAt: number } }).__rx; return r.shownAt - r.lastKey; });
}

/**
 * Clicks a button inside the overlay by its visible text, with a real mouse click: it fails when the
 * overlay is covered or inert (e.g. behind a page's modal dialog), as a person's click would.
 */
export async function clickOverlayButton(page: Page, text: string, nth = 0): Promise<void> {
  const exact = new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
  await page.locator('replyrx-overlay button').filter({ hasText: exact }).nth(nth).click({ timeout: 5000 });
}

const FIXTURES = resolve('tests/e2e/fixtures/dist');

/**
 * Which fixture page serves a URL: the first route whose hosts include the URL's host and whose
 * path pattern, if any, matches its path. Where the live site serves two shapes at one URL (LinkedIn
 * rolls its 2026 feed out per account), the older shape keeps the paths it is still seen on.
 */
export const FIXTURE_ROUTES: { hosts: string[]; path?: RegExp; page: string }[] = [
  { hosts: ['x.com', 'twitter.com'], path: /^\/i\/chat(\/|$)/, page: 'x-chat.html' },
  { hosts: ['x.com', 'twitter.com'], path: /^\/compose\/post/, page: 'x-compose.html' },
  { hosts: ['x.com', 'twitter.com'], page: 'x.html' },
  { hosts: ['pro.x.com'], page: 'x-pro.html' },
  { hosts: ['www.facebook.com'], page: 'facebook.html' },
  { hosts: ['web.facebook.com'], page: 'facebook-de.html' },
  { hosts: ['m.facebook.com'], page: 'm-facebook.html' },
  { hosts: ['business.facebook.com'], page: 'business-suite.html' },
  { hosts: ['www.messenger.com'], page: 'messenger.html' },
  // The 2026 feed (TipTap, the interop shadow root); post pages and messaging keep the classic Quill shape.
  { hosts: ['www.linkedin.com'], path: /^\/feed\/$/, page: 'linkedin-feed.html' },
  { hosts: ['www.linkedin.com'], page: 'linkedin.html' },
];
/** Every host the fixture pages are served at. */
export const FIXTURE_HOSTS = [...new Set(FIXTURE_ROUTES.flatMap((r) => r.hosts))];
/** Whether a request goes to a served fixture host (anything else is a request that leaves the machine). */
export const isFixtureUrl = (url: string) => /^https:/.test(url) && FIXTURE_HOSTS.includes(new URL(url).host);
const CONTENT_TYPES: Record<string, string> = { js: 'text/javascript', css: 'text/css', map: 'application/json', svg: 'image/svg+xml', png: 'image/png', woff2: 'font/woff2' };

/**
 * Serves the fixture pages (built from the real editors by global-setup.ts) at the real sites' URLs,
 * so the manifest's match patterns are tested too: a page route above serves any matching path,
 * `/assets/<file>` is the built asset of that name (404 if there is none), `/favicon.ico` is a 404.
 * Works on any context, with or without the extension.
 */
export async function serveFixtures(context: BrowserContext): Promise<void> {
  if (!existsSync(join(FIXTURES, 'x.html'))) throw new Error('Build the fixtures first: npx vite build --config tests/e2e/fixtures/vite.config.ts');
  for (const host of FIXTURE_HOSTS) {
    await context.route(`https://${host}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/favicon.ico') return route.fulfill({ status: 404, body: '' });
      const asset = /\/assets\/([\w.-]+\.(\w+))$/.exec(path);
      if (asset) {
        const file = join(FIXTURES, 'assets', asset[1]);
        if (!existsSync(file)) return route.fulfill({ status: 404, body: `no fixture asset ${asset[1]}` });
        return route.fulfill({ path: file, contentType: CONTENT_TYPES[asset[2]] ?? 'application/octet-stream' });
      }
      const page = FIXTURE_ROUTES.find((r) => r.hosts.includes(host) && (!r.path || r.path.test(path)))!.page;
      return route.fulfill({ path: join(FIXTURES, page), contentType: 'text/html; charset=utf-8' });
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
