// What ReplyRx needs to know about one site's DOM. Each site is a small table of selectors
// (docs/sites.md lists them and how to update them when a site changes its markup).
import type { Kind, Site } from '@/rules/types';

export interface SiteAdapter {
  site: Site;
  /** Editable roots of every composer the site shows (posts, comments, replies, messages). */
  composer: string;
  /** Ancestors that mark a direct-message composer and a reply/comment composer. */
  messageScope?: string;
  replyScope?: string;
  /** Also a reply: the composer's own attributes say so (e.g. X's second and later tweet boxes). */
  isReply?: (composer: HTMLElement) => boolean;
  /** The comment, post or tweet being answered; the last one before the composer in the page. */
  contextItem?: string;
  /** The buttons that send what the composer holds. */
  sendButton: string;
  /** Attached photos or videos near the composer. */
  media?: string;
  /** Plain Enter sends in these composers (Facebook comments, messages); elsewhere Ctrl/Cmd+Enter does. */
  enterSends: (kind: Kind, composer: HTMLElement) => boolean;
}

/** The post/reply/message kind of a composer. */
export function kindOf(adapter: SiteAdapter, composer: HTMLElement): Kind {
  if (adapter.messageScope && composer.closest(adapter.messageScope)) return 'message';
  if ((adapter.replyScope && composer.closest(adapter.replyScope)) || adapter.isReply?.(composer)) return 'reply';
  return 'post';
}

/** Text of the item being answered: the nearest matching element before the composer. */
export function contextOf(adapter: SiteAdapter, composer: HTMLElement, kind: Kind): string | undefined {
  if (kind === 'post' || !adapter.contextItem) return undefined;
  let best: Element | undefined;
  for (const el of document.querySelectorAll(adapter.contextItem)) {
    if (el.contains(composer)) continue;
    if (el.compareDocumentPosition(composer) & Node.DOCUMENT_POSITION_FOLLOWING) best = el;
  }
  const text = (best as HTMLElement | undefined)?.innerText?.trim();
  return text ? text.slice(0, 2000) : undefined;
}

/** The send button of the composer's form: the nearest one found walking up from the composer. */
export function sendButtonOf(adapter: SiteAdapter, composer: HTMLElement): HTMLElement | null {
  for (let el: HTMLElement | null = composer.parentElement; el && el !== document.body; el = el.parentElement) {
    const button = el.querySelector<HTMLElement>(adapter.sendButton);
    if (button) return button;
  }
  return null;
}

/** Whether a photo or video is attached in the composer's form. */
export function hasMedia(adapter: SiteAdapter, composer: HTMLElement): boolean {
  if (!adapter.media) return false;
  const form = sendButtonOf(adapter, composer)?.closest('form, [role="dialog"], section, article, div[data-replyrx-form]') ?? composer.parentElement;
  return !!form?.querySelector(adapter.media);
}
