import { browser } from 'wxt/browser';
import { declaresAi, imageFindings, type CheckedImage, type ImageFinding } from '../images/image-findings';
import { readImageMetadata, type ImageMetadata } from '../images/image-metadata';
import type { ImageScanSummary } from '../messaging/protocol';

/**
 * "Vérifier les images": reads the first bytes of the page's own images, from the service worker,
 * only when the person asks. Only addresses with the same origin as the tab's document are
 * requested, never a third-party host (no redirect is followed either), without cookies.
 */

/** Bytes read per image: C2PA stores and XMP packets sit at the start of the file. */
export const IMAGE_READ_BYTES = 64 * 1024;
/** Most image addresses taken from one page. */
export const MAX_IMAGES = 40;
const TIMEOUT_MS = 5_000;
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
}

export interface ImageScanResult {
  /** The page the images were taken from. */
  href: string;
  findings: ImageFinding[];
  summary: ImageScanSummary;
}

/** Reads at most `limit` bytes of a body, then stops the download. */
async function readStart(response: Response, limit: number, controller: AbortController): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer()).subarray(0, limit);
  const reader = response.body.getReader();
  const out = new Uint8Array(limit);
  let length = 0;
  try {
    while (length < limit) {
      const { done, value } = await reader.read();
      if (done) break;
      const take = Math.min(value.length, limit - length);
      out.set(value.subarray(0, take), length);
      length += take;
    }
  } finally {
    // A server that ignores Range sends the whole file: stop it here.
    if (length >= limit) {
      void reader.cancel().catch(() => undefined);
      controller.abort();
    }
  }
  return out.subarray(0, length);
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
  // Only successes are kept: a failed read may work next time.
  const cache = new Map<string, ImageMetadata>();

  async function readImage(url: string): Promise<ImageMetadata> {
    const cached = cache.get(url);
    if (cached) return cached;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const response = await fetchFn(url, {
        headers: { Range: `bytes=0-${IMAGE_READ_BYTES - 1}` },
        credentials: 'omit',
        cache: 'force-cache',
        // A redirect could lead to another host: refuse it rather than follow it.
        redirect: 'error',
        referrerPolicy: 'no-referrer',
        signal: controller.signal,
      });
      if (response.status !== 200 && response.status !== 206) throw new Error(`HTTP ${response.status}`);
      const metadata = await readImageMetadata(await readStart(response, IMAGE_READ_BYTES, controller));
      if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
      cache.set(url, metadata);
      return metadata;
    } finally {
      clearTimeout(timer);
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
    const worker = async () => {
      while (next < same.length) {
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
        failed,
      },
    };
  }

  return { scanTab, readImage };
}

export type ImageScanner = ReturnType<typeof createImageScanner>;
