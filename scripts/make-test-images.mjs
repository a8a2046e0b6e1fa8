// Writes the small test images of tests/fixtures/images/: real, displayable JPEG, PNG and WebP
// files carrying synthetic C2PA manifest stores (JUMBF) and IPTC XMP packets. The manifests are
// not signed: they only need the structure Vigie's byte scan reads (lib/images/image-metadata.ts).
//
//   node scripts/make-test-images.mjs
//
// Same input, same bytes: the files are committed, and running this again changes nothing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

const OUT = resolve(import.meta.dirname, '../tests/fixtures/images');
const IPTC = 'http://cv.iptc.org/newscodes/digitalsourcetype/';

const bytes = (...parts) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
const u16 = (n) => Buffer.from([n >> 8, n & 0xff]);
const u32 = (n) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};
const u32le = (n) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
};

// --- CBOR (the subset a C2PA actions assertion needs) --------------------------------------------
function cborHead(major, n) {
  if (n < 24) return Buffer.from([(major << 5) | n]);
  if (n < 256) return Buffer.from([(major << 5) | 24, n]);
  return bytes([(major << 5) | 25], u16(n));
}
function cbor(value) {
  if (typeof value === 'string') return bytes(cborHead(3, Buffer.byteLength(value)), Buffer.from(value, 'utf8'));
  if (Array.isArray(value)) return bytes(cborHead(4, value.length), ...value.map(cbor));
  const entries = Object.entries(value);
  return bytes(cborHead(5, entries.length), ...entries.flatMap(([k, v]) => [cbor(k), cbor(v)]));
}

// --- JUMBF (ISO 19566-5) ------------------------------------------------------------------------
const box = (type, payload) => bytes(u32(8 + payload.length), type, payload);
// Type UUIDs: 4 ASCII characters followed by the ISO suffix 0011-0010-800000AA00389B71.
const ISO_SUFFIX = Buffer.from('00110010800000aa00389b71', 'hex');
const jumd = (type, label) => box('jumd', bytes(type, ISO_SUFFIX, [0x03], label, [0]));
const superbox = (type, label, ...children) => box('jumb', bytes(jumd(type, label), ...children));

/** A C2PA manifest store whose actions assertion declares `sourceType`; `compressed` hides it in a `brob` box. */
export function c2paStore({ sourceType, softwareAgent, compressed = false }) {
  const action = { action: 'c2pa.created', digitalSourceType: `${IPTC}${sourceType}` };
  if (softwareAgent) action.softwareAgent = { name: softwareAgent };
  const actions = superbox('cbor', 'c2pa.actions.v2', box('cbor', cbor({ actions: [action] })));
  // A Brotli-compressed box: bytes that no text search can read (a fixed pseudo-random pattern).
  const hidden = superbox('cbor', 'c2pa.actions.v2', box('brob', Buffer.from(Array.from({ length: 96 }, (_, i) => (i * 73 + 41) & 0xff))));
  const assertions = superbox('c2as', 'c2pa.assertions', compressed ? hidden : actions);
  const claim = superbox('c2cl', 'c2pa.claim.v2', box('cbor', cbor({ claim_generator_info: [{ name: 'Vigie test generator' }], 'dc:title': 'fixture' })));
  const manifest = superbox('c2ma', 'urn:c2pa:00000000-0000-4000-8000-000000000000', assertions, claim);
  return superbox('c2pa', 'c2pa', manifest);
}

/** An XMP packet declaring `sourceType` (IPTC Photo Metadata `Iptc4xmpExt:DigitalSourceType`). */
export function xmpPacket({ sourceType, creatorTool }) {
  return `<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"
 Iptc4xmpExt:DigitalSourceType="${IPTC}${sourceType}"${creatorTool ? ` xmp:CreatorTool="${creatorTool}"` : ''}/>
</rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>`;
}

// --- JPEG: an 8×8 mid-grey baseline image, one block, every coefficient zero -------------------
const segment = (marker, payload) => bytes([0xff, marker], u16(payload.length + 2), payload);

/** APP11 segments carrying a JUMBF box (JPEG-XT): split every `chunk` bytes, header repeated. */
function app11(jumbf, chunk = 65_000) {
  const header = jumbf.subarray(0, 8);
  const body = jumbf.subarray(8);
  const segments = [];
  for (let at = 0, seq = 1; at < body.length; at += chunk, seq++) {
    segments.push(segment(0xeb, bytes('JP', u16(1), u32(seq), header, body.subarray(at, at + chunk))));
  }
  return bytes(...segments);
}

