#!/usr/bin/env node
// Benchmark of the content script's cost on heavy and hostile pages, in real headless Chromium.
// Usage: npm run bench  (builds the test build first if missing). Prints a table; exits 1 only on errors.
//
// For each generated page it measures, with and without the extension loaded:
//  - the content script's own CPU time (report.scan.durationMs: first pass + mutation batches),
//  - the page's main-thread script time (CDP Performance.getMetrics ScriptDuration), whose
//    difference with/without the extension is what the page pays,
//  - long tasks (≥ 50 ms) seen by the page, and whether the report says the scan was cut short.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXTENSION_DIR, LISTED_HOST, launch, startServer } from '../tests/e2e/harness.mjs';

const ROOT = resolve(import.meta.dirname, '..');
if (!existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) execSync('VIGIE_E2E=1 npx wxt build', { cwd: ROOT, stdio: 'inherit' });

const LONGTASKS = `<script>window.__long=[];new PerformanceObserver(l=>{for(const e of l.getEntries())window.__long.push(e.duration)}).observe({entryTypes:['longtask']});</script>`;
const page = (title, body) => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title>${LONGTASKS}</head><body>${body}</body></html>`;
const paragraphs = (n) => Array.from({ length: n }, (_, i) => `<div class="bloc b${i % 7}"><p>Paragraphe ${i} : les démarches en ligne de la commune, <a href="/p${i}">lien ${i}</a> et <span title="info ${i}">détails</span>.</p></div>`).join('');

const PAGES = {
  'small (200 elements)': page('Petite page', paragraphs(50)),
  'large (40 000 elements)': page('Grande page', paragraphs(10_000)),
  'huge (200 000 elements)': page('Très grande page', paragraphs(50_000)),
  'shadow roots (500 hosts)': page('Composants', `<div id="zone"></div><script>const z=document.getElementById('zone');for(let i=0;i<500;i++){const h=document.createElement('div');h.attachShadow({mode:'open'}).innerHTML='<p>Composant '+i+'</p><span aria-label="aide '+i+'">?</span>';z.append(h);}</script>`),
  'mutation storm (10 s)': page('Tempête', `<div id="flux"></div><script>const f=document.getElementById('flux');let n=0;const t=setInterval(()=>{for(let i=0;i<300;i++){const d=document.createElement('div');d.innerHTML='<p>Message '+(n++)+'</p>';f.append(d);if(f.childElementCount>3000)f.firstElementChild.remove();}},16);setTimeout(()=>{clearInterval(t);window.__stormDone=true;},10000);</script>`),
  'huge inline script + JSON-LD (4 MB)': page('Scripts', `<script>var x=${JSON.stringify('a'.repeat(2_000_000))};</script><script type="application/ld+json">${JSON.stringify({ '@graph': Array.from({ length: 20_000 }, (_, i) => ({ '@type': 'Thing', name: `n${i}`, digitalSourceType: 'x' })) })}</script><p>Fin</p>`),
  // The notice reader walks the whole page once a notice is found: a long letter with the mention.
  'decision notice in big page (40 000 elements)': page('Décision', `<p>Dossier n° 2026-004512</p><p>Madame, Monsieur,</p>${paragraphs(10_000)}<section><p>La présente décision a été prise sur le fondement d’un traitement algorithmique. Ce traitement permet de calculer le montant de l’aide.</p><p>Vous pouvez demander la communication des règles définissant ce traitement auprès de nos services, puis saisir la CADA.</p></section>`),
  'late widget in big page': page('Widget tardif', `${paragraphs(10_000)}<script>setTimeout(()=>{const c=document.createElement('div');c.id='intercom-container';document.body.append(c);},2000);</script>`),
};
const routes = new Map(Object.keys(PAGES).map((name, i) => [`/bench-${i}.html`, name]));
const server = await startServer({ dynamic: (path) => (routes.has(path) ? PAGES[routes.get(path)] : undefined) });

async function measure(withExtension) {
  const browser = await launch({ withExtension });
  const ext = withExtension ? await browser.context.newPage() : undefined;
  if (ext) await ext.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=999999`);
  const rows = {};
  for (const [path, name] of routes) {
    const tab = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(tab);
    await cdp.send('Performance.enable');
    const t0 = Date.now();
    await tab.goto(`http://${LISTED_HOST}:${server.port}${path}`, { waitUntil: 'load', timeout: 60_000 });
    const loadMs = Date.now() - t0;
    // Let idle batches, the storm and late widgets play out.
    await tab.waitForTimeout(name.startsWith('mutation') ? 11_000 : name.startsWith('late') ? 3_500 : 1_500);
    const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const longTasks = await tab.evaluate(() => window.__long ?? []);
    let report = null;
    if (ext) {
      report = await ext.evaluate(async (url) => {
        const stored = await chrome.storage.session.get(null);
        const entry = Object.entries(stored).find(([, v]) => v?.url === url);
        if (!entry) return null;
        return chrome.runtime.sendMessage({ type: 'getReport', tabId: Number(entry[0].slice(4)) });
      }, tab.url());
    }
    rows[name] = {
      loadMs,
      scriptMs: Math.round(metrics.ScriptDuration * 1000),
      longTasks: longTasks.length,
      longestTaskMs: Math.round(Math.max(0, ...longTasks)),
      vigieMs: report?.scan?.durationMs,
      truncated: report?.scan?.truncated,
      findings: report?.findings.map((f) => f.ruleId).join(',') ?? '',
    };
    await tab.close();
  }
  await browser.close();
  return rows;
}

try {
  const without = await measure(false);
  const withExt = await measure(true);
  console.log(`Content script benchmark, headless Chromium, ${new Date().toISOString()}\n`);
  console.log('| page | Vigie CPU (ms) | page script time without → with Vigie (ms) | long tasks without → with | longest task without → with (ms) | truncated | findings |');
  console.log('|---|---|---|---|---|---|---|');
  for (const name of Object.keys(PAGES)) {
    const a = without[name];
    const b = withExt[name];
    console.log(`| ${name} | ${b.vigieMs ?? 'no report'} | ${a.scriptMs} → ${b.scriptMs} | ${a.longTasks} → ${b.longTasks} | ${a.longestTaskMs} → ${b.longestTaskMs} | ${b.truncated ?? ''} | ${b.findings} |`);
  }
} finally {
  await server.close();
}
