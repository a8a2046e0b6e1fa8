#!/usr/bin/env node
// Bundles the blind chat corpus: every tests/blind/chats*/<name>.entry.js(x)
// (each batch folder: chats, chats-2, ...) becomes .output-fixtures/chats/<name>.js,
// one self-contained IIFE per page, the way a site's own build would ship its
// chat widget from its own host. All batches share that one output folder (pages
// load /chat-bundles/<name>.js), so entry names must be unique across batches.
//
//   npm run build:chat-fixtures            # every entry of every batch
//   node scripts/build-chat-fixtures.mjs a b   # only entries a and b (in whichever batch)
//
// `--set packages` bundles Vigie's own package fixtures instead, the ones its
// vendor rules are written from (the blind corpus must stay unseen by them):
// tests/fixtures/chat-packages/<name>.entry.js(x) -> .output-fixtures/chat-packages/<name>.js.
//
//   npm run build:chat-packages                          # every package fixture
//   node scripts/build-chat-fixtures.mjs --set packages a   # only entry a
//
// esbuild is the one vite depends on; no other tool is needed.
// React: the project tree keeps React 16 at the top (rasa-webchat pins it), so
// each bundle gets the React its widget package was installed with:
// @botpress/webchat and @voiceflow/react-chat their own nested copy, the
// React 16 packages the top-level one, everything else the React 18 of
// tests/blind/chats/.deps-react18 (a file: devDependency of the project).
// CSS imported from JS is inlined into the bundle and injected as a <style>;
// `import css from 'x.css?inline'` gives the text instead (for shadow roots).

import { createRequire } from 'node:module';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const requireRoot = createRequire(path.join(root, 'package.json'));
const esbuild = createRequire(requireRoot.resolve('vite/package.json'))('esbuild');

// The fixture sets: where the entries are (one folder, or every folder of
// `parent` whose name matches `match`), where their bundles go.
const SETS = {
  blind: { parent: 'tests/blind', match: /^chats(-.+)?$/, out: '.output-fixtures/chats' },
  packages: { src: 'tests/fixtures/chat-packages', out: '.output-fixtures/chat-packages' },
};

// `--set <name>` (or `--set=<name>`) picks a set, `blind` by default; other
// arguments are entry names.
function parseArgs(argv) {
  let set = 'blind';
  const only = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--set') set = argv[++i];
    else if (a.startsWith('--set=')) set = a.slice('--set='.length);
    else only.push(a);
  }
  if (!Object.hasOwn(SETS, set)) {
    console.error(`Unknown --set ${JSON.stringify(set)}; one of: ${Object.keys(SETS).join(', ')}`);
    process.exit(2);
  }
  return { set, only };
}

const args = parseArgs(process.argv.slice(2));
const outDir = path.join(root, SETS[args.set].out);

// The folders whose entries the set bundles, sorted.
async function srcDirsOf(set) {
  if (set.src) return [path.join(root, set.src)];
  const parent = path.join(root, set.parent);
  const dirents = await fs.readdir(parent, { withFileTypes: true });
  return dirents.filter((d) => d.isDirectory() && set.match.test(d.name)).map((d) => path.join(parent, d.name)).sort();
}

// The React 18 packages are installed there whatever the set (see the blind
// corpus README: they cannot sit next to rasa-webchat's React 16 at the root).
const react18Dir = path.join(root, 'tests/blind/chats/.deps-react18');

const pkgDir = (name) => path.join(root, 'node_modules', name);

