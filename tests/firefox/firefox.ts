// Loads the built Firefox add-on (.output/firefox-mv3) into Debian's Firefox ESR with puppeteer-core
// over WebDriver BiDi, serves the fixture pages at the real sites' URLs (tests/e2e/shared.ts, the
// same pages and routes as the Chromium suite), and records every request that would leave the
// machine. See docs/stores.md ("Firefox") for why each choice below was made.
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { readManagedPolicy } from '../../rules/managed';
import { itSetsPractice } from '../../sites/setup';
import { assertFixturesBuilt, centreOfInPage, fixtureResponse, isFixtureUrl, overlayCentreInPage, overlayInPage, underlineDelayInPage, underlineShownInPage, watchUnderlineDelayInPage, type OverlayState } from '../e2e/shared';

export const FIREFOX_EXTENSION_DIR = resolve(process.env.REPLYRX_OUT_DIR ?? '.output', 'firefox-mv3');
/** Point the tests at another Firefox with REPLYRX_FIREFOX (README). */
export const FIREFOX = process.env.REPLYRX_FIREFOX ?? '/usr/bin/firefox-esr';
/** The add-on's Firefox ID (wxt.config.ts); policies.json's 3rdparty section is keyed by it. */
export const GECKO_ID = 'replyrx@replyrx.app';
/**
 * The add-on's moz-extension:// host. Firefox draws a random one per profile; the test profile is
 * given this one (pref extensions.webextensions.uuids) so the tests can open the add-on's pages.
 */
export const EXTENSION_UUID = '5e1f0c2a-7d3b-4c55-9a1e-2b6f0d4c8e11';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export interface FirefoxApp {
  browser: Browser;
  /** Every request that reached the network (the recording proxy): Firefox's own are turned off by prefs, so any is the add-on's. */
  foreignRequests: string[];
  /** The welcome page the add-on opened on install, when launched with `keepWelcome`. */
  welcome?: Page;
  /** A new tab that serves the fixture pages at the sites' URLs (or `html` at every URL under `origin`). */
  sitePage(serve?: { origin: string; html: string }): Promise<Page>;
  /** A new tab showing one of the add-on's pages (e.g. 'options.html', 'popup.html?tab=3'), loaded. */
  extensionPage(path: string): Promise<Page>;
  /** Runs `fn(arg)` in one of the add-on's own pages, where the `browser` WebExtension API is. */
  inExtension<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** What the add-on reads from one of its storage areas (`browser.storage.<area>.get(null)`). */
  stored(area: 'local' | 'managed'): Promise<Record<string, unknown>>;
  /** Sets the manager's own settings (storage.local `policy`), as the options page does. */
  setLocalPolicy(policy: object): Promise<void>;
  close(): Promise<void>;
}

/**
 * Firefox reads IT's policies from `distribution/policies.json` in its install folder. Rather than
 * write into the system's install (/usr/lib/firefox-esr), the test runs Firefox from a folder of
 * its own: the launcher binary copied (Firefox takes the folder of its real executable as its
 * install folder), everything else symlinked, and a distribution/ holding the policy.
 */
function firefoxWithPolicy(policy: object, cleanUps: (() => void)[]): string {
  const executable = realpathSync(FIREFOX); // /usr/bin/firefox-esr → /usr/lib/firefox-esr/firefox-esr
  const source = dirname(executable);
  const binary = basename(executable);
  const dir = mkdtempSync(join(tmpdir(), 'replyrx-firefox-'));
  cleanUps.push(() => rmSync(dir, { recursive: true, force: true }));
  for (const name of readdirSync(source)) {
    if (name === binary) copyFileSync(join(source, name), join(dir, name));
    else if (name !== 'distribution') symlinkSync(join(source, name), join(dir, name));
  }
  mkdirSync(join(dir, 'distribution'));
  writeFileSync(join(dir, 'distribution', 'policies.json'), JSON.stringify(policy, null, 2));
  return join(dir, binary);
}

