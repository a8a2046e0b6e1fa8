import { browser } from 'wxt/browser';
import { declaresAi, declaresAiInIngredient, imageFindings, type CheckedImage, type ImageFinding } from '../images/image-findings';
import { ImageBytes, READ_BUDGET, type FetchBytes, type ReadBudget } from '../images/image-bytes';
import { readImageMetadata, type ImageMetadata } from '../images/image-metadata';
import type { ImageScanSummary } from '../messaging/protocol';

/**
 * "Vérifier les images": reads the page's own images, from the service worker, only when the
 * person asks. Only addresses with the same origin as the tab's document are requested, never a
 * third-party host (no redirect is followed either), without cookies.
 *
 * Each image is read in ranges: the first 64 KB, then only the ranges its structure points to
 * (a manifest store continued over further segments, a chunk after the image data), within the
 * budget of `READ_BUDGET` (2 MB and 8 requests per image), 4 images at a time, 5 seconds per
 * image and 30 seconds for the whole page.
 */

/** Bytes of the first request per image: C2PA stores and XMP packets usually start in it. */
export const IMAGE_READ_BYTES = READ_BUDGET.window;
/** Most image addresses taken from one page. */
export const MAX_IMAGES = 40;
const TIMEOUT_MS = 5_000;
/** Past this, images not yet started are not read (counted as not read), so a click never hangs. */
const SCAN_BUDGET_MS = 30_000;
const PARALLEL = 4;
/** Results kept in memory for the service worker's life; oldest dropped beyond this. */
const CACHE_SIZE = 500;

/** What the page gives: its address and the addresses of its images. */
export interface PageImages {
  href: string;
  urls: string[];
}

/**
 * Runs in the tab's top frame (isolated world) through `scripting.executeScript`, so it must be
 * self-contained: no import, no closure. Takes `<img>` (the source actually shown), the first
 * candidate of `<picture><source srcset>`, and `og:image`; absolute, deduplicated, at most 40.
 */
export function collectPageImages(max: number): PageImages {
  const urls: string[] = [];
  const add = (raw: string | null | undefined) => {
    if (!raw || urls.length >= max) return;
    try {
      const url = new URL(raw, document.baseURI).href;
      if (!urls.includes(url)) urls.push(url);
    } catch {
      // Not an address.
    }
  };
  // Bounded walks: a page with 100 000 images must not stall the click.
  const images = document.getElementsByTagName('img'); // Same as `document.images`, live and lazy.
  for (let i = 0; i < images.length && i < 2_000 && urls.length < max; i++) add(images[i]!.currentSrc || images[i]!.src);
  const sources = document.querySelectorAll('picture > source[srcset]');
  for (let i = 0; i < sources.length && i < 500 && urls.length < max; i++) {
    // The first candidate's URL is the first run of non-space characters, minus trailing commas.
    add((sources[i]!.getAttribute('srcset') ?? '').trim().split(/\s+/)[0]?.replace(/,+$/, ''));
  }
  for (const meta of Array.from(document.querySelectorAll('meta[property="og:image"]')).slice(0, 10)) add(meta.getAttribute('content'));
  return { href: location.href, urls };
}

export interface ImageScannerDeps {
  fetch?: typeof fetch;
  /** Runs `collectPageImages` in the tab's top frame; the default uses `scripting.executeScript`. */
  collect?: (tabId: number) => Promise<PageImages>;
  timeoutMs?: number;
  scanBudgetMs?: number;
  budget?: ReadBudget;
}

export interface ImageScanResult {
  /** The page the images were taken from. */
  href: string;
  findings: ImageFinding[];
  summary: ImageScanSummary;
}

/** `Content-Range: bytes 0-65535/183712` → start and size (size undefined when `*`). */
function contentRange(header: string | null): { start: number; size?: number } | undefined {
  const m = /^bytes\s+(\d+)-\d+\/(\d+|\*)$/i.exec(header?.trim() ?? '');
  if (!m) return undefined;
  const size = m[2] === '*' ? undefined : Number(m[2]);
  return { start: Number(m[1]), ...(size !== undefined ? { size } : {}) };
}

/** A body being read: what a chunk brought past the bytes asked for waits in `pending`. */
interface BodyReader {
  reader: ReadableStreamDefaultReader<Uint8Array>;
  pending: Uint8Array;
  done: boolean;
}

/** Reads a body until `limit` bytes are in hand or it ends; what comes past `limit` is kept for the next read. */
async function readUpTo(body: BodyReader, limit: number): Promise<Uint8Array> {
  const out = new Uint8Array(limit);
  let length = 0;
  while (length < limit) {
    if (body.pending.length === 0) {
      if (body.done) break;
      const { done, value } = await body.reader.read();
      if (done) {
        body.done = true;
        break;
      }
      body.pending = value;
    }
    const take = Math.min(body.pending.length, limit - length);
    out.set(body.pending.subarray(0, take), length);
    body.pending = body.pending.subarray(take);
    length += take;
  }
  return out.subarray(0, length);
}

const bodyReader = (body: ReadableStream<Uint8Array>): BodyReader => ({ reader: body.getReader(), pending: new Uint8Array(), done: false });

/**
 * Ranged reads of one image. A server that answers 206 is asked for each range; one that ignores
 * Range (200, the whole file) is read as a stream, only as far as the ranges asked for, and the
 * download is stopped there.
 */
