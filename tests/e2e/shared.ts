// What the Chromium suite (Playwright, tests/e2e/*.spec.ts) and the Firefox suite (puppeteer over
// WebDriver BiDi, tests/firefox/) share, written so that neither browser driver is imported here:
// - the fixture pages' routes (which built page or asset answers a URL at the real sites' addresses);
// - the composers of the fixture pages and what each one is expected to do;
// - page-side functions: plain functions with no closure over this module, passed as they are to
//   `page.evaluate` / `page.waitForFunction`, which both Playwright and puppeteer serialise and run
//   in the page.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const FIXTURES = resolve('tests/e2e/fixtures/dist');

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

/** How a fixture host answers: a file to send, or a 404 with a body. */
export type FixtureResponse = { status: 200; path: string; contentType: string } | { status: 404; body: string };

/**
 * What the fixture server answers for `url` on a fixture host: a page route above serves any
 * matching path, `/assets/<file>` is the built asset of that name (404 if there is none),
 * `/favicon.ico` is a 404.
 */
export function fixtureResponse(url: string): FixtureResponse {
  const { host, pathname: path } = new URL(url);
  if (path === '/favicon.ico') return { status: 404, body: '' };
  const asset = /\/assets\/([\w.-]+\.(\w+))$/.exec(path);
  if (asset) {
    const file = join(FIXTURES, 'assets', asset[1]);
    if (!existsSync(file)) return { status: 404, body: `no fixture asset ${asset[1]}` };
    return { status: 200, path: file, contentType: CONTENT_TYPES[asset[2]] ?? 'application/octet-stream' };
  }
  const page = FIXTURE_ROUTES.find((r) => r.hosts.includes(host) && (!r.path || r.path.test(path)))!.page;
  return { status: 200, path: join(FIXTURES, page), contentType: 'text/html; charset=utf-8' };
}

export function assertFixturesBuilt(): void {
  if (!existsSync(join(FIXTURES, 'x.html'))) throw new Error('Build the fixtures first: npx tsx tests/e2e/fixtures/build.ts');
}

/** A composer of the fixture pages and what the suites expect of it (docs/sites.md, "Coverage"). */
export interface Composer {
  name: string;
  url: string;
  /** A button that makes the composer appear (a dialog opened after load). */
  open?: string;
  /** The editable (in Playwright's CSS, which reaches into open shadow roots; see deepQuery below). */
  selector: string;
  /** The id the fixture page reads the editor's own model by (TipTap getText(), React state…). */
  model: string;
  kind: 'post' | 'reply' | 'message';
  /** Words of the item being answered, which must arrive as the analysis context. */
  context?: string;
  sendButton?: string;
  /** The keyboard send paths the site has. */
  sendKeys: ('Enter' | 'ControlOrMeta+Enter')[];
  /** Lives in an open shadow root or in a modal dialog (the browser's top layer). */
  layered?: 'shadow root' | 'modal dialog';
}