export function jpeg({ c2pa, xmp, chunk } = {}) {
  return bytes(
    [0xff, 0xd8],
    segment(0xe0, bytes('JFIF', [0, 1, 1, 0], u16(1), u16(1), [0, 0])),
    xmp ? segment(0xe1, bytes('http://ns.adobe.com/xap/1.0/', [0], Buffer.from(xmp, 'utf8'))) : [],
    c2pa ? app11(c2pa, chunk) : [],
    segment(0xdb, bytes([0], Buffer.alloc(64, 1))), // Quantisation table 0: all ones.
    segment(0xc0, bytes([8], u16(8), u16(8), [1, 1, 0x11, 0])), // 8×8, one grey component.
    segment(0xc4, bytes([0x00], [1, ...Array(15).fill(0)], [0])), // DC: one 1-bit code, category 0.
    segment(0xc4, bytes([0x10], [1, ...Array(15).fill(0)], [0])), // AC: one 1-bit code, end of block.
    segment(0xda, bytes([1, 1, 0x00, 0, 63, 0])),
    [0x3f], // "0" (DC difference 0), "0" (end of block), padded with ones.
    [0xff, 0xd9],
  );
}

// --- PNG: a 1×1 grey image ------------------------------------------------------------------------
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
const chunk = (type, data) => bytes(u32(data.length), type, data, u32(crc32(bytes(type, data))));

/** `iTXt` with the XMP keyword; `compress` zlib-compresses the text (compression flag 1). */
function itxt(xmp, compress) {
  const text = Buffer.from(xmp, 'utf8');
  return chunk('iTXt', bytes('XML:com.adobe.xmp', [0, compress ? 1 : 0, 0], [0], [0], compress ? deflateSync(text) : text));
}

export function png({ c2pa, xmp, compressXmp = false } = {}) {
  return bytes(
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    chunk('IHDR', bytes(u32(1), u32(1), [8, 0, 0, 0, 0])),
    c2pa ? chunk('caBX', c2pa) : [],
    xmp ? itxt(xmp, compressXmp) : [],
    chunk('IDAT', deflateSync(Buffer.from([0, 0x80]))),
    chunk('IEND', Buffer.alloc(0)),
  );
}

// --- WebP: the 1×1 lossless image, in the extended format so metadata chunks are allowed ----------
const VP8L = Buffer.from('UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==', 'base64').subarray(12);
const riffChunk = (id, data) => bytes(id, u32le(data.length), data, data.length % 2 ? [0] : []);

export function webp({ c2pa, xmp } = {}) {
  const flags = (xmp ? 0x04 : 0) | 0x10; // XMP, alpha (the lossless image has an alpha channel).
  const vp8x = riffChunk('VP8X', bytes([flags, 0, 0, 0], [0, 0, 0], [0, 0, 0]));
  const body = bytes('WEBP', vp8x, VP8L, xmp ? riffChunk('XMP ', Buffer.from(xmp, 'utf8')) : [], c2pa ? riffChunk('C2PA', c2pa) : []);
  return bytes('RIFF', u32le(body.length), body);
}

/** The committed fixtures: name → bytes. tests/e2e/pages/images.html shows most of them. */
export function fixtureImages() {
  return {
    // Generated by AI, says its C2PA manifest, with the tool's name.
    'ai-c2pa.jpg': jpeg({ c2pa: c2paStore({ sourceType: 'trainedAlgorithmicMedia', softwareAgent: 'Adobe Firefly' }) }),
    // C2PA store (`algorithmicMedia`: not AI) plus compressed XMP declaring AI.
    'ai-xmp.png': png({ c2pa: c2paStore({ sourceType: 'algorithmicMedia' }), xmp: xmpPacket({ sourceType: 'trainedAlgorithmicMedia', creatorTool: 'Midjourney' }), compressXmp: true }),
    // A camera photo: XMP says digitalCapture, which is not AI.
    'photo.webp': webp({ xmp: xmpPacket({ sourceType: 'digitalCapture' }) }),
    // A compressed (`brob`) manifest: a store is there, its declaration cannot be read.
    'c2pa-compressed.jpg': jpeg({ c2pa: c2paStore({ sourceType: 'trainedAlgorithmicMedia', compressed: true }) }),
    'plain.png': png(),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  mkdirSync(OUT, { recursive: true });
  for (const [name, data] of Object.entries(fixtureImages())) {
    writeFileSync(join(OUT, name), data);
    console.log(`${name}\t${data.length} bytes`);
  }
}
