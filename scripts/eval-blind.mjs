#!/usr/bin/env node
// `npm run eval:blind`: runs the built extension over the blind corpus (tests/blind) in headless
// Chromium and scores what a person would see, per half of the fixed split:
// - decision context: does the page carry a notice addressed to the reader or the
//   administration's own procedure notice (a finding), or does it only talk about the law (nothing);
// - the four elements of CRPA art. R. 311-3-1-1, each read right or not;
// - AI-content declarations;
// - pages that only discuss the law or labels must yield no finding at all.
// `--ext DIR` scores another build (e.g. the one before a change, for first-sight figures);
// `--json FILE` writes the per-page outcome, `--from FILE` scores one written before; `--corpus NAME[,NAME]` reads those folders of tests/blind only;
// `--page corpus/name[,…]` prints what Vigie reports on those tune pages (`--quiet MS`: wait longer for them to settle).
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ASSETS, loadBlind, loadSplit } from '../tests/blind/load-blind.mjs';
import { prf, ratio } from './eval.mjs';
import { EXTENSION_DIR, LISTED_HOST, launch, settledReport, startServer } from '../tests/e2e/harness.mjs';

export const BLIND_TARGETS = { contextF1: 0.95, elementRight: 0.95, aiContentF1: 0.95, aboutWithFinding: 0 };
const ELEMENTS = ['purpose', 'rightToRules', 'howToExercise', 'cada'];
const ADDRESSED = new Set(['decision', 'procedure']);

/** Precision and recall as `npm run eval` counts them, with their harmonic mean. */
function f1(c) {
  const { precision, recall } = prf(c);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), ...c };
}

/**
 * What the report says of the notice: the context of its decision-notice findings. Older builds
 * said `information` for a page explaining the law, and still counted it as a finding.
 */
function noticeContextOf(findings) {
  const notices = findings.filter((f) => f.kind === 'decision-notice');
  if (notices.length === 0) return undefined;
  const contexts = notices.map((f) => f.notice?.context ?? 'about');
  return contexts.find((c) => c === 'decision') ?? contexts.find((c) => c === 'procedure') ?? 'about';
}

/** The CRPA mention's elements as reported (the finding that carries them). */
function elementsOf(findings) {
  return findings.find((f) => f.notice?.elements)?.notice.elements;
}

/** Words of a vendor or package name, to compare "Botpress" with "@botpress/webchat". */
const nameWords = (name) => new Set(name.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 1 && !['js', 'react', 'ui', 'chat', 'webchat', 'embed', 'core', 'io', 'kit', 'dev'].includes(w)));
const sameVendor = (vendor, pkg) => [...nameWords(vendor)].some((w) => [...nameWords(pkg)].some((p) => p.includes(w) || w.includes(p)));

/**
 * What Vigie observed of a chat's own AI disclosure, in the corpus's three words: said (`explicit`),
 * not said (`none`: it says nothing, or only calls itself an assistant or a chatbot), or not seen.
 */
function disclosureOf(findings) {
  const states = findings.filter((f) => f.kind === 'ai-chat').map((f) => f.disclosure?.state);
  if (states.includes('explicit')) return 'explicit';
  if (states.includes('none') || states.includes('self-described') || findings.some((f) => f.kind === 'missing-disclosure')) return 'none';
  return 'not-checkable';
}