export const COMPOSERS: Composer[] = [
  { name: 'X post (Draft.js)', url: 'https://x.com/home', selector: '[data-testid="tweetTextarea_0"]', model: 'tweetTextarea_0', kind: 'post', sendButton: '[data-testid="tweetButtonInline"]', sendKeys: ['ControlOrMeta+Enter'] },
  { name: 'X reply (Draft.js)', url: 'https://x.com/jess_runs/status/1', selector: '[data-testid="tweetTextarea_1"]', model: 'tweetTextarea_1', kind: 'reply', context: '101 fever on day 3', sendButton: '[data-testid="tweetButton"]', sendKeys: ['ControlOrMeta+Enter'] },
  { name: 'Facebook post dialog (Lexical)', url: 'https://www.facebook.com/', open: '#create-post', selector: '[role="dialog"] [data-lexical-editor="true"]', model: 'post', kind: 'post', sendButton: '[role="dialog"] [aria-label="Post"]', sendKeys: [] },
  { name: 'Facebook comment (Lexical)', url: 'https://www.facebook.com/', selector: '[aria-label="Write a comment…"]', model: 'comment', kind: 'reply', context: 'first asthma attack', sendKeys: ['Enter'] },
  { name: 'LinkedIn post page, share box (Quill)', url: 'https://www.linkedin.com/feed/update/urn:li:activity:1/', selector: '.share-box .ql-editor', model: 'post', kind: 'post', sendButton: '.share-actions__primary-action', sendKeys: [] },
  { name: 'LinkedIn post page, comment (Quill)', url: 'https://www.linkedin.com/feed/update/urn:li:activity:1/', selector: '.comments-comment-box .ql-editor', model: 'comment', kind: 'reply', context: 'ACL surgery', sendButton: '.comments-comment-box__submit-button', sendKeys: [] },
  { name: 'LinkedIn messaging (contenteditable)', url: 'https://www.linkedin.com/messaging/', selector: '.msg-form__contenteditable', model: 'message', kind: 'message', context: 'lab results', sendButton: '.msg-form__send-button', sendKeys: ['Enter'] },
  { name: 'LinkedIn feed comment (TipTap)', url: 'https://www.linkedin.com/feed/', selector: '[data-view-name="comment-box"] .tiptap', model: 'comment', kind: 'reply', context: 'ACL surgery', sendButton: '#comment-submit', sendKeys: [] },
  { name: 'LinkedIn SDUI share box (TipTap in a modal <dialog>)', url: 'https://www.linkedin.com/feed/', open: '#start-post-sdui', selector: '[componentkey="ShareBox_textEditor"] .tiptap', model: 'sdui-post', kind: 'post', sendButton: '#share-submit', sendKeys: [], layered: 'modal dialog' },
  { name: 'LinkedIn classic share dialog (Quill, shadow root)', url: 'https://www.linkedin.com/feed/', open: '#start-post-classic', selector: '.share-box-v2__modal .ql-editor', model: 'classic-post', kind: 'post', sendButton: '.share-box-v2__modal .share-actions__primary-action', sendKeys: [], layered: 'shadow root' },
  { name: 'LinkedIn messaging (shadow root)', url: 'https://www.linkedin.com/feed/', selector: '.msg-overlay-conversation-bubble .msg-form__contenteditable', model: 'shadow-message', kind: 'message', context: 'lab results', sendButton: '.msg-overlay-conversation-bubble .msg-form__send-button', sendKeys: ['Enter'], layered: 'shadow root' },
  { name: 'X Chat (textarea)', url: 'https://x.com/i/chat/1234-5678', selector: '[data-testid="dm-composer-textarea"]', model: 'chat', kind: 'message', context: 'ear infection', sendButton: '[data-testid="dm-composer-send-button"]', sendKeys: ['Enter'] },
  { name: 'X /compose/post (textarea)', url: 'https://x.com/compose/post', selector: 'textarea[data-testid="tweetTextarea_0"]', model: 'compose', kind: 'post', sendButton: '[data-testid="tweetButton"]', sendKeys: ['ControlOrMeta+Enter'] },
  { name: 'X Pro post (Draft.js)', url: 'https://pro.x.com/i/decks/1', selector: 'aside [data-testid="tweetTextarea_0"]', model: 'post', kind: 'post', sendButton: 'aside [data-testid="tweetButton"]', sendKeys: ['ControlOrMeta+Enter'] },
  { name: 'X Pro reply modal (Draft.js)', url: 'https://pro.x.com/i/decks/1', open: '#open-reply', selector: '[role="dialog"] [data-testid="tweetTextarea_0"]', model: 'reply', kind: 'reply', context: 'blood pressure pills', sendButton: '[role="dialog"] [data-testid="tweetButton"]', sendKeys: ['ControlOrMeta+Enter'] },
  { name: 'Facebook Page in German, reply (Lexical)', url: 'https://web.facebook.com/HarborPointFamilienpraxis', selector: '[aria-label="Kommentieren als Harbor Point Familienpraxis"]', model: 'comment-de', kind: 'reply', context: 'waited 40 minutes', sendButton: '#focused-state-composer-submit', sendKeys: ['Enter'] },
  { name: 'm.facebook.com post (textarea)', url: 'https://m.facebook.com/', selector: '#structured_composer_form .mentions textarea', model: 'post', kind: 'post', sendButton: '#structured_composer_form button[type="submit"]', sendKeys: [] },
  { name: 'm.facebook.com comment (textarea)', url: 'https://m.facebook.com/', selector: 'textarea[name="comment_text"]', model: 'comment', kind: 'reply', context: 'asthma attack', sendButton: 'article form button[type="submit"]', sendKeys: [] },
  { name: 'Business Suite inbox, Messenger (Lexical)', url: 'https://business.facebook.com/latest/inbox/messenger?asset_id=1', selector: '[aria-label="Reply in Messenger…"]', model: 'reply', kind: 'message', context: 'sertraline', sendButton: 'div[aria-label="Send"]', sendKeys: ['Enter'] },
  { name: 'Business Suite inbox, Page comment (Lexical)', url: 'https://business.facebook.com/latest/inbox/facebook?asset_id=1', selector: '[aria-label="Reply as Harbor Point Family Health…"]', model: 'reply', kind: 'reply', context: 'gums have been bleeding', sendButton: 'div[aria-label="Reply"]', sendKeys: ['Enter'] },
  { name: 'messenger.com (Lexical)', url: 'https://www.messenger.com/t/100012345', selector: '[aria-label="Message"][role="textbox"]', model: 'message', kind: 'message', context: 'biopsy results', sendButton: '[aria-label="Press enter to send"]', sendKeys: ['Enter'] },
];

