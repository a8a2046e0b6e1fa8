/**
 * Reads, from the first bytes of an image file, what the file itself declares about how it was
 * made: a C2PA manifest store (Content Credentials) and IPTC `DigitalSourceType` values in XMP.
 * Pure byte parsing, no `browser.*`: the service worker feeds it the first 64 KB of a file.
 *
 * Nothing here checks a signature. A value found is a claim written in the file; the absence of
 * one proves nothing (CDNs and CMSs strip metadata, and compressed `brob` boxes cannot be read).
 *
 * Containers (C2PA spec §12.3, IPTC Photo Metadata, XMP spec part 3):
 * - JPEG: APP11 segments carrying JUMBF (`jumb` box, `jumd` description labelled `c2pa`);
 *   APP1 `http://ns.adobe.com/xap/1.0/` holds the XMP packet.
 * - PNG: `caBX` chunk; `iTXt` chunk with keyword `XML:com.adobe.xmp`, maybe zlib-compressed.
 * - WebP (RIFF): `C2PA` chunk; `XMP ` chunk.
 * The input is hostile: every length is checked against the bytes actually there, and every loop
 * moves forward, so truncated files, bogus lengths and huge counts end the walk instead of throwing.
 */

export type ImageContainer = 'jpeg' | 'png' | 'webp' | 'unknown';

export interface SourceType {
  /** The IPTC term as written after `digitalsourcetype/`, e.g. `trainedAlgorithmicMedia`. */
  value: string;
  /** `c2pa`: inside a C2PA manifest store; `xmp`: in the file's XMP packet. */
  in: 'c2pa' | 'xmp';
}

export interface ImageMetadata {
  container: ImageContainer;
  /** A C2PA manifest store was found, whether or not its content could be read. */
  c2pa: boolean;
  sourceTypes: SourceType[];
  /**
   * Tool named next to the values, when written as a plain string: in the C2PA store (an action's
   * softwareAgent, else the claim generator) and in XMP (AISystemUsed, else CreatorTool).
   */
  generator?: Partial<Record<SourceType['in'], string>>;
}

/** Most values kept per file: a file listing more is not telling anything more useful. */
const MAX_VALUES = 8;
/** Most chunks or segments walked per file. */
const MAX_PARTS = 2_000;
/** Most bytes a compressed XMP packet may inflate to (a zip bomb stops here). */
const MAX_INFLATED = 256 * 1024;

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

