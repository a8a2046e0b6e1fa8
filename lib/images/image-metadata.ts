import { readManifestStore, plainName, type C2paStatus, type ManifestRole } from './c2pa-store';
import { ImageBytes, ReadBudgetExceeded } from './image-bytes';

/**
 * Reads what an image file itself declares about how it was made: a C2PA manifest store
 * (Content Credentials) and IPTC `DigitalSourceType` values in XMP. Pure: the bytes come from
 * an `ImageBytes`, which the service worker feeds with ranged requests to the site and tests
 * feed with a file in memory. Only the parts the structure points to are read: segment and chunk
 * headers, the store, the XMP packet; image data is jumped over, never read.
 *
 * Nothing here checks a signature. A value found is a claim written in the file; the absence of
 * one proves nothing (CDNs and CMSs strip metadata, and compressed `brob` boxes cannot be read).
 *
 * Containers (C2PA 2.1 §A.3, IPTC Photo Metadata, XMP spec part 3):
 * - JPEG: APP11 segments carrying JUMBF (JPEG XT): the store is one box split over as many
 *   segments as it needs, each repeating the box header; APP1 `http://ns.adobe.com/xap/1.0/`
 *   holds the XMP packet. All sit before the image data (SOS).
 * - PNG: `caBX` chunk, recommended before `IDAT` but allowed after; `iTXt` chunk with keyword
 *   `XML:com.adobe.xmp`, maybe zlib-compressed.
 * - WebP (RIFF): `C2PA` and `XMP ` chunks, anywhere, often after the image data.
 * The input is hostile: every length is checked against the bytes actually there, every loop
 * moves forward and is bounded, and reads stop at the budget of `ImageBytes`.
 */

export type ImageContainer = 'jpeg' | 'png' | 'webp' | 'unknown';

export type { C2paStatus, ManifestRole } from './c2pa-store';

export interface SourceType {
  /** The IPTC term as written after `digitalsourcetype/`, e.g. `trainedAlgorithmicMedia`. */
  value: string;
  /** `c2pa`: inside a C2PA manifest store; `xmp`: in the file's XMP packet. */
  in: 'c2pa' | 'xmp';
  /**
   * The tool named next to the value, when written as plain text: in C2PA the action's
   * `softwareAgent`, else the manifest's claim generator; in XMP `AISystemUsed`, else `CreatorTool`.
   */
  tool?: string;
  /** C2PA only: which manifest of the store holds the value. */
  manifest?: { label: string; role: ManifestRole; relationship?: string };
}

export interface ImageMetadata {
  container: ImageContainer;
  /** A C2PA manifest store was found, whether or not its content could be read. */
  c2pa: boolean;
  /** What became of the store; `absent` when there is none. */
  c2paStatus: C2paStatus | 'absent';
  /** AI declarations first, the image's own manifest before its ingredients'; 8 at most. */
  sourceTypes: SourceType[];
}

/** Most values kept per file: a file listing more is not telling anything more useful. */
const MAX_VALUES = 8;
/** Most chunks or segments walked per file. */
const MAX_PARTS = 2_000;
/** Most bytes of one XMP packet read, and inflated (a zip bomb stops here). */
const MAX_XMP = 256 * 1024;
/**
 * A PNG whose store is not before its image data: the end of the file is read, this much at
 * most, and its chunks found back from the `IEND` at the very end. A store placed after the image
 * data and larger than this is missed: no writer seen does that, and reading every image's middle
 * to find out would cost every PNG of the page its full size.
 */
const PNG_TAIL_BYTES = 128 * 1024;

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8', { fatal: false });

function ascii(bytes: Uint8Array, at: number, length: number): string {
  return latin1.decode(bytes.subarray(at, Math.min(bytes.length, at + length)));
}

function u16be(b: Uint8Array, at: number): number {
  return ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
}

function u32be(b: Uint8Array, at: number): number {
  return (((b[at] ?? 0) << 24) | ((b[at + 1] ?? 0) << 16) | ((b[at + 2] ?? 0) << 8) | (b[at + 3] ?? 0)) >>> 0;
}