/** The site a composer's URL belongs to, as the analysis input names it. */
export const siteOf = (url: string) => (new URL(url).hostname.includes('linkedin') ? 'linkedin' : /x\.com$/.test(new URL(url).hostname) ? 'x' : 'facebook');

/** Texts the composer suites type: a warning, nothing, and a block (held by the send guard). */
export const TEXTS = {
  RISKY: 'Great seeing you Tuesday Maria, keep icing that ankle!',
  SAFE: 'Flu shots are in! Call (555) 201-4400 to book.',
  BLOCKING: 'Hi Tanya, your account #HP-0077341 still shows the copay as unpaid.',
};

/** The options page case: a phone and a staff name typed there change what an open composer shows. */
export const STAFF_CASE = {
  PHONE: '(555) 867-5309',
  STAFF: 'Thanks Jenna! Hope the antibiotics knock out that strep fast.',
  UNKNOWN: 'Thanks Marisol! Hope the antibiotics knock out that strep fast.',
};
/** Whether the overlay no longer flags the staff member's name while it still flags the rest of STAFF_CASE.STAFF. */
export const onlyTheStaffNameAllowed = ({ underlines }: { underlines: (string | null)[] }) => underlines.includes('health-details') && !underlines.includes('person-name');

/** The popup case: a draft with three kinds of warning seen in two answers, then a draft with advice (tests/e2e/popup.spec.ts). */
export const COUNTED_DRAFTS = {
  RISKY: 'Thanks Maria! Hope the antibiotics knock out that strep fast.',
  RISKY_MORE: ' Feel better soon, Maria!',
  ADVICE: 'Try ibuprofen twice a day for the swelling.',
};
/** The underlines each step of COUNTED_DRAFTS shows ("Feel better soon" is a health detail of its own since the
 * fourteenth session: six after RISKY_MORE). */
export const COUNTED_UNDERLINES = { RISKY: 4, RISKY_MORE: 6, ADVICE: 4 };

// ---- Page-side functions (run in the page: they may use only their arguments and the page's globals) ----

/** What the overlay currently shows over the page (it lives in an open shadow root). */
export function overlayInPage() {
  const roots = [...document.querySelectorAll('replyrx-overlay')].map((h) => h.shadowRoot!).filter(Boolean);
  const all = (sel: string) => roots.flatMap((r) => [...r.querySelectorAll<HTMLElement>(sel)]);
  return {
    // Only the underlines shown: while a newer answer is on its way they are hidden, not removed.
    underlines: all('.underline').filter((u) => u.checkVisibility()).map((u) => u.getAttribute('data-rule')),
    badge: all('.badge').map((b) => b.textContent)[0] ?? null,
    card: all('.card').length > 0,
    cardText: all('.card').map((c) => c.innerText)[0] ?? '',
    dialog: all('.dialog').map((d) => d.innerText)[0] ?? null,
    /** The first safe reply the open card offers. */
    reply: all('.suggestion .text').map((t) => t.textContent)[0] ?? null,
  };
}
export type OverlayState = ReturnType<typeof overlayInPage>;

/** The rules the overlay underlines at block level (visible underlines only). */
export function blockUnderlinesInPage(): (string | null)[] {
  return [...(document.querySelector('replyrx-overlay')?.shadowRoot?.querySelectorAll<HTMLElement>('.underline.block') ?? [])].filter((u) => u.checkVisibility()).map((u) => u.getAttribute('data-rule'));
}

/** Whether the overlay shows a badge and a visible underline (the answer for the text typed last). */
export function underlinedWithBadgeInPage(): boolean {
  return [...document.querySelectorAll('replyrx-overlay')].some((h) => {
    const root = h.shadowRoot;
    return !!root?.querySelector('.badge') && [...root.querySelectorAll('.underline')].some((u) => (u as HTMLElement).checkVisibility());
  });
}

/**
 * Starts timing, in the page, from each keystroke to the first frame that shows a badge and a
 * visible underline (so the test runner's own delays on a busy machine are not counted); read the
 * result with underlineDelayInPage once underlineShownInPage is true.
 */
