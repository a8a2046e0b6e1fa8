import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground } from '../../lib/background/background';
import { IMAGE_READ_BYTES, MAX_IMAGES, collectPageImages, createImageScanner, type PageImages } from '../../lib/background/images';
import { createTranslator } from '../../lib/i18n/translate';
import { scanImagesResponseSchema, type ReportFindingsMessage } from '../../lib/messaging/protocol';
import type { Report } from '../../lib/report/schema';

const fr = JSON.parse(readFileSync(new URL('../../public/_locales/fr/messages.json', import.meta.url), 'utf8'));
const image = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/images/${name}`, import.meta.url)));
const AI_JPEG = image('ai-c2pa.jpg');
const AI_PNG = image('ai-xmp.png');
const PLAIN = image('plain.png');
const LARGE = image('ai-c2pa-large.jpg');
const INGREDIENT = image('ai-ingredient.webp');
const COMPRESSED = image('c2pa-compressed.jpg');

const TAB = 7;
const PAGE = 'https://www.caf.fr/actualites';
const at = (path: string) => `https://www.caf.fr${path}`;

type Init = RequestInit & { headers: Record<string, string> };

/** A server's answer to `Range: bytes=a-b`: 206 with Content-Range, 416 past the end. */
function ranged(file: Uint8Array, range: string | undefined): Response {
  const m = /^bytes=(\d+)-(\d+)$/.exec(range ?? '');
  if (!m) return new Response(file as BodyInit, { status: 200 });
  const start = Number(m[1]);
  const end = Math.min(Number(m[2]), file.length - 1);
  if (start >= file.length) return new Response('', { status: 416, headers: { 'content-range': `bytes */${file.length}` } });
  return new Response(file.slice(start, end + 1) as BodyInit, { status: 206, headers: { 'content-range': `bytes ${start}-${end}/${file.length}` } });
}

/** A fake `fetch` serving `files` by URL (ranges honoured); every call is recorded with its options. */
function server(files: Record<string, Uint8Array | (() => Response | Promise<Response>)>) {
  const calls: { url: string; init: Init }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push({ url, init: init as Init });
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      await new Promise((r) => setTimeout(r, 1));
      const file = files[url];
      if (file === undefined) return new Response('not found', { status: 404 });
      if (typeof file === 'function') return await file();
      return ranged(file, (init?.headers as Record<string, string> | undefined)?.Range);
    } finally {
      inFlight--;
    }
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls, maxInFlight: () => maxInFlight };
}

const page = (urls: string[], href = PAGE) => async (): Promise<PageImages> => ({ href, urls });

