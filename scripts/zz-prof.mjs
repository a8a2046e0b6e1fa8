import { LISTED_HOST, launch, startServer } from '../tests/e2e/harness.mjs';
const paragraphs = (n) => Array.from({ length: n }, (_, i) => `<div class="bloc b${i % 7}"><p>Paragraphe ${i} : les démarches en ligne de la commune, <a href="/p${i}">lien ${i}</a> et <span title="info ${i}">détails</span>.</p></div>`).join('');
const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>x</title></head><body>${paragraphs(10000)}</body></html>`;
const server = await startServer({ dynamic: (p) => (p === '/big.html' ? html : undefined) });
const b = await launch();
const tab = await b.context.newPage();
const cdp = await b.context.newCDPSession(tab);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await tab.goto(`http://${LISTED_HOST}:${server.port}/big.html`);
await tab.waitForTimeout(2500);
const { profile } = await cdp.send('Profiler.stop');
const self = new Map();
const dt = profile.timeDeltas; const counts = new Map();
profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
for (const n of profile.nodes) {
  const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (counts.get(n.id) ?? 0) / 1000);
}
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(1)}ms ${k}`).join('\n'));
await b.close(); await server.close();