/** Scores page outcomes `{ page, findings }` (findings as in `getReport`). Pure, unit-tested. */
export function scoreBlind(outcomes) {
  const context = { tp: 0, fp: 0, fn: 0 };
  const threeWay = { right: 0, total: 0 };
  const aiContent = { tp: 0, fp: 0, fn: 0 };
  const elements = Object.fromEntries(ELEMENTS.map((e) => [e, { right: 0, total: 0, unclear: 0 }]));
  let mentions = 0;
  let mentionsRight = 0;
  const silentPages = { total: 0, withFinding: 0 };
  const chatFindings = [];
  const chat = { tp: 0, fp: 0, fn: 0 };
  const vendor = { right: 0, total: 0 };
  const disclosure = { right: 0, total: 0 };
  const wrong = [];
  for (const { page, findings } of outcomes) {
    const { label } = page;
    const problems = [];
    const got = noticeContextOf(findings);
    const want = label.notice?.context;
    const wantAddressed = want !== undefined && ADDRESSED.has(want);
    const gotAddressed = got !== undefined && ADDRESSED.has(got);
    if (wantAddressed && gotAddressed) context.tp++;
    else if (!wantAddressed && gotAddressed) context.fp++;
    else if (wantAddressed && !gotAddressed) context.fn++;
    if (wantAddressed !== gotAddressed) problems.push(`notice ${got ?? 'none'}, expected ${want ?? 'none'}`);
    if (want !== undefined) {
      threeWay.total++;
      // `about` is right when the page says it (older builds) or says nothing (no finding).
      if (got === want || (want === 'about' && got === undefined)) threeWay.right++;
      else if (wantAddressed === gotAddressed) problems.push(`context ${got}, expected ${want}`);
    }
    if (label.notice?.elements) {
      mentions++;
      const gotElements = gotAddressed ? elementsOf(findings) : undefined;
      let all = true;
      for (const id of ELEMENTS) {
        const w = label.notice.elements[id];
        const g = gotElements?.[id];
        elements[id].total++;
        if (g?.unclear) elements[id].unclear++;
        if (g && !g.unclear && g.present === w) elements[id].right++;
        else {
          all = false;
          problems.push(`element ${id} ${g ? (g.unclear ? 'unclear' : g.present ? 'present' : 'missing') : 'not read'}, expected ${w ? 'present' : 'missing'}`);
        }
      }
      if (all) mentionsRight++;
    }
    const wantAi = label.aiContent !== null;
    const gotAi = findings.some((f) => f.kind === 'ai-content');
    if (wantAi && gotAi) aiContent.tp++;
    else if (!wantAi && gotAi) aiContent.fp++;
    else if (wantAi && !gotAi) aiContent.fn++;
    if (wantAi !== gotAi) problems.push(gotAi ? `unexpected ai-content (${findings.filter((f) => f.kind === 'ai-content').map((f) => f.ruleId).join(', ')})` : 'missed ai-content');
    const isChat = (f) => f.kind === 'ai-chat' || f.kind === 'missing-disclosure';
    const wantChat = label.chat?.present === true;
    if (label.chat) {
      const gotChat = findings.some((f) => f.kind === 'ai-chat');
      if (wantChat && gotChat) chat.tp++;
      else if (!wantChat && gotChat) chat.fp++;
      else if (wantChat && !gotChat) chat.fn++;
      if (wantChat !== gotChat) problems.push(gotChat ? `unexpected chat (${findings.filter(isChat).map((f) => f.ruleId).join(', ')})` : 'missed chat');
      if (wantChat && label.chat.vendor) {
        vendor.total++;
        const named = findings.filter((f) => f.kind === 'ai-chat' && f.vendor).map((f) => f.vendor);
        if (named.some((v) => sameVendor(v, label.chat.vendor))) vendor.right++;
        else problems.push(`vendor ${named.join(', ') || 'not named'}, expected ${label.chat.vendor}`);
      }
      if (wantChat && label.chat.disclosure && gotChat) {
        disclosure.total++;
        const got = disclosureOf(findings);
        if (got === label.chat.disclosure) disclosure.right++;
        else problems.push(`disclosure ${got}, expected ${label.chat.disclosure}`);
      }
    }
    // A page that only discusses the law or labels, or declares nothing, must stay silent (a chat
    // page may hold its chat's findings).
    if (!wantAddressed && !wantAi) {
      silentPages.total++;
      const extra = findings.filter((f) => !(wantChat && isChat(f)));
      if (extra.length > 0) {
        silentPages.withFinding++;
        problems.push(`findings on a silent page: ${extra.map((f) => f.ruleId).join(', ')}`);
      }
    }
    if (!label.chat) for (const f of findings) if (isChat(f)) chatFindings.push(`${page.id}: ${f.ruleId}`);
    if (problems.length) wrong.push({ page: page.id, problems });
  }
  const elementTotals = ELEMENTS.reduce((acc, id) => ({ right: acc.right + elements[id].right, total: acc.total + elements[id].total }), { right: 0, total: 0 });
  return {
    pages: outcomes.length,
    context: f1(context),
    threeWay: { ...threeWay, accuracy: ratio(threeWay.right, threeWay.total) },
    elements: Object.fromEntries(ELEMENTS.map((id) => [id, { ...elements[id], accuracy: ratio(elements[id].right, elements[id].total) }])),
    elementsAll: { ...elementTotals, accuracy: ratio(elementTotals.right, elementTotals.total), mentions, mentionsRight },
    aiContent: f1(aiContent),
    silentPages,
    chatFindings,
    chat: f1(chat),
    vendor: { ...vendor, accuracy: ratio(vendor.right, vendor.total) },
    disclosure: { ...disclosure, accuracy: ratio(disclosure.right, disclosure.total) },
    wrong,
  };
}

