// Bundles the command line (cli/ + rules/ + its libraries) into one CommonJS file,
// dist/replyrx-app.cjs, and its starter dist/replyrx.cjs (cli/start.ts), which runs it through
// V8's code cache: the installed `replyrx` then starts without tsx and without any node_modules.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';

// The word lists as JSON.parse('...') rather than object literals: V8 reads JSON several times faster.
const jsonAsString = {
  name: 'json-as-string',
  setup(b) {
    b.onLoad({ filter: /\.json$/ }, async (args) => ({
      contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(await readFile(args.path, 'utf8'))))});`,
      loader: 'js',
    }));
  },
};

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', minify: true, legalComments: 'none', logLevel: 'warning' };

const started = performance.now();
// Start from an empty dist/ so npm pack ships nothing stale.
await rm('dist', { recursive: true, force: true });
// One file rather than chunks: with the code cache, code that a run never calls costs next to nothing.
await build({
  ...common,
  entryPoints: ['cli/bin.ts'],
  outfile: 'dist/replyrx-app.cjs',
  plugins: [jsonAsString],
  // The sources use ES modules' import.meta.url (the command's own file: audit's worker script, package.json).
  define: { 'import.meta.url': 'replyrxAppUrl' },
  banner: { js: "const replyrxAppUrl = require('node:url').pathToFileURL(__filename).href;" },
});
const appHash = createHash('sha256').update(await readFile('dist/replyrx-app.cjs')).digest('hex').slice(0, 16);
await build({
  ...common,
  entryPoints: ['cli/start.ts'],
  outfile: 'dist/replyrx.cjs',
  define: { REPLYRX_APP_HASH: JSON.stringify(appHash) },
  banner: { js: '#!/usr/bin/env node' },
});
if (!process.argv.includes('--silent')) console.log(`dist/replyrx.cjs built in ${Math.round(performance.now() - started)} ms`);
