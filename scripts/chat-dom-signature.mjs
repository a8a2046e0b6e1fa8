#!/usr/bin/env node
// Dumps what each chat package fixture puts in the page at run time, so that vendor
// detection rules can be written from the packages' real DOM rather than from memory.
//
//   npm run chat:signatures                         # build the bundles, then dump every page
//   node scripts/chat-dom-signature.mjs             # dump every page (bundles already built)
//   node scripts/chat-dom-signature.mjs a b         # only pages a and b (SUMMARY.md is then
//                                                   # rebuilt from every JSON present)
//   node scripts/chat-dom-signature.mjs --screenshots   # also <name>.load.png / .open.png
//   node scripts/chat-dom-signature.mjs --summary-only  # rewrite SUMMARY.md from the JSON
//
// Pages: tests/fixtures/chat-packages/<name>.html, served on 127.0.0.1 with /chat-bundles/
// mapped to .output-fixtures/chat-packages/ (`node scripts/build-chat-fixtures.mjs --set
// packages`). Debian's Chromium, headless; every request that is not to 127.0.0.1 is aborted
// (and host resolution is disabled), so backends at http://127.0.0.1:9/ fail fast and vendor
// CDNs are never reached. The Rocket.Chat fixture's server is emulated on 127.0.0.1:3000
// (the /livechat files the package ships and a minimal config answer, see below).
//
// Output, in .output-fixtures/chat-signatures/: <name>.json per page (what the widget added
// at load and, for launcher-closed fixtures, what appeared after clicking the launcher) and
// SUMMARY.md (per package: markers present in every fixture vs mode-specific ones, split
// into distinctive and generic).
//
// "The widget" is everything that was not in the served HTML: an inline marker script is
// injected just before the page's bundle <script> (in the served copy only) and remembers
// the static elements, so the page's own markup never counts as a marker.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pagesDir = path.join(root, 'tests/fixtures/chat-packages');
const bundlesDir = path.join(root, '.output-fixtures/chat-packages');
const outDir = path.join(root, '.output-fixtures/chat-signatures');
const livechatDir = path.join(root, 'node_modules/@rocket.chat/livechat/build');
const ROCKETCHAT_PORT = 3000;

const SETTLE_MS = 3000; // long enough for every widget here to draw its connecting/error state
const AFTER_CLICK_MS = 2000;
const CONCURRENCY = 2; // 2 cores
const STATIC_MARK = '__chatSigStatic'; // the injected marker's global, left out of the diff

// ---------------------------------------------------------------------------------------
// Servers

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml',
  '.map': 'application/json', '.woff': 'font/woff', '.woff2': 'font/woff2', '.ico': 'image/x-icon',
};

// Runs in the page between its static markup and its bundle: remembers the static elements
// and their attributes (to tell the widget's changes to them, e.g. a class on <body>).
const MARKER_SCRIPT = `<script>(()=>{const m=new Map();for(const e of document.querySelectorAll('*')){const a={};for(const x of e.attributes)a[x.name]=x.value;m.set(e,a)}Object.defineProperty(window,'${STATIC_MARK}',{value:m,enumerable:false})})()</script>`;

const BLANK_HTML = '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>blank</title></head><body><p>Page vide</p></body></html>';

async function sendFile(res, file, transform) {
  try {
    let body = await fs.readFile(file);
    if (transform) body = transform(body.toString('utf8'));
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(body);
  } catch {
    res.writeHead(404).end('not found');
  }
}

// Only paths made of plain segments: nothing may escape the served folders.
const safe = (p) => /^[\w.@~-]+(\/[\w.@~-]+)*$/.test(p) && !p.split('/').includes('..');

function listen(server, port) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server.address().port));
  });
}

