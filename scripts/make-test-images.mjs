// Builds the test images: real, displayable JPEG, PNG and WebP files carrying synthetic C2PA
// manifest stores (JUMBF) and IPTC XMP packets. The manifests are not signed: they only need the
// structure Vigie reads (lib/images). The unit tests build their cases with the functions
// exported here; the files of tests/fixtures/images/ (served to the end-to-end test) are written
// when this runs as a script:
//
//   node scripts/make-test-images.mjs
//
// Same input, same bytes: the files are committed, and running this again changes nothing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

const OUT = resolve(import.meta.dirname, '../tests/fixtures/images');
export const IPTC = 'http://cv.iptc.org/newscodes/digitalsourcetype/';

export const bytes = (...parts) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
const u16 = (n) => Buffer.from([n >> 8, n & 0xff]);
export const u32 = (n) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};
export const u32le = (n) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
};
/** Bytes that look like compressed data: a fixed pseudo-random pattern. */
export const noise = (length, seed = 1) => Buffer.from(Array.from({ length }, (_, i) => ((i + seed) * 2_654_435_761) >>> 24));

// --- CBOR (the subset C2PA assertions need) -----------------------------------------------------
function cborHead(major, n) {
  if (n < 24) return Buffer.from([(major << 5) | n]);
  if (n < 256) return Buffer.from([(major << 5) | 24, n]);
  if (n < 65_536) return bytes([(major << 5) | 25], u16(n));
  return bytes([(major << 5) | 26], u32(n));
}
export function cbor(value) {
  if (typeof value === 'string') return bytes(cborHead(3, Buffer.byteLength(value)), Buffer.from(value, 'utf8'));
  if (typeof value === 'number') return value >= 0 ? cborHead(0, value) : cborHead(1, -1 - value);
  if (typeof value === 'boolean') return Buffer.from([value ? 0xf5 : 0xf4]);
  if (value instanceof Uint8Array) return bytes(cborHead(2, value.length), value);
  if (Array.isArray(value)) return bytes(cborHead(4, value.length), ...value.map(cbor));
  const entries = Object.entries(value);
  return bytes(cborHead(5, entries.length), ...entries.flatMap(([k, v]) => [cbor(k), cbor(v)]));
}

// --- JUMBF (ISO 19566-5) ------------------------------------------------------------------------
export const box = (type, payload) => bytes(u32(8 + payload.length), type, payload);
// Type UUIDs: 4 ASCII characters followed by the ISO suffix 0011-0010-800000AA00389B71.
const ISO_SUFFIX = Buffer.from('00110010800000aa00389b71', 'hex');
/** An embedded file (thumbnail) assertion has its own type UUID. */
const EMBEDDED_FILE = Buffer.from('40cb0c32bb8a489da70b2ad6f47f4369', 'hex');
const jumd = (type, label) => box('jumd', bytes(typeof type === 'string' ? bytes(type, ISO_SUFFIX) : type, [0x03], label, [0]));
export const superbox = (type, label, ...children) => box('jumb', bytes(jumd(type, label), ...children));

/**
 * One manifest (C2PA 2.1 §11): an assertion store and a claim.
 * - `actions`: `[{ action, sourceType?, agent? }]`, in a `c2pa.actions.v2` assertion (`actionsLabel` to change it);
 * - `ingredients`: `[{ manifest, relationship, title }]`, each an ingredient assertion pointing at
 *   another manifest of the store by its label;
 * - `thumbnail`: bytes of an embedded thumbnail, placed first (it makes a store as large as needed);
 * - `actionsBox`: replaces the actions' CBOR box (a compressed `brob` box, corrupt CBOR…).
 */
