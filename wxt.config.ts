import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  manifestVersion: 3,
  manifest: {
    name: 'ReplyRx',
    description: 'Warns practice staff before they post patient information or medical advice on Facebook, X and LinkedIn. Runs entirely on your device.',
    permissions: ['storage', 'clipboardWrite'],
  },
  // Headless machines have no browser for `wxt dev` to open.
  webExt: { disabled: true },
  vite: () => ({ plugins: [preact()] }),
});
