// Main-world helper on every host of the three sites: writes safe replies through the editors' own input path.
import { installEditorBridge } from '@/sites/editor-bridge';
import { matchesFor } from '@/sites/hosts';

export default defineContentScript({
  matches: matchesFor('facebook', 'x', 'linkedin'),
  world: 'MAIN',
  runAt: 'document_idle',
  main() {
    installEditorBridge();
  },
});