async function startSiteServer() {
  const server = http.createServer((req, res) => {
    const { pathname } = new URL(req.url, 'http://127.0.0.1');
    let rel;
    try { rel = decodeURIComponent(pathname).replace(/^\/+/, ''); } catch { rel = ''; }
    if (rel === '__blank.html') return res.writeHead(200, { 'content-type': TYPES['.html'] }).end(BLANK_HTML);
    if (!safe(rel)) return res.writeHead(404).end('not found');
    if (rel.startsWith('chat-bundles/')) return sendFile(res, path.join(bundlesDir, rel.slice('chat-bundles/'.length)));
    if (rel.endsWith('.html')) {
      return sendFile(res, path.join(pagesDir, rel), (html) => html.replace(/<script src="\/chat-bundles\//, `${MARKER_SCRIPT}\n  $&`));
    }
    return sendFile(res, path.join(pagesDir, rel));
  });
  return { server, port: await listen(server, 0) };
}

// A stand-in for the Rocket.Chat server the fixture points at. Its /livechat route serves the
// package's build as the real server does (index.html with `SERVER_URL` injected after
// <body>, as Rocket.Chat's addServerUrlToIndex() does, then the chunks). Of the API it only
// answers the widget's config call, with a minimal enabled/online config carrying no text, so
// the app draws its own launcher with its default wording; every other call gets a 404, and
// the DDP websocket is refused.
const RC_BASE = `http://127.0.0.1:${ROCKETCHAT_PORT}`;
const RC_CONFIG = JSON.stringify({
  config: { enabled: true, online: true, settings: {}, theme: {}, messages: {}, survey: {}, triggers: [], departments: [], resources: {} },
  success: true,
});

async function startRocketChatServer() {
  const server = http.createServer((req, res) => {
    const { pathname } = new URL(req.url, 'http://127.0.0.1');
    if (pathname === '/livechat' || pathname === '/livechat/') {
      return sendFile(res, path.join(livechatDir, 'index.html'), (html) => html.replace('<body>', `<body><script> SERVER_URL = '${RC_BASE}'; </script>`));
    }
    const rel = pathname.replace(/^\/livechat\//, ''); // chunk names need no decoding
    if (pathname.startsWith('/livechat/') && safe(rel)) return sendFile(res, path.join(livechatDir, rel));
    if (pathname === '/api/v1/livechat/config') return res.writeHead(200, { 'content-type': 'application/json' }).end(RC_CONFIG);
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"success":false}');
  });
  server.on('upgrade', (_req, socket) => socket.destroy());
  try {
    await listen(server, ROCKETCHAT_PORT);
    return server;
  } catch (err) {
    console.warn(`! 127.0.0.1:${ROCKETCHAT_PORT} unavailable (${err.code}): the Rocket.Chat iframe will not load`);
    return null;
  }
}

// ---------------------------------------------------------------------------------------
// In-page collection (serialised into the page: must be self-contained)

function collectInPage({ staticMark, blankGlobals }) {
  const staticMap = window[staticMark] ?? new Map();
  // The page's bundle <script> comes after the marker, which cannot see it: static too.
  const isStatic = (el) => staticMap.has(el) || (el.tagName === 'SCRIPT' && el.parentElement === document.body && el.getAttribute('src')?.startsWith('/chat-bundles/'));
  const out = {
    customElements: [], shadowHosts: [], ids: [], classes: [], dataAttributes: [], ariaAttributes: [],
    roles: [], ariaLabels: [], placeholders: [], titles: [], cssCustomProperties: [], inlineCustomProperties: [],
    scripts: [], headAdditions: [], iframes: [], staticChanges: [], widgetRoots: [],
    globals: [], localStorage: [], sessionStorage: [], visibleText: '',
  };
  const add = (arr, v) => { if (v && !arr.includes(v)) arr.push(v); };
  const describe = (el) => el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') + (typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).slice(0, 2).join('.')}` : '');

  // Every element of the page, light and open-shadow, with the path of shadow hosts above it.
  const all = [];
  const roots = [{ root: document, hostPath: '' }];
  while (roots.length) {
    const { root, hostPath } = roots.shift();
    for (const el of root.querySelectorAll('*')) {
      all.push({ el, hostPath, inShadow: root !== document });
      if (el.shadowRoot) {
        const p = `${hostPath}${hostPath ? ' >> ' : ''}${describe(el)}`;
        out.shadowHosts.push({ tag: el.tagName.toLowerCase(), path: p, mode: el.shadowRoot.mode, static: isStatic(el) });
        roots.push({ root: el.shadowRoot, hostPath: p });
      }
    }
  }

  const seenTag = new Set();
  for (const { el, hostPath, inShadow } of all) {
    const tag = el.tagName.toLowerCase();
    if (isStatic(el)) {
      // The widget's changes to the page's own elements (body classes, html styles, …).
      const before = staticMap.get(el) ?? {};
      if (staticMap.has(el)) for (const a of el.attributes) {
        if (before[a.name] === a.value || a.name === 'style' && !a.value) continue;
        if (a.name === 'class') {
          const old = new Set((before.class ?? '').split(/\s+/));
          const added = a.value.split(/\s+/).filter((c) => c && !old.has(c));
          if (added.length) out.staticChanges.push({ element: describe(el), attribute: 'class', added });
        } else {
          out.staticChanges.push({ element: tag + (el.id ? `#${el.id}` : ''), attribute: a.name, value: a.value.slice(0, 160) });
        }
      }
      if (tag.includes('-') && !seenTag.has(`${tag}|${hostPath}`)) {
        // A custom element the page wrote itself (<flowise-fullchatbot>): defined by the widget?
        seenTag.add(`${tag}|${hostPath}`);
        out.customElements.push({ tag, path: hostPath || '(document)', static: true, defined: !!customElements.get(tag) });
      }
      continue;
    }
    if (!inShadow && el.parentElement && isStatic(el.parentElement) && !['HEAD', 'HTML'].includes(el.parentElement.tagName)) {
      out.widgetRoots.push({ element: describe(el), parent: describe(el.parentElement) });
    }
    if (!inShadow && el.parentElement?.tagName === 'HEAD') {
      // What the widget adds to <head>: style sheets, links, meta tags.
      if (tag === 'style') add(out.headAdditions, `<style> ${(el.textContent.length / 1024).toFixed(1)} KiB`);
      if (tag === 'link') add(out.headAdditions, `<link rel=${el.rel}> ${el.getAttribute('href')}`);
      if (tag === 'meta') add(out.headAdditions, `<meta ${[...el.attributes].map((a) => `${a.name}="${a.value}"`).join(' ')}>`);
    }
    if (tag.includes('-') && !seenTag.has(`${tag}|${hostPath}`)) {
      seenTag.add(`${tag}|${hostPath}`);
      out.customElements.push({ tag, path: hostPath || '(document)', static: false, defined: !!customElements.get(tag) });
    }
    if (el.id) add(out.ids, el.id);
    if (el.classList) for (const c of el.classList) add(out.classes, c);
    for (const a of el.attributes) {
      if (a.name.startsWith('data-')) add(out.dataAttributes, a.name);
      if (a.name.startsWith('aria-')) add(out.ariaAttributes, a.name);
    }
    const role = el.getAttribute('role');
    if (role) add(out.roles, role);
    const label = el.getAttribute('aria-label');
    if (label) add(out.ariaLabels, `${tag}${role ? `[role=${role}]` : ''}: ${label.slice(0, 120)}`);
    const ph = el.getAttribute('placeholder');
    if (ph) add(out.placeholders, ph.slice(0, 120));
    if (el.getAttribute('title') && !['iframe', 'svg'].includes(tag)) add(out.titles, el.getAttribute('title').slice(0, 120));
    if (el.style) for (const p of el.style) if (p.startsWith('--')) add(out.inlineCustomProperties, p);
    if (tag === 'iframe') {
      out.iframes.push({ src: el.getAttribute('src'), title: el.getAttribute('title'), name: el.getAttribute('name'), id: el.id || null, class: el.getAttribute('class'), path: hostPath || '(document)' });
    }
  }

  // Every script with a src, the page's own bundle included (flagged static).
  for (const { el } of all) if (el.tagName === 'SCRIPT' && el.src) out.scripts.push({ src: el.getAttribute('src'), static: isStatic(el) });

  // Custom properties defined by style sheets that are not the page's own.
  const sheets = [];
  const collectSheets = (root) => {
    for (const s of root.styleSheets ?? []) sheets.push(s);
    for (const s of root.adoptedStyleSheets ?? []) sheets.push(s);
  };
  collectSheets(document);
  for (const { el } of all) if (el.shadowRoot) collectSheets(el.shadowRoot);
  const walkRules = (rules) => {
    for (const r of rules) {
      if (r.style) for (const p of r.style) if (p.startsWith('--')) add(out.cssCustomProperties, p);
      if (r.cssRules) walkRules(r.cssRules);
    }
  };
  for (const s of sheets) {
    if (s.ownerNode && isStatic(s.ownerNode)) continue;
    try { walkRules(s.cssRules); } catch { /* cross-origin sheet: none here */ }
  }

  // Globals the widget added, against a blank page of the same server.
  const blank = new Set(blankGlobals);
  // (Index properties are the page's frames, listed under iframes.)
  out.globals = Object.getOwnPropertyNames(window).filter((n) => !blank.has(n) && n !== staticMark && !/^\d+$/.test(n)).sort();

  try { out.localStorage = Object.keys(localStorage).sort(); } catch { /* no storage */ }
  try { out.sessionStorage = Object.keys(sessionStorage).sort(); } catch { /* no storage */ }

  // Visible text of the widget: text nodes under non-static elements (light or shadow),
  // rendered, visible and not transparent. Slots are followed into their assigned nodes.
  const parts = [];
  // Screen-reader-only text (1px boxes, clip: rect(0 0 0 0), clip-path: inset(50%)) is not seen.
  const srOnly = (el) => {
    for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
      const r = n.getBoundingClientRect();
      const cs = getComputedStyle(n);
      if ((r.width <= 1 || r.height <= 1) && (cs.overflow !== 'visible' || cs.position === 'absolute')) return true;
      if (cs.clip && cs.clip.startsWith('rect(0') && cs.position === 'absolute') return true;
      if (/inset\(50%\)/.test(cs.clipPath)) return true;
    }
    return false;
  };
  // Neither is text pushed out of a clipping ancestor (a panel slid below its overflow:hidden box).
  // Only ancestors on the containing-block chain clip: a fixed box escapes them all, an
  // absolute one escapes those that are not positioned.
  const clippedOut = (el) => {
    const r = el.getBoundingClientRect();
    let needPositioned = false;
    for (let m = el, n = el.parentElement ?? el.getRootNode().host; n; m = n, n = n.parentElement ?? n.getRootNode().host) {
      const pos = getComputedStyle(m).position;
      if (pos === 'fixed') return false;
      if (pos === 'absolute') needPositioned = true;
      const cs = getComputedStyle(n);
      if (needPositioned && cs.position === 'static') continue;
      needPositioned = false;
      if (cs.overflowX === 'visible' && cs.overflowY === 'visible') continue;
      const b = n.getBoundingClientRect();
      if (r.right <= b.left || r.left >= b.right || r.bottom <= b.top || r.top >= b.bottom) return true;
    }
    return false;
  };
  const visible = (el) => el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })
    && el.getClientRects().length > 0 && !srOnly(el) && !clippedOut(el);
  const walk = (node, inWidget) => {
    if (node.nodeType === Node.TEXT_NODE) {
      if (inWidget && node.parentElement && visible(node.parentElement)) {
        const t = node.textContent.replace(/\s+/g, ' ').trim();
        if (t) parts.push(t);
      }
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
    if (node.nodeType === Node.ELEMENT_NODE) {
      if (['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(node.tagName)) return;
      inWidget = !isStatic(node); // the page's own markup moved into a widget is still the page's
      if (node.tagName === 'SLOT') {
        for (const n of node.assignedNodes({ flatten: true })) walk(n, inWidget);
        return;
      }
      if (node.shadowRoot) { walk(node.shadowRoot, inWidget); return; }
      if ((node.tagName === 'INPUT' || node.tagName === 'BUTTON') && node.value && node.type !== 'hidden' && inWidget && visible(node)) parts.push(node.value);
    }
    for (const c of node.childNodes) walk(c, inWidget);
  };
  walk(document.body, false);
  out.visibleText = parts.join(' ').slice(0, 300);
  return out;
}

// What a launcher looks like: a visible clickable widget element in a fixed layer, the one
// nearest the bottom-right corner among the small ones. Returns viewport coordinates. In a
// widget's iframe (the iframe itself being the fixed layer) any such element will do.
function findLauncherInPage({ staticMark, requireFixed = true }) {
  const staticMap = window[staticMark] ?? new Map();
  const cands = [];
  const roots = [document];
  while (roots.length) {
    const r = roots.shift();
    for (const el of r.querySelectorAll('*')) {
      if (el.shadowRoot) roots.push(el.shadowRoot);
      if (staticMap.has(el)) continue;
      const clickable = el.tagName === 'BUTTON' || el.getAttribute('role') === 'button' || el.tagName === 'A'
        || (getComputedStyle(el).cursor === 'pointer' && !(el.parentElement && getComputedStyle(el.parentElement).cursor === 'pointer'));
      if (!clickable || !el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width < 16 || rect.height < 16 || rect.width * rect.height > 320 * 200) continue;
      // In a fixed (or sticky) layer, crossing shadow boundaries.
      let fixed = false;
      for (let n = el; n; n = n.parentElement ?? n.getRootNode()?.host) {
        const pos = getComputedStyle(n).position;
        if (pos === 'fixed' || pos === 'sticky') { fixed = true; break; }
      }
      if (!fixed && requireFixed) continue;
      const cx = rect.left + rect.width / 2;
      const cy = rect.top + rect.height / 2;
      if (cx < 0 || cy < 0 || cx > innerWidth || cy > innerHeight) continue;
      const label = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('title') || '').replace(/\s+/g, ' ').trim().slice(0, 60);
      cands.push({ x: cx, y: cy, score: cx + cy, tag: el.tagName.toLowerCase(), cls: typeof el.className === 'string' ? el.className.slice(0, 80) : '', label });
    }
  }
  cands.sort((a, b) => b.score - a.score);
  return cands[0] ?? null;
}

// ---------------------------------------------------------------------------------------
// Frames (cross-origin ones too: Playwright reaches them)

async function collectFrame(frame) {
  try {
    return await frame.evaluate(() => {
      const ids = new Set(); const classes = new Set(); const tags = new Set(); const data = new Set(); const roles = new Set(); const labels = new Set();
      for (const el of document.querySelectorAll('*')) {
        const tag = el.tagName.toLowerCase();
        if (tag.includes('-')) tags.add(tag);
        if (el.id) ids.add(el.id);
        for (const c of el.classList) classes.add(c);
        for (const a of el.attributes) if (a.name.startsWith('data-')) data.add(a.name);
        if (el.getAttribute('role')) roles.add(el.getAttribute('role'));
        if (el.getAttribute('aria-label')) labels.add(`${tag}: ${el.getAttribute('aria-label').slice(0, 100)}`);
      }
      const text = (document.body?.innerText ?? '').replace(/\s+/g, ' ').trim().slice(0, 300);
      let ls = []; try { ls = Object.keys(localStorage).sort(); } catch { /* opaque origin */ }
      return {
        title: document.title, customElements: [...tags], ids: [...ids], classes: [...classes], dataAttributes: [...data],
        roles: [...roles], ariaLabels: [...labels], localStorage: ls, visibleText: text,
      };
    });
  } catch (err) {
    return { error: String(err.message ?? err).split('\n')[0] };
  }
}

async function collectAll(page, blankGlobals) {
  const dom = await page.evaluate(collectInPage, { staticMark: STATIC_MARK, blankGlobals });
  const frames = [];
  for (const f of page.frames()) {
    if (f === page.mainFrame()) continue;
    frames.push({ url: f.url(), name: f.name() || null, ...(await collectFrame(f)) });
  }
  return { ...dom, frames };
}

// What a second snapshot has that the first had not.
function appeared(before, after) {
  const diff = {};
  for (const [k, v] of Object.entries(after)) {
    if (k === 'visibleText') {
      if (v !== before.visibleText) diff.visibleText = v;
      continue;
    }
    if (!Array.isArray(v)) continue;
    if (k === 'frames') {
      // Frames are matched by URL and diffed inside; a new frame is listed whole.
      const frames = v.map((f) => {
        const old = (before.frames ?? []).find((b) => b.url === f.url);
        return old ? { url: f.url, ...appeared(old, f) } : f;
      }).filter((f) => Object.keys(f).length > 1);
      if (frames.length) diff.frames = frames;
      continue;
    }
    const key = (x) => JSON.stringify(x);
    const old = new Set((before[k] ?? []).map(key));
    const added = v.filter((x) => !old.has(key(x)));
    if (added.length) diff[k] = added;
  }
  return diff;
}

// ---------------------------------------------------------------------------------------
// One page

const isLocal = (url) => {
  try {
    const u = new URL(url);
    return u.hostname === '127.0.0.1' || ['data:', 'blob:', 'about:'].includes(u.protocol);
  } catch { return false; }
};

async function newContext(browser) {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const net = { blocked: [], local: [], websockets: [] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    net.blocked.push(url);
    return route.abort('blockedbyclient');
  });
  await context.routeWebSocket(/.*/, (ws) => {
    net.websockets.push(ws.url());
    if (isLocal(ws.url())) ws.connectToServer();
    else ws.close();
  });
  return { context, net };
}