function u32le(b: Uint8Array, at: number): number {
  return (((b[at + 3] ?? 0) << 24) | ((b[at + 2] ?? 0) << 16) | ((b[at + 1] ?? 0) << 8) | (b[at] ?? 0)) >>> 0;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The store as found in the file, before it is read. */
type FoundStore =
  | { kind: 'bytes'; bytes: Uint8Array; complete: boolean }
  /** Larger than the read budget: not read at all. */
  | { kind: 'too-large' };

/** What the container walk collected, before the values are read. */
interface Parts {
  container: ImageContainer;
  store?: FoundStore;
  xmp: Uint8Array[];
  /** XMP packets that are zlib-compressed (PNG iTXt). */
  deflated: Uint8Array[];
}

const XMP_APP1 = 'http://ns.adobe.com/xap/1.0/\0';
const XMP_EXTENSION_APP1 = 'http://ns.adobe.com/xmp/extension/\0';

/** The JUMBF box length at `at`: LBox, or XLBox when LBox is 1; undefined when it makes no sense. */
function boxLength(b: Uint8Array, at: number): number | undefined {
  const lbox = u32be(b, at);
  if (lbox === 1) return u32be(b, at + 8) === 0 ? u32be(b, at + 12) : Number.MAX_SAFE_INTEGER;
  return lbox >= 8 ? lbox : undefined;
}

/** True when an APP11 payload opens a JUMBF superbox described as the C2PA store. */
function isC2paJumbf(payload: Uint8Array): boolean {
  // "JP", box instance (2), sequence number (4), then the box: LBox (4) + TBox `jumb`.
  if (ascii(payload, 0, 2) !== 'JP' || ascii(payload, 12, 4) !== 'jumb') return false;
  // The description box: LBox (4) `jumd`, a 16-byte type UUID starting `c2pa`, toggles, label.
  const jumd = ascii(payload, 16, 64).indexOf('jumd');
  if (jumd < 0) return false;
  return ascii(payload, 16 + jumd + 4, 4) === 'c2pa';
}

/**
 * JPEG: walks the marker segments up to the image data. The store is the APP11 segments of one
 * box instance, in sequence order: the first carries the box from its header on, each following
 * one repeats the header (LBox, TBox, XLBox when LBox is 1), which is dropped when joining.
 */
async function walkJpeg(file: ImageBytes, parts: Parts): Promise<void> {
  let store: { instance: number; next: number; length: number; pieces: Uint8Array[]; held: number } | undefined;
  let at = 2;
  try {
    for (let n = 0; n < MAX_PARTS; n++) {
      const head = await file.get(at, 4);
      if (head.length < 2 || head[0] !== 0xff) break; // The end, or lost sync: no marker where one must be.
      const marker = head[1]!;
      if (marker === 0xff) {
        at += 1; // Fill byte.
        continue;
      }
      if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
        at += 2; // Markers without a length.
        continue;
      }
      // Image data starts (SOS) or the image ends: no metadata segment follows in a normal file.
      if (marker === 0xda || marker === 0xd9 || head.length < 4) break;
      const length = u16be(head, 2);
      if (length < 2) break;
      if (marker === 0xeb && (!store || store.held < store.length)) {
        if (!store && isC2paJumbf(await file.get(at + 4, Math.min(length - 2, 96)))) {
          // The first segment of the store: ask for all of it at once rather than a request per
          // segment. The segments that follow repeat about 30 bytes of headers each (marker,
          // length, JP header, box header); 4 KB more covers the tables up to the image data.
          const declared = boxLength(await file.get(at + 12, 16), 0);
          if (declared !== undefined && file.affordable(declared)) await file.get(at, declared + Math.ceil(declared / 65_000) * 32 + 4096);
        }
        const payload = await file.get(at + 4, length - 2);
        if (ascii(payload, 0, 2) === 'JP') {
          const instance = u16be(payload, 2);
          const sequence = u32be(payload, 4);
          if (!store && isC2paJumbf(payload)) {
            // A length that makes no sense is kept as it is: the store reader calls it unreadable.
            const declared = boxLength(payload, 8) ?? payload.length - 8;
            if (!file.affordable(declared)) {
              parts.store = { kind: 'too-large' };
              return;
            }
            const first = payload.subarray(8, 8 + declared);
            store = { instance, next: sequence + 1, length: declared, pieces: [first], held: first.length };
          } else if (store && instance === store.instance && sequence === store.next) {
            const skip = u32be(payload, 8) === 1 ? 24 : 16;
            const piece = payload.subarray(skip, skip + store.length - store.held);
            store.pieces.push(piece);
            store.held += piece.length;
            store.next++;
          }
        }
      } else if (marker === 0xe1) {
        const payload = await file.get(at + 4, length - 2);
        if (ascii(payload, 0, XMP_APP1.length) === XMP_APP1) parts.xmp.push(payload.subarray(XMP_APP1.length));
        // Extended XMP: GUID (32), full length (4), offset (4), then packet bytes.
        else if (ascii(payload, 0, XMP_EXTENSION_APP1.length) === XMP_EXTENSION_APP1)
          parts.xmp.push(payload.subarray(XMP_EXTENSION_APP1.length + 40));
      }
      at += 2 + length;
    }
  } catch (error) {
    // Past the budget while walking: keep what was found, the store says itself if it is cut.
    if (!(error instanceof ReadBudgetExceeded)) throw error;
    if (store && store.held < store.length) {
      parts.store = { kind: 'too-large' };
      return;
    }
  } finally {
    if (store && parts.store === undefined) parts.store = { kind: 'bytes', bytes: concat(store.pieces), complete: store.held >= store.length };
  }
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const CHUNK_TYPE = /^[A-Za-z]{4}$/;

/** Takes a PNG chunk's data: the store (`caBX`) or an XMP packet (`iTXt`). */
async function takePngChunk(file: ImageBytes, parts: Parts, type: string, dataAt: number, length: number): Promise<void> {
  if (type === 'caBX' && !parts.store) {
    if (!file.affordable(length)) {
      parts.store = { kind: 'too-large' };
      return;
    }
    try {
      const data = await file.get(dataAt, length);
      parts.store = { kind: 'bytes', bytes: data, complete: data.length === length };
    } catch (error) {
      if (!(error instanceof ReadBudgetExceeded)) throw error;
      parts.store = { kind: 'too-large' };
    }
  } else if (type === 'iTXt' && length <= MAX_XMP) {
    readPngXmp(await file.get(dataAt, length), parts);
  }
}

/**
 * PNG: walks the chunks. Up to the image data every chunk header is read (fetching what is
 * missing); after the first `IDAT`, only what is already held, then the end of the file.
 */
async function walkPng(file: ImageBytes, parts: Parts): Promise<void> {
  let at = 8;
  let imageData = false;
  try {
    for (let n = 0; n < MAX_PARTS; n++) {
      if (imageData && !file.holds(at, 8)) {
        await readPngTail(file, parts, at);
        return;
      }
      const head = await file.get(at, 8);
      if (head.length < 8) return;
      const length = u32be(head, 0);
      const type = ascii(head, 4, 4);
      if (!CHUNK_TYPE.test(type) || type === 'IEND') return;
      if (type === 'IDAT') imageData = true;
      else await takePngChunk(file, parts, type, at + 8, length);
      // Length, type, data, CRC. A bogus length jumps past the end and stops the walk.
      at += 12 + length;
    }
  } catch (error) {
    if (!(error instanceof ReadBudgetExceeded)) throw error;
  }
}

/**
 * The chunks at the end of a PNG, read back from the `IEND` that closes the file: a chunk is
 * real when the chain of lengths from it lands exactly on that `IEND`. Bytes of compressed
 * image data almost never do, so a store after the image data is found without reading it.
 */
async function readPngTail(file: ImageBytes, parts: Parts, from: number): Promise<void> {
  const size = file.size;
  if (size === undefined || parts.store) return;
  const start = Math.max(from, size - PNG_TAIL_BYTES);
  const tail = await file.get(start, size - start);
  const n = tail.length;
  if (n < 12 || ascii(tail, n - 8, 4) !== 'IEND') return;
  // chains[p]: 1 when a chunk at p leads, chunk by chunk, to the IEND at the end. Filled from the
  // end, so each position is looked at once.
  const chains = new Uint8Array(n);
  const found: number[] = [];
  for (let p = n - 12; p >= 0; p--) {
    const type = ascii(tail, p + 4, 4);
    if (!CHUNK_TYPE.test(type)) continue;
    const next = p + 12 + u32be(tail, p);
    const ok = type === 'IEND' ? next === n : next < n && chains[next] === 1;
    if (!ok) continue;
    chains[p] = 1;
    if (type === 'caBX' || type === 'iTXt') found.push(p);
  }
  for (const p of found.reverse().slice(0, 16)) await takePngChunk(file, parts, ascii(tail, p + 4, 4), start + p + 8, u32be(tail, p));
}

/** An `iTXt` chunk: keyword\0, compression flag, method, language\0, translated keyword\0, text. */
function readPngXmp(data: Uint8Array, parts: Parts): void {
  const keywordEnd = data.indexOf(0);
  if (keywordEnd < 0 || ascii(data, 0, keywordEnd) !== 'XML:com.adobe.xmp') return;
  const compressed = data[keywordEnd + 1] === 1;
  const languageEnd = data.indexOf(0, keywordEnd + 3);
  const translatedEnd = languageEnd < 0 ? -1 : data.indexOf(0, languageEnd + 1);
  if (translatedEnd < 0) return;
  const text = data.subarray(translatedEnd + 1);
  (compressed ? parts.deflated : parts.xmp).push(text);
}

/** WebP (RIFF): walks the chunks to the end of the RIFF, jumping over the image data. */
async function walkRiff(file: ImageBytes, parts: Parts, riffEnd: number): Promise<void> {
  let at = 12;
  try {
    for (let n = 0; n < MAX_PARTS && at + 8 <= riffEnd; n++) {
      const head = await file.get(at, 8);
      if (head.length < 8) return;
      const id = ascii(head, 0, 4);
      const size = u32le(head, 4);
      if (!/^[\x20-\x7e]{4}$/.test(id)) return;
      if (id === 'C2PA' && !parts.store) {
        if (!file.affordable(size)) {
          parts.store = { kind: 'too-large' };
        } else {
          try {
            const data = await file.get(at + 8, size);
            parts.store = { kind: 'bytes', bytes: data, complete: data.length === size };
          } catch (error) {
            if (!(error instanceof ReadBudgetExceeded)) throw error;
            parts.store = { kind: 'too-large' };
          }
        }
      } else if (id === 'XMP ' && size <= MAX_XMP) {
        parts.xmp.push(await file.get(at + 8, size));
      }
      at += 8 + size + (size % 2); // Chunks are padded to an even size.
    }
  } catch (error) {
    if (!(error instanceof ReadBudgetExceeded)) throw error;
  }
}

/** Finds the container and collects the bytes that may hold metadata. */
async function collectParts(file: ImageBytes): Promise<Parts> {
  const parts: Parts = { container: 'unknown', xmp: [], deflated: [] };
  const b = await file.get(0, 16);
  if (b[0] === 0xff && b[1] === 0xd8) {
    parts.container = 'jpeg';
    await walkJpeg(file, parts);
  } else if (PNG_SIGNATURE.every((v, i) => b[i] === v)) {
    parts.container = 'png';
    await walkPng(file, parts);
  } else if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') {
    parts.container = 'webp';
    await walkRiff(file, parts, 8 + u32le(b, 4));
  }
  return parts;
}

