#!/usr/bin/env node
// `npm run eval`: runs the built extension over the labelled fixture corpus in headless Chromium
// and prints precision and recall per finding kind, per vendor and per integration style, plus the
// pages it got wrong. Exits 1 when a target is missed (see TARGETS) or on error.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { loadFixtures } from '../tests/fixtures/load-fixtures.mjs';
import { EXTENSION_DIR, LISTED_HOST, launch, settledReport, startServer } from '../tests/e2e/harness.mjs';

export const TARGETS = { chatPresence: { precision: 0.98, recall: 0.97 }, vendorNamed: 0.95, decisionNotice: 0.97, aiContent: 0.97, noticeContext: 0.95, mentionElements: 0.95 };
const KINDS = ['ai-chat', 'decision-notice', 'ai-content', 'missing-disclosure'];

export function ratio(a, b) {
  return b === 0 ? 1 : a / b;
}

export function prf(counts) {
  return { precision: ratio(counts.tp, counts.tp + counts.fp), recall: ratio(counts.tp, counts.tp + counts.fn), ...counts };
}

/** Runs the corpus; returns the metrics and the per-page outcome. */
export async function runEval({ log = () => undefined } = {}) {
  const ROOT = resolve(import.meta.dirname, '..');
  if (!existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) execSync('VIGIE_E2E=1 npx wxt build', { cwd: ROOT, stdio: 'inherit' });
  const fixtures = loadFixtures();
  const server = await startServer();
  const browser = await launch();
  const ext = await browser.context.newPage();
  await ext.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=999999`);
  const pages = [];
  try {
    for (const fixture of fixtures) {
      const url = `http://${LISTED_HOST}:${server.port}/${fixture.name}`;
      const tab = await browser.context.newPage();
      await tab.goto(url, { waitUntil: 'load' });
      // A widget injected seconds after load: judged as a person opening Vigie a moment later sees it.
      const report = await settledReport(ext, url, fixture.style === 'late-injection' ? { quietMs: 2_500, maxMs: 10_000 } : undefined);
      await tab.close();
      const got = report?.findings ?? [];
      pages.push({ fixture, got, discussed: report?.discussed ?? [], scanned: report !== null });
      log('.');
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { pages, ...score(pages) };
}