/** A proxy every request of the browser goes through, which records it and answers 403: nothing leaves the machine. */
async function recordingProxy(log: string[]): Promise<Server> {
  const proxy = createServer((req, res) => {
    log.push(req.url ?? '');
    res.writeHead(403).end();
  });
  proxy.on('connect', (req, socket) => {
    log.push(`https://${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  return proxy;
}

const until = async (what: string, check: () => Promise<boolean>, timeout = 15_000): Promise<void> => {
  const deadline = Date.now() + timeout;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};

/**
 * Starts Firefox ESR with the add-on installed (as a temporary add-on, over BiDi). `policy` is a
 * whole policies.json (`{ policies: { … } }`). `prefs` are added to the profile, e.g. a short
 * background idle timeout. The welcome page the add-on opens on install is closed unless asked to keep.
 */
export async function launchFirefox(opts: { policy?: object; prefs?: Record<string, unknown>; keepWelcome?: boolean } = {}): Promise<FirefoxApp> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) throw new Error('Build the extension first: npm run build');
  const cleanUps: (() => void)[] = [];
  const foreignRequests: string[] = [];
  const proxy = await recordingProxy(foreignRequests);
  cleanUps.push(() => proxy.close());
  const port = (proxy.address() as AddressInfo).port;
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: opts.policy ? firefoxWithPolicy(opts.policy, cleanUps) : FIREFOX,
      headless: true,
      // Lets the test profile point Firefox's remote settings nowhere (services.settings.server below).
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      // Lets BiDi open moz-extension:// pages (the options page, the popup); the pages themselves run as usual.
      args: ['--remote-allow-system-access'],
      defaultViewport: { width: 1280, height: 800 },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
        // Every request goes through the recording proxy, localhost included.
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        // Firefox's own traffic, off, so that whatever the proxy sees is the add-on's.
        'services.settings.server': 'data:,#remote-settings-off',
        'extensions.getAddons.cache.enabled': false,
        'extensions.blocklist.enabled': false,
        'browser.newtabpage.activity-stream.feeds.system.topstories': false,
        'browser.safebrowsing.provider.mozilla.updateURL': '',
        // Captive-portal and connectivity checks (detectportal.firefox.com): Firefox 140 ESR sends them on start.
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        'dom.events.testing.asyncClipboard': true,
        ...opts.prefs,
      },
    });
  } catch (error) {
    cleanUps.forEach((f) => f());
    throw error;
  }
  const close = async () => {
    await browser.close().catch(() => undefined);
    cleanUps.forEach((f) => f());
  };
  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (error) {
    await close();
    throw error;
  }

  const extensionPage = async (path: string): Promise<Page> => {
    const page = await browser.newPage();
    const url = `${EXTENSION_ORIGIN}/${path}`;
    // BiDi reports no load events for moz-extension:// pages: start the navigation and watch the page itself.
    void page.goto(url, { timeout: 20_000 }).catch(() => undefined);
    await until(`${url} to load`, () => page.evaluate((u) => location.href === u && document.readyState === 'complete', url));
    return page;
  };

  const sitePage = async (serve?: { origin: string; html: string }): Promise<Page> => {
    if (!serve) assertFixturesBuilt();
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => {
      const url = request.url();
      if (serve && url.startsWith(`${serve.origin}/`)) return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: serve.html });
      if (!serve && isFixtureUrl(url)) {
        const answer = fixtureResponse(url);
        if (answer.status === 404) return void request.respond({ status: 404, body: answer.body });
        return void request.respond({ status: 200, contentType: answer.contentType, body: readFileSync(answer.path) });
      }
      // Anything else goes on to the network, that is to the recording proxy.
      return void request.continue();
    });
    return page;
  };

  const inExtension = async <A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> => (await control.evaluate(fn as (arg: unknown) => unknown, arg as unknown)) as R;

  let welcome: Page | undefined;
  const itPolicy = (opts.policy as { policies?: { '3rdparty'?: { Extensions?: Record<string, unknown> } } } | undefined)?.policies?.['3rdparty']?.Extensions?.[GECKO_ID];
  if (!itSetsPractice(readManagedPolicy(itPolicy))) {
    try {
      await until('the welcome page the add-on opens on install', async () => {
        for (const page of await browser.pages()) {
          if ((await page.evaluate(() => location.href).catch(() => '')) === `${EXTENSION_ORIGIN}/options.html#welcome`) welcome = page;
        }
        return !!welcome;
      });
    } catch (error) {
      await close();
      throw error;
    }
    if (!opts.keepWelcome) {
      await welcome!.close();
      welcome = undefined;
    }
  }
  // A tab of the add-on's own, opened before any site tab (so it never takes the site's focus later).
  let control: Page;
  try {
    control = await extensionPage('popup.html');
  } catch (error) {
    await close();
    throw error;
  }
  type Storage = { browser: { storage: Record<string, { get(keys: null): Promise<Record<string, unknown>>; set(items: object): Promise<void> }> } };
  const stored = (area: 'local' | 'managed') => inExtension((a) => (globalThis as unknown as Storage).browser.storage[a].get(null), area);
  const setLocalPolicy = (policy: object) => inExtension((p) => (globalThis as unknown as Storage).browser.storage.local.set({ policy: p }), policy);
  return { browser, foreignRequests, welcome, sitePage, extensionPage, inExtension, stored, setLocalPolicy, close };
}