describe('createImageScanner', () => {
  it('requests only the images of the page’s own origin', async () => {
    const { fetch, calls } = server({ [at('/a.jpg')]: AI_JPEG });
    const scanner = createImageScanner({
      fetch,
      collect: page([
        at('/a.jpg'),
        'https://cdn.example.net/a.jpg',
        'http://www.caf.fr/insecure.jpg', // Other scheme: other origin.
        'https://www.caf.fr:8443/port.jpg', // Other port: other origin.
        'https://caf.fr/apex.jpg', // Other host.
        'data:image/png;base64,iVBORw0KGgo=',
        'javascript:alert(1)',
        'not a url',
      ]),
    });
    const result = await scanner.scanTab(TAB);
    expect(calls.map((c) => c.url)).toEqual([at('/a.jpg')]);
    expect(result.summary).toMatchObject({ checked: 1, skippedOtherOrigin: 4, withC2pa: 1, withAiDeclaration: 1, failed: 0 });
    expect(result.href).toBe(PAGE);
    expect(result.findings.map((f) => [f.ruleId, f.level])).toEqual([['image-c2pa-ai-declaration', 'detected']]);
    expect(result.findings[0]?.evidence).toEqual([
      { signal: 'image-metadata', matched: 'C2PA digitalSourceType: trainedAlgorithmicMedia (Adobe Firefly)', where: at('/a.jpg') },
    ]);
  });

  it('requests nothing when the page itself has no http(s) origin', async () => {
    const { fetch, calls } = server({});
    const scanner = createImageScanner({ fetch, collect: page(['file:///home/a.jpg', 'https://www.caf.fr/a.jpg'], 'file:///home/page.html') });
    expect((await scanner.scanTab(TAB)).summary).toMatchObject({ checked: 0, skippedOtherOrigin: 1 });
    expect(calls).toEqual([]);
  });

  it('asks for the first 64 KB, without cookies, from the cache if any, and follows no redirect', async () => {
    const { fetch, calls } = server({ [at('/a.jpg')]: AI_JPEG });
    await createImageScanner({ fetch, collect: page([at('/a.jpg')]) }).scanTab(TAB);
    expect(calls[0]?.init).toMatchObject({
      headers: { Range: 'bytes=0-65535' },
      credentials: 'omit',
      cache: 'force-cache',
      redirect: 'error',
    });
    expect(calls[0]?.init.signal).toBeInstanceOf(AbortSignal);
  });

  it('reads at most 64 KB when the server ignores Range, and stops the download', async () => {
    let pulled = 0;
    let cancelled = false;
    const chunk = 16 * 1024;
    const body = () =>
      new ReadableStream<Uint8Array>({
        pull(controller) {
          // The declaration is in the first chunk; then 10 MB of image data would follow.
          controller.enqueue(pulled === 0 ? AI_JPEG : new Uint8Array(chunk));
          pulled++;
        },
        cancel() {
          cancelled = true;
        },
      });
    const { fetch } = server({ [at('/big.jpg')]: () => new Response(body(), { status: 200 }) });
    const result = await createImageScanner({ fetch, collect: page([at('/big.jpg')]) }).scanTab(TAB);
    expect(result.summary).toMatchObject({ checked: 1, withAiDeclaration: 1, failed: 0 });
    expect(pulled).toBeLessThanOrEqual(Math.ceil(IMAGE_READ_BYTES / chunk) + 2);
    expect(cancelled).toBe(true);
  });

  it('follows a store past the first 64 KB with a further range, under the same rules', async () => {
    const { fetch, calls } = server({ [at('/large.jpg')]: LARGE });
    const result = await createImageScanner({ fetch, collect: page([at('/large.jpg')]) }).scanTab(TAB);
    expect(result.summary).toMatchObject({ checked: 1, withC2pa: 1, withAiDeclaration: 1, failed: 0 });
    expect(result.findings[0]?.evidence[0]?.matched).toBe('C2PA digitalSourceType: compositeWithTrainedAlgorithmicMedia (Adobe Photoshop)');
    expect(calls.map((c) => c.init.headers.Range)).toEqual(['bytes=0-65535', `bytes=65536-${LARGE.length - 1}`]);
    for (const c of calls) expect(c.init).toMatchObject({ credentials: 'omit', redirect: 'error', referrerPolicy: 'no-referrer' });
  });

  it('says which images have an unreadable or incomplete store, and which are made from a generated image', async () => {
    const { fetch } = server({
      [at('/compressed.jpg')]: COMPRESSED,
      // The file ends in the middle of its store.
      [at('/cut.jpg')]: LARGE.slice(0, 100_000),
      [at('/edited.webp')]: INGREDIENT,
    });
    const result = await createImageScanner({ fetch, collect: page([at('/compressed.jpg'), at('/cut.jpg'), at('/edited.webp')]) }).scanTab(TAB);
    expect(result.summary).toEqual({
      checked: 3,
      skippedOtherOrigin: 0,
      withC2pa: 3,
      withAiDeclaration: 1,
      withAiInIngredient: 1,
      c2paUnreadable: 1,
      c2paIncomplete: 1,
      failed: 0,
    });
    expect(result.findings[0]?.evidence.map((e) => e.matched)).toEqual([
      'C2PA digitalSourceType: trainedAlgorithmicMedia (DALL·E), in the manifest of an ingredient (parentOf): urn:c2pa:11111111-1111-4111-8111-111111111111',
    ]);
  });

  it('a server that ignores Range: reads the stream only as far as the store goes, then stops it', async () => {
    let pulled = 0;
    let cancelled = false;
    // Chunks that do not fall on the 64 KB reads: the bytes past a read must wait for the next one.
    const chunk = 50_000;
    const body = () =>
      new ReadableStream<Uint8Array>({
        pull(controller) {
          const at = pulled * chunk;
          // The large fixture (store of 150 KB), then image data, forever.
          controller.enqueue(at < LARGE.length ? LARGE.slice(at, at + chunk) : new Uint8Array(chunk));
          pulled++;
        },
        cancel() {
          cancelled = true;
        },
      });
    const { fetch, calls } = server({ [at('/big.jpg')]: () => new Response(body(), { status: 200 }) });
    const result = await createImageScanner({ fetch, collect: page([at('/big.jpg')]) }).scanTab(TAB);
    expect(result.summary).toMatchObject({ checked: 1, withAiDeclaration: 1, failed: 0 });
    expect(calls).toHaveLength(1);
    expect(pulled * chunk).toBeLessThan(LARGE.length + 64 * 1024 + 2 * chunk);
    expect(cancelled).toBe(true);
  });

  it('an endless file stops at the 2 MB budget, whether the server honours Range or not', async () => {
    // JPEG segments of 64 KB, forever: a walk that never reaches the image data.
    const segment = (i: number) => Uint8Array.from([0xff, 0xe2, 0xff, 0xff, ...Array.from({ length: 65_533 }, (_, j) => (i + j) & 0x7f)]);
    const endless = new Uint8Array(4 * 1024 * 1024 + 2);
    endless.set([0xff, 0xd8]);
    for (let at = 2, i = 0; at + 65_537 <= endless.length; at += 65_537, i++) endless.set(segment(i), at);
    let streamed = 0;
    const stream = () =>
      new ReadableStream<Uint8Array>({
        pull(controller) {
          controller.enqueue(endless.slice(streamed % endless.length, (streamed % endless.length) + 32 * 1024));
          streamed += 32 * 1024;
        },
      });
    const { fetch, calls } = server({ [at('/endless.jpg')]: endless, [at('/stream.jpg')]: () => new Response(stream(), { status: 200 }) });
    const result = await createImageScanner({ fetch, collect: page([at('/endless.jpg'), at('/stream.jpg')]) }).scanTab(TAB);
    expect(result.summary).toMatchObject({ checked: 2, withC2pa: 0, failed: 0 });
    expect(calls.filter((c) => c.url === at('/endless.jpg')).length).toBeLessThanOrEqual(8);
    expect(streamed).toBeLessThanOrEqual(2 * 1024 * 1024 + 64 * 1024);
  });

  it('counts an answer for another range than asked as failed', async () => {
    const wrong = () => new Response(AI_JPEG as BodyInit, { status: 206, headers: { 'content-range': `bytes 100-900/${AI_JPEG.length}` } });
    const { fetch } = server({ [at('/wrong.jpg')]: wrong });
    expect((await createImageScanner({ fetch, collect: page([at('/wrong.jpg')]) }).scanTab(TAB)).summary).toMatchObject({ checked: 0, failed: 1 });
  });

  it('stops starting new images once the page’s time budget is spent, and counts them as not read', async () => {
    const slow = () => new Promise<Response>((ok) => setTimeout(() => ok(ranged(PLAIN, 'bytes=0-65535')), 30));
    const urls = Array.from({ length: 12 }, (_, i) => at(`/slow-${i}.png`));
    const { fetch, calls } = server(Object.fromEntries(urls.map((u) => [u, slow])));
    const result = await createImageScanner({ fetch, collect: page(urls), scanBudgetMs: 20 }).scanTab(TAB);
    expect(result.summary.checked + result.summary.failed).toBe(12);
    expect(result.summary.failed).toBeGreaterThan(0);
    expect(calls.length).toBeLessThan(12);
  });

  it('counts a request that takes too long as failed', async () => {
    const hang = (init?: RequestInit) =>
      new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const fetch = vi.fn((_: RequestInfo | URL, init?: RequestInit) => hang(init)) as unknown as typeof globalThis.fetch;
    const started = Date.now();
    const result = await createImageScanner({ fetch, collect: page([at('/slow.jpg')]), timeoutMs: 50 }).scanTab(TAB);
    expect(result.summary).toMatchObject({ checked: 0, skippedOtherOrigin: 0, withC2pa: 0, withAiDeclaration: 0, failed: 1 });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('counts errors, redirects and network failures as failed, and reads the others', async () => {
    const { fetch } = server({
      [at('/ok.png')]: AI_PNG,
      [at('/moved.jpg')]: () => Promise.reject(new TypeError('redirect mode is error')),
      [at('/down.jpg')]: () => Promise.reject(new TypeError('network')),
    });
    const result = await createImageScanner({ fetch, collect: page([at('/ok.png'), at('/missing.jpg'), at('/moved.jpg'), at('/down.jpg')]) }).scanTab(TAB);
    expect(result.summary).toMatchObject({ checked: 1, skippedOtherOrigin: 0, withC2pa: 1, withAiDeclaration: 1, failed: 3 });
    expect(result.findings.map((f) => f.ruleId)).toEqual(['image-xmp-ai-declaration']);
  });

  it('keeps results for the service worker’s life, but retries failures', async () => {
    let fail = true;
    const { fetch, calls } = server({
      [at('/a.jpg')]: AI_JPEG,
      [at('/flaky.png')]: () => (fail ? Promise.reject(new TypeError('network')) : new Response(PLAIN as BodyInit, { status: 200 })),
    });
    const scanner = createImageScanner({ fetch, collect: page([at('/a.jpg'), at('/flaky.png')]) });
    expect((await scanner.scanTab(TAB)).summary).toMatchObject({ checked: 1, failed: 1 });
    fail = false;
    expect((await scanner.scanTab(TAB + 1)).summary).toMatchObject({ checked: 2, failed: 0 });
    expect(calls.map((c) => c.url).sort()).toEqual([at('/a.jpg'), at('/flaky.png'), at('/flaky.png')]);
  });

  it('reads 40 images at most, 4 at a time, and keeps page order in the evidence', async () => {
    const urls = Array.from({ length: 60 }, (_, i) => at(`/img-${i}.jpg`));
    const { fetch, calls, maxInFlight } = server(Object.fromEntries(urls.map((u) => [u, AI_JPEG])));
    const result = await createImageScanner({ fetch, collect: page([...urls, ...urls]) }).scanTab(TAB);
    expect(calls).toHaveLength(MAX_IMAGES);
    expect(maxInFlight()).toBeLessThanOrEqual(4);
    expect(maxInFlight()).toBeGreaterThan(1);
    expect(result.findings[0]?.evidence.map((e) => e.where)).toEqual(urls.slice(0, 12));
  });

  it('by default asks the top frame only, through scripting.executeScript', async () => {
    const executeScript = vi
      .spyOn(fakeBrowser.scripting, 'executeScript')
      .mockResolvedValue([{ frameId: 0, result: { href: PAGE, urls: [at('/a.jpg')] } }] as never);
    const { fetch, calls } = server({ [at('/a.jpg')]: AI_JPEG });
    await createImageScanner({ fetch }).scanTab(TAB);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: TAB }, func: collectPageImages, args: [MAX_IMAGES] });
    expect(calls).toHaveLength(1);
  });

  it('fails when the page cannot be scripted', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access a chrome:// URL'));
    await expect(createImageScanner({ fetch: server({}).fetch }).scanTab(TAB)).rejects.toThrow();
  });
});