function rangedReader(url: string, fetchFn: typeof fetch, signal: AbortSignal): { fetchBytes: FetchBytes; close: () => void } {
  let stream: (BodyReader & { at: number }) | undefined;

  async function fromStream(offset: number, length: number): Promise<{ start: number; bytes: Uint8Array }> {
    const s = stream!;
    // Sequential only: the bytes between what was read and `offset` are received (and counted) too.
    const start = s.at;
    const bytes = await readUpTo(s, Math.max(0, offset + length - s.at));
    s.at += bytes.length;
    return { start, bytes };
  }

  const fetchBytes: FetchBytes = async (offset, length) => {
    if (stream) return fromStream(offset, length);
    const response = await fetchFn(url, {
      headers: { Range: `bytes=${offset}-${offset + length - 1}` },
      credentials: 'omit',
      cache: 'force-cache',
      // A redirect could lead to another host: refuse it rather than follow it.
      redirect: 'error',
      referrerPolicy: 'no-referrer',
      signal,
    });
    if (response.status === 206) {
      const range = contentRange(response.headers.get('content-range'));
      if (!range || range.start !== offset) throw new Error('unexpected Content-Range');
      let bytes: Uint8Array;
      if (response.body) {
        const body = bodyReader(response.body);
        bytes = await readUpTo(body, length);
        // A server sending more than the range asked for is not read further.
        if (!body.done) void body.reader.cancel().catch(() => undefined);
      } else {
        bytes = new Uint8Array(await response.arrayBuffer()).subarray(0, length);
      }
      return { start: offset, bytes, ...(range.size !== undefined ? { size: range.size } : {}) };
    }
    // Nothing at that offset: the file is shorter than its structure said.
    if (response.status === 416) return { start: offset, bytes: new Uint8Array() };
    if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
    // The whole file from its start: keep the stream open for the ranges that may follow.
    if (!response.body) {
      const all = new Uint8Array(await response.arrayBuffer());
      return { start: 0, bytes: all.subarray(0, offset + length), size: all.length };
    }
    stream = { ...bodyReader(response.body), at: 0 };
    return fromStream(offset, length);
  };

  const close = () => {
    if (stream && !stream.done) void stream.reader.cancel().catch(() => undefined);
  };
  return { fetchBytes, close };
}

const HTTP = new Set(['http:', 'https:']);

function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return HTTP.has(parsed.protocol) ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

async function defaultCollect(tabId: number): Promise<PageImages> {
  const [frame] = await browser.scripting.executeScript({ target: { tabId }, func: collectPageImages, args: [MAX_IMAGES] });
  const result = frame?.result as Partial<PageImages> | undefined;
  if (typeof result?.href !== 'string' || !Array.isArray(result.urls)) throw new Error('no answer from the page');
  return { href: result.href, urls: result.urls.filter((u): u is string => typeof u === 'string') };
}

export function createImageScanner(deps: ImageScannerDeps = {}) {
  const fetchFn = deps.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const collect = deps.collect ?? defaultCollect;
  const timeoutMs = deps.timeoutMs ?? TIMEOUT_MS;
  const scanBudgetMs = deps.scanBudgetMs ?? SCAN_BUDGET_MS;
  const budget = deps.budget ?? READ_BUDGET;
  // Only successes are kept: a failed read may work next time.
  const cache = new Map<string, ImageMetadata>();

  async function readImage(url: string): Promise<ImageMetadata> {
    const cached = cache.get(url);
    if (cached) return cached;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    const { fetchBytes, close } = rangedReader(url, fetchFn, controller.signal);
    try {
      const metadata = await readImageMetadata(ImageBytes.fromFetch(fetchBytes, budget));
      if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
      cache.set(url, metadata);
      return metadata;
    } finally {
      clearTimeout(timer);
      close();
      // Whatever is still downloading (a server that ignored Range) stops here.
      controller.abort();
    }
  }

  /** Collects the tab's images, reads those of its own origin, and maps what they declare. */
  async function scanTab(tabId: number): Promise<ImageScanResult> {
    const page = await collect(tabId);
    const origin = originOf(page.href);
    const same: string[] = [];
    let skippedOtherOrigin = 0;
    for (const url of new Set(page.urls.slice(0, MAX_IMAGES))) {
      const imageOrigin = originOf(url);
      if (origin !== undefined && imageOrigin === origin) same.push(url);
      else if (imageOrigin !== undefined) skippedOtherOrigin++;
      // data:, blob: and the like are not requested and not counted.
    }
    const checked: CheckedImage[] = [];
    let failed = 0;
    let next = 0;
    const deadline = Date.now() + scanBudgetMs;
    const worker = async () => {
      while (next < same.length) {
        if (Date.now() > deadline) {
          // Out of time: the images left are not read, and counted as such.
          failed += same.length - next;
          next = same.length;
          return;
        }
        const url = same[next++]!;
        try {
          checked.push({ url, metadata: await readImage(url) });
        } catch {
          failed++;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL, same.length) }, worker));
    // Evidence in page order, whatever order the reads finished in.
    checked.sort((a, b) => same.indexOf(a.url) - same.indexOf(b.url));
    return {
      href: page.href,
      findings: imageFindings(checked),
      summary: {
        checked: checked.length,
        skippedOtherOrigin,
        withC2pa: checked.filter((c) => c.metadata.c2pa).length,
        withAiDeclaration: checked.filter((c) => declaresAi(c.metadata)).length,
        withAiInIngredient: checked.filter((c) => declaresAiInIngredient(c.metadata)).length,
        c2paUnreadable: checked.filter((c) => c.metadata.c2paStatus === 'unreadable').length,
        c2paIncomplete: checked.filter((c) => c.metadata.c2paStatus === 'incomplete' || c.metadata.c2paStatus === 'too-large').length,
        failed,
      },
    };
  }

  return { scanTab, readImage };
}

export type ImageScanner = ReturnType<typeof createImageScanner>;
