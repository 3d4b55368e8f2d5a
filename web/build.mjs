// Builds the browser pages into src/Registry.Api/wwwroot (git-ignored), which the service serves:
// the console (index.html at /) and GraphiQL (graphiql.html at GET /graphql when a browser asks for HTML).
// Run by Registry.Api.csproj before its build; by hand: `npm ci && npm run build`.
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';

const out = new URL('../src/Registry.Api/wwwroot/', import.meta.url).pathname;
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const common = {
  bundle: true,
  minify: true,
  sourcemap: false,
  target: ['chrome110', 'firefox115', 'safari16'],
  logLevel: 'warning',
  legalComments: 'linked',
  loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file' },
  define: { 'process.env.NODE_ENV': '"production"' },
};

await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: { console: 'src/console/main.js', graphiql: 'src/graphiql/main.jsx' },
    outdir: out + 'assets',
    format: 'esm',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    assetNames: 'files/[name]-[hash]',
    jsx: 'automatic',
  }),
  // Monaco's workers (GraphiQL's editors), each a classic worker script of its own.
  esbuild.build({
    ...common,
    entryPoints: {
      'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
      'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
      'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
    },
    outdir: out + 'assets/workers',
    format: 'iife',
  }),
]);
cpSync('src/index.html', out + 'index.html');
cpSync('src/graphiql.html', out + 'graphiql.html');