describe('collectPageImages (runs in the page)', () => {
  it('takes img sources, the first picture source candidate and og:image; absolute, deduplicated, capped', () => {
    const window = new Window({ url: 'https://www.caf.fr/dossier/page.html' });
    window.document.head.innerHTML = '<meta property="og:image" content="/social.jpg"><meta property="og:image" content="https://cdn.example.net/og.jpg">';
    window.document.body.innerHTML = `
      <img src="a.jpg"><img src="/a.jpg"><img src="../dossier/a.jpg"><img>
      <picture><source srcset="hero.webp 1x, hero-2x.webp 2x" type="image/webp"><img src="hero.jpg"></picture>
      <picture><source srcset="comma.avif, other.avif 2x"></picture>
      <img src="https://cdn.example.net/b.png">`;
    const globals = globalThis as unknown as { document?: unknown; location?: unknown };
    const saved = { document: globals.document, location: globals.location };
    Object.assign(globals, { document: window.document, location: window.location });
    try {
      expect(collectPageImages(40)).toEqual({
        href: 'https://www.caf.fr/dossier/page.html',
        urls: [
          'https://www.caf.fr/dossier/a.jpg',
          'https://www.caf.fr/a.jpg',
          'https://www.caf.fr/dossier/hero.jpg',
          'https://cdn.example.net/b.png',
          'https://www.caf.fr/dossier/hero.webp',
          'https://www.caf.fr/dossier/comma.avif',
          'https://www.caf.fr/social.jpg',
          'https://cdn.example.net/og.jpg',
        ],
      });
      expect(collectPageImages(3).urls).toHaveLength(3);
    } finally {
      Object.assign(globals, saved);
      void window.happyDOM.close();
    }
  });

  it('is self-contained (executeScript sends its source text, without the module around it)', () => {
    const source = collectPageImages.toString();
    // No import, helper or constant of this module is used inside.
    expect(source).not.toMatch(/\b(?:MAX_IMAGES|IMAGE_READ_BYTES|originOf|readStart|browser|__vite)\b/);
  });
});