async function blankGlobals(browser, base) {
  const { context } = await newContext(browser);
  const page = await context.newPage();
  await page.goto(`${base}/__blank.html`, { waitUntil: 'load' });
  const names = await page.evaluate(() => Object.getOwnPropertyNames(window));
  await context.close();
  return names;
}

async function dumpPage(browser, base, name, meta, globals, { screenshots }) {
  const { context, net } = await newContext(browser);
  const page = await context.newPage();
  const consoleErrors = [];
  page.on('console', (m) => { if (m.type() === 'error' && consoleErrors.length < 8) consoleErrors.push(m.text().slice(0, 200)); });
  page.on('pageerror', (e) => { if (consoleErrors.length < 8) consoleErrors.push(`pageerror: ${String(e.message).slice(0, 200)}`); });
  page.on('request', (r) => {
    const u = new URL(r.url());
    // Backend calls (the closed port, or the emulated Rocket.Chat server), not the page's assets.
    if (u.hostname === '127.0.0.1' && u.port !== new URL(base).port) net.local.push(`${r.method()} ${u.host}${u.pathname}`);
  });

  await page.goto(`${base}/${name}.html`, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const atLoad = await collectAll(page, globals);
  if (screenshots) await page.screenshot({ path: path.join(outDir, `${name}.load.png`) });
  const cookies = (await context.cookies()).map((c) => c.name).sort();

  const result = {
    name, package: meta.package, version: meta.version, vendor: meta.vendor, mode: meta.mode,
    shadowRootDeclared: meta.shadowRoot, title: meta.title, url: `/${name}.html`,
    atLoad: { ...atLoad, cookies },
  };

  if (meta.mode === 'launcher-closed') {
    let launcher = await page.evaluate(findLauncherInPage, { staticMark: STATIC_MARK });
    let where = 'page';
    if (!launcher) {
      // The launcher may live in an iframe (Rocket.Chat): look inside the widget's frames.
      for (const f of page.frames()) {
        if (f === page.mainFrame()) continue;
        const inner = await f.evaluate(findLauncherInPage, { staticMark: STATIC_MARK, requireFixed: false }).catch(() => null);
        if (!inner) continue;
        const box = await (await f.frameElement()).boundingBox();
        if (box) { launcher = { ...inner, x: inner.x + box.x, y: inner.y + box.y }; where = `frame ${f.url()}`; break; }
      }
    }
    if (launcher) {
      await page.mouse.click(launcher.x, launcher.y);
      await page.waitForTimeout(AFTER_CLICK_MS);
      const after = await collectAll(page, globals);
      if (screenshots) await page.screenshot({ path: path.join(outDir, `${name}.open.png`) });
      const frameText = after.frames.map((f) => f.visibleText).filter(Boolean).join(' | ');
      result.launcher = {
        clicked: { ...launcher, where },
        appeared: appeared(atLoad, after),
        visibleTextAfter: [after.visibleText, frameText && `[iframe] ${frameText}`].filter(Boolean).join(' ').slice(0, 300),
      };
    } else {
      result.launcher = { clicked: null, note: 'no launcher found (visible clickable widget element in a fixed layer)' };
    }
  }

  result.network = {
    backendRequests: [...new Set(net.local)],
    blockedRequests: [...new Set(net.blocked.map((u) => u.split('?')[0]))],
    websockets: [...new Set(net.websockets.map((u) => u.split('?')[0]))],
  };
  result.consoleErrors = consoleErrors;
  await context.close();
  return result;
}

// ---------------------------------------------------------------------------------------
// Summary

// Words that say "a chat" or "a UI" but not whose: markers made only of these are generic.
const GENERIC_WORDS = new Set(`
chat chats chatbot bot bots message messages msg msgs conversation conversations thread threads
widget widgets window windows launcher launch button buttons btn btns icon icons svg img image images avatar avatars
input inputs textarea text texts field fields form forms send sender submit composer compose prompt prompts reply replies
header headers heading footer footers title titles subtitle body content contents container containers wrapper wrap wrapped inner outer
main root app layout panel panels modal modals dialog dialogs popup popups overlay overlays bubble bubbles toggle toggler close closed open opened
list item items row rows col cols column columns grid box card cards group groups section sections area region
user users client assistant assistants agent agents human system response responses request answer answers question questions
typing indicator loader loading loaded spinner spinning status state error errors warning info success
scroll scrollable scroller scrollbar rail thumb bottom top left right center middle start end full fullscreen screen page size small medium large lg md sm xs xl
color colors bg background border radius shadow font fonts weight primary secondary light dark theme themes mode default transparent
active disabled hidden visible show hide focus focused hover selected expanded collapsed minimized maximized mobile desktop current
label labels name names tooltip tooltips link links action actions menu menus option options dropdown select control controls
time timestamp date day new old first last next prev previous more less count badge badges unread
file files upload attachment attachments audio video media emoji emojis reaction reactions
welcome intro greeting starter starters suggestion suggestions feedback like dislike thumbs copy retry reset clear
webchat livechat support help helper powered by brand logo watermark markdown md code pre block inline
animation animations easing transition line lines spacing spacer sticky resizer resize fab filter instance setters handlers
config global registry versions version property metadata test testid id in progress pending
view host inside position adjustment styling placeholder prefix sidebar drop popover path linear gradient ai
refresh reload minus plus arrow up down get started from to of the and value waiting scheme
blue gray grey green orange purple red yellow pink indigo animate blur ease leading tracking thickness circomference
radii shadows sizes space sxs div span
is has with no not on off x y z w h a b c d e f g i p s t u v
`.trim().split(/\s+/));

// Third-party libraries several widgets bundle: their markers say nothing about the vendor.
const LIBRARY_WORDS = new Set(`
react vue vueuse lit zod emotion stitches svelte solid tw tailwind radix headlessui floating popper tippy lucide tabler
fa awesome ps perfect hljs highlight prism katex xss dompurify ssr css html reactive element core js shared json3
regenerator runtime phone country flag
`.trim().split(/\s+/));

// Tailwind-style utility classes (`px-4`, `sm:w-[400px]`, `flex`): any site may have them.
const UTILITY = /[:[(]|^-?(p[xytblr]?|m[xytblr]?|[wh]|min|max|top|bottom|left|right|inset|gap|z|text|bg|border|rounded|shadow|opacity|flex|grid|items|justify|self|font|leading|tracking|cursor|transition|duration|ease|delay|animate|scale|rotate|translate|overflow|whitespace|break|fill|stroke|outline|ring|object|order|col|row|space|divide|pointer-events|select|resize|backdrop|blur|brightness|aspect|stroke)-|^(flex|fixed|absolute|relative|sticky|hidden|block|inline|transform|transition|filter|border|rounded|shadow|grow|truncate|prose|italic|underline|uppercase)$/;

const HASHED = [
  /^css-[a-z0-9]{4,}$/i, /^sc-[a-z]{4,}$/i, /^jsx-\d+$/, /^svelte-[a-z0-9]{5,}$/i, /^c-[a-zA-Z]{5,}$/, /^c-[a-zA-Z]+-[a-z]+-[a-zA-Z]+$/,
  /^t-[a-zA-Z]{5,}$/, /^c-[a-zA-Z]{4,6}(-|$)/, /(^|-)css-[a-z0-9]+(-[a-z0-9]+)?$/, /__[A-Za-z0-9_-]{5}$/, /^_[a-zA-Z0-9]{5,}$/, /^[a-zA-Z]{2,}_[a-zA-Z0-9]{5}$/, /^data-v-[0-9a-f]{8}$/,
];
const looksHashed = (s) => HASHED.some((re) => re.test(s)) || /(?=.*\d)(?=.*[A-Z])(?=.*[a-z])^[A-Za-z0-9]{6,}$/.test(s);

function words(s) {
  return s.replace(/^--/, '').replace(/^data-|^aria-/, '').replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w.toLowerCase());
}
const isGenericWord = (w) => GENERIC_WORDS.has(w) || LIBRARY_WORDS.has(w) || /^\d+$/.test(w);
// A library's namespace (`lucide-…`, `__zod_…`), or nothing but generic words. `react-` and
// `vue-` start package names too (react-chatbot-kit, vue-advanced-chat): no namespace there.
const genericByWords = (s) => {
  const ws = words(s);
  return (LIBRARY_WORDS.has(ws[0]) && !['react', 'vue'].includes(ws[0])) || ws.every(isGenericWord);
};

// Ids, storage keys, URLs carry configured values (uuids, client ids): keep their shape.
const normalise = (s) => s
  .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<uuid>')
  .replace(/\bc[a-z0-9]{20,32}\b/g, '<cuid>')
  .replace(/\/\d+\.chunk\.[0-9a-f]{5}\./g, '/<n>.chunk.<hash>.')
  .replace(/\.[0-9a-f]{5}\.(js|css)$/, '.<hash>.$1')
  .replace(/\b[0-9a-f]{24}\b/gi, '<id>')
  .replace(/:\d{2,5}\b/g, ':<port>')
  .replace(/\d{6,}/g, '<n>');

// Prefix of a class / custom property: its lower-case head before a capital (`bp·` of
// bpContainer, "·" marking a camelCase head), or its first word with the separator after it
// (`rw-`, `cs-`, `--chat--`).
function prefixOf(s) {
  const c = /^(--)?([a-z][a-z0-9]+)(?=[A-Z])/.exec(s);
  if (c) return `${c[1] ?? ''}${c[2]}·`;
  const m = /^(--)?([a-zA-Z0-9]+)([-_]+)/.exec(s);
  if (m) return `${m[1] ?? ''}${m[2]}${m[3]}`;
  return s;
}

// Names the fixture's own code chose (a host id, a className passed to the widget): the
// site's, not the package's. Found as whole tokens in the entry's code, comments left out.
async function siteTokens(name) {
  for (const ext of ['.entry.js', '.entry.jsx']) {
    const file = path.join(pagesDir, `${name}${ext}`);
    if (!existsSync(file)) continue;
    const code = (await fs.readFile(file, 'utf8')).replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
    return (v) => new RegExp(`(^|[^\\w-])${v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\w-])`).test(code);
  }
  return () => false;
}

// Flattens a signature to typed markers ("type\tvalue"); classes also count by prefix.
function markersOf(sig, isSite) {
  const m = new Set();
  const site = new Set();
  const a = sig.atLoad;
  const put = (type, v) => v && m.add(`${type}\t${v}`);
  const classes = a.classes.filter((c) => !looksHashed(c) && !(isSite(c) && site.add(`class\t${c}`)));
  for (const c of a.customElements) if (!c.static || c.defined) put('element', c.tag);
  // A vendor's elements often share a namespace across modes (typebot-bubble / typebot-standard).
  for (const c of a.customElements) if (!c.static || c.defined) put('element-prefix', `${c.tag.split('-')[0]}-`);
  for (const h of a.shadowHosts) put('shadow-host', h.tag);
  // Ids with a per-render random suffix (`…__header--vjddy`) are kept by shape.
  const randomised = (v) => normalise(v).replace(/(--|__)[a-z0-9]{5}$/, '$1<rand>')
    .replace(/-([a-z0-9]{3,6})(?=__|$)/g, (x, g) => (/\d/.test(g) ? '-<rand>' : x))
    .replace(/-[a-z0-9]{3}(?=__activity-)/, '-<rand>'); // Web Chat's transcript-focus-<rand>__activity-<rand>
  for (const v of a.ids) if (!(isSite(v) && site.add(`id\t${v}`))) put('id', randomised(v));
  for (const v of classes) put('class', v);
  const prefixes = new Map();
  for (const v of classes) { const p = prefixOf(v); if (p !== v) prefixes.set(p, (prefixes.get(p) ?? 0) + 1); }
  for (const [p, n] of prefixes) if (n >= 2) put('class-prefix', p);
  for (const v of a.dataAttributes) if (!looksHashed(v)) put('data-attr', v);
  for (const v of a.roles) put('role', v);
  for (const v of [...a.cssCustomProperties, ...a.inlineCustomProperties]) put('css-var-prefix', prefixOf(v));
  for (const v of a.globals) put('global', v);
  for (const v of a.localStorage) put('localStorage', normalise(v));
  for (const v of a.sessionStorage) put('sessionStorage', normalise(v));
  for (const v of a.cookies) put('cookie', normalise(v));
  for (const f of a.iframes) put('iframe', `${normalise(f.src ?? '')}${f.id ? ` #${f.id}` : ''}${f.title ? ` title="${f.title}"` : ''}`);
  for (const c of a.staticChanges) {
    if (c.attribute === 'class') put('page-change', `${c.element} +class ${c.added.join(' ')}`);
    else if (!looksHashed(c.attribute)) put('page-change', `${c.element} [${c.attribute}]`);
  }
  for (const f of a.frames) {
    for (const v of f.customElements ?? []) put('frame-element', v);
    for (const v of f.ids ?? []) put('frame-id', normalise(v));
    const fp = new Map();
    for (const v of f.classes ?? []) {
      const p = prefixOf(v);
      if (p !== v) fp.set(p, (fp.get(p) ?? 0) + 1);
    }
    for (const [p, n] of fp) if (n >= 2) put('frame-class-prefix', p);
    for (const v of f.localStorage ?? []) put('frame-localStorage', v);
  }
  for (const v of a.headAdditions) if (!v.startsWith('<style>')) put('head-addition', normalise(v));
  for (const v of sig.network.backendRequests) put('backend', normalise(v));
  for (const v of sig.network.websockets) put('websocket', normalise(v));
  for (const v of sig.network.blockedRequests) put('blocked-request', normalise(v.replace(/^https?:\/\//, '')));
  return { markers: m, site };
}

// Distinctive: says whose widget it is (a name or a vendor prefix), is no hash, no third-party
// library's, and no other vendor of this corpus shows it.
function classify(marker, otherVendorsMarkers) {
  const [type, value] = marker.split('\t');
  if (otherVendorsMarkers.has(marker)) return 'generic';
  if (type === 'role' || type === 'blocked-request') return 'generic';
  if ((type === 'shadow-host' || type === 'element') && !value.includes('-')) return 'generic'; // a plain <div> host
  if (type === 'class' && UTILITY.test(value)) return 'generic';
  if (type === 'backend' || type === 'websocket') {
    const p = value.replace(/^\w+ /, '').replace(/^(wss?:\/\/)?127\.0\.0\.1:<port>/, '');
    return genericByWords(p) ? 'generic' : 'distinctive';
  }
  if (type === 'iframe') return genericByWords(value.replace(/https?:\/\/127\.0\.0\.1:<port>/, '')) ? 'generic' : 'distinctive';
  if (type === 'class-prefix' && UTILITY.test(value)) return 'generic';
  if (type.endsWith('prefix')) {
    const head = value.replace(/^--/, '').replace(/[-_·]+$/, '');
    return head.length < 2 || genericByWords(head) ? 'generic' : 'distinctive';
  }
  if (looksHashed(value)) return 'generic';
  return genericByWords(value) ? 'generic' : 'distinctive';
}

const TYPE_ORDER = ['element', 'element-prefix', 'shadow-host', 'class-prefix', 'class', 'id', 'data-attr', 'css-var-prefix', 'global', 'localStorage',
  'sessionStorage', 'cookie', 'iframe', 'frame-element', 'frame-id', 'frame-class-prefix', 'frame-localStorage', 'page-change', 'head-addition',
  'role', 'backend', 'websocket', 'blocked-request'];

const code = (v) => `\`${v.replace(/`/g, "'")}\``;

// One line per marker type. Classes are shown under their prefix when it has several
// (`bp·` ×20: bpContainer, bpReset, …), since the prefix is what a rule would test.
function fmtMarkers(list, { limit = 12, indent = '  ' } = {}) {
  const byType = new Map();
  for (const mk of list) {
    const [t, v] = mk.split('\t');
    if (!byType.has(t)) byType.set(t, []);
    byType.get(t).push(v);
  }
  const lines = [];
  for (const t of TYPE_ORDER) {
    const vs = byType.get(t)?.sort();
    if (!vs) continue;
    if (t === 'class') {
      const groups = new Map();
      for (const v of vs) {
        const p = prefixOf(v);
        const k = p === v ? v : p;
        if (!groups.has(k)) groups.set(k, []);
        groups.get(k).push(v);
      }
      const parts = [...groups].sort((x, y) => y[1].length - x[1].length || x[0].localeCompare(y[0])).map(([k, g]) => (
        g.length > 1 ? `${code(`${k}*`)} ×${g.length} (${g.slice(0, 4).map(code).join(', ')}${g.length > 4 ? ', …' : ''})` : code(g[0])));
      lines.push(`${indent}- class (${vs.length}): ${parts.slice(0, limit).join(', ')}${parts.length > limit ? `, … +${parts.length - limit} more` : ''}`);
      continue;
    }
    lines.push(`${indent}- ${t} (${vs.length}): ${vs.slice(0, limit).map(code).join(', ')}${vs.length > limit ? `, … +${vs.length - limit}` : ''}`);
  }
  return lines.length ? lines.join('\n') : `${indent}- (none)`;
}

async function summarise(sigs) {
  const byPkg = new Map();
  for (const s of sigs) {
    if (!byPkg.has(s.package)) byPkg.set(s.package, []);
    byPkg.get(s.package).push(s);
  }
  const flat = new Map();
  for (const s of sigs) flat.set(s.name, markersOf(s, await siteTokens(s.name)));
  const markers = new Map([...flat].map(([n, f]) => [n, f.markers]));
  // Markers seen per vendor (@nlux/core and @nlux/react are one vendor: they share markers).
  const byVendor = new Map();
  for (const s of sigs) {
    if (!byVendor.has(s.vendor)) byVendor.set(s.vendor, new Set());
    for (const mk of markers.get(s.name)) byVendor.get(s.vendor).add(mk);
  }

  const lines = [
    '# Chat package DOM signatures',
    '',
    `Generated by \`scripts/chat-dom-signature.mjs\` from the ${sigs.length} pages of \`tests/fixtures/chat-packages/\` (${byPkg.size} packages): headless Chromium, only 127.0.0.1 reachable (backends at the closed port 127.0.0.1:9), ${SETTLE_MS / 1000} s settle. Per-page details (every class, id, aria label, placeholder, CSS custom property, script, iframe and frame content, visible text, console errors): \`<name>.json\` next to this file.`,
    '',
    'For each package: markers present in **every** fixture of the package (stable across modes) and **mode-specific** ones (with the fixtures that have them), each split into **distinctive** (names the vendor or a vendor prefix; not a hash, not a third-party library\'s, not seen with any other vendor here) and **generic** (plain UI words, library markers, hashes, or shared with another vendor). Marker types: `element` custom element tag (`element-prefix` its first word); `shadow-host` tag of an open shadow root\'s host; `class-prefix` prefix of ≥ 2 classes (`x·` = camelCase head; classes are listed by prefix as `x*` ×n); `css-var-prefix` prefix of custom properties the widget\'s style sheets define; `global` window property added (vs a blank page); `iframe` src #id; `frame-*` inside the widget\'s iframe; `page-change` attribute the widget set on the page\'s own elements; `head-addition` link/meta added to `<head>`; `backend` request to the backend; `blocked-request` request to another host (aborted). Uuids, hex ids and ports are normalised; hashed class names (CSS-in-JS, CSS modules) are left out; ids and classes the fixture\'s own code chose are left out too (listed as "site-chosen").',
    '',
  ];

  for (const [pkg, list] of [...byPkg].sort((a, b) => a[0].localeCompare(b[0]))) {
    list.sort((a, b) => a.name.localeCompare(b.name));
    const vendor = list[0].vendor;
    const others = new Set();
    for (const [v, set] of byVendor) if (v !== vendor) for (const mk of set) others.add(mk);
    const sets = list.map((s) => markers.get(s.name));
    const union = [...new Set(sets.flatMap((s) => [...s]))];
    const inAll = (mk) => sets.every((s) => s.has(mk));
    const distinctive = (mk) => classify(mk, others) === 'distinctive';
    const stable = union.filter(inAll);
    const specific = union.filter((mk) => !inAll(mk));

    lines.push(`## ${pkg} ${list[0].version} — ${vendor}`, '');
    for (const s of list) {
      const a = s.atLoad;
      const shadow = [...new Set(a.shadowHosts.map((h) => h.tag))];
      const text = a.visibleText || a.frames.map((f) => f.visibleText).filter(Boolean).map((t) => `[iframe] ${t}`).join(' ') || '(none)';
      lines.push(`- \`${s.name}\` — ${s.mode}; shadow roots: ${shadow.length ? shadow.join(', ') : 'none'}; text at load: “${text.slice(0, 140)}${text.length > 140 ? '…' : ''}”`);
    }
    const site = [...new Set(list.flatMap((s) => [...flat.get(s.name).site]))];
    if (site.length) lines.push(`- site-chosen (left out): ${site.map((mk) => code(mk.replace('\t', ' '))).join(', ')}`);
    // The package's own wording in aria-labels, placeholders and titles (the site's left out).
    const texts = new Map();
    for (const s of list) {
      const isSite = await siteTokens(s.name);
      const a = s.atLoad;
      const after = s.launcher?.appeared ?? {};
      const all = [...a.ariaLabels, ...(after.ariaLabels ?? [])].map((l) => l.replace(/^[^:]*: /, ''))
        .concat(a.placeholders, after.placeholders ?? [], a.titles, after.titles ?? []);
      for (const t of new Set(all)) if (!isSite(t)) texts.set(t, (texts.get(t) ?? 0) + 1);
    }
    if (texts.size) lines.push(`- package wording (aria-label, placeholder, title; ×fixtures): ${[...texts].sort((x, y) => y[1] - x[1]).slice(0, 14).map(([t, n]) => `${code(t)}${n > 1 ? ` ×${n}` : ''}`).join(', ')}${texts.size > 14 ? ', …' : ''}`);

    lines.push('', `**Stable${list.length > 1 ? ` in all ${list.length} fixtures` : ' (single fixture)'} — distinctive:**`, fmtMarkers(stable.filter(distinctive), { limit: 16 }));
    lines.push('', '**Stable — generic:**', fmtMarkers(stable.filter((mk) => !distinctive(mk)), { limit: 8 }));
    if (list.length > 1) {
      const short = (n) => n.replace(/^[a-z0-9]+-/, '');
      const groups = new Map();
      for (const mk of specific.filter(distinctive)) {
        const w = list.filter((s) => markers.get(s.name).has(mk)).map((s) => short(s.name)).join(', ');
        if (!groups.has(w)) groups.set(w, []);
        groups.get(w).push(mk);
      }
      lines.push('', '**Mode-specific — distinctive:**');
      if (!groups.size) lines.push('  - (none)');
      for (const [w, mks] of [...groups].sort()) lines.push(`- only in ${w}:`, fmtMarkers(mks, { limit: 10, indent: '    ' }));
      const g = specific.filter((mk) => !distinctive(mk));
      lines.push('', `**Mode-specific — generic:** ${g.length ? `${g.length} (${g.slice(0, 10).map((mk) => code(mk.replace('\t', ': '))).join(', ')}${g.length > 10 ? ', …' : ''})` : 'none'}`);
    }
    for (const s of list.filter((x) => x.launcher)) {
      const l = s.launcher;
      if (!l.clicked) { lines.push('', `**Launcher** (\`${s.name}\`): ${l.note}`); continue; }
      const ap = l.appeared ?? {};
      const frames = ap.frames ?? [];
      const newClasses = [...(ap.classes ?? []), ...frames.flatMap((f) => f.classes ?? [])].filter((c) => !looksHashed(c));
      const newPrefixes = [...new Set(newClasses.map(prefixOf).filter((p) => /[-_·]$/.test(p)))];
      const parts = [
        `new elements: ${(ap.customElements ?? []).map((c) => code(c.tag)).join(', ') || 'none'}`,
        `new shadow hosts: ${(ap.shadowHosts ?? []).map((h) => code(h.tag)).join(', ') || 'none'}`,
        `new classes: ${newClasses.length}${newPrefixes.length ? ` (prefixes ${newPrefixes.slice(0, 8).map(code).join(', ')})` : ''}`,
        `new ids: ${[...(ap.ids ?? []), ...frames.flatMap((f) => f.ids ?? [])].slice(0, 6).map((i) => code(normalise(i))).join(', ') || 'none'}`,
        `new roles: ${[...(ap.roles ?? []), ...frames.flatMap((f) => f.roles ?? [])].join(', ') || 'none'}`,
      ];
      lines.push('', `**After clicking the launcher** (\`${s.name}\`: ${l.clicked.tag}${l.clicked.label ? ` “${l.clicked.label}”` : ''}${l.clicked.where.startsWith('frame') ? ' inside its iframe' : ''}): ${parts.join('; ')}; text: “${(l.visibleTextAfter || '(none)').slice(0, 160)}”`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------

// The summary covers every signature on disk whose page still exists.
async function writeSummary() {
  const all = [];
  for (const f of (await fs.readdir(outDir)).filter((x) => x.endsWith('.json')).sort()) {
    if (!existsSync(path.join(pagesDir, f.replace(/\.json$/, '.html')))) continue;
    all.push(JSON.parse(await fs.readFile(path.join(outDir, f), 'utf8')));
  }
  await fs.writeFile(path.join(outDir, 'SUMMARY.md'), await summarise(all));
  return all.length;
}

async function main() {
  const args = process.argv.slice(2);
  const screenshots = args.includes('--screenshots'); // <name>.load.png (and .open.png) too
  if (args.includes('--summary-only')) { // rewrite SUMMARY.md from the JSON already there
    console.log(`SUMMARY.md over ${await writeSummary()} pages`);
    return;
  }
  const only = args.filter((a) => !a.startsWith('--'));
  if (!existsSync('/usr/bin/chromium')) {
    const r = spawnSync('bash', [path.join(root, 'scripts/ensure-chromium.sh')], { stdio: 'inherit' });
    if (r.status !== 0) process.exit(1);
  }
  const names = (await fs.readdir(pagesDir)).filter((f) => f.endsWith('.html')).map((f) => f.slice(0, -5))
    .filter((n) => !only.length || only.includes(n)).sort();
  const missing = names.filter((n) => !existsSync(path.join(bundlesDir, `${n}.js`)));
  if (missing.length) {
    console.error(`Missing bundles (run: node scripts/build-chat-fixtures.mjs --set packages): ${missing.join(', ')}`);
    process.exit(1);
  }
  await fs.mkdir(outDir, { recursive: true });

  const { server, port } = await startSiteServer();
  const rcServer = await startRocketChatServer();
  const base = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    // Belt and braces with the request routing: no name resolves except 127.0.0.1.
    args: ['--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1', '--lang=fr-FR', '--mute-audio'],
  });
  try {
    const globals = await blankGlobals(browser, base);
    const queue = [...names];
    const failed = [];
    const worker = async () => {
      for (let name = queue.shift(); name; name = queue.shift()) {
        const t0 = performance.now();
        try {
          const meta = JSON.parse(await fs.readFile(path.join(pagesDir, `${name}.json`), 'utf8'));
          const sig = await dumpPage(browser, base, name, meta, globals, { screenshots });
          await fs.writeFile(path.join(outDir, `${name}.json`), `${JSON.stringify(sig, null, 2)}\n`);
          const a = sig.atLoad;
          console.log(`✓ ${name.padEnd(42)} ${String(a.customElements.length).padStart(3)} tags ${String(a.shadowHosts.length).padStart(2)} shadow ${String(a.classes.length).padStart(4)} classes ${((performance.now() - t0) / 1000).toFixed(1)} s`);
        } catch (err) {
          failed.push(name);
          console.error(`✗ ${name}: ${String(err.message ?? err).split('\n')[0]}`);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const n = await writeSummary();
    console.log(`${names.length - failed.length}/${names.length} pages → ${path.relative(root, outDir)}/ (SUMMARY.md over ${n})`);
    if (failed.length) process.exitCode = 1;
  } finally {
    await browser.close();
    server.close();
    rcServer?.close();
  }
}

await main();