export function blindTargetsMet(s) {
  return [
    ['decision context F1 (decision + procedure vs about)', s.context.f1, BLIND_TARGETS.contextF1, '≥'],
    ...ELEMENTS.map((id) => [`element ${id} right`, s.elements[id].accuracy, BLIND_TARGETS.elementRight, '≥']),
    ['AI-content F1', s.aiContent.f1, BLIND_TARGETS.aiContentF1, '≥'],
    ['silent pages with a finding', s.silentPages.withFinding, BLIND_TARGETS.aboutWithFinding, '≤'],
  ].map(([name, value, target, op]) => ({ name, value, target, op, ok: op === '≥' ? value >= target : value <= target }));
}

const ROOT = resolve(import.meta.dirname, '..');

/**
 * What a chat page loads from its own site: its bundle (`/chat-bundles/<name>.js`, built by
 * `npm run build:chat-fixtures` from the real npm packages) and the documents of its frames.
 */
function blindAsset(path) {
  const bundle = /^\/chat-bundles\/([a-z0-9-]+\.js)$/.exec(path);
  if (bundle) {
    const file = resolve(ROOT, '.output-fixtures/chats', bundle[1]);
    return existsSync(file) ? { type: 'text/javascript', body: readFileSync(file) } : undefined;
  }
  const frame = /^\/([a-z0-9-]+)\.html$/.exec(path);
  if (frame && ASSETS.has(frame[1])) return readFileSync(resolve(ROOT, 'tests/blind/chats', `${frame[1]}.html`), 'utf8');
  return undefined;
}

async function run({ extensionDir, corpus, only, log, quietMs = 600 }) {
  const pages = loadBlind(corpus).filter((p) => !only || only.includes(p.id));
  const byPath = new Map(pages.map((p) => [`/blind/${p.id}.html`, p]));
  const server = await startServer({ dynamic: (path) => (byPath.has(path) ? readFileSync(byPath.get(path).file, 'utf8') : blindAsset(path)) });
  const browser = await launch({ extensionDir });
  const ext = await browser.context.newPage();
  await ext.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=999999`);
  const outcomes = [];
  try {
    for (const page of pages) {
      const url = `http://${LISTED_HOST}:${server.port}/blind/${page.id}.html`;
      const tab = await browser.context.newPage();
      await tab.goto(url, { waitUntil: 'load' });
      // Chat widgets draw their greeting after a delay (a typing animation, a first render from
      // their script): a person opening the popup a second or two later sees it.
      const quiet = page.corpus.startsWith('chats') ? Math.max(quietMs, 2_500) : quietMs;
      const report = await settledReport(ext, url, { quietMs: quiet, maxMs: Math.max(5_000, quiet * 4) });
      await tab.close();
      outcomes.push({ page, findings: report?.findings ?? [], discussed: report?.discussed ?? [], scanned: report !== null });
      log('.');
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return outcomes;
}

/** Saved outcomes joined to today's labels (pages saved but since removed are dropped). */
function rescore(saved, corpus) {
  const pages = new Map(loadBlind(corpus).map((p) => [p.id, p]));
  return saved.filter((o) => pages.has(o.page)).map((o) => ({ page: pages.get(o.page), findings: o.findings }));
}