export function manifest({ label, generator = 'Vigie test generator', actions = [], ingredients = [], thumbnail, actionsLabel = 'c2pa.actions.v2', actionsBox, ingredientVersion = 3 }) {
  const assertions = [];
  if (thumbnail) {
    assertions.push(superbox(EMBEDDED_FILE, 'c2pa.thumbnail.claim.jpeg', box('bfdb', bytes([0], 'image/jpeg', [0])), box('bidb', thumbnail)));
  }
  ingredients.forEach((ingredient, i) => {
    const ref = { url: `self#jumbf=/c2pa/${ingredient.manifest}`, hash: new Uint8Array(32) };
    const data = { 'dc:title': ingredient.title ?? 'image.jpg', 'dc:format': 'image/jpeg', relationship: ingredient.relationship ?? 'parentOf' };
    if (ingredientVersion === 3) data.activeManifest = ref;
    else data.c2pa_manifest = ref;
    const suffix = i === 0 ? '' : `__${i}`;
    assertions.push(superbox('cbor', `c2pa.ingredient${ingredientVersion === 1 ? '' : `.v${ingredientVersion}`}${suffix}`, box('cbor', cbor(data))));
  });
  if (actions.length > 0 || actionsBox) {
    const list = actions.map(({ action, sourceType, agent }) => ({
      action,
      ...(sourceType ? { digitalSourceType: `${IPTC}${sourceType}` } : {}),
      ...(agent ? { softwareAgent: actionsLabel === 'c2pa.actions' ? agent : { name: agent } } : {}),
    }));
    assertions.push(superbox('cbor', actionsLabel, actionsBox ?? box('cbor', cbor({ actions: list }))));
  }
  const claim = superbox('c2cl', 'c2pa.claim.v2', box('cbor', cbor({ claim_generator_info: { name: generator }, instanceID: `xmp:iid:${label}`, alg: 'sha256' })));
  return superbox('c2ma', label, superbox('c2as', 'c2pa.assertions', ...assertions), claim, superbox('c2cs', 'c2pa.signature', box('cbor', cbor(new Uint8Array(16)))));
}

/** A manifest store: the manifests in order, the image's own (active) one last. */
export function store(...manifests) {
  return superbox('c2pa', 'c2pa', ...manifests);
}

/** A store whose one manifest declares `sourceType`; `compressed` hides the actions in a `brob` box. */
export function c2paStore({ sourceType, softwareAgent, compressed = false, thumbnail }) {
  const actionsBox = compressed ? box('brob', bytes('cbor', noise(96, 41))) : undefined;
  return store(manifest({ label: 'urn:c2pa:00000000-0000-4000-8000-000000000000', actions: [{ action: 'c2pa.created', sourceType, agent: softwareAgent }], actionsBox, thumbnail }));
}

/** An image edited from a generated one: the generation is declared in the ingredient's manifest only. */
export function ingredientStore({ relationship = 'parentOf', agent = 'DALL·E', activeSourceType } = {}) {
  const generated = manifest({ label: 'urn:c2pa:11111111-1111-4111-8111-111111111111', generator: 'OpenAI-API', actions: [{ action: 'c2pa.created', sourceType: 'trainedAlgorithmicMedia', agent }] });
  const edited = manifest({
    label: 'urn:c2pa:22222222-2222-4222-8222-222222222222',
    generator: 'ChatGPT',
    ingredients: [{ manifest: 'urn:c2pa:11111111-1111-4111-8111-111111111111', relationship }],
    actions: [{ action: 'c2pa.opened' }, { action: 'c2pa.edited', ...(activeSourceType ? { sourceType: activeSourceType } : {}) }],
  });
  return store(generated, edited);
}

/** An XMP packet declaring `sourceType` (IPTC Photo Metadata `Iptc4xmpExt:DigitalSourceType`); `padding` spaces before its end. */
export function xmpPacket({ sourceType, creatorTool, padding = 0 }) {
  return `<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"
 Iptc4xmpExt:DigitalSourceType="${IPTC}${sourceType}"${creatorTool ? ` xmp:CreatorTool="${creatorTool}"` : ''}/>
</rdf:RDF></x:xmpmeta>${' '.repeat(padding)}
<?xpacket end="w"?>`;
}

// --- JPEG: an 8×8 mid-grey baseline image, one block, every coefficient zero -------------------
export const segment = (marker, payload) => bytes([0xff, marker], u16(payload.length + 2), payload);

/**
 * APP11 segments carrying a JUMBF box (JPEG XT): split every `chunk` bytes of box content, each
 * segment repeating the box header; `skip` leaves out the segments of those sequence numbers.
 */
export function app11(jumbf, { chunk = 65_000, instance = 1, skip = [] } = {}) {
  const header = jumbf.subarray(0, 8);
  const body = jumbf.subarray(8);
  const segments = [];
  for (let at = 0, seq = 1; at < body.length; at += chunk, seq++) {
    if (skip.includes(seq)) continue;
    segments.push(segment(0xeb, bytes('JP', u16(instance), u32(seq), header, body.subarray(at, at + chunk))));
  }
  return bytes(...segments);
}

