// End-to-end harness: serves fixture pages on 127.0.0.1, starts Debian's Chromium with the built
// extension, and blocks every request that is not for the loopback fixture server.
import { createServer } from 'node:http';
import { after, before } from 'node:test';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output-e2e/chrome-mv3');
const PAGE_DIRS = [join(ROOT, 'tests/fixtures/pages'), join(ROOT, 'tests/e2e/pages')];
/** Test images (scripts/make-test-images.mjs), served at `/images/<name>`. */
const IMAGE_DIR = join(ROOT, 'tests/fixtures/images');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Host names the tests use for pages, all resolved to 127.0.0.1 by Chromium itself
 * (--host-resolver-rules): `*.gouv.fr` hosts get the statically declared content script,
 * 127.0.0.1 is "a site Vigie does not list".
 */
export const LISTED_HOST = 'demarches.exemple.gouv.fr';
/** Stands for the CAF's site: its host picks the CAF's recourse route in the popup. */
export const CAF_HOST = 'www.caf.fr';
export const FIXTURE_HOSTS = [LISTED_HOST, 'www.mairie-exemple.gouv.fr', CAF_HOST];
/** A host standing for a third-party CDN (also 127.0.0.1): the extension must never request it. */
export const THIRD_PARTY_HOST = 'cdn.exemple.org';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.jpg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp' };

/**
 * Vendor widgets' prebuilt browser bundles, served from node_modules at `/npm/<package>/<path>` so
 * fixture pages run the real widget offline. Only the files listed here are served.
 */
const NPM_ASSETS = {
  'botframework-webchat': ['dist/webchat.js'],
  'rasa-webchat': ['lib/index.js'],
  'deep-chat': ['dist/deepChat.bundle.js'],
};

/** The node_modules file for an allowed `/npm/…` path, else undefined. */
function npmAsset(path) {
  const match = /^\/npm\/((?:@[^/]+\/)?[^/]+)\/(.+)$/.exec(path);
  if (!match || !Object.hasOwn(NPM_ASSETS, match[1]) || !NPM_ASSETS[match[1]].includes(match[2])) return undefined;
  return join(ROOT, 'node_modules', match[1], match[2]);
}

/**
 * `dynamic(path)` may answer a path with generated HTML (benchmark pages), or `{ type, body }`. `onRequest` sees every
 * request (`{ host, path, headers }`), to check who asked for what.
 */
export async function startServer({ dynamic, onRequest } = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    onRequest?.({ host: req.headers.host ?? '', path, headers: req.headers });
    const image = /^\/images\/([a-z0-9-]+\.(?:jpg|png|webp))$/.exec(path);
    if (image && existsSync(join(IMAGE_DIR, image[1]))) {
      res.writeHead(200, { 'content-type': TYPES[extname(image[1])] });
      res.end(await readFile(join(IMAGE_DIR, image[1])));
      return;
    }
    const generated = dynamic?.(path);
    if (generated !== undefined) {
      // A string is a page; `{ type, body }` is any other file (a script a page loads).
      const { type, body } = typeof generated === 'string' ? { type: 'text/html; charset=utf-8', body: generated } : generated;
      res.writeHead(200, { 'content-type': type });
      res.end(body);
      return;
    }
    const asset = npmAsset(path);
    if (asset) {
      try {
        const body = await readFile(asset);
        res.writeHead(200, { 'content-type': TYPES[extname(asset)] ?? 'application/octet-stream' });
        res.end(body);
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end(`${path}: run npm ci`);
      }
      return;
    }
    for (const dir of PAGE_DIRS) {
      const file = normalize(join(dir, path));
      if (!file.startsWith(dir) || !existsSync(file)) continue;
      try {
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(body);
        return;
      } catch {
        break;
      }
    }
    // Scripts a fixture references on its own host (consent managers…) answer empty, not 404 noise.
    res.writeHead(path.endsWith('.js') ? 200 : 404, { 'content-type': 'text/javascript' });
    res.end('');
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { server, port, close: () => new Promise((ok) => server.close(ok)) };
}