const pct = (x) => x.toFixed(3);
function print(title, s) {
  console.log(`\n### ${title} (${s.pages} pages)\n`);
  console.log('| measure | value | detail |\n|---|---|---|');
  console.log(`| decision context F1 (decision + procedure vs about/none) | ${pct(s.context.f1)} | P ${pct(s.context.precision)}, R ${pct(s.context.recall)}; tp ${s.context.tp}, fp ${s.context.fp}, fn ${s.context.fn} |`);
  console.log(`| context right, three ways | ${pct(s.threeWay.accuracy)} | ${s.threeWay.right}/${s.threeWay.total} |`);
  for (const [id, e] of Object.entries(s.elements)) console.log(`| element ${id} right | ${pct(e.accuracy)} | ${e.right}/${e.total}${e.unclear ? `, ${e.unclear} said unclear` : ''} |`);
  console.log(`| mentions read right in full | ${pct(ratio(s.elementsAll.mentionsRight, s.elementsAll.mentions))} | ${s.elementsAll.mentionsRight}/${s.elementsAll.mentions} |`);
  console.log(`| AI-content F1 | ${pct(s.aiContent.f1)} | P ${pct(s.aiContent.precision)}, R ${pct(s.aiContent.recall)}; tp ${s.aiContent.tp}, fp ${s.aiContent.fp}, fn ${s.aiContent.fn} |`);
  console.log(`| silent pages (about the law or labels, or nothing) with a finding | ${s.silentPages.withFinding} | of ${s.silentPages.total} |`);
  if (s.chat.tp + s.chat.fp + s.chat.fn > 0) {
    console.log(`| chat presence | P ${pct(s.chat.precision)}, R ${pct(s.chat.recall)} | tp ${s.chat.tp}, fp ${s.chat.fp}, fn ${s.chat.fn} |`);
    console.log(`| vendor named right | ${pct(s.vendor.accuracy)} | ${s.vendor.right}/${s.vendor.total} branded widgets |`);
    console.log(`| assistant's own AI disclosure observed right | ${pct(s.disclosure.accuracy)} | ${s.disclosure.right}/${s.disclosure.total} chats found |`);
  }
  if (s.chatFindings.length) console.log(`| chat findings on pages without chat labels | ${s.chatFindings.length} | ${s.chatFindings.join('; ')} |`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const extensionDir = resolve(opt('--ext') ?? EXTENSION_DIR);
  // `--page corpus/name[,…]`: what Vigie reports on those pages, to see why one goes wrong. Tune
  // pages only: looking into a holdout page is tuning on it.
  if (opt('--page')) {
    const only = opt('--page').split(',');
    const holdout = new Set(loadSplit()?.holdout ?? []);
    const refused = only.filter((id) => holdout.has(id));
    if (refused.length) {
      console.error(`Refused: ${refused.join(', ')} in the untouched half.`);
      process.exit(2);
    }
    const outcomes = await run({ extensionDir, corpus: [...new Set(only.map((id) => id.split("/")[0]))].join(","), only, log: () => undefined, quietMs: Number(opt('--quiet') ?? 600) });
    for (const o of outcomes) console.log(`\n# ${o.page.id}\n${JSON.stringify({ findings: o.findings, discussed: o.discussed }, null, 1)}`);
    process.exit(0);
  }
  if (!opt('--from') && !existsSync(resolve(extensionDir, 'manifest.json'))) execSync('VIGIE_E2E=1 npx wxt build', { cwd: resolve(import.meta.dirname, '..'), stdio: 'inherit' });
  // `--from FILE`: score outcomes saved earlier with `--json` (first-sight figures, per half).
  const outcomes = opt('--from')
    ? rescore(JSON.parse(readFileSync(opt('--from'), 'utf8')), opt('--corpus'))
    : await run({ extensionDir, corpus: opt('--corpus'), log: (s) => process.stderr.write(s) });
  if (opt('--json')) writeFileSync(opt('--json'), JSON.stringify(outcomes.map((o) => ({ page: o.page.id, findings: o.findings, discussed: o.discussed })), null, 1));
  const split = loadSplit();
  console.log(`\nVigie blind eval: ${outcomes.length} pages, headless Chromium, build ${extensionDir}, ${new Date().toISOString()}`);
  const halves = split
    ? [
        ['holdout (untouched half: judges a change)', new Set(split.holdout)],
        ['tune (rules may be tuned on it)', new Set(split.tune)],
      ]
    : [];
  const results = [];
  for (const [title, names] of halves) {
    const s = scoreBlind(outcomes.filter((o) => names.has(o.page.id)));
    results.push([title, s]);
    print(title, s);
  }
  const all = scoreBlind(outcomes);
  print('whole blind corpus', all);
  // The pages gone wrong are listed for the tune half only: reading the holdout's errors would
  // be tuning on it. `--show-holdout` lists them too, for the closing report of a change.
  const listed = split && !args.includes('--show-holdout') ? results.filter(([title]) => title.startsWith('tune')) : [...results, ['whole blind corpus', all]];
  for (const [title, s] of listed) {
    console.log(s.wrong.length ? `\nWrong on ${title} (${s.wrong.length}):` : `\nNothing wrong on ${title}.`);
    for (const w of s.wrong) console.log(`- ${w.page}: ${w.problems.join('; ')}`);
  }
  const judged = results[0]?.[1] ?? all;
  const checks = blindTargetsMet(judged);
  console.log(`\nTargets, on ${results[0] ? 'the untouched half' : 'the whole corpus (no split yet)'}:`);
  for (const c of checks) console.log(`- ${c.ok ? 'OK  ' : 'MISS'} ${c.name}: ${typeof c.value === 'number' && c.value % 1 ? pct(c.value) : c.value} (target ${c.op} ${c.target})`);
  process.exitCode = checks.every((c) => c.ok) ? 0 : 1;
}
