// ReplyRx in Linkedin's composers (selectors in sites/linkedin.ts, documented in docs/sites.md).
import { linkedin } from '@/sites/linkedin';
import { startContentScript } from '@/sites/content';
import { matchesFor } from '@/sites/hosts';

export default defineContentScript({
  matches: matchesFor('linkedin'),
  runAt: 'document_idle',
  main(ctx) {
    startContentScript(linkedin, ctx.signal);
  },
});
