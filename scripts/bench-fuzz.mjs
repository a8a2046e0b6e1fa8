#!/usr/bin/env node
// `npm run bench` (second part): the detection core on 10,000 seeded random and adversarial
// documents in Node (tests/unit/fuzz.test.ts, happy-dom), run as ten vitest runs of 1,000 one after
// the other: the test environment keeps memory from document to document, and one run of 10,000
// does not fit in Node's default heap. Prints the time by document size, to see it grow linearly.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = 10;
const PER_RUN = 1_000;
const SIZES = '10,30,100,300';
const FIRST_SEED = 20_261_208;

const dir = mkdtempSync(join(tmpdir(), 'vigie-fuzz-'));
const file = join(dir, 'timing.jsonl');
const started = Date.now();
try {
  for (let run = 0; run < RUNS; run++) {
    process.stdout.write(`fuzz: documents ${run * PER_RUN + 1}–${(run + 1) * PER_RUN} of ${RUNS * PER_RUN}\n`);
    execFileSync('npx', ['vitest', 'run', 'tests/unit/fuzz.test.ts', '-t', 'seeded random documents'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, VIGIE_FUZZ_DOCUMENTS: String(PER_RUN), VIGIE_FUZZ_SEED: String(FIRST_SEED + run * PER_RUN), VIGIE_FUZZ_SIZES: SIZES, VIGIE_FUZZ_TIMING_FILE: file },
    });
  }
  const total = new Map();
  for (const line of readFileSync(file, 'utf8').trim().split('\n')) {
    for (const [size, r] of JSON.parse(line)) {
      const t = total.get(size) ?? { ms: 0, nodes: 0, documents: 0 };
      t.ms += r.ms;
      t.nodes += r.nodes;
      t.documents += r.documents;
      total.set(size, t);
    }
  }
  const documents = [...total.values()].reduce((n, r) => n + r.documents, 0);
  console.log(`\nDetection core on ${documents} random documents (happy-dom, Node ${process.version}), no exception, ${Math.round((Date.now() - started) / 1000)} s\n`);
  console.log('| size asked (nodes) | documents | nodes (mean) | ms per document | µs per node |');
  console.log('|---|---|---|---|---|');
  for (const [size, r] of [...total].sort((a, b) => a[0] - b[0])) {
    console.log(`| ${size} | ${r.documents} | ${Math.round(r.nodes / r.documents)} | ${(r.ms / r.documents).toFixed(2)} | ${((r.ms / r.nodes) * 1000).toFixed(1)} |`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
