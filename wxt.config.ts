import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { managedStorageSchema } from './rules/managed';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // REPLYRX_OUT_DIR lets parallel test runs build into their own folders (tests/e2e/extension.ts reads it too).
  outDir: process.env.REPLYRX_OUT_DIR ?? '.output',
  // Copied into the build as is: the icons (assets/icon/<size>.png, rendered from assets/icon.svg).
  publicDir: 'assets',
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'ReplyRx',
    // At most 132 characters: the Chrome Web Store refuses a longer description (tests/firefox/store.test.ts).
    description: 'Warns practice staff before they post patient information or medical advice on Facebook, X and LinkedIn. Runs only on your device.',
    permissions: ['storage', 'clipboardWrite'],
    // IT pushes defaults and locks through the browser's managed storage (docs/deploy.md).
    storage: { managed_schema: 'managed_schema.json' },
    // Firefox keys managed storage (policies.json "3rdparty") by this id. ReplyRx collects and
    // transmits nothing, which addons.mozilla.org asks every new add-on to declare; Firefox reads
    // that declaration from 140 on (the oldest ESR still supported; Firefox for Android from 142),
    // hence the minimum versions.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'replyrx@replyrx.app', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // Generated from the policy schema at build time, so it can never drift from it.
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: 'managed_schema.json', contents: `${JSON.stringify(managedStorageSchema(), null, 2)}\n` });
    },
  },
  // The sources zip addons.mozilla.org asks for (docs/stores.md): what builds the add-on with
  // `npm install && npm run build`, without the tests and without built output.
  zip: { excludeSources: ['dist/**', 'tests/**'] },
  // Headless machines have no browser for `wxt dev` to open.
  webExt: { disabled: true },
  vite: () => ({ plugins: [preact()] }),
});
