// ReplyRx in Linkedin's composers (selectors in sites/linkedin.ts, documented in docs/sites.md).
import { linkedin } from '@/sites/linkedin';
import { startContentScript } from '@/sites/content';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startContentScript(linkedin, ctx.signal);
  },
});
