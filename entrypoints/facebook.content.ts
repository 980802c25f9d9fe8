// ReplyRx in Facebook's composers (selectors in sites/facebook.ts, documented in docs/sites.md).
import { facebook } from '@/sites/facebook';
import { startContentScript } from '@/sites/content';

export default defineContentScript({
  matches: ['https://www.facebook.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startContentScript(facebook, ctx.signal);
  },
});
