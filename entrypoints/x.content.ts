// ReplyRx in X's composers (selectors in sites/x.ts, documented in docs/sites.md).
import { x } from '@/sites/x';
import { startContentScript } from '@/sites/content';

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startContentScript(x, ctx.signal);
  },
});