/** Scores page outcomes: per kind (page-level presence), per rule, per vendor, per style. */
export function score(pages) {
  const byKind = Object.fromEntries(KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
  const byRule = {};
  const byVendor = {};
  const byStyle = {};
  let vendorExpected = 0;
  let vendorRight = 0;
  const wrong = [];
  const bump = (table, key, field) => {
    table[key] ??= { tp: 0, fp: 0, fn: 0 };
    table[key][field]++;
  };
  const context = { right: 0, total: 0 };
  const elements = { right: 0, total: 0, mentions: 0, mentionsRight: 0 };
  for (const { fixture, got, discussed = [] } of pages) {
    const problems = [];
    // A page that only talks about the law yields no finding: the report lists it under `discussed`.
    const expected = fixture.findings.filter((f) => f.context !== 'about');
    const expectedAbout = new Set(fixture.findings.filter((f) => f.context === 'about').map((f) => f.ruleId));
    const discussedIds = new Set(discussed.map((d) => d.ruleId));
    for (const kind of KINDS) {
      const want = expected.some((f) => KIND_OF_RULE.get(f.ruleId) === kind);
      const have = got.some((f) => f.kind === kind);
      if (want && have) byKind[kind].tp++;
      else if (!want && have) byKind[kind].fp++;
      else if (want && !have) byKind[kind].fn++;
      if (kind === 'ai-chat') {
        const field = want && have ? 'tp' : !want && have ? 'fp' : want ? 'fn' : undefined;
        if (field) bump(byStyle, fixture.style, field);
      }
    }
    for (const id of new Set([...expectedAbout, ...discussedIds])) {
      context.total++;
      if (expectedAbout.has(id) && discussedIds.has(id)) context.right++;
      else problems.push(expectedAbout.has(id) ? `${id}: context ${got.find((f) => f.ruleId === id)?.notice?.context ?? 'none'}, expected about` : `${id}: context about, expected ${expected.find((f) => f.ruleId === id)?.context ?? 'none'}`);
    }
    const wantIds = new Set(expected.map((f) => f.ruleId));
    const haveIds = new Set(got.map((f) => f.ruleId));
    for (const id of new Set([...wantIds, ...haveIds])) {
      const field = wantIds.has(id) && haveIds.has(id) ? 'tp' : haveIds.has(id) ? 'fp' : 'fn';
      bump(byRule, id, field);
      if (field !== 'tp') problems.push(`${field === 'fp' ? 'unexpected' : 'missed'} ${id}`);
    }
    for (const want of expected) {
      const f = got.find((x) => x.ruleId === want.ruleId);
      if (f && f.level !== want.level) problems.push(`${want.ruleId}: level ${f.level}, expected ${want.level}`);
      if (f && want.state && f.state !== want.state) problems.push(`${want.ruleId}: state ${f.state}, expected ${want.state}`);
      if (f && want.context && !discussedIds.has(want.ruleId)) {
        context.total++;
        if (f.notice?.context === want.context) context.right++;
        else problems.push(`${want.ruleId}: context ${f.notice?.context}, expected ${want.context}`);
      }
      if (want.elements) {
        elements.mentions++;
        let all = true;
        for (const [id, present] of Object.entries(want.elements)) {
          elements.total++;
          const gotPresent = f?.notice?.elements?.[id]?.present;
          if (gotPresent === present) elements.right++;
          else {
            all = false;
            problems.push(`${want.ruleId}: element ${id} ${gotPresent ? 'present' : 'missing'}, expected ${present ? 'present' : 'missing'}`);
          }
        }
        if (all) elements.mentionsRight++;
      }
      if (want.vendor) {
        vendorExpected++;
        const ok = got.some((x) => x.vendor === want.vendor);
        if (ok) vendorRight++;
        else problems.push(`vendor ${want.vendor} not named`);
        bump(byVendor, want.vendor, ok ? 'tp' : 'fn');
      }
    }
    for (const f of got) if (f.vendor && !fixture.findings.some((w) => w.vendor === f.vendor)) bump(byVendor, f.vendor, 'fp');
    if (problems.length) wrong.push({ page: fixture.name, problems });
  }
  const kinds = Object.fromEntries(Object.entries(byKind).map(([k, c]) => [k, prf(c)]));
  return {
    kinds,
    rules: Object.fromEntries(Object.entries(byRule).map(([k, c]) => [k, prf(c)])),
    vendors: Object.fromEntries(Object.entries(byVendor).map(([k, c]) => [k, prf(c)])),
    styles: Object.fromEntries(Object.entries(byStyle).map(([k, c]) => [k, prf(c)])),
    vendorNamed: ratio(vendorRight, vendorExpected),
    vendorExpected,
    /** Decision notices whose context (decision, procedure, about) is right. */
    context: { ...context, accuracy: ratio(context.right, context.total) },
    /** CRPA mentions: each of the four required elements read right, and whole mentions read right. */
    elements: { ...elements, accuracy: ratio(elements.right, elements.total) },
    wrong,
  };
}

/**
 * Kind of each rule id, from where its file lives (lib/rules/<kind>/<id>.ts, checked by the
 * registry test), plus the missing-disclosure observation the engine adds.
 */
const RULES_DIR = resolve(import.meta.dirname, '../lib/rules');
const KIND_OF_RULE = new Map([
  ['chat-ai-disclosure-missing', 'missing-disclosure'],
  ...['ai-chat', 'decision-notice', 'ai-content'].flatMap((kind) =>
    readdirSync(resolve(RULES_DIR, kind)).map((f) => [basename(f, '.ts'), kind]),
  ),
]);

export function targetsMet(result) {
  const chat = result.kinds['ai-chat'];
  return [
    ['chat presence precision', chat.precision, TARGETS.chatPresence.precision],
    ['chat presence recall', chat.recall, TARGETS.chatPresence.recall],
    ['vendor named right', result.vendorNamed, TARGETS.vendorNamed],
    ['decision-notice precision', result.kinds['decision-notice'].precision, TARGETS.decisionNotice],
    ['decision-notice recall', result.kinds['decision-notice'].recall, TARGETS.decisionNotice],
    ['ai-content precision', result.kinds['ai-content'].precision, TARGETS.aiContent],
    ['ai-content recall', result.kinds['ai-content'].recall, TARGETS.aiContent],
    ['decision-notice context right', result.context.accuracy, TARGETS.noticeContext],
    ['mention elements read right', result.elements.accuracy, TARGETS.mentionElements],
  ].map(([name, value, target]) => ({ name, value, target, ok: value >= target }));
}

const pct = (x) => x.toFixed(3);
function table(title, rows) {
  console.log(`\n${title}\n| | precision | recall | tp | fp | fn |\n|---|---|---|---|---|---|`);
  for (const [k, m] of Object.entries(rows).sort()) console.log(`| ${k} | ${pct(m.precision)} | ${pct(m.recall)} | ${m.tp} | ${m.fp} | ${m.fn} |`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await runEval({ log: (s) => process.stderr.write(s) });
  console.log(`\nVigie eval: ${result.pages.length} fixture pages, headless Chromium, ${new Date().toISOString()}`);
  table('Per finding kind (page level: does the page have one?)', result.kinds);
  table('Chat presence per integration style', result.styles);
  table('Per vendor (named right)', result.vendors);
  table('Per rule (page, rule)', result.rules);
  console.log(`\nVendor named right: ${pct(result.vendorNamed)} (${result.vendorExpected} expected vendor names)`);
  console.log(`Decision-notice context right: ${pct(result.context.accuracy)} (${result.context.right}/${result.context.total})`);
  console.log(
    `CRPA mention completeness: ${pct(result.elements.accuracy)} of elements read right (${result.elements.right}/${result.elements.total}); ${result.elements.mentionsRight}/${result.elements.mentions} mentions read right in full`,
  );
  console.log(result.wrong.length ? `\nPages it got wrong (${result.wrong.length}):` : '\nNo page wrong.');
  for (const w of result.wrong) console.log(`- ${w.page}: ${w.problems.join('; ')}`);
  const checks = targetsMet(result);
  console.log('\nTargets:');
  for (const c of checks) console.log(`- ${c.ok ? 'OK  ' : 'MISS'} ${c.name}: ${pct(c.value)} (target ≥ ${c.target})`);
  process.exitCode = checks.every((c) => c.ok) ? 0 : 1;
}
