// X (twitter.com / x.com): Draft.js composers. Tweet boxes are data-testid="tweetTextarea_N";
// N ≥ 1 or a box under a tweet is a reply. Enter makes a new line; Ctrl/Cmd+Enter posts.
import type { SiteAdapter } from './adapter';

export const x: SiteAdapter = {
  site: 'x',
  composer: '[data-testid^="tweetTextarea_"][contenteditable="true"], [data-testid^="tweetTextarea_"] [contenteditable="true"], [data-testid="dmComposerTextInput"] [contenteditable="true"], [data-testid="dmComposerTextInput"][contenteditable="true"]',
  messageScope: '[data-testid="dmComposerTextInput"], [data-testid="DmActivityContainer"], [data-testid="DMDrawer"]',
  isReply: (composer) => {
    const box = composer.closest('[data-testid^="tweetTextarea_"]') ?? composer;
    const n = Number((box.getAttribute('data-testid') ?? '').replace('tweetTextarea_', ''));
    return n >= 1 || /\/status\/\d+/.test(location.pathname) || !!box.closest('[data-testid="reply"]');
  },
  contextItem: 'article[data-testid="tweet"] [data-testid="tweetText"]',
  sendButton: '[data-testid="tweetButtonInline"], [data-testid="tweetButton"], [data-testid="dmComposerSendButton"]',
  media: '[data-testid="attachments"] img, [data-testid="attachments"] video',
  enterSends: (kind) => kind === 'message',
};
