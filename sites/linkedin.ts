// LinkedIn: Quill editors for posts and comments (.ql-editor), a plain contenteditable for messages
// (.msg-form__contenteditable, where Enter sends). LinkedIn enforces Trusted Types: we never write HTML.
import type { SiteAdapter } from './adapter';

export const linkedin: SiteAdapter = {
  site: 'linkedin',
  composer: '.ql-editor[contenteditable="true"], .msg-form__contenteditable[contenteditable="true"]',
  messageScope: '.msg-form, .msg-overlay-conversation-bubble',
  replyScope: '.comments-comment-box, .comments-comment-texteditor, .comments-reply-box',
  contextItem: '.feed-shared-update-v2__description, .update-components-text, .comments-comment-item__main-content, .msg-s-event-listitem__body',
  sendButton: 'button.share-actions__primary-action, button.comments-comment-box__submit-button, button.msg-form__send-button',
  media: '.share-creation-state__preview img, .share-creation-state__preview video, .msg-form__attachment img',
  enterSends: (kind) => kind === 'message',
};
