// X (x.com, twitter.com, pro.x.com): Draft.js post and reply boxes carrying data-testid="tweetTextarea_N"
// on the editable; <textarea> boxes in the narrow layout (/compose/post) and in Chat (/i/chat).
// Enter makes a new line and Ctrl/Cmd+Enter posts, except in messages, where Enter sends.
import type { SiteAdapter } from './adapter';

export const x: SiteAdapter = {
  site: 'x',
  composer: '[data-testid^="tweetTextarea_"][contenteditable="true"], [data-testid^="tweetTextarea_"] [contenteditable="true"], textarea[data-testid^="tweetTextarea_"], textarea[data-testid="dm-composer-textarea"], [data-testid="dmComposerTextInput"] [contenteditable="true"], [data-testid="dmComposerTextInput"][contenteditable="true"]',
  // Chat (2025-11): the composer textarea, the chat page and its drawer; the old Messages UI's containers.
  messageScope: '[data-testid="dm-composer-textarea"], [data-testid="chat-drawer-root"], [data-testid="dmComposerTextInput"], [data-testid="DmActivityContainer"], [data-testid="DMDrawer"]',
  isReply: (composer) => {
    const box = composer.closest('[data-testid^="tweetTextarea_"]') ?? composer;
    const n = Number((box.getAttribute('data-testid') ?? '').replace(/^tweetTextarea_/, '').replace(/\D.*$/, ''));
    // The second and later boxes of a thread, a box under a tweet (a status page, X's reply modal holding the tweet).
    return n >= 1 || /\/status\/\d+/.test(location.pathname) || !!box.closest('[data-testid="reply"]') || !!box.closest('[aria-labelledby="modal-header"]')?.querySelector('[data-testid="tweetText"]');
  },
  messagePages: /^[^/]+\/(i\/chat|messages)(\/|$)/,
  contextItem: 'article[data-testid="tweet"] [data-testid="tweetText"], [data-testid="messageEntry"]',
  sendButton: '[data-testid="tweetButtonInline"], [data-testid="tweetButton"], [data-testid="dm-composer-send-button"], [data-testid="dmComposerSendButton"]',
  media: '[data-testid="attachments"] img, [data-testid="attachments"] video',
  enterSends: (kind) => kind === 'message',
};
