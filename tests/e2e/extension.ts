// Loads the built extension (.output/chrome-mv3) into Debian Chromium the way ../shared/ENVIRONMENT.md
// measured, serves local pages at the real sites' URLs, and records any request the extension makes.
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
/** Point the tests at another Chromium with REPLYRX_CHROMIUM (README). */
export const CHROMIUM = process.env.REPLYRX_CHROMIUM ?? '/usr/bin/chromium';

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** URLs requested by anything but the served site pages themselves (the extension must make none). */
  foreignRequests: string[];
  close(): Promise<void>;
}

export async function launchWithExtension(): Promise<Launched> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('Build the extension first: npm run build');
  const profile = mkdtempSync(join(tmpdir(), 'replyrx-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    permissions: ['clipboard-read', 'clipboard-write'],
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`, '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const foreignRequests: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!/^https:\/\/(x\.com|twitter\.com|www\.facebook\.com|www\.linkedin\.com)\//.test(url) && !url.startsWith('chrome-extension://') && !url.startsWith('data:')) foreignRequests.push(url);
  });
  return {
    context,
    extensionId,
    worker,
    foreignRequests,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Serves `html` for every page of `origin` (e.g. https://www.linkedin.com). */
export async function servePage(context: BrowserContext, origin: string, html: string): Promise<void> {
  await context.route(`${origin}/**`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
}

/** What the overlay currently shows over the page (it lives in an open shadow root). */
export async function overlayState(page: Page) {
  return page.evaluate(() => {
    const roots = [...document.querySelectorAll('replyrx-overlay')].map((h) => h.shadowRoot!).filter(Boolean);
    const all = (sel: string) => roots.flatMap((r) => [...r.querySelectorAll<HTMLElement>(sel)]);
    return {
      underlines: all('.underline').map((u) => u.getAttribute('data-rule')),
      badge: all('.badge').map((b) => b.textContent)[0] ?? null,
      card: all('.card').length > 0,
      cardText: all('.card').map((c) => c.innerText)[0] ?? '',
      dialog: all('.dialog').map((d) => d.innerText)[0] ?? null,
    };
  });
}

/** Clicks a button inside the overlay by its visible text. */
export async function clickOverlayButton(page: Page, text: string, nth = 0): Promise<void> {
  const ok = await page.evaluate(({ text, nth }) => {
    const roots = [...document.querySelectorAll('replyrx-overlay')].map((h) => h.shadowRoot!).filter(Boolean);
    const buttons = roots.flatMap((r) => [...r.querySelectorAll<HTMLButtonElement>('button')]).filter((b) => b.textContent?.trim() === text);
    buttons[nth]?.click();
    return !!buttons[nth];
  }, { text, nth });
  if (!ok) throw new Error(`No overlay button "${text}"`);
}

const FIXTURES = resolve('tests/e2e/fixtures/dist');
const SITES: Record<string, string> = { 'x.com': 'x.html', 'twitter.com': 'x.html', 'www.facebook.com': 'facebook.html', 'www.linkedin.com': 'linkedin.html' };

/** Serves the fixture pages (built from the real editors) at the real sites' URLs, so the manifest's match patterns are tested too. */
export async function serveFixtures(context: BrowserContext): Promise<void> {
  if (!existsSync(join(FIXTURES, 'x.html'))) throw new Error('Build the fixtures first: npx vite build --config tests/e2e/fixtures/vite.config.ts');
  for (const [host, page] of Object.entries(SITES)) {
    await context.route(`https://${host}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      const asset = /\/assets\/([\w.-]+\.js)$/.exec(path);
      if (asset) return route.fulfill({ path: join(FIXTURES, 'assets', asset[1]), contentType: 'text/javascript' });
      return route.fulfill({ path: join(FIXTURES, page), contentType: 'text/html; charset=utf-8' });
    });
  }
}
