// @vitest-environment happy-dom
import { appendFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportFindingsMessageSchema } from '../../lib/messaging/protocol';
import { randomDocument } from '../fuzz/random-dom';
import { parseHtml, scanDocument } from './helpers/scan-html';

/**
 * The detection core on random and adversarial documents: no exception, and what the content
 * script would send is a message the background accepts. `npm test` runs a few hundred documents;
 * `npm run bench` runs 10,000 and prints the time by document size (scripts/bench-fuzz.mjs). A
 * failure names its seed: VIGIE_FUZZ_SEED=<seed> VIGIE_FUZZ_DOCUMENTS=1 replays it.
 */
const COUNT = Number(process.env.VIGIE_FUZZ_DOCUMENTS ?? 250);
const FIRST_SEED = Number(process.env.VIGIE_FUZZ_SEED ?? 20_261_208);
/** Sizes cycle so that every run covers small and large documents alike (the bench adds larger ones). */
const SIZES = (process.env.VIGIE_FUZZ_SIZES ?? '20,60,150,400').split(',').map(Number);
const EMPTY_PAGE = '<!doctype html><html><head></head><body></body></html>';

describe('detection core on random documents', () => {
  it(`scans ${COUNT} seeded random documents without an exception, into valid messages`, () => {
    const kinds = new Map<string, number>();
    const timing = new Map<number, { ms: number; nodes: number; documents: number }>();
    for (let i = 0; i < COUNT; i++) {
      const seed = FIRST_SEED + i;
      const size = SIZES[i % SIZES.length]!;
      const { document: doc, nodes } = randomDocument(parseHtml(EMPTY_PAGE), seed, { size });
      const started = performance.now();
      let findings;
      try {
        findings = scanDocument(doc);
      } catch (error) {
        throw new Error(`seed ${seed} (size ${size}): ${String(error)}`);
      }
      const ms = performance.now() - started;
      const row = timing.get(size) ?? { ms: 0, nodes: 0, documents: 0 };
      row.ms += ms;
      row.nodes += nodes;
      row.documents += 1;
      timing.set(size, row);
      const message = {
        type: 'reportFindings',
        url: 'http://127.0.0.1/fuzz.html',
        findings: findings.map(({ element: _element, panel: _panel, watch: _watch, ...rest }) => rest),
        scan: { trigger: 'auto', durationMs: ms, truncated: false },
      };
      const parsed = reportFindingsMessageSchema.safeParse(message);
      if (!parsed.success) throw new Error(`seed ${seed} (size ${size}): the background would refuse the message: ${parsed.error.message.slice(0, 500)}`);
      for (const f of findings) kinds.set(f.kind, (kinds.get(f.kind) ?? 0) + 1);
    }
    // `npm run bench` runs several of these one after the other (scripts/bench-fuzz.mjs): the test
    // environment keeps memory from document to document, so one run of 10,000 would not fit.
    if (process.env.VIGIE_FUZZ_TIMING_FILE) appendFileSync(process.env.VIGIE_FUZZ_TIMING_FILE, `${JSON.stringify([...timing])}\n`);
    // The documents must reach the engine, not only its early exits: each kind of finding comes up.
    if (COUNT >= 100) for (const kind of ['ai-chat', 'ai-content', 'decision-notice']) expect(kinds.get(kind) ?? 0, kind).toBeGreaterThan(0);
  }, Math.max(600_000, COUNT * 200));

  it('builds the same document from the same seed', () => {
    const a = randomDocument(parseHtml(EMPTY_PAGE), 42, { size: 200 }).document;
    const b = randomDocument(parseHtml(EMPTY_PAGE), 42, { size: 200 }).document;
    const c = randomDocument(parseHtml(EMPTY_PAGE), 43, { size: 200 }).document;
    expect(a.body.innerHTML).toBe(b.body.innerHTML);
    expect(a.body.innerHTML).not.toBe(c.body.innerHTML);
  });
});