/** Inflates a zlib stream as far as it goes: a packet cut short still gives its start. */
async function inflate(data: Uint8Array): Promise<Uint8Array> {
  if (typeof DecompressionStream !== 'function') return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate'));
    const reader = stream.getReader();
    while (total < MAX_XMP) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      total += value.length;
    }
    void reader.cancel().catch(() => undefined);
  } catch {
    // Truncated or corrupt stream: keep what came out before the error.
  }
  return concat(chunks).subarray(0, MAX_XMP);
}

// The IPTC vocabulary URI (`http://cv.iptc.org/newscodes/digitalsourcetype/<term>`) or C2PA's own
// `http://c2pa.org/digitalsourcetype/<term>`; both end with the term.
const SOURCE_TYPE = /digitalsourcetype\/([A-Za-z]{1,60})/gi;

/** The tool named in XMP: IPTC 2025.1 `AISystemUsed`, else `xmp:CreatorTool`. */
function xmpTool(text: string): string | undefined {
  for (const name of ['Iptc4xmpExt:AISystemUsed', 'xmp:CreatorTool']) {
    const m = new RegExp(`${name}(?:="([^"]{1,200})"|>([^<]{1,200})<)`).exec(text);
    const found = plainName(m?.[1] ?? m?.[2]);
    if (found) return found;
  }
  return undefined;
}

