// LinkedIn: TipTap/ProseMirror boxes for feed comments and the SDUI share box (2026), Quill for the
// classic share box and post pages, a plain contenteditable for messaging (Enter sends). The classic
// share dialog and messaging render inside #interop-outlet's open shadow root. LinkedIn enforces
// Trusted Types: ReplyRx never writes HTML.
import type { SiteAdapter } from './adapter';

export const linkedin: SiteAdapter = {
  site: 'linkedin',
  composer: '.tiptap.ProseMirror[contenteditable="true"], .ql-editor[contenteditable="true"], .msg-form__contenteditable[contenteditable="true"]',
  messageScope: '.msg-form, .msg-overlay-conversation-bubble',
  replyScope: '[data-view-name="comment-box"], .comments-comment-box, .comments-comment-texteditor, .comments-reply-box',
  messagePages: /^[^/]+\/messaging\//,
  contextItem: '[data-testid="expandable-text-box"], .feed-shared-update-v2__description, .update-components-text, .comments-comment-item__main-content, .msg-s-event-listitem__body',
  sendButton: 'button.share-actions__primary-action, button.comments-comment-box__submit-button, [componentkey^="commentButtonSection"] button, button.msg-form__send-button',
  media: '.share-creation-state__preview img, .share-creation-state__preview video, .msg-form__attachment img',
  enterSends: (kind) => kind === 'message',
};
