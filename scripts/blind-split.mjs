#!/usr/bin/env node
// Assigns blind pages to the `tune` or the `holdout` half, once: pages already in split.json never
// move; new pages are split within their stratum (corpus, what the page holds, language) by the
// hash of their name, alternately, so each half gets its share of every kind of page.
// Run it only right after adding pages and scoring them at first sight (docs/accuracy.md).
// `--corpus NAME` places the pages of one folder only; `--all-to tune` puts every new page in `tune`: a batch written only to give the rules more
// material, while the holdout stays as it was.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BLIND_DIR, loadBlind, loadSplit } from '../tests/blind/load-blind.mjs';

const split = loadSplit() ?? {
  note: 'Fixed once: rules may be tuned on `tune` only; `holdout` judges every detection change. Never edit a holdout page or its label to make it pass.',
  tune: [],
  holdout: [],
};
const args = process.argv.slice(2);
const placed = new Set([...split.tune, ...split.holdout]);
const strata = new Map();
const corpus = args.includes('--corpus') ? args[args.indexOf('--corpus') + 1] : undefined;
for (const page of loadBlind(corpus)) {
  if (placed.has(page.id)) continue;
  const { notice, aiContent, lang } = page.label;
  const key = `${page.corpus}|${notice?.context ?? 'none'}|${aiContent ? 'ai' : 'no-ai'}|${lang}`;
  strata.set(key, [...(strata.get(key) ?? []), page.id]);
}
const hash = (id) => createHash('sha256').update(id).digest('hex');
const allTo = args.includes('--all-to') ? args[args.indexOf('--all-to') + 1] : undefined;
if (allTo !== undefined && allTo !== 'tune') throw new Error('--all-to takes only "tune": new pages never go to the holdout wholesale');
let added = 0;
for (const [key, ids] of [...strata.entries()].sort()) {
  // Which half a stratum starts with alternates too, so odd strata do not all lean one way.
  const first = Number.parseInt(hash(key).slice(0, 2), 16) % 2;
  ids.sort((a, b) => hash(a).localeCompare(hash(b))).forEach((id, i) => (allTo === 'tune' || (i + first) % 2 === 0 ? split.tune : split.holdout).push(id));
  added += ids.length;
}
split.tune.sort();
split.holdout.sort();
writeFileSync(join(BLIND_DIR, 'split.json'), `${JSON.stringify(split, null, 2)}\n`);
console.log(`split.json: ${added} new pages placed; tune ${split.tune.length}, holdout ${split.holdout.length}`);
