// Bundles the command line (cli/ + rules/ + its libraries) into one ES module, dist/replyrx.mjs:
// the installed `replyrx` then starts without tsx and without any node_modules.
import { build } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';

// zod exports every language's error messages (about 200 KB); the CLI only uses English, and
// parsing the rest would add tens of milliseconds to every start.
const englishOnlyZod = {
  name: 'english-only-zod',
  setup(b) {
    b.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, () => ({
      contents: 'export { default as en } from "./en.js";',
      resolveDir: new URL('../node_modules/zod/v4/locales/', import.meta.url).pathname,
    }));
  },
};

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

const started = performance.now();
// Chunk names change with their content: start from an empty dist/ so npm pack ships no stale ones.
await rm('dist', { recursive: true, force: true });
await build({
  entryPoints: ['cli/bin.ts'],
  // The entry is dist/replyrx.mjs; `audit` and its libraries load from a chunk only when used.
  outdir: 'dist',
  entryNames: 'replyrx',
  chunkNames: 'replyrx-[name]-[hash]',
  splitting: true,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [englishOnlyZod, jsonAsString],
  // The CommonJS libraries (yauzl, compromise) call require() for Node's own modules.
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as __cr } from 'node:module';\nconst require = __cr(import.meta.url);" },
});
if (!process.argv.includes('--silent')) console.log(`dist/replyrx.mjs built in ${Math.round(performance.now() - started)} ms`);