describe('background: scanImages message', () => {
  const NOW = new Date('2025-03-14T10:00:00.000Z');
  type Sender = Browser.runtime.MessageSender;
  const fromTab: Sender = { tab: { id: TAB } as Browser.tabs.Tab, frameId: 0 };
  const reportFindings = (url: string): ReportFindingsMessage => ({
    type: 'reportFindings',
    url,
    findings: [],
    scan: { trigger: 'static', durationMs: 5, truncated: false },
  });

  function setup(urls = [at('/a.jpg'), at('/b.png'), 'https://cdn.example.net/x.jpg'], href = PAGE) {
    const { fetch, calls } = server({ [at('/a.jpg')]: AI_JPEG, [at('/b.png')]: AI_PNG });
    const bg = createBackground({
      loadHostList: async () => ({ hosts: [] }),
      now: () => NOW,
      imageScanner: createImageScanner({ fetch, collect: page(urls, href) }),
    });
    return { bg, calls };
  }
  const getReport = async (bg: ReturnType<typeof createBackground>) => (await bg.handleMessage({ type: 'getReport', tabId: TAB }, {})) as Report | null;

  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(createTranslator(fr) as never);
  });

  it.each([
    ['without tabId', { type: 'scanImages' }],
    ['with a negative tabId', { type: 'scanImages', tabId: -1 }],
    ['with a string tabId', { type: 'scanImages', tabId: '7' }],
  ])('refuses a message %s', async (_, raw) => {
    const { bg, calls } = setup();
    await expect(bg.handleMessage(raw, {})).resolves.toEqual({ error: 'invalid-message' });
    expect(calls).toEqual([]);
  });

  it('answers the report with the image findings and the summary, keeps them for getReport, and counts them in the badge', async () => {
    const { bg } = setup();
    await bg.handleMessage(reportFindings(PAGE), fromTab);
    const answer = scanImagesResponseSchema.parse(await bg.handleMessage({ type: 'scanImages', tabId: TAB }, {}));
    expect(answer.summary).toMatchObject({ checked: 2, skippedOtherOrigin: 1, withC2pa: 2, withAiDeclaration: 2, failed: 0 });
    expect(answer.report?.findings.map((f) => [f.id, f.ruleId, f.kind, f.level, f.frameId])).toEqual([
      ['image-c2pa-ai-declaration', 'image-c2pa-ai-declaration', 'ai-content', 'detected', 0],
      ['image-xmp-ai-declaration', 'image-xmp-ai-declaration', 'ai-content', 'detected', 0],
    ]);
    expect((await getReport(bg))?.findings).toEqual(answer.report?.findings);
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('2');
    // The content script reports again for the same page: the image findings stay.
    await bg.handleMessage(reportFindings(PAGE), fromTab);
    expect((await getReport(bg))?.findings).toHaveLength(2);
  });

  it('drops the image findings when the tab shows another page', async () => {
    const { bg } = setup();
    await bg.handleMessage(reportFindings(PAGE), fromTab);
    await bg.handleMessage({ type: 'scanImages', tabId: TAB }, {});
    await bg.handleMessage(reportFindings(at('/autre-page')), fromTab);
    expect((await getReport(bg))?.findings).toEqual([]);
    await bg.handleMessage({ type: 'scanImages', tabId: TAB }, {});
    await bg.clearTab(TAB);
    await expect(getReport(bg)).resolves.toBeNull();
  });

  it('does not attach images read from another page than the one analysed', async () => {
    const { bg } = setup(undefined, at('/page-suivante'));
    await bg.handleMessage(reportFindings(PAGE), fromTab);
    const answer = scanImagesResponseSchema.parse(await bg.handleMessage({ type: 'scanImages', tabId: TAB }, {}));
    expect(answer.report?.findings).toEqual([]);
    expect(answer.summary.withAiDeclaration).toBe(2);
    expect((await getReport(bg))?.findings).toEqual([]);
  });

  it('fails when the page cannot be reached (the listener answers `{ error: \'internal\' }`)', async () => {
    const bg = createBackground({
      loadHostList: async () => ({ hosts: [] }),
      imageScanner: createImageScanner({ collect: () => Promise.reject(new Error('no access')) }),
    });
    await expect(bg.handleMessage({ type: 'scanImages', tabId: TAB }, {})).rejects.toThrow('no access');
  });
});