export function watchUnderlineDelayInPage(): void {
  const w = window as unknown as { __rx?: { lastKey: number; shownAt: number | null } };
  if (w.__rx) return void (w.__rx = { lastKey: 0, shownAt: null }); // already watching this page
  w.__rx = { lastKey: 0, shownAt: null };
  const shown = () => [...document.querySelectorAll('replyrx-overlay')].some((h) => {
    const root = h.shadowRoot;
    return !!root?.querySelector('.badge') && [...root.querySelectorAll('.underline')].some((u) => (u as HTMLElement).checkVisibility());
  });
  addEventListener('keydown', () => { w.__rx = { lastKey: performance.now(), shownAt: null }; }, { capture: true });
  const frame = () => {
    if (w.__rx!.lastKey && w.__rx!.shownAt === null && shown()) w.__rx!.shownAt = performance.now();
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}
export function underlineShownInPage(): boolean {
  return (window as unknown as { __rx: { shownAt: number | null } }).__rx.shownAt !== null;
}
export function underlineDelayInPage(): number {
  const r = (window as unknown as { __rx: { lastKey: number; shownAt: number } }).__rx;
  return r.shownAt - r.lastKey;
}

/**
 * The centre of the first element matching `selector` on the page, looked for the way Playwright's
 * CSS does it, through open shadow roots: a selector whose last compound is inside a shadow root
 * matches when the rest of it matches the element's ancestors across the shadow boundary. Null
 * when there is none; `covered` names what a click at that point would reach instead of the
 * element, if anything. (For drivers whose CSS stops at shadow roots: click the point.)
 */
export function centreOfInPage(selector: string): { x: number; y: number; covered: string | null; byOverlay: boolean } | null {
  const roots: (Document | ShadowRoot)[] = [document];
  for (let i = 0; i < roots.length; i++) for (const el of roots[i].querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
  // Split at the top-level descendant combinators (not inside [...] or quotes).
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let current = '';
  for (const ch of selector.trim()) {
    if (quote) quote = ch === quote ? '' : quote;
    else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[') depth++;
    else if (ch === ']') depth--;
    if (ch === ' ' && !quote && depth === 0) {
      if (current) parts.push(current);
      current = '';
    } else current += ch;
  }
  if (current) parts.push(current);
  const parentAcross = (el: Element): Element | null => el.parentElement ?? ((el.parentNode as ShadowRoot | null)?.host ?? null);
  const matchesAcross = (el: Element): boolean => {
    let ancestor: Element | null = el;
    for (let i = parts.length - 2; i >= 0; i--) {
      ancestor = ancestor && parentAcross(ancestor);
      while (ancestor && !ancestor.matches(parts[i])) ancestor = parentAcross(ancestor);
      if (!ancestor) return false;
    }
    return true;
  };
  for (const root of roots) {
    for (const el of root.querySelectorAll(parts[parts.length - 1])) {
      if (!matchesAcross(el)) continue;
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      const at = { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      // What a click there would reach, through open shadow roots: the element, or what covers it.
      let hit = document.elementFromPoint(at.x, at.y);
      while (hit?.shadowRoot) {
        const inner: Element | null = hit.shadowRoot.elementFromPoint(at.x, at.y);
        if (!inner || inner === hit) break;
        hit = inner;
      }
      const covered = !hit || el.contains(hit) ? null : `${hit.tagName.toLowerCase()}${hit.className && typeof hit.className === 'string' ? `.${hit.className.trim().split(/\s+/).join('.')}` : ''}`;
      const byOverlay = !!covered && (hit!.getRootNode() as ShadowRoot).host?.localName === 'replyrx-overlay';
      return { ...at, covered: byOverlay ? `ReplyRx's ${covered}` : covered, byOverlay };
    }
  }
  return null;
}

/**
 * The centre of the nth visible element of ReplyRx's overlay matching `selector` (and whose text is
 * exactly `text`, unless null), when a click there would reach it (nothing covers it); null otherwise.
 */
export function overlayCentreInPage(selector: string, text: string | null, nth: number): { x: number; y: number } | null {
  const found = [...document.querySelectorAll('replyrx-overlay')]
    .flatMap((h) => [...(h.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? [])])
    .filter((b) => (text === null || b.textContent?.trim() === text) && b.checkVisibility());
  const target = found[nth];
  if (!target) return null;
  const r = target.getBoundingClientRect();
  const at = { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  const hit = (target.getRootNode() as ShadowRoot).elementFromPoint(at.x, at.y);
  return hit && target.contains(hit) ? at : null;
}