// ---- Driving a page (puppeteer's CSS stops at shadow roots; the shared page-side functions do not) ----

export const overlayState = (page: Page): Promise<OverlayState> => page.evaluate(overlayInPage);

/** Types `text` and returns the milliseconds from its last keystroke to the first frame with a badge and an underline, timed in the page. */
export async function typeUntilUnderlined(page: Page, text: string, timeout = 5000): Promise<number> {
  await page.evaluate(watchUnderlineDelayInPage);
  await page.keyboard.type(text);
  await page.waitForFunction(underlineShownInPage, { timeout });
  return page.evaluate(underlineDelayInPage);
}

/**
 * Clicks the centre of the element `selector` finds (through open shadow roots) with a real mouse
 * click, once nothing covers it there (as Playwright waits for an element to receive the click).
 */
export async function click(page: Page, selector: string): Promise<void> {
  let at: { x: number; y: number; covered: string | null; byOverlay: boolean } | null = null;
  try {
    await until(`${selector} on ${page.url()}`, async () => {
      at = await page.evaluate(centreOfInPage, selector);
      // A finding card that opened because the pointer rested on an underline closes once the
      // pointer moves away from it, as a user's would on the way to the button.
      if (at?.byOverlay) await page.mouse.move(1, 1);
      return !!at && !at.covered;
    }, 5000);
  } catch (error) {
    const covered = (at as { covered: string | null } | null)?.covered;
    throw covered ? new Error(`${selector} on ${page.url()} stays covered by ${covered}`) : error;
  }
  await page.mouse.click(at!.x, at!.y);
}

/**
 * Clicks a form field until it has the focus, so the keys typed next land in it (a page that re-renders
 * as it saves can move the field between finding its centre and the click).
 */
export async function focusByClick(page: Page, selector: string): Promise<void> {
  await until(`focus in ${selector} on ${page.url()}`, async () => {
    await click(page, selector);
    return page.evaluate((sel) => document.activeElement === document.querySelector(sel), selector);
  }, 5000);
}

/**
 * Clicks an element of ReplyRx's overlay (a button by its text, or e.g. the badge) with a real mouse
 * click, once it is uncovered and has stopped moving (as Playwright's click waits for a stable
 * element in the Chromium suite).
 */
export async function clickInOverlay(page: Page, selector: string, text: string | null = null, nth = 0): Promise<void> {
  let at: { x: number; y: number } | null = null;
  await until(`the overlay's ${selector} ${text ?? ''}`, async () => {
    const before = at;
    at = await page.evaluate(overlayCentreInPage, selector, text, nth);
    return !!at && before?.x === at.x && before?.y === at.y;
  }, 5000);
  await page.mouse.click(at!.x, at!.y);
}

/** Clicks a button of ReplyRx's overlay by its text. */
export const clickOverlayButton = (page: Page, text: string, nth = 0) => clickInOverlay(page, 'button', text, nth);

/** Presses a key or a chord such as 'ControlOrMeta+Enter' or 'Alt+Shift+R' (Linux: ControlOrMeta is Control). */
export async function press(page: Page, chord: string): Promise<void> {
  const keys = chord.split('+').map((k) => (k === 'ControlOrMeta' ? 'Control' : k)) as Parameters<Page['keyboard']['press']>[0][];
  const key = keys.pop()!;
  for (const modifier of keys) await page.keyboard.down(modifier);
  await page.keyboard.press(key);
  for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
}
