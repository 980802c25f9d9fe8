// Main-world helper on the three sites: writes safe replies through the editors' own input path.
import { installEditorBridge } from '@/sites/editor-bridge';

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://www.facebook.com/*', 'https://www.linkedin.com/*'],
  world: 'MAIN',
  runAt: 'document_idle',
  main() {
    installEditorBridge();
  },
});
