// What ReplyRx needs to know about one site's DOM. Composers themselves are found generically
// (sites/discovery.ts); each site is a small table of selectors and structural rules that refine
// what kind of composer it is, what it answers, how it is sent and what is attached
// (docs/sites.md lists them and how to update them when a site changes its markup).
// Kind comes from structure, never from labels: sites localise their aria-labels.
import type { Kind, Site } from '@/rules/types';

export interface SiteAdapter {
  site: Site;
  /** Composers the site is known to use; they get a session even where the generic rules would skip them. */
  composer: string;
  /** Containers that make a composer a direct message (chat windows, message forms). */
  messageScope?: string;
  /** Containers that make a composer a reply: the comment, post or tweet it sits in. */
  replyScope?: string;
  /** Other structural signs of a reply (X's second box of a thread, a reply modal holding the tweet). */
  isReply?: (composer: HTMLElement) => boolean;
  /** Pages where every other composer is a message, tested on `host/path` (messenger.com, /messages/). */
  messagePages?: RegExp;
  /** The comment, post, tweet or message being answered: the last one before the composer in the page. */
  contextItem?: string;
  /** The buttons that send what the composer holds (besides its form's own submit button). */
  sendButton: string;
  /** Attached photos or videos near the composer. */
  media?: string;
  /** Plain Enter sends in these composers (comments, messages); elsewhere only Ctrl/Cmd+Enter does. */
  enterSends: (kind: Kind, composer: HTMLElement) => boolean;
}

/** Element.closest() that continues past shadow roots into their hosts' trees. */
export function closestAcross(el: Element, selector: string): Element | null {
  for (let scope: Element | null = el; scope; scope = (scope.getRootNode() as ShadowRoot).host ?? null) {
    const found = scope.closest(selector);
    if (found) return found;
  }
  return null;
}

/** The post/reply/message kind of a composer: message containers, then reply structure, then messaging pages. */
export function kindOf(adapter: SiteAdapter, composer: HTMLElement): Kind {
  if (adapter.messageScope && closestAcross(composer, adapter.messageScope)) return 'message';
  if ((adapter.replyScope && closestAcross(composer, adapter.replyScope)) || adapter.isReply?.(composer)) return 'reply';
  if (adapter.messagePages?.test(location.hostname + location.pathname)) return 'message';
  return 'post';
}

/** Text of the item being answered: the nearest matching element before the composer, in its tree or the trees around it. */
export function contextOf(adapter: SiteAdapter, composer: HTMLElement, kind: Kind): string | undefined {
  if (kind === 'post' || !adapter.contextItem) return undefined;
  for (let anchor: Element | null = composer; anchor; anchor = (anchor.getRootNode() as ShadowRoot).host ?? null) {
    const root = anchor.getRootNode() as Document | ShadowRoot;
    let best: HTMLElement | undefined;
    for (const el of root.querySelectorAll<HTMLElement>(adapter.contextItem)) {
      if (el.contains(anchor) || el.closest('[contenteditable="true"]')) continue;
      if (el.compareDocumentPosition(anchor) & Node.DOCUMENT_POSITION_FOLLOWING) best = el;
      else break;
    }
    const text = best?.innerText?.trim();
    if (text) return text.slice(0, 2000);
  }
  return undefined;
}

const FORM_SUBMIT = 'button:not([type]), button[type="submit"], input[type="submit"]';

/** The send button of the composer: the nearest one walking up from it, or its form's submit button. */
export function sendButtonOf(adapter: SiteAdapter, composer: HTMLElement): HTMLElement | null {
  for (let el: HTMLElement | null = composer.parentElement; el && el !== document.body; el = el.parentElement) {
    const button = el.querySelector<HTMLElement>(adapter.sendButton) ?? (el instanceof HTMLFormElement ? el.querySelector<HTMLElement>(FORM_SUBMIT) : null);
    if (button) return button;
  }
  return null;
}

/**
 * Whether a photo or video is attached in the composer's own form: its <form>, its dialog, or the
 * nearest ancestor (a few levels up) holding its send button. Not the post or comment it answers: a
 * comment on a photo post attaches nothing. Asked on every analysis, so it never searches the page.
 */
export function hasMedia(adapter: SiteAdapter, composer: HTMLElement): boolean {
  if (!adapter.media) return false;
  return !!composerForm(adapter, composer)?.querySelector(adapter.media);
}

function composerForm(adapter: SiteAdapter, composer: HTMLElement): Element | null {
  const form = closestAcross(composer, 'form') ?? closestAcross(composer, '[role="dialog"], dialog');
  if (form) return form;
  let el = composer.parentElement;
  for (let depth = 0; el && depth < 8; depth++, el = el.parentElement) if (el.querySelector(adapter.sendButton)) return el;
  return composer.parentElement;
}

/** Whether a plain Enter sends: a single-line text field submits its form, otherwise the site decides. */
export function enterSends(adapter: SiteAdapter, kind: Kind, composer: HTMLElement): boolean {
  if (composer instanceof HTMLInputElement) return true;
  return adapter.enterSends(kind, composer);
}