export async function launch({ language = 'fr', extensionDir = EXTENSION_DIR, withExtension = true } = {}) {
  if (withExtension && !existsSync(extensionDir)) throw new Error(`No build at ${extensionDir}: run \`VIGIE_E2E=1 npx wxt build\` first`);
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);
  const userDataDir = await mkdtemp(join(tmpdir(), 'vigie-e2e-'));
  const resolverRules = [...FIXTURE_HOSTS, THIRD_PARTY_HOST].map((h) => `MAP ${h} 127.0.0.1`).concat('MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1').join(', ');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      ...(withExtension ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : ['--disable-extensions']),
      `--host-resolver-rules=${resolverRules}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--lang=${language}`,
    ],
    // chrome.i18n follows the browser's UI language, which Chromium on Linux takes from LANGUAGE.
    env: { ...process.env, LANGUAGE: language, LANG: language === 'fr' ? 'fr_FR.UTF-8' : 'en_US.UTF-8' },
    locale: language === 'fr' ? 'fr-FR' : 'en-GB',
    viewport: { width: 1000, height: 800 },
  });
  // Belt and braces: whatever a fixture references (vendor CDNs), only loopback pages load.
  const blocked = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'chrome-extension:' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    if (url.hostname === '127.0.0.1' || FIXTURE_HOSTS.includes(url.hostname) || url.hostname === THIRD_PARTY_HOST) return route.continue();
    blocked.push(url.href);
    return route.abort('blockedbyclient');
  });
  // Every request the extension's own contexts make (its pages, its service worker, its content
  // scripts in the tabs): Vigie makes none at run time, and the suites assert this list is empty.
  const extensionRequests = [];
  if (withExtension) recordExtensionRequests(context, extensionRequests);
  let worker;
  let extensionId;
  if (withExtension) {
    try {
      [worker] = context.serviceWorkers();
      worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
      extensionId = new URL(worker.url()).host;
    } catch (error) {
      // Never leave a browser behind: the test runner would wait for it forever.
      await context.close().catch(() => undefined);
      throw error;
    }
  }
  return {
    context,
    worker,
    extensionId,
    blocked,
    extensionRequests,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

const isExtensionUrl = (url) => url.startsWith('chrome-extension://');

/** Whether a CDP initiator (a stack and its async parents) runs code of an extension. */
function initiatedByExtension(initiator) {
  if (initiator?.url && isExtensionUrl(initiator.url)) return true;
  for (let stack = initiator?.stack; stack; stack = stack.parent) {
    if (stack.callFrames?.some((frame) => isExtensionUrl(frame.url))) return true;
  }
  return false;
}

/**
 * Records the requests of the extension's own contexts into `out` (`{ from, url }`): those of its
 * pages and service worker, seen by Playwright, and those its content scripts start in a tab, seen
 * through the DevTools protocol by the script that started them (a content script's code has the
 * extension's URL in the initiator's stack). The page's own requests are not recorded.
 */
function recordExtensionRequests(context, out) {
  context.on('request', (request) => {
    if (isExtensionUrl(request.url()) || request.url().startsWith('data:')) return;
    let from = '';
    try {
      from = request.serviceWorker()?.url() ?? request.frame().url();
    } catch {
      // A request of a frame already gone: not an extension page.
    }
    if (isExtensionUrl(from)) out.push({ from, url: request.url() });
  });
  const watch = async (page) => {
    try {
      const cdp = await context.newCDPSession(page);
      cdp.on('Network.requestWillBeSent', (event) => {
        if (!isExtensionUrl(event.request.url) && initiatedByExtension(event.initiator)) out.push({ from: `content script in ${event.documentURL}`, url: event.request.url });
      });
      await cdp.send('Network.enable');
    } catch {
      // The page closed before it could be watched: it made no request after.
    }
  };
  context.on('page', (page) => void watch(page));
  for (const page of context.pages()) void watch(page);
}

/**
 * The tab id of a Playwright page. Tab URLs are visible to the extension only where it has host
 * access (127.0.0.1 in the test build); on listed hosts, the tab is found through the report its
 * content script stored, which carries the page URL.
 */
export async function tabIdOf(worker, page) {
  const url = page.url();
  for (let i = 0; i < 100; i++) {
    const id = await worker.evaluate(async (u) => {
      const tabs = await chrome.tabs.query({});
      const byUrl = tabs.find((t) => t.url === u);
      if (byUrl) return byUrl.id;
      const stored = await chrome.storage.session.get(null);
      for (const [key, value] of Object.entries(stored)) if (key.startsWith('tab:') && value?.url === u) return Number(key.slice(4));
      return null;
    }, url);
    if (id !== null) return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab for ${url}`);
}

/** Asks the background for a tab's report, the way the popup and automation do. */
export async function getReport(extPage, tabId) {
  return extPage.evaluate((id) => chrome.runtime.sendMessage({ type: 'getReport', tabId: id }), tabId);
}

/** Polls the report until `predicate` holds (or times out with the last report in the message). */
export async function waitForReport(extPage, tabId, predicate, timeoutMs = 10_000) {
  const start = Date.now();
  let last;
  while (Date.now() - start < timeoutMs) {
    last = await getReport(extPage, tabId);
    if (last && predicate(last)) return last;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`report condition not met in ${timeoutMs} ms; last report: ${JSON.stringify(last)}`);
}

export async function badgeText(worker, tabId) {
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Runs axe-core in a page (extension pages forbid injected script tags, so evaluate the source). */
export async function runAxe(page) {
  const source = await readFile(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async () => {
    const result = await globalThis.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  });
}

/** Waits until the page's report has not changed for `quietMs` (late widgets), at most `maxMs`. */
export async function settledReport(ext, url, { quietMs = 1_200, maxMs = 8_000 } = {}) {
  const start = Date.now();
  let last = '';
  let lastChange = Date.now();
  let report = null;
  while (Date.now() - start < maxMs) {
    report = await ext.evaluate(async (u) => {
      const stored = await chrome.storage.session.get(null);
      const entry = Object.entries(stored).find(([, v]) => v?.url === u);
      return entry ? chrome.runtime.sendMessage({ type: 'getReport', tabId: Number(entry[0].slice(4)) }) : null;
    }, url);
    const sig = JSON.stringify(report?.findings.map((f) => [f.ruleId, f.level, f.vendor, f.state]) ?? null);
    if (sig !== last) {
      last = sig;
      lastChange = Date.now();
    } else if (report && Date.now() - lastChange >= quietMs) break;
    await new Promise((r) => setTimeout(r, 150));
  }
  return report;
}

/**
 * A settled report, then, while `expected` does not hold of it, a few seconds more: a widget that
 * opens itself late (its window, then what it says of itself) may come after a quiet spell. The
 * caller still asserts on what it gets, so a page that never reaches `expected` fails.
 */
export async function settledReportExpecting(ext, url, expected, { quietMs, maxMs, graceMs = 5_000 } = {}) {
  let report = await settledReport(ext, url, { quietMs, maxMs });
  for (let waited = 0; waited < graceMs && !(report && expected(report)); waited += 500) {
    await new Promise((r) => setTimeout(r, 500));
    report = await settledReport(ext, url, { quietMs: 300, maxMs: 2_000 });
  }
  return report;
}

/**
 * Opens `pageUrl` in a tab, waits until its report satisfies `settled`, then opens the popup for
 * that tab, at a popup's width, once it has drawn its summary.
 */
export async function popupFor(b, pageUrl, settled = (r) => r.findings.length > 0) {
  const page = await b.context.newPage();
  await page.goto(pageUrl, { waitUntil: 'load' });
  const tabId = await tabIdOf(b.worker, page);
  const ext = await b.context.newPage();
  await ext.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=999999`);
  const report = await waitForReport(ext, tabId, settled);
  await ext.close();
  const popup = await b.context.newPage();
  await popup.setViewportSize({ width: 420, height: 900 });
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=${tabId}`);
  await popup.getByTestId('summary').waitFor();
  return { page, popup, report, tabId };
}

/**
 * For a test file: starts the fixture server and the built extension before its tests and closes
 * them after. `ext` is an extension page, to talk to the background as the popup does.
 */
export function withExtension(serverOptions = {}, launchOptions = {}) {
  const ctx = { server: undefined, browser: undefined, ext: undefined };
  before(async () => {
    ctx.server = await startServer(serverOptions);
    ctx.browser = await launch(launchOptions);
    ctx.ext = await ctx.browser.context.newPage();
    await ctx.ext.goto(`chrome-extension://${ctx.browser.extensionId}/popup.html?tabId=999999`);
  });
  after(async () => {
    await ctx.browser?.close();
    await ctx.server?.close();
  });
  return ctx;
}
