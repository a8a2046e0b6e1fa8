import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { IMAGE_RULE_IDS, imageFindings, sourceTypeLevel } from '../../lib/images/image-findings';
import { readImageMetadata, type ImageMetadata } from '../../lib/images/image-metadata';
import { frameFindingSchema } from '../../lib/messaging/protocol';

// Synthetic files, built here byte by byte: only the structure the scan reads, no pixels.
const IPTC = 'http://cv.iptc.org/newscodes/digitalsourcetype/';
const enc = new TextEncoder();

function cat(...parts: (Uint8Array | string | number[])[]): Uint8Array {
  const list = parts.map((p) => (typeof p === 'string' ? Uint8Array.from(p, (c) => c.charCodeAt(0)) : Uint8Array.from(p)));
  const out = new Uint8Array(list.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of list) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
const be16 = (n: number) => [(n >> 8) & 0xff, n & 0xff];
const be32 = (n: number) => [(n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
const le32 = (n: number) => be32(n).reverse();

/** A CBOR text string (length < 256). */
const cborText = (s: string) => {
  const b = enc.encode(s);
  return cat(b.length < 24 ? [0x60 + b.length] : [0x78, b.length], b);
};
const box = (type: string, payload: Uint8Array) => cat(be32(8 + payload.length), type, payload);
const jumd = (type: string, label: string) => box('jumd', cat(type, '\x00\x11\x00\x10\x80\x00\x00\xaa\x00\x38\x9b\x71', [3], label, [0]));

/** A C2PA store whose actions declare `value` (CBOR), or whose assertion is a compressed `brob` box. */
function store(value: string | null, agent?: string): Uint8Array {
  const action = cat(
    [0xa2 + (agent ? 1 : 0)],
    cborText('action'),
    cborText('c2pa.created'),
    cborText('digitalSourceType'),
    cborText(`${IPTC}${value}`),
    ...(agent ? [cborText('softwareAgent'), [0xa1], cborText('name'), cborText(agent)] : []),
  );
  const payload = value === null ? box('brob', Uint8Array.from({ length: 64 }, (_, i) => (i * 37) & 0xff)) : box('cbor', cat([0xa1], cborText('actions'), [0x81], action));
  return box('jumb', cat(jumd('c2pa', 'c2pa'), box('jumb', cat(jumd('c2ma', 'urn:c2pa:test'), payload))));
}

const xmp = (value: string, tool?: string) =>
  `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description Iptc4xmpExt:DigitalSourceType="${IPTC}${value}"${tool ? ` xmp:CreatorTool="${tool}"` : ''}/></rdf:RDF></x:xmpmeta>`;

const seg = (marker: number, payload: Uint8Array) => cat([0xff, marker], be16(payload.length + 2), payload);

/** APP11 segments (JPEG-XT) holding `jumbf`, `chunk` bytes of box content each. */
function app11(jumbf: Uint8Array, chunk = 60_000): Uint8Array {
  const parts: Uint8Array[] = [];
  for (let at = 8, seq = 1; at < jumbf.length; at += chunk, seq++) {
    parts.push(seg(0xeb, cat('JP', be16(1), be32(seq), jumbf.subarray(0, 8), jumbf.subarray(at, at + chunk))));
  }
  return cat(...parts);
}

function jpeg(opts: { c2pa?: Uint8Array; xmp?: string; chunk?: number } = {}): Uint8Array {
  return cat(
    [0xff, 0xd8],
    seg(0xe0, cat('JFIF\0', [1, 1, 0, 0, 1, 0, 1, 0, 0])),
    opts.xmp ? seg(0xe1, cat('http://ns.adobe.com/xap/1.0/\0', enc.encode(opts.xmp))) : [],
    opts.c2pa ? app11(opts.c2pa, opts.chunk) : [],
    [0xff, 0xda, 0, 8, 1, 1, 0, 0, 63, 0, 0x3f, 0xff, 0xd9],
  );
}

const pngChunk = (type: string, data: Uint8Array) => cat(be32(data.length), type, data, [0, 0, 0, 0]);
const PNG_SIG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function png(opts: { c2pa?: Uint8Array; xmp?: string; compress?: boolean } = {}): Uint8Array {
  const text = opts.xmp ? enc.encode(opts.xmp) : undefined;
  return cat(
    PNG_SIG,
    pngChunk('IHDR', cat(be32(1), be32(1), [8, 0, 0, 0, 0])),
    pngChunk('IDAT', new Uint8Array(20)), // Metadata may come after the image data too.
    opts.c2pa ? pngChunk('caBX', opts.c2pa) : [],
    text ? pngChunk('iTXt', cat('XML:com.adobe.xmp', [0, opts.compress ? 1 : 0, 0], 'fr', [0], [0], opts.compress ? deflateSync(text) : text)) : [],
    pngChunk('IEND', new Uint8Array()),
  );
}

function webp(opts: { c2pa?: Uint8Array; xmp?: string } = {}): Uint8Array {
  const chunk = (id: string, data: Uint8Array) => cat(id, le32(data.length), data, data.length % 2 ? [0] : []);
  const body = cat('WEBP', chunk('VP8X', new Uint8Array(10)), chunk('VP8L', new Uint8Array(5)), opts.xmp ? chunk('XMP ', enc.encode(opts.xmp)) : [], opts.c2pa ? chunk('C2PA', opts.c2pa) : []);
  return cat('RIFF', le32(body.length), body);
}

const read = (bytes: Uint8Array) => readImageMetadata(bytes);

describe('readImageMetadata', () => {
  it('JPEG: a C2PA store in APP11 declaring trainedAlgorithmicMedia, with its softwareAgent', async () => {
    expect(await read(jpeg({ c2pa: store('trainedAlgorithmicMedia', 'Adobe Firefly') }))).toEqual({
      container: 'jpeg',
      c2pa: true,
      sourceTypes: [{ value: 'trainedAlgorithmicMedia', in: 'c2pa' }],
      generator: { c2pa: 'Adobe Firefly' },
    });
  });

  it('JPEG: joins a store split over several APP11 segments (value cut in two)', async () => {
    const c2pa = store('compositeWithTrainedAlgorithmicMedia');
    const text = new TextDecoder('latin1').decode(c2pa);
    // Cut the store so that a segment boundary falls inside the URI.
    const chunk = text.indexOf('digitalsourcetype/') + 10 - 8;
    const bytes = jpeg({ c2pa, chunk });
    expect(bytes.filter((b, i) => b === 0xff && bytes[i + 1] === 0xeb).length).toBeGreaterThan(1);
    expect((await read(bytes)).sourceTypes).toEqual([{ value: 'compositeWithTrainedAlgorithmicMedia', in: 'c2pa' }]);
  });

  it('JPEG: XMP in APP1 only', async () => {
    expect(await read(jpeg({ xmp: xmp('trainedAlgorithmicMedia', 'Midjourney') }))).toEqual({
      container: 'jpeg',
      c2pa: false,
      sourceTypes: [{ value: 'trainedAlgorithmicMedia', in: 'xmp' }],
      generator: { xmp: 'Midjourney' },
    });
  });

  it('JPEG: APP11 that is not C2PA (another JUMBF box) is not a store', async () => {
    const other = box('jumb', cat(jumd('abcd', 'other'), box('cbor', cborText(`${IPTC}trainedAlgorithmicMedia`))));
    expect(await read(jpeg({ c2pa: other }))).toMatchObject({ c2pa: false, sourceTypes: [] });
  });

  it('PNG: caBX with algorithmicMedia, and a zlib-compressed iTXt XMP packet', async () => {
    expect(await read(png({ c2pa: store('algorithmicMedia'), xmp: xmp('trainedAlgorithmicMedia'), compress: true }))).toEqual({
      container: 'png',
      c2pa: true,
      sourceTypes: [
        { value: 'algorithmicMedia', in: 'c2pa' },
        { value: 'trainedAlgorithmicMedia', in: 'xmp' },
      ],
    });
  });

  it('PNG: uncompressed iTXt XMP', async () => {
    expect((await read(png({ xmp: xmp('compositeSynthetic') }))).sourceTypes).toEqual([{ value: 'compositeSynthetic', in: 'xmp' }]);
  });

  it('PNG: a compressed XMP packet cut short still gives what it inflated to', async () => {
    const long = xmp('trainedAlgorithmicMedia') + ' '.repeat(20_000) + '<!-- end -->';
    const full = png({ xmp: long, compress: true });
    const cut = full.subarray(0, full.length - 40);
    expect((await read(cut)).sourceTypes).toEqual([{ value: 'trainedAlgorithmicMedia', in: 'xmp' }]);
  });

  it('WebP: C2PA chunk and XMP chunk', async () => {
    expect(await read(webp({ c2pa: store('trainedAlgorithmicMedia'), xmp: xmp('digitalCapture') }))).toEqual({
      container: 'webp',
      c2pa: true,
      sourceTypes: [
        { value: 'trainedAlgorithmicMedia', in: 'c2pa' },
        { value: 'digitalCapture', in: 'xmp' },
      ],
    });
  });

  it('a compressed (brob) store: present, nothing readable', async () => {
    expect(await read(jpeg({ c2pa: store(null) }))).toEqual({ container: 'jpeg', c2pa: true, sourceTypes: [] });
  });

  it('a plain image declares nothing', async () => {
    expect(await read(png())).toEqual({ container: 'png', c2pa: false, sourceTypes: [] });
    expect(await read(jpeg())).toEqual({ container: 'jpeg', c2pa: false, sourceTypes: [] });
  });

  it('ignores the metadata-looking text in the image data of an unknown format', async () => {
    expect(await read(enc.encode(`GIF89a ${xmp('trainedAlgorithmicMedia')}`))).toEqual({ container: 'unknown', c2pa: false, sourceTypes: [] });
  });
});

describe('readImageMetadata on hostile input: never throws, never loops', () => {
  const huge = cat(PNG_SIG, [0xff, 0xff, 0xff, 0xf0], 'caBX', 'jumb');
  const cases: [string, Uint8Array][] = [
    ['empty', new Uint8Array()],
    ['one byte', Uint8Array.of(0xff)],
    ['JPEG SOI only', Uint8Array.of(0xff, 0xd8)],
    ['JPEG segment length 0', Uint8Array.of(0xff, 0xd8, 0xff, 0xe1, 0x00, 0x00, 0xff, 0xe1)],
    ['JPEG segment length beyond the end', cat([0xff, 0xd8, 0xff, 0xeb, 0xff, 0xff], 'JP', [0, 1, 0, 0, 0, 1])],
    ['JPEG of fill bytes', cat([0xff, 0xd8], new Uint8Array(70_000).fill(0xff))],
    ['JPEG of 30 000 empty APP segments', cat([0xff, 0xd8], ...Array.from({ length: 30_000 }, () => [0xff, 0xe2, 0, 2]))],
    ['PNG signature only', Uint8Array.from(PNG_SIG)],
    ['PNG chunk of length 2^32-16', huge],
    ['PNG iTXt without terminators', cat(PNG_SIG, be32(20), 'iTXt', 'XML:com.adobe.xmp', [0, 1, 0])],
    ['PNG compressed iTXt of garbage', cat(PNG_SIG, pngChunk('iTXt', cat('XML:com.adobe.xmp', [0, 1, 0, 0, 0], new Uint8Array(50).fill(0x42))))],
    ['RIFF with a chunk size of 2^32-1', cat('RIFF', le32(100), 'WEBP', 'C2PA', [0xff, 0xff, 0xff, 0xff], 'jumb')],
    ['RIFF of 20 000 empty chunks', cat('RIFF', le32(0), 'WEBP', ...Array.from({ length: 20_000 }, () => cat('JUNK', le32(0))))],
    ['random bytes', Uint8Array.from({ length: 65_536 }, (_, i) => (i * 2_654_435_761) >>> 24)],
  ];
  it.each(cases)('%s', async (_, bytes) => {
    const started = performance.now();
    const result = await read(bytes);
    expect(result.sourceTypes.length).toBeLessThanOrEqual(8);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('keeps at most 8 values from a file listing many', async () => {
    const many = Array.from({ length: 50 }, (_, i) => `${IPTC}value${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`).join(' ');
    expect((await read(jpeg({ xmp: many }))).sourceTypes).toHaveLength(8);
  });

  it('drops a tool name that is not plain text', async () => {
    expect((await read(jpeg({ xmp: xmp('trainedAlgorithmicMedia', 'a\u0007b') }))).generator).toBeUndefined();
  });
});

describe('the committed fixture images (scripts/make-test-images.mjs)', () => {
  const file = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/images/${name}`, import.meta.url)));
  it.each<[string, Partial<ImageMetadata>]>([
    ['ai-c2pa.jpg', { container: 'jpeg', c2pa: true, sourceTypes: [{ value: 'trainedAlgorithmicMedia', in: 'c2pa' }], generator: { c2pa: 'Adobe Firefly' } }],
    // The store's own tool (its claim generator) and the XMP tool are kept apart.
    ['ai-xmp.png', { container: 'png', c2pa: true, sourceTypes: [{ value: 'algorithmicMedia', in: 'c2pa' }, { value: 'trainedAlgorithmicMedia', in: 'xmp' }], generator: { c2pa: 'Vigie test generator', xmp: 'Midjourney' } }],
    ['photo.webp', { container: 'webp', c2pa: false, sourceTypes: [{ value: 'digitalCapture', in: 'xmp' }] }],
    ['c2pa-compressed.jpg', { container: 'jpeg', c2pa: true, sourceTypes: [] }],
    ['plain.png', { container: 'png', c2pa: false, sourceTypes: [] }],
  ])('%s', async (name, expected) => {
    expect(await read(file(name))).toMatchObject(expected);
  });
});

describe('mapping to findings', () => {
  it.each([
    ['trainedAlgorithmicMedia', 'detected'],
    ['compositeWithTrainedAlgorithmicMedia', 'detected'],
    ['TrainedAlgorithmicMedia', 'detected'],
    ['compositeSynthetic', 'possible'],
    ['algorithmicMedia', undefined],
    ['algorithmicallyEnhanced', undefined],
    ['computationalCapture', undefined],
    ['digitalCapture', undefined],
    ['empty', undefined],
    ['', undefined],
  ])('%s → %s', (value, level) => {
    expect(sourceTypeLevel(value)).toBe(level);
  });

  const meta = (sourceTypes: ImageMetadata['sourceTypes'], generator?: ImageMetadata['generator']): ImageMetadata => ({
    container: 'jpeg',
    c2pa: sourceTypes.some((s) => s.in === 'c2pa'),
    sourceTypes,
    ...(generator ? { generator } : {}),
  });

  it('gives one finding per rule, the strongest level, evidence per image', () => {
    const findings = imageFindings([
      { url: 'https://www.caf.fr/a.png', metadata: meta([{ value: 'compositeSynthetic', in: 'c2pa' }]) },
      { url: 'https://www.caf.fr/b.jpg', metadata: meta([{ value: 'trainedAlgorithmicMedia', in: 'c2pa' }], { c2pa: 'Adobe Firefly' }) },
      { url: 'https://www.caf.fr/c.jpg', metadata: meta([{ value: 'algorithmicMedia', in: 'c2pa' }]) },
      // A tool named in the C2PA store is not quoted for an XMP value.
      { url: 'https://www.caf.fr/d.jpg', metadata: meta([{ value: 'compositeSynthetic', in: 'xmp' }], { c2pa: 'Other tool' }) },
    ]);
    expect(findings.map((f) => [f.ruleId, f.level])).toEqual([
      [IMAGE_RULE_IDS.c2pa, 'detected'],
      [IMAGE_RULE_IDS.xmp, 'possible'],
    ]);
    expect(findings[0]).toMatchObject({
      kind: 'ai-content',
      legalRefs: ['AI Act art. 50(2)'],
      evidence: [
        { signal: 'image-metadata', matched: 'C2PA digitalSourceType: trainedAlgorithmicMedia (Adobe Firefly)', where: 'https://www.caf.fr/b.jpg' },
        { signal: 'image-metadata', matched: 'C2PA digitalSourceType: compositeSynthetic', where: 'https://www.caf.fr/a.png' },
      ],
    });
    expect(findings[1]?.evidence).toEqual([{ signal: 'image-metadata', matched: 'XMP digitalSourceType: compositeSynthetic', where: 'https://www.caf.fr/d.jpg' }]);
    for (const f of findings) expect(frameFindingSchema.safeParse(f).success).toBe(true);
  });

  it('gives nothing for values that are not AI, and caps evidence at 12 and addresses at 300 characters', () => {
    expect(imageFindings([{ url: 'https://x.fr/a.jpg', metadata: meta([{ value: 'algorithmicMedia', in: 'xmp' }]) }])).toEqual([]);
    const long = `https://x.fr/${'a'.repeat(400)}.jpg`;
    const [finding] = imageFindings(Array.from({ length: 20 }, (_, i) => ({ url: `${long}?${i}`, metadata: meta([{ value: 'trainedAlgorithmicMedia', in: 'xmp' }]) })));
    expect(finding?.evidence).toHaveLength(12);
    expect(finding?.evidence[0]?.where.length).toBe(300);
    expect(frameFindingSchema.safeParse(finding).success).toBe(true);
  });
});
