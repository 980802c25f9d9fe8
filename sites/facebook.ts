// Facebook (www., web., m., business.facebook.com and www.messenger.com): Lexical boxes on desktop,
// <textarea> boxes in forms on m.facebook.com. Its labels are localised ("Kommentieren als …"), so kind
// comes from structure: a box inside a post or comment ([role=article], <article>) or in a dialog
// showing one is a reply; Messenger, facebook.com/messages and the Business Suite inbox are messaging.
// Enter sends comments and messages (Shift+Enter is a new line); in a textarea it is a new line.
import type { SiteAdapter } from './adapter';

export const facebook: SiteAdapter = {
  site: 'facebook',
  composer: 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"], #structured_composer_form textarea',
  messageScope: '[data-testid="mwchat-tab"]',
  replyScope: '[role="article"], article',
  // The post-and-comments dialog opened from a feed post holds the post and the comment box side by side.
  isReply: (composer) => !!composer.closest('[role="dialog"]')?.querySelector('[role="article"], article'),
  messagePages: /^(www\.messenger\.com\/|[^/]+\/(messages|latest\/inbox)\/)/,
  contextItem: ':is([role="article"], article, [role="row"]) [dir="auto"]',
  sendButton: '#focused-state-composer-submit, div[aria-label="Post"][role="button"], div[aria-label="Comment"][role="button"], div[aria-label="Reply"][role="button"], div[aria-label="Press enter to send"][role="button"], div[aria-label="Send"][role="button"]',
  media: 'img[alt]:not([alt=""]), video',
  enterSends: (kind, composer) => kind !== 'post' && !(composer instanceof HTMLTextAreaElement),
};