// Which React a bundle uses, from the packages its entry imports.
function reactBaseFor(source) {
  const specs = [...source.matchAll(/(?:from\s*|import\s*\(?\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]);
  const has = (p) => specs.some((s) => s === p || s.startsWith(`${p}/`));
  if (has('@botpress/webchat')) return pkgDir('@botpress/webchat');
  if (has('@voiceflow/react-chat')) return pkgDir('@voiceflow/react-chat');
  if (has('botframework-webchat') || has('rasa-webchat')) return root;
  return react18Dir;
}

function reactPlugin(baseDir) {
  return {
    name: 'fixture-react',
    setup(build) {
      build.onResolve({ filter: /^(react|react-dom|scheduler)(\/.*)?$/ }, async (args) => {
        if (args.pluginData?.fixtureReact) return undefined;
        const r = await build.resolve(args.path, {
          kind: args.kind,
          resolveDir: baseDir,
          pluginData: { fixtureReact: true },
        });
        if (r.errors.length) return { errors: r.errors };
        return { path: r.path, sideEffects: r.sideEffects };
      });
    },
  };
}

const assetLoaders = {
  '.png': 'dataurl', '.jpg': 'dataurl', '.jpeg': 'dataurl', '.gif': 'dataurl', '.webp': 'dataurl',
  '.svg': 'dataurl', '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.eot': 'dataurl',
  '.mp3': 'dataurl', '.wav': 'dataurl',
};

const cssCache = new Map();
async function compileCss(file) {
  if (!cssCache.has(file)) {
    cssCache.set(file, esbuild.build({
      entryPoints: [file], bundle: true, write: false, minify: true, logLevel: 'silent',
      loader: assetLoaders, outdir: '/virtual', external: ['http:*', 'https:*'],
    }).then((r) => r.outputFiles.find((f) => f.path.endsWith('.css'))?.text ?? ''));
  }
  return cssCache.get(file);
}

const cssPlugin = {
  name: 'fixture-css',
  setup(build) {
    build.onResolve({ filter: /\.css(\?inline)?$/ }, async (args) => {
      if (args.pluginData?.fixtureCss) return undefined;
      const inline = args.path.endsWith('?inline');
      const r = await build.resolve(args.path.replace(/\?inline$/, ''), {
        kind: args.kind, resolveDir: args.resolveDir, importer: args.importer,
        pluginData: { fixtureCss: true },
      });
      if (r.errors.length) return { errors: r.errors };
      return { path: r.path, namespace: 'fixture-css', pluginData: { inline } };
    });
    build.onLoad({ filter: /.*/, namespace: 'fixture-css' }, async (args) => {
      const css = JSON.stringify(await compileCss(args.path));
      const contents = args.pluginData.inline
        ? `export default ${css};`
        : `const s=document.createElement('style');s.textContent=${css};document.head.appendChild(s);export default ${css};`;
      return { contents, loader: 'js', resolveDir: path.dirname(args.path) };
    });
  },
};

async function buildOne({ dir, entry }) {
  const file = path.join(dir, entry);
  const name = entry.replace(/\.entry\.jsx?$/, '');
  const source = await fs.readFile(file, 'utf8');
  const started = performance.now();
  const result = await esbuild.build({
    entryPoints: [file],
    outfile: path.join(outDir, `${name}.js`),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2022', 'chrome110', 'firefox115'],
    minify: !process.env.FIXTURES_NO_MINIFY, // FIXTURES_NO_MINIFY=1 to debug a bundle
    legalComments: 'none',
    jsx: 'automatic',
    jsxImportSource: 'react',
    tsconfigRaw: '{}', // the project's tsconfig (Preact JSX, path aliases) is not the fixture sites' one
    nodePaths: [path.join(react18Dir, 'node_modules')],
    loader: assetLoaders,
    define: {
      'process.env.NODE_ENV': '"production"',
      'process.env': '{"NODE_ENV":"production"}',
      global: 'globalThis',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    plugins: [reactPlugin(reactBaseFor(source)), cssPlugin],
    logLevel: 'silent',
    metafile: true,
  });
  const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
  return { name, ms: Math.round(performance.now() - started), bytes, warnings: result.warnings.length };
}

async function main() {
  const { only } = args;
  const entries = [];
  const seen = new Map();
  for (const dir of await srcDirsOf(SETS[args.set])) {
    for (const entry of (await fs.readdir(dir)).filter((f) => /\.entry\.jsx?$/.test(f)).sort()) {
      const name = entry.replace(/\.entry\.jsx?$/, '');
      // Two entries of one name would write the same bundle: refuse rather than let one win.
      if (seen.has(name)) {
        console.error(`Entry ${name} is in both ${path.relative(root, seen.get(name))} and ${path.relative(root, dir)}`);
        process.exit(2);
      }
      seen.set(name, dir);
      if (!only.length || only.includes(name)) entries.push({ dir, entry });
    }
  }
  const missing = only.filter((n) => !seen.has(n));
  if (missing.length) {
    console.error(`No entry named ${missing.join(', ')}`);
    process.exitCode = 1;
  }
  if (!only.length) await fs.rm(outDir, { recursive: true, force: true });
  await fs.mkdir(outDir, { recursive: true });
  const t0 = performance.now();
  const queue = [...entries];
  const done = [];
  const failed = [];
  const worker = async () => {
    for (let e = queue.shift(); e; e = queue.shift()) {
      try {
        done.push(await buildOne(e));
      } catch (err) {
        failed.push(e.entry);
        console.error(`✗ ${e.entry}\n${(err.errors ?? [err]).slice(0, 5).map((x) => `  ${x.text ?? x.message} ${x.location ? `(${x.location.file}:${x.location.line})` : ''}`).join('\n')}`);
      }
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  done.sort((a, b) => a.name.localeCompare(b.name));
  for (const d of done) console.log(`✓ ${d.name.padEnd(44)} ${(d.bytes / 1024).toFixed(0).padStart(6)} KiB ${String(d.ms).padStart(6)} ms`);
  const total = done.reduce((n, d) => n + d.bytes, 0);
  console.log(`${done.length} bundles, ${(total / 1048576).toFixed(1)} MiB, ${((performance.now() - t0) / 1000).toFixed(1)} s${failed.length ? `, ${failed.length} failed` : ''}`);
  if (failed.length) process.exitCode = 1;
}

await main();
