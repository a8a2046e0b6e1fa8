#!/usr/bin/env node
// `npm run eval:images`: runs Vigie's own image parser (lib/images, the code the service worker
// runs) over the real files of ../shared/c2pa-test-images/images, reading them the way the
// extension does (a first 64 KB range, then only the ranges the structure asks for, within the
// same budget), and compares what it reads with the labels of tests/fixtures/shared-images.json.
// Prints one line per file, then the declarations read out of those expected and the false ones.
// Exits 1 when a declaration is missed or a false one is reported; skips (exit 0) when the shared
// folder is absent, since the files are not part of the project.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

// esbuild as Vite (a dev dependency) brings it: no second bundler to install.
const { build } = createRequire(createRequire(import.meta.url).resolve('vite'))('esbuild');

const ROOT = resolve(import.meta.dirname, '..');
const DIR = process.env.VIGIE_SHARED_IMAGES ?? resolve(ROOT, '../shared/c2pa-test-images/images');
const LABELS = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/shared-images.json'), 'utf8'));

/** Bundles the TypeScript of lib/images for Node, in a temporary folder, and imports it. */
async function loadParser() {
  const out = mkdtempSync(join(tmpdir(), 'vigie-eval-images-'));
  try {
    const file = join(out, 'images.mjs');
    await build({
      stdin: {
        contents: `export { readImageMetadata } from './lib/images/image-metadata';
export { ImageBytes, READ_BUDGET } from './lib/images/image-bytes';
export { sourceTypeLevel, describeSourceType } from './lib/images/image-findings';`,
        resolveDir: ROOT,
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile: file,
      logLevel: 'error',
    });
    writeFileSync(join(out, 'package.json'), '{"type":"module"}');
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Serves `bytes` as a web server answering Range requests would. */
function rangedFile(bytes) {
  return async (offset, length) => ({ start: offset, bytes: bytes.subarray(offset, offset + length), size: bytes.length });
}

function matches(expected, got) {
  if (expected.value !== got.value || expected.in !== got.in) return false;
  if (expected.in === 'xmp') return true;
  return got.manifest?.role === expected.manifest && (!expected.label || got.manifest?.label === expected.label);
}

const short = (d) => `${d.in}:${d.value}${d.manifest ? `@${typeof d.manifest === 'string' ? d.manifest : d.manifest.role}` : ''}`;

async function main() {
  if (!existsSync(DIR)) {
    console.log(`eval:images skipped: ${DIR} is absent (the shared test images are not part of the project).`);
    return 0;
  }
  const { readImageMetadata, ImageBytes, READ_BUDGET, sourceTypeLevel } = await loadParser();
  let expectedCount = 0;
  let readCount = 0;
  let falseCount = 0;
  let filesExpected = 0;
  let filesRead = 0;
  let filesChecked = 0;
  for (const label of LABELS.files) {
    const path = join(DIR, label.file);
    if (!existsSync(path)) {
      console.log(`${label.file}\tmissing, skipped`);
      continue;
    }
    const bytes = new Uint8Array(readFileSync(path));
    const sha = createHash('sha256').update(bytes).digest('hex');
    if (!sha.startsWith(label.sha256)) {
      console.log(`${label.file}\tsha256 ${sha.slice(0, 16)} is not the labelled ${label.sha256}, skipped`);
      continue;
    }
    filesChecked++;
    const file = ImageBytes.fromFetch(rangedFile(bytes), READ_BUDGET);
    const started = performance.now();
    const metadata = await readImageMetadata(file);
    const ms = performance.now() - started;
    const ai = metadata.sourceTypes.filter((s) => sourceTypeLevel(s.value) !== undefined);
    const read = label.declarations.filter((e) => ai.some((g) => matches(e, g)));
    const falses = ai.filter((g) => !label.declarations.some((e) => matches(e, g)));
    expectedCount += label.declarations.length;
    readCount += read.length;
    falseCount += falses.length;
    if (label.declarations.length > 0) {
      filesExpected++;
      if (read.length === label.declarations.length) filesRead++;
    }
    const ok = read.length === label.declarations.length && falses.length === 0;
    const { bytes: got, requests } = file.cost;
    console.log(
      [
        label.file,
        ok ? 'ok' : 'WRONG',
        `expected ${label.declarations.map(short).join(' + ') || 'none'}`,
        `read ${ai.map(short).join(' + ') || 'none'}`,
        `c2pa ${metadata.c2paStatus}`,
        `${requests} request${requests === 1 ? '' : 's'}, ${Math.round(got / 1024)} KB of ${Math.round(bytes.length / 1024)} KB, ${ms.toFixed(1)} ms`,
      ].join('\t'),
    );
    for (const f of falses) console.log(`\t  false declaration: ${short(f)}`);
  }
  console.log('');
  console.log(`files checked: ${filesChecked}`);
  console.log(`files with an AI declaration read in full: ${filesRead} / ${filesExpected}`);
  console.log(`AI declarations read: ${readCount} / ${expectedCount}`);
  console.log(`false AI declarations: ${falseCount}`);
  return readCount === expectedCount && falseCount === 0 ? 0 : 1;
}

process.exitCode = await main();