export function jpeg({ c2pa, xmp, chunk, skip, before = [] } = {}) {
  return bytes(
    [0xff, 0xd8],
    segment(0xe0, bytes('JFIF', [0, 1, 1, 0], u16(1), u16(1), [0, 0])),
    ...before,
    xmp ? segment(0xe1, bytes('http://ns.adobe.com/xap/1.0/', [0], Buffer.from(xmp, 'utf8'))) : [],
    c2pa ? app11(c2pa, { chunk, skip }) : [],
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
export const pngChunk = (type, data) => bytes(u32(data.length), type, data, u32(crc32(bytes(type, data))));

/** `iTXt` with the XMP keyword; `compress` zlib-compresses the text (compression flag 1). */
function itxt(xmp, compress) {
  const text = Buffer.from(xmp, 'utf8');
  return pngChunk('iTXt', bytes('XML:com.adobe.xmp', [0, compress ? 1 : 0, 0], [0], [0], compress ? deflateSync(text) : text));
}

/**
 * `c2paAfter` puts the store after the image data (allowed, though before is recommended).
 * `imageData` adds that many IDAT chunks of `imageDataSize` bytes of noise after the real one: the
 * file is then no longer displayable, but its layout is a large PNG's (for the parser's tests).
 */
export function png({ c2pa, xmp, compressXmp = false, c2paAfter = false, imageData = 0, imageDataSize = 8_192 } = {}) {
  const store = c2pa ? pngChunk('caBX', c2pa) : [];
  return bytes(
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    pngChunk('IHDR', bytes(u32(1), u32(1), [8, 0, 0, 0, 0])),
    c2paAfter ? [] : store,
    xmp ? itxt(xmp, compressXmp) : [],
    pngChunk('IDAT', deflateSync(Buffer.from([0, 0x80]))),
    ...Array.from({ length: imageData }, (_, i) => pngChunk('IDAT', noise(imageDataSize, i))),
    c2paAfter ? store : [],
    pngChunk('IEND', Buffer.alloc(0)),
  );
}

// --- WebP: the 1×1 lossless image, in the extended format so metadata chunks are allowed ----------
const VP8L = Buffer.from('UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==', 'base64').subarray(12);
export const riffChunk = (id, data) => bytes(id, u32le(data.length), data, data.length % 2 ? [0] : []);

/** `c2pa` comes after the image data and the XMP chunk, as WebP writers put it. */
export function webp({ c2pa, xmp } = {}) {
  const flags = (xmp ? 0x04 : 0) | 0x10; // XMP, alpha (the lossless image has an alpha channel).
  const vp8x = riffChunk('VP8X', bytes([flags, 0, 0, 0], [0, 0, 0], [0, 0, 0]));
  const body = bytes('WEBP', vp8x, VP8L, xmp ? riffChunk('XMP ', Buffer.from(xmp, 'utf8')) : [], c2pa ? riffChunk('C2PA', c2pa) : []);
  return bytes('RIFF', u32le(body.length), body);
}

/** The committed fixtures: name → bytes. tests/e2e/pages/images.html shows them. */
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
    // A store of 150 KB over three APP11 segments (a thumbnail first): the declaration is past the
    // first 64 KB, so it is only read by asking for the rest of the store.
    'ai-c2pa-large.jpg': jpeg({ c2pa: c2paStore({ sourceType: 'compositeWithTrainedAlgorithmicMedia', softwareAgent: 'Adobe Photoshop', thumbnail: noise(150_000) }) }),
    // A picture edited from a generated one (the generation is in the ingredient's manifest), its
    // C2PA chunk at the end of the file, after 80 KB of XMP.
    'ai-ingredient.webp': webp({ xmp: xmpPacket({ sourceType: 'digitalCreation', padding: 80_000 }), c2pa: ingredientStore() }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  mkdirSync(OUT, { recursive: true });
  for (const [name, data] of Object.entries(fixtureImages())) {
    writeFileSync(join(OUT, name), data);
    console.log(`${name}\t${data.length} bytes`);
  }
}