/** The values of an XMP packet (its text: XML, no CBOR around it). */
function xmpSourceTypes(text: string, into: SourceType[]): void {
  let tool: string | undefined | null = null;
  for (const m of text.matchAll(SOURCE_TYPE)) {
    const value = m[1]!;
    if (into.length >= 64) return;
    if (into.some((s) => s.in === 'xmp' && s.value === value)) continue;
    if (tool === null) tool = xmpTool(text);
    into.push({ value, in: 'xmp', ...(tool ? { tool } : {}) });
  }
}

/** IPTC terms that declare generative AI: kept first, so that a long list cannot push them out. */
const AI_TERMS = new Set(['trainedalgorithmicmedia', 'compositewithtrainedalgorithmicmedia', 'compositesynthetic']);
const ROLE_ORDER: Record<ManifestRole, number> = { active: 0, ingredient: 1, other: 2, unknown: 3 };

function rank(s: SourceType): number {
  return (AI_TERMS.has(s.value.toLowerCase()) ? 0 : 10) + (s.manifest ? ROLE_ORDER[s.manifest.role] : 0);
}

/**
 * Reads what an image declares. Takes the whole file, or an `ImageBytes` that fetches the parts
 * it needs. Throws only what fetching throws (network error, timeout); a file that asks to read
 * more than the budget gives `too-large`, not an error.
 */
