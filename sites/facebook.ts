// Facebook: Lexical composers, the post composer inside a dialog that opens after load; comment
// boxes under posts and comments, where Enter sends (Shift+Enter is a new line).
import type { SiteAdapter } from './adapter';

export const facebook: SiteAdapter = {
  site: 'facebook',
  composer: 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
  messageScope: '[aria-label^="Message" i][role="textbox"], [data-testid="mwchat-tab"], [role="main"][aria-label*="Messenger" i]',
  isReply: (composer) => /comment|reply|answer/i.test(composer.getAttribute('aria-label') ?? ''),
  contextItem: 'div[role="article"] [dir="auto"]:not([contenteditable])',
  sendButton: 'div[aria-label="Post"][role="button"], div[aria-label="Comment"][role="button"], div[aria-label="Press enter to send"][role="button"], div[aria-label="Send"][role="button"]',
  media: 'img[alt]:not([alt=""]), video',
  enterSends: (kind) => kind !== 'post',
};
