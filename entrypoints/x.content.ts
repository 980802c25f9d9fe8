// ReplyRx in X's composers (selectors in sites/x.ts, documented in docs/sites.md).
import { x } from '@/sites/x';
import { startContentScript } from '@/sites/content';
import { matchesFor } from '@/sites/hosts';

export default defineContentScript({
  matches: matchesFor('x'),
  runAt: 'document_idle',
  main(ctx) {
    startContentScript(x, ctx.signal);
  },
});