export async function readImageMetadata(input: Uint8Array | ImageBytes): Promise<ImageMetadata> {
  const file = input instanceof ImageBytes ? input : ImageBytes.fromBytes(input);
  const parts = await collectParts(file);
  const found: SourceType[] = [];
  let c2paStatus: ImageMetadata['c2paStatus'] = 'absent';
  if (parts.store?.kind === 'too-large') c2paStatus = 'too-large';
  else if (parts.store) {
    const reading = readManifestStore(parts.store.bytes, { complete: parts.store.complete });
    c2paStatus = reading.status;
    for (const d of reading.declarations) {
      const manifest = { label: d.manifest, role: d.role, ...(d.relationship ? { relationship: d.relationship } : {}) };
      found.push({ value: d.value, in: 'c2pa', ...(d.tool ? { tool: d.tool } : {}), manifest });
    }
  }
  const packets = [...parts.xmp];
  for (const d of parts.deflated) packets.push(await inflate(d));
  for (const packet of packets) xmpSourceTypes(utf8.decode(packet.subarray(0, MAX_XMP)), found);
  const sourceTypes = found
    .map((s, i) => ({ s, i }))
    .sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i)
    .slice(0, MAX_VALUES)
    .map(({ s }) => s);
  return { container: parts.container, c2pa: parts.store !== undefined, c2paStatus, sourceTypes };
}