/** The bytes at `[start, start + length)`, cut at the end of the buffer. */
function slice(b: Uint8Array, start: number, length: number): Uint8Array {
  return b.subarray(Math.min(start, b.length), Math.min(b.length, start + Math.max(0, length)));
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

/** What the container walk collected, before the text is searched. */
interface Parts {
  container: ImageContainer;
  c2pa: Uint8Array[];
  xmp: Uint8Array[];
  /** XMP packets that are zlib-compressed (PNG iTXt). */
  deflated: Uint8Array[];
}

const XMP_APP1 = 'http://ns.adobe.com/xap/1.0/\0';
const XMP_EXTENSION_APP1 = 'http://ns.adobe.com/xmp/extension/\0';

/** True when an APP11 payload opens a JUMBF superbox described as the C2PA store. */
function isC2paJumbf(payload: Uint8Array): boolean {
  // "JP", box instance (2), sequence number (4), then the box: LBox (4) + TBox `jumb`.
  if (ascii(payload, 0, 2) !== 'JP' || ascii(payload, 12, 4) !== 'jumb') return false;
  // The description box: LBox (4) `jumd`, a 16-byte type UUID starting `c2pa`, toggles, label.
  const jumd = ascii(payload, 16, 64).indexOf('jumd');
  if (jumd < 0) return false;
  const type = ascii(payload, 16 + jumd + 4, 4);
  const label = ascii(payload, 16 + jumd + 4 + 17, 5);
  return type === 'c2pa' || label.startsWith('c2pa');
}

function walkJpeg(b: Uint8Array, parts: Parts): void {
  /** Box instance numbers (`En`) of the APP11 boxes that are C2PA stores. */
  const c2paBoxes = new Set<number>();
  let at = 2;
  for (let n = 0; n < MAX_PARTS && at + 4 <= b.length; n++) {
    if (b[at] !== 0xff) return; // Lost sync: not a marker where one must be.
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at += 1; // Fill byte.
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2; // Markers without a length.
      continue;
    }
    // Image data starts (SOS) or the image ends: no metadata segment follows in a normal file.
    if (marker === 0xda || marker === 0xd9) return;
    const length = u16be(b, at + 2);
    if (length < 2) return;
    const payload = slice(b, at + 4, length - 2);
    if (marker === 0xeb && ascii(payload, 0, 2) === 'JP') {
      const box = u16be(payload, 2);
      if (c2paBoxes.has(box)) {
        // A continuation repeats the box header (LBox, TBox, XLBox when LBox is 1) after the
        // 8-byte JPEG-XT header: skip it so that text split across segments joins up again.
        parts.c2pa.push(payload.subarray(u32be(payload, 8) === 1 ? 24 : 16));
      } else if (isC2paJumbf(payload)) {
        c2paBoxes.add(box);
        parts.c2pa.push(payload.subarray(8));
      }
    } else if (marker === 0xe1) {
      if (ascii(payload, 0, XMP_APP1.length) === XMP_APP1) parts.xmp.push(payload.subarray(XMP_APP1.length));
      // Extended XMP: GUID (32), full length (4), offset (4), then packet bytes.
      else if (ascii(payload, 0, XMP_EXTENSION_APP1.length) === XMP_EXTENSION_APP1)
        parts.xmp.push(payload.subarray(XMP_EXTENSION_APP1.length + 40));
    }
    at += 2 + length;
  }
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function walkPng(b: Uint8Array, parts: Parts): void {
  let at = 8;
  for (let n = 0; n < MAX_PARTS && at + 8 <= b.length; n++) {
    const length = u32be(b, at);
    const type = ascii(b, at + 4, 4);
    const data = slice(b, at + 8, length);
    if (type === 'caBX') parts.c2pa.push(data);
    else if (type === 'iTXt') readPngXmp(data, parts);
    else if (type === 'IEND') return;
    // Length, type, data, CRC. A bogus length jumps past the end and stops the walk.
    at += 12 + length;
  }
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

function walkRiff(b: Uint8Array, parts: Parts): void {
  let at = 12;
  for (let n = 0; n < MAX_PARTS && at + 8 <= b.length; n++) {
    const id = ascii(b, at, 4);
    const size = u32le(b, at + 4);
    const data = slice(b, at + 8, size);
    if (id === 'C2PA') parts.c2pa.push(data);
    else if (id === 'XMP ') parts.xmp.push(data);
    at += 8 + size + (size % 2); // Chunks are padded to an even size.
  }
}

/** Finds the container and collects the bytes that may hold metadata. Never throws. */
function collectParts(b: Uint8Array): Parts {
  const parts: Parts = { container: 'unknown', c2pa: [], xmp: [], deflated: [] };
  if (b[0] === 0xff && b[1] === 0xd8) {
    parts.container = 'jpeg';
    walkJpeg(b, parts);
  } else if (PNG_SIGNATURE.every((v, i) => b[i] === v)) {
    parts.container = 'png';
    walkPng(b, parts);
  } else if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') {
    parts.container = 'webp';
    walkRiff(b, parts);
  }
  return parts;
}

/** Inflates a zlib stream as far as it goes: a packet cut by the 64 KB read still gives its start. */
async function inflate(data: Uint8Array): Promise<Uint8Array> {
  if (typeof DecompressionStream !== 'function') return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate'));
    const reader = stream.getReader();
    while (total < MAX_INFLATED) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      total += value.length;
    }
    void reader.cancel().catch(() => undefined);
  } catch {
    // Truncated or corrupt stream: keep what came out before the error.
  }
  return concat(chunks).subarray(0, MAX_INFLATED);
}

// The IPTC vocabulary URI (`http://cv.iptc.org/newscodes/digitalsourcetype/<term>`) or C2PA's own
// `http://c2pa.org/digitalsourcetype/<term>`; both end with the term.
const SOURCE_TYPE = /digitalsourcetype\/([A-Za-z]{1,60})/gi;

/**
 * The IPTC terms (https://cv.iptc.org/newscodes/digitalsourcetype/) and C2PA's `empty`, longest
 * first. In CBOR the next item's header byte can be a letter (0x61–0x77 start short strings), so
 * `trainedAlgorithmicMedia` may be followed by `msoftwareAgent`: a known term is cut where it ends.
 */
const TERMS = [
  'compositeWithTrainedAlgorithmicMedia', 'algorithmicallyEnhanced', 'trainedAlgorithmicMedia', 'computationalCapture',
  'compositeSynthetic', 'virtualRecording', 'compositeCapture', 'algorithmicMedia', 'dataDrivenMedia', 'digitalCreation',
  'minorHumanEdits', 'digitalCapture', 'softwareImage', 'screenCapture', 'negativeFilm', 'positiveFilm', 'humanEdits',
  'digitalArt', 'composite', 'empty', 'print',
];

