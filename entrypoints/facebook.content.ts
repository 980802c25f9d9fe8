// ReplyRx in Facebook's composers (selectors in sites/facebook.ts, documented in docs/sites.md).
import { facebook } from '@/sites/facebook';
import { startContentScript } from '@/sites/content';
import { matchesFor } from '@/sites/hosts';

export default defineContentScript({
  matches: matchesFor('facebook'),
  runAt: 'document_idle',
  main(ctx) {
    startContentScript(facebook, ctx.signal);
  },
});