function term(raw: string): string {
  const lower = raw.toLowerCase();
  return TERMS.find((t) => lower.startsWith(t.toLowerCase())) ?? raw;
}

function sourceTypesIn(text: string, where: SourceType['in'], into: SourceType[]): void {
  for (const m of text.matchAll(SOURCE_TYPE)) {
    const value = term(m[1]!);
    if (into.length >= MAX_VALUES) return;
    if (!into.some((s) => s.in === where && s.value === value)) into.push({ value, in: where });
  }
}

/** A CBOR text string (major type 3, length < 256) at `at`, else undefined. */
function cborText(b: Uint8Array, at: number): string | undefined {
  const head = b[at];
  if (head === undefined) return undefined;
  let length: number;
  let start = at + 1;
  if (head >= 0x60 && head <= 0x77) length = head - 0x60;
  else if (head === 0x78) {
    length = b[at + 1] ?? 0;
    start = at + 2;
  } else return undefined;
  if (start + length > b.length) return undefined;
  return utf8.decode(b.subarray(start, start + length));
}

/** The bytes of a CBOR text key, e.g. `0x6d "softwareAgent"`. */
function cborKey(key: string): string {
  return String.fromCharCode(0x60 + key.length) + key;
}

/** A readable tool name: printable, short, no markup. */
function plainName(value: string | undefined): string | undefined {
  const name = value?.replace(/\s+/g, ' ').trim();
  return name && name.length <= 100 && !/[\p{Cc}<>]/u.test(name) ? name : undefined;
}

/**
 * The tool named in a C2PA store, when written as a plain CBOR string: an action's
 * `softwareAgent` (a string, or a map with `name`), else `claim_generator_info.name`, else
 * `claim_generator` (e.g. `Adobe_Firefly c2pa-rs/0.32`).
 */
function c2paGenerator(store: Uint8Array, text: string): string | undefined {
  for (const key of ['softwareAgent', 'claim_generator_info', 'claim_generator']) {
    const at = text.indexOf(cborKey(key));
    if (at < 0) continue;
    let value = at + 1 + key.length;
    // A map (`{ name: … }`) or an array of maps: read the `name` entry that follows closely.
    if ((store[value] ?? 0) >= 0x80 && (store[value] ?? 0) <= 0xb7) {
      const name = text.indexOf(cborKey('name'), value);
      if (name < 0 || name > value + 8) continue;
      value = name + 5;
    }
    const found = plainName(cborText(store, value));
    if (found) return found;
  }
  return undefined;
}

/** The tool named in XMP: IPTC 2025.1 `AISystemUsed`, else `xmp:CreatorTool`. */
function xmpGenerator(text: string): string | undefined {
  for (const name of ['Iptc4xmpExt:AISystemUsed', 'xmp:CreatorTool']) {
    const m = new RegExp(`${name}(?:="([^"]{1,200})"|>([^<]{1,200})<)`).exec(text);
    const found = plainName(m?.[1] ?? m?.[2]);
    if (found) return found;
  }
  return undefined;
}

/**
 * Reads what an image file declares, from its first bytes (up to 64 KB is enough: C2PA stores
 * and XMP packets sit before the image data). Never throws, whatever the input.
 */
export async function readImageMetadata(bytes: Uint8Array): Promise<ImageMetadata> {
  const parts = collectParts(bytes);
  const sourceTypes: SourceType[] = [];
  const generator: NonNullable<ImageMetadata['generator']> = {};
  const store = concat(parts.c2pa);
  const storeText = latin1.decode(store);
  sourceTypesIn(storeText, 'c2pa', sourceTypes);
  if (sourceTypes.length > 0) generator.c2pa = c2paGenerator(store, storeText);
  const packets = [...parts.xmp];
  for (const d of parts.deflated) packets.push(await inflate(d));
  for (const packet of packets) {
    const text = utf8.decode(packet);
    const before = sourceTypes.length;
    sourceTypesIn(text, 'xmp', sourceTypes);
    if (!generator.xmp && sourceTypes.length > before) generator.xmp = xmpGenerator(text);
  }
  if (!generator.c2pa) delete generator.c2pa;
  if (!generator.xmp) delete generator.xmp;
  const named = Object.keys(generator).length > 0;
  return { container: parts.container, c2pa: parts.c2pa.length > 0, sourceTypes, ...(named ? { generator } : {}) };
}
