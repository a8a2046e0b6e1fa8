import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IMAGE_RULE_IDS, declaresAiInIngredient, describeSourceType, imageFindings, sourceTypeLevel } from '../../lib/images/image-findings';
import { ImageBytes, READ_BUDGET, ReadBudgetExceeded, type ReadBudget } from '../../lib/images/image-bytes';
import { readImageMetadata, type ImageMetadata } from '../../lib/images/image-metadata';
import { frameFindingSchema } from '../../lib/messaging/protocol';
import {
  IPTC,
  app11,
  box,
  bytes,
  c2paStore,
  cbor,
  ingredientStore,
  jpeg,
  manifest,
  noise,
  png,
  pngChunk,
  riffChunk,
  segment,
  store,
  superbox,
  u32,
  u32le,
  webp,
  xmpPacket,
} from '../../scripts/make-test-images.mjs';

// The images are built by scripts/make-test-images.mjs: real containers, synthetic unsigned stores.
const read = (file: Uint8Array) => readImageMetadata(file);

/** A web server that answers Range requests, counting what it sends. */
function rangedServer(file: Uint8Array, budget: ReadBudget = READ_BUDGET) {
  const requests: [number, number][] = [];
  const image = ImageBytes.fromFetch(async (offset, length) => {
    requests.push([offset, length]);
    return { start: offset, bytes: file.subarray(offset, offset + length), size: file.length };
  }, budget);
  return { image, requests, sent: () => requests.reduce((n, [o, l]) => n + Math.max(0, Math.min(l, file.length - o)), 0) };
}

const ACTIVE = 'urn:c2pa:00000000-0000-4000-8000-000000000000';
const GENERATED = 'urn:c2pa:11111111-1111-4111-8111-111111111111';
const EDITED = 'urn:c2pa:22222222-2222-4222-8222-222222222222';
const active = (label = ACTIVE) => ({ label, role: 'active' as const });

describe('readImageMetadata: finding the store wherever it sits', () => {
  it('JPEG: a store in one APP11 segment, with the action’s softwareAgent', async () => {
    expect(await read(jpeg({ c2pa: c2paStore({ sourceType: 'trainedAlgorithmicMedia', softwareAgent: 'Adobe Firefly' }) }))).toEqual({
      container: 'jpeg',
      c2pa: true,
      c2paStatus: 'read',
      sourceTypes: [{ value: 'trainedAlgorithmicMedia', in: 'c2pa', tool: 'Adobe Firefly', manifest: active() }],
    });
  });

  it('JPEG: a store of 150 KB over three APP11 segments is read past the first 64 KB, in two requests', async () => {
    const file = jpeg({ c2pa: c2paStore({ sourceType: 'compositeWithTrainedAlgorithmicMedia', thumbnail: noise(150_000) }) });
    const declaredAt = Buffer.from(file).indexOf('compositeWithTrained');
    expect(declaredAt).toBeGreaterThan(64 * 1024);
    expect(Buffer.from(file).filter((b, i) => b === 0xff && file[i + 1] === 0xeb).length).toBeGreaterThanOrEqual(3);
    const server = rangedServer(file);
    const result = await readImageMetadata(server.image);
    expect(result).toMatchObject({ c2paStatus: 'read', sourceTypes: [{ value: 'compositeWithTrainedAlgorithmicMedia', manifest: active() }] });
    expect(server.requests[0]).toEqual([0, 64 * 1024]);
    expect(server.requests).toHaveLength(2);
    // The first 64 KB alone: a store cut short, said so, and nothing guessed from it.
    expect(await read(file.subarray(0, 64 * 1024))).toEqual({ container: 'jpeg', c2pa: true, c2paStatus: 'incomplete', sourceTypes: [] });
  });

  it('JPEG: joins the store when segment boundaries fall inside the CBOR of the declaration', async () => {
    const c2pa = c2paStore({ sourceType: 'trainedAlgorithmicMedia', softwareAgent: 'Adobe Firefly' });
    for (const chunk of [37, 100, 251]) {
      const file = jpeg({ c2pa, chunk });
      expect((await read(file)).sourceTypes, `chunk ${chunk}`).toEqual([{ value: 'trainedAlgorithmicMedia', in: 'c2pa', tool: 'Adobe Firefly', manifest: active() }]);
    }
  });

  it('JPEG: a missing segment leaves the store incomplete', async () => {
    const file = jpeg({ c2pa: ingredientStore(), chunk: 300, skip: [3] });
    const result = await read(file);
    expect(result.c2paStatus).toBe('incomplete');
    // Which manifest is the image's own cannot be told from a store with a hole.
    expect(result.sourceTypes.every((s) => s.manifest?.role !== 'active')).toBe(true);
  });

  it('JPEG: the store before APP0, as Microsoft Designer writes it', async () => {
    const tail = jpeg().subarray(2);
    const file = bytes([0xff, 0xd8], app11(c2paStore({ sourceType: 'trainedAlgorithmicMedia' }), { instance: 0xf400 }), tail);
    expect((await read(file)).sourceTypes).toMatchObject([{ value: 'trainedAlgorithmicMedia', manifest: { role: 'active' } }]);
  });

  it('JPEG: XMP in APP1 only, with its CreatorTool', async () => {
    expect(await read(jpeg({ xmp: xmpPacket({ sourceType: 'trainedAlgorithmicMedia', creatorTool: 'Midjourney' }) }))).toEqual({
      container: 'jpeg',
      c2pa: false,
      c2paStatus: 'absent',
      sourceTypes: [{ value: 'trainedAlgorithmicMedia', in: 'xmp', tool: 'Midjourney' }],
    });
  });

  it('JPEG: an APP11 JUMBF box that is not C2PA is not a store', async () => {
    const other = superbox('abcd', 'other', box('cbor', cbor({ digitalSourceType: `${IPTC}trainedAlgorithmicMedia` })));
    expect(await read(jpeg({ c2pa: other }))).toMatchObject({ c2pa: false, c2paStatus: 'absent', sourceTypes: [] });
  });

  it('PNG: caBX before the image data, and a zlib-compressed iTXt XMP packet', async () => {
    const file = png({ c2pa: c2paStore({ sourceType: 'algorithmicMedia' }), xmp: xmpPacket({ sourceType: 'trainedAlgorithmicMedia' }), compressXmp: true });
    expect(await read(file)).toEqual({
      container: 'png',
      c2pa: true,
      c2paStatus: 'read',
      sourceTypes: [
        { value: 'trainedAlgorithmicMedia', in: 'xmp' },
        { value: 'algorithmicMedia', in: 'c2pa', tool: 'Vigie test generator', manifest: active() },
      ],
    });
  });

  it('PNG: caBX after 400 KB of image data is found from the end of the file, without reading the image data', async () => {
    const file = png({ c2pa: ingredientStore(), c2paAfter: true, imageData: 50 });
    expect(file.length).toBeGreaterThan(400_000);
    const server = rangedServer(file);
    const result = await readImageMetadata(server.image);
    expect(result).toMatchObject({ c2paStatus: 'read', sourceTypes: [{ value: 'trainedAlgorithmicMedia', manifest: { role: 'ingredient' } }] });
    expect(server.requests.length).toBeLessThanOrEqual(2);
    expect(server.sent()).toBeLessThan(250_000);
  });

  it('PNG: an XMP packet after a caBX of 130 KB (Firefly’s layout) is read too', async () => {
    const file = png({ c2pa: c2paStore({ sourceType: 'digitalCapture', thumbnail: noise(130_000) }), xmp: xmpPacket({ sourceType: 'trainedAlgorithmicMedia' }), imageData: 20 });
    const server = rangedServer(file);
    expect((await readImageMetadata(server.image)).sourceTypes.map((s) => [s.in, s.value])).toEqual([
      ['xmp', 'trainedAlgorithmicMedia'],
      ['c2pa', 'digitalCapture'],
    ]);
    expect(server.requests.length).toBeLessThanOrEqual(3);
  });

  it('PNG: uncompressed iTXt XMP', async () => {
    expect((await read(png({ xmp: xmpPacket({ sourceType: 'compositeSynthetic' }) }))).sourceTypes).toEqual([{ value: 'compositeSynthetic', in: 'xmp' }]);
  });

  it('PNG: a compressed XMP packet cut short still gives what it inflated to', async () => {
    const full = png({ xmp: xmpPacket({ sourceType: 'trainedAlgorithmicMedia', padding: 20_000 }), compressXmp: true });
    const cut = full.subarray(0, full.length - 40);
    expect((await read(cut)).sourceTypes).toEqual([{ value: 'trainedAlgorithmicMedia', in: 'xmp' }]);
  });

  it('WebP: a C2PA chunk after 300 KB of image data is reached by jumping over it', async () => {
    const body = bytes('WEBP', riffChunk('VP8 ', noise(300_000)), riffChunk('EXIF', noise(100)), riffChunk('C2PA', ingredientStore()));
    const file = bytes('RIFF', u32le(body.length), body);
    const server = rangedServer(file);
    const result = await readImageMetadata(server.image);
    expect(result).toMatchObject({ container: 'webp', c2pa: true, c2paStatus: 'read', sourceTypes: [{ value: 'trainedAlgorithmicMedia', manifest: { role: 'ingredient' } }] });
    expect(server.requests).toHaveLength(2);
    expect(server.sent()).toBeLessThan(140_000);
  });

  it('WebP: C2PA and XMP chunks', async () => {
    expect(await read(webp({ c2pa: c2paStore({ sourceType: 'trainedAlgorithmicMedia' }), xmp: xmpPacket({ sourceType: 'digitalCapture' }) }))).toMatchObject({
      container: 'webp',
      c2pa: true,
      sourceTypes: [
        { value: 'trainedAlgorithmicMedia', in: 'c2pa' },
        { value: 'digitalCapture', in: 'xmp' },
      ],
    });
  });

  it('a plain image declares nothing', async () => {
    expect(await read(png())).toEqual({ container: 'png', c2pa: false, c2paStatus: 'absent', sourceTypes: [] });
    expect(await read(jpeg())).toEqual({ container: 'jpeg', c2pa: false, c2paStatus: 'absent', sourceTypes: [] });
  });

  it('ignores metadata-looking text in a format it does not know', async () => {
    expect(await read(bytes('GIF89a ', xmpPacket({ sourceType: 'trainedAlgorithmicMedia' })))).toEqual({ container: 'unknown', c2pa: false, c2paStatus: 'absent', sourceTypes: [] });
  });
});

describe('readImageMetadata: every action of every manifest', () => {
  it('a picture edited from a generated one: the declaration is in the ingredient’s manifest, and says so', async () => {
    const result = await read(jpeg({ c2pa: ingredientStore() }));
    expect(result).toEqual({
      container: 'jpeg',
      c2pa: true,
      c2paStatus: 'read',
      sourceTypes: [{ value: 'trainedAlgorithmicMedia', in: 'c2pa', tool: 'DALL·E', manifest: { label: GENERATED, role: 'ingredient', relationship: 'parentOf' } }],
    });
    expect(declaresAiInIngredient(result)).toBe(true);
  });

  it('a composite: its own declaration first, then its generated part’s', async () => {
    const result = await read(jpeg({ c2pa: ingredientStore({ relationship: 'componentOf', activeSourceType: 'compositeWithTrainedAlgorithmicMedia' }) }));
    expect(result.sourceTypes).toEqual([
      { value: 'compositeWithTrainedAlgorithmicMedia', in: 'c2pa', tool: 'ChatGPT', manifest: active(EDITED) },
      { value: 'trainedAlgorithmicMedia', in: 'c2pa', tool: 'DALL·E', manifest: { label: GENERATED, role: 'ingredient', relationship: 'componentOf' } },
    ]);
  });

  it('actions v1 (`c2pa.actions`, softwareAgent as text) and ingredients v1 (`c2pa_manifest`)', async () => {
    const generated = manifest({ label: GENERATED, actionsLabel: 'c2pa.actions', actions: [{ action: 'c2pa.created', sourceType: 'trainedAlgorithmicMedia', agent: 'Adobe Firefly' }] });
    const edited = manifest({ label: EDITED, ingredientVersion: 1, ingredients: [{ manifest: GENERATED, relationship: 'componentOf' }], actions: [{ action: 'c2pa.edited' }] });
    expect((await read(jpeg({ c2pa: store(generated, edited) }))).sourceTypes).toEqual([
      { value: 'trainedAlgorithmicMedia', in: 'c2pa', tool: 'Adobe Firefly', manifest: { label: GENERATED, role: 'ingredient', relationship: 'componentOf' } },
    ]);
  });

  it('every action, not only the first; a second actions assertion (`__1`) too; one entry per value and manifest', async () => {
    const second = superbox('cbor', 'c2pa.actions.v2__1', box('cbor', cbor({ actions: [{ action: 'c2pa.placed', digitalSourceType: `${IPTC}compositeSynthetic` }] })));
    const m = manifest({
      label: ACTIVE,
      actions: [
        { action: 'c2pa.opened', sourceType: 'digitalCapture' },
        { action: 'c2pa.edited', sourceType: 'trainedAlgorithmicMedia' },
        { action: 'c2pa.edited', sourceType: 'trainedAlgorithmicMedia' },
      ],
    });
    // Put the second assertion inside the assertion store, after the first.
    const withSecond = insertIntoAssertionStore(m, second);
    expect((await read(jpeg({ c2pa: store(withSecond) }))).sourceTypes.map((s) => s.value)).toEqual(['trainedAlgorithmicMedia', 'compositeSynthetic', 'digitalCapture']);
  });

  it('a template gives its digitalSourceType to the actions of its kind that have none', async () => {
    const actions = box('cbor', cbor({ actions: [{ action: 'c2pa.created' }], templates: [{ action: 'c2pa.created', digitalSourceType: `${IPTC}trainedAlgorithmicMedia`, softwareAgent: { name: 'Tool' } }] }));
    const m = manifest({ label: ACTIVE, actionsBox: actions });
    expect((await read(jpeg({ c2pa: store(m) }))).sourceTypes).toEqual([{ value: 'trainedAlgorithmicMedia', in: 'c2pa', tool: 'Tool', manifest: active() }]);
  });

  it('the claim generator names the tool when the action does not; odd spacing and C2PA’s own URI are read', async () => {
    const actions = box('cbor', cbor({ actions: [{ action: 'c2pa.created', digitalSourceType: ' http://c2pa.org/digitalsourcetype/trainedAlgorithmicMedia ' }] }));
    const m = manifest({ label: ACTIVE, generator: 'Google C2PA Core Generator Library', actionsBox: actions });
    expect((await read(png({ c2pa: store(m) }))).sourceTypes).toEqual([{ value: 'trainedAlgorithmicMedia', in: 'c2pa', tool: 'Google C2PA Core Generator Library', manifest: active() }]);
  });

  it('a manifest no ingredient names is reported as another manifest of the store', async () => {
    const orphan = manifest({ label: GENERATED, actions: [{ action: 'c2pa.created', sourceType: 'trainedAlgorithmicMedia' }] });
    const own = manifest({ label: EDITED, actions: [{ action: 'c2pa.opened' }] });
    expect((await read(jpeg({ c2pa: store(orphan, own) }))).sourceTypes).toMatchObject([{ manifest: { label: GENERATED, role: 'other' } }]);
  });

  it('a vendor parameter is not the action’s digitalSourceType', async () => {
    const actions = box('cbor', cbor({ actions: [{ action: 'c2pa.opened', parameters: { 'com.adobe.digitalSourceType': `${IPTC}trainedAlgorithmicMedia` } }] }));
    expect(await read(jpeg({ c2pa: store(manifest({ label: ACTIVE, actionsBox: actions })) }))).toMatchObject({ c2paStatus: 'read', sourceTypes: [] });
  });

  it('a compressed (brob) actions assertion: a store is there, unreadable, nothing guessed', async () => {
    expect(await read(jpeg({ c2pa: c2paStore({ sourceType: 'trainedAlgorithmicMedia', compressed: true }) }))).toEqual({
      container: 'jpeg',
      c2pa: true,
      c2paStatus: 'unreadable',
      sourceTypes: [],
    });
  });

  it('corrupt CBOR in one manifest: unreadable, and the other manifests are still read', async () => {
    const corrupt = manifest({ label: EDITED, ingredients: [{ manifest: GENERATED }], actionsBox: box('cbor', bytes([0xa1, 0x67], 'actions', [0x9a, 0, 0, 0, 9, 0xa1])) });
    const generated = manifest({ label: GENERATED, actions: [{ action: 'c2pa.created', sourceType: 'trainedAlgorithmicMedia' }] });
    expect(await read(jpeg({ c2pa: store(generated, corrupt) }))).toMatchObject({
      c2pa: true,
      c2paStatus: 'unreadable',
      sourceTypes: [{ value: 'trainedAlgorithmicMedia', manifest: { label: GENERATED, role: 'ingredient' } }],
    });
    expect(await read(jpeg({ c2pa: store(manifest({ label: ACTIVE, actionsBox: box('cbor', noise(200)) })) }))).toMatchObject({ c2paStatus: 'unreadable', sourceTypes: [] });
  });

  it('a store cut by the end of the file: incomplete, complete manifests read, none called the image’s own', async () => {
    const file = png({ c2pa: ingredientStore() });
    // Cut in the image's own manifest, after its ingredient assertion: the ingredient is still known.
    const afterIngredient = await read(file.subarray(0, Buffer.from(file).indexOf('c2pa.actions', Buffer.from(file).indexOf('c2pa.ingredient'))));
    expect(afterIngredient.c2paStatus).toBe('incomplete');
    expect(afterIngredient.sourceTypes).toMatchObject([{ value: 'trainedAlgorithmicMedia', manifest: { label: GENERATED, role: 'ingredient' } }]);
    // Cut before it: a manifest whose place in the store is unknown.
    const beforeIngredient = await read(file.subarray(0, Buffer.from(file).indexOf('c2pa.ingredient')));
    expect(beforeIngredient.c2paStatus).toBe('incomplete');
    expect(beforeIngredient.sourceTypes).toMatchObject([{ value: 'trainedAlgorithmicMedia', manifest: { label: GENERATED, role: 'unknown' } }]);
  });

  it('keeps AI values first when a file lists more than 8', async () => {
    const list = Array.from({ length: 12 }, (_, i) => ({ action: 'c2pa.edited', sourceType: ['digitalCapture', 'minorHumanEdits', 'humanEdits', 'screenCapture', 'negativeFilm', 'positiveFilm', 'print', 'softwareImage', 'digitalArt', 'virtualRecording', 'dataDrivenMedia', 'trainedAlgorithmicMedia'][i] }));
    const result = await read(jpeg({ c2pa: store(manifest({ label: ACTIVE, actions: list })) }));
    expect(result.sourceTypes).toHaveLength(8);
    expect(result.sourceTypes[0]?.value).toBe('trainedAlgorithmicMedia');
  });
});

/** The manifest with `assertion` appended to its assertion store (sizes fixed up). */
function insertIntoAssertionStore(m: Uint8Array, assertion: Uint8Array): Uint8Array {
  const b = Buffer.from(m);
  const at = b.indexOf('c2pa.assertions') - 8 - 17 - 8; // jumb header, jumd header + UUID + toggles.
  const c2asSize = b.readUInt32BE(at);
  const out = Buffer.concat([b.subarray(0, at + c2asSize), assertion, b.subarray(at + c2asSize)]);
  out.writeUInt32BE(c2asSize + assertion.length, at);
  out.writeUInt32BE(b.readUInt32BE(0) + assertion.length, 0);
  return out;
}

describe('readImageMetadata on hostile input: bounded, never a crash or a hang', () => {
  const PNG_SIG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  const actionsOf = (content: Uint8Array) => jpeg({ c2pa: store(manifest({ label: ACTIVE, actionsBox: box('cbor', content) })) });
  const nested = (depth: number): Uint8Array => {
    let inner: Uint8Array = superbox('cbor', 'c2pa.actions', box('cbor', cbor({ actions: [] })));
    for (let i = 0; i < depth; i++) inner = superbox('c2as', 'x', inner);
    return store(inner);
  };
  const cases: [string, Uint8Array, Partial<ImageMetadata>?][] = [
    ['empty', new Uint8Array()],
    ['one byte', Uint8Array.of(0xff)],
    ['JPEG SOI only', Uint8Array.of(0xff, 0xd8)],
    ['JPEG segment length 0', Uint8Array.of(0xff, 0xd8, 0xff, 0xe1, 0x00, 0x00, 0xff, 0xe1)],
    ['JPEG segment length beyond the end', bytes([0xff, 0xd8, 0xff, 0xeb, 0xff, 0xff], 'JP', [0, 1, 0, 0, 0, 1])],
    ['JPEG of fill bytes', bytes([0xff, 0xd8], new Uint8Array(70_000).fill(0xff))],
    ['JPEG of 30 000 empty APP segments', bytes([0xff, 0xd8], ...Array.from({ length: 30_000 }, () => [0xff, 0xe2, 0, 2]))],
    ['JPEG store claiming 4 GB', bytes([0xff, 0xd8], segment(0xeb, bytes('JP', [0, 1, 0, 0, 0, 1], u32(0xfffffff0), 'jumb', box('jumd', bytes('c2pa', new Uint8Array(12), [3], 'c2pa', [0]))))), { c2pa: true, c2paStatus: 'too-large' }],
    ['JPEG store with an XLBox of 2^40 inside', jpeg({ c2pa: store(bytes(u32(1), 'jumb', u32(256), u32(0), noise(64))) }), { c2pa: true, c2paStatus: 'unreadable' }],
    ['JPEG store of 10 000 nested superboxes', jpeg({ c2pa: nested(10_000), chunk: 65_000 }), { c2pa: true, c2paStatus: 'unreadable' }],
    ['JPEG store of 100 000 empty boxes', jpeg({ c2pa: store(Buffer.concat(Array.from({ length: 100_000 }, () => box('free', new Uint8Array())))) }), { c2pa: true }],
    ['CBOR nested 100 000 arrays deep', actionsOf(new Uint8Array(100_000).fill(0x81)), { c2pa: true, c2paStatus: 'unreadable' }],
    ['CBOR array claiming 2^32-1 items', actionsOf(Uint8Array.of(0xa1, 0x67, ...Buffer.from('actions'), 0x9a, 0xff, 0xff, 0xff, 0xff, 0xa0)), { c2paStatus: 'unreadable' }],
    ['CBOR text claiming 2^64-1 bytes', actionsOf(Uint8Array.of(0x7b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x61)), { c2paStatus: 'unreadable' }],
    ['CBOR of 200 000 empty maps', actionsOf(bytes([0xa1, 0x67], 'actions', [0x9a], u32(200_000), new Uint8Array(200_000).fill(0xa0))), { c2paStatus: 'unreadable' }],
    ['CBOR box of 300 KB', actionsOf(bytes([0x5a], u32(300_000), new Uint8Array(300_000))), { c2paStatus: 'unreadable' }],
    ['CBOR indefinite arrays that never end', actionsOf(new Uint8Array(50_000).fill(0x9f)), { c2paStatus: 'unreadable' }],
    ['CBOR __proto__ key', actionsOf(cbor({ ['__proto__']: { polluted: 'yes' }, actions: [] })), { c2paStatus: 'read' }],
    ['PNG signature only', Uint8Array.from(PNG_SIG)],
    ['PNG caBX of length 2^32-16', bytes(PNG_SIG, [0xff, 0xff, 0xff, 0xf0], 'caBX', 'jumb'), { c2pa: true, c2paStatus: 'too-large' }],
    ['PNG iTXt without terminators', bytes(PNG_SIG, u32(20), 'iTXt', 'XML:com.adobe.xmp', [0, 1, 0])],
    ['PNG compressed iTXt of garbage', bytes(PNG_SIG, pngChunk('iTXt', bytes('XML:com.adobe.xmp', [0, 1, 0, 0, 0], new Uint8Array(50).fill(0x42))))],
    ['PNG tail of 100 000 chunk-like headers', bytes(png({ imageData: 1 }).subarray(0, -12), ...Array.from({ length: 10_000 }, () => bytes(u32(0), 'tEXt', u32(0))), pngChunk('IEND', new Uint8Array()))],
    ['RIFF with a C2PA chunk of 2^32-1 bytes', bytes('RIFF', u32le(100), 'WEBP', 'C2PA', [0xff, 0xff, 0xff, 0xff], 'jumb'), { c2pa: true, c2paStatus: 'too-large' }],
    ['RIFF of 20 000 empty chunks', bytes('RIFF', u32le(160_004), 'WEBP', ...Array.from({ length: 20_000 }, () => bytes('JUNK', u32le(0))))],
    ['random bytes', Uint8Array.from({ length: 65_536 }, (_, i) => (i * 2_654_435_761) >>> 24)],
  ];
  it.each(cases)('%s', async (_, file, expected) => {
    const started = performance.now();
    const result = await read(file);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(result.sourceTypes.length).toBeLessThanOrEqual(8);
    if (expected) expect(result).toMatchObject(expected);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a store claiming 4 GB is not fetched at all', async () => {
    const file = bytes([0xff, 0xd8], segment(0xeb, bytes('JP', [0, 1, 0, 0, 0, 1], u32(0xfffffff0), 'jumb', box('jumd', bytes('c2pa', new Uint8Array(12), [3], 'c2pa', [0])))), noise(200_000));
    const server = rangedServer(file);
    expect(await readImageMetadata(server.image)).toMatchObject({ c2paStatus: 'too-large' });
    expect(server.requests).toHaveLength(1);
  });

  it('a store of 3 MB: too large, not read, said so', async () => {
    const file = jpeg({ c2pa: c2paStore({ sourceType: 'trainedAlgorithmicMedia', thumbnail: noise(3_000_000) }) });
    const server = rangedServer(file);
    expect(await readImageMetadata(server.image)).toEqual({ container: 'jpeg', c2pa: true, c2paStatus: 'too-large', sourceTypes: [] });
    expect(server.sent()).toBeLessThanOrEqual(64 * 1024);
  });

  it.each<[string, Uint8Array]>([
    ['a JPEG of endless 64 KB segments', bytes([0xff, 0xd8], ...Array.from({ length: 100 }, (_, i) => segment(0xe2, noise(65_000, i))))],
    ['a WebP of endless 60 KB chunks', bytes('RIFF', u32le(0xfffffff0), 'WEBP', ...Array.from({ length: 100 }, (_, i) => riffChunk('ANMF', noise(60_000, i))))],
    ['a PNG of endless chunks before its image data', bytes(png().subarray(0, 33), ...Array.from({ length: 100 }, (_, i) => pngChunk('tEXt', noise(60_000, i))))],
  ])('%s: reading stops at the budget', async (_, file) => {
    const server = rangedServer(file);
    await readImageMetadata(server.image);
    expect(server.requests.length).toBeLessThanOrEqual(READ_BUDGET.maxReads);
    expect(server.sent()).toBeLessThanOrEqual(READ_BUDGET.maxBytes);
  });
});

describe('ImageBytes', () => {
  const file = new Uint8Array(noise(300_000));

  it('asks for whole windows, reuses what it holds, and learns the size', async () => {
    const server = rangedServer(file);
    expect(await server.image.get(0, 20)).toEqual(file.subarray(0, 20));
    expect(await server.image.get(1_000, 20_000)).toEqual(file.subarray(1_000, 21_000));
    expect(server.requests).toEqual([[0, 65_536]]);
    expect(server.image.size).toBe(300_000);
    expect(await server.image.get(100_000, 10)).toEqual(file.subarray(100_000, 100_010));
    expect(await server.image.get(60_000, 45_000)).toEqual(file.subarray(60_000, 105_000));
    expect(server.requests).toEqual([[0, 65_536], [100_000, 65_536], [65_536, 34_464]]);
    expect(await server.image.get(299_990, 100)).toEqual(file.subarray(299_990));
    expect(await server.image.get(400_000, 10)).toEqual(new Uint8Array());
  });

  it('stops at the byte budget and at the request budget', async () => {
    const small = rangedServer(file, { maxBytes: 100_000, maxReads: 8, window: 65_536 });
    await expect(small.image.get(0, 150_000)).rejects.toBeInstanceOf(ReadBudgetExceeded);
    const few = rangedServer(file, { maxBytes: 2_000_000, maxReads: 2, window: 1_000 });
    await few.image.get(0, 10);
    await few.image.get(50_000, 10);
    await expect(few.image.get(100_000, 10)).rejects.toBeInstanceOf(ReadBudgetExceeded);
  });

  it('takes the file from its start when a server ignores the range', async () => {
    let calls = 0;
    const image = ImageBytes.fromFetch(async (offset, length) => {
      calls++;
      return { start: 0, bytes: file.subarray(0, offset + length) };
    });
    expect(await image.get(0, 10)).toEqual(file.subarray(0, 10));
    expect(await image.get(70_000, 10)).toEqual(file.subarray(70_000, 70_010));
    expect(calls).toBe(2);
  });

  it('finds the end of a file of unknown size from a short answer', async () => {
    const image = ImageBytes.fromFetch(async (offset, length) => ({ start: offset, bytes: file.subarray(offset, Math.min(offset + length, 1_000)) }));
    expect((await image.get(0, 5_000)).length).toBe(1_000);
    expect(image.size).toBe(1_000);
  });
});

describe('the committed fixture images (scripts/make-test-images.mjs)', () => {
  const file = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/images/${name}`, import.meta.url)));
  it.each<[string, Partial<ImageMetadata>]>([
    ['ai-c2pa.jpg', { container: 'jpeg', c2pa: true, c2paStatus: 'read', sourceTypes: [{ value: 'trainedAlgorithmicMedia', in: 'c2pa', tool: 'Adobe Firefly', manifest: active() }] }],
    // The store's own tool (its claim generator) and the XMP tool are kept apart.
    ['ai-xmp.png', { container: 'png', c2pa: true, sourceTypes: [{ value: 'trainedAlgorithmicMedia', in: 'xmp', tool: 'Midjourney' }, { value: 'algorithmicMedia', in: 'c2pa', tool: 'Vigie test generator', manifest: active() }] }],
    ['photo.webp', { container: 'webp', c2pa: false, c2paStatus: 'absent', sourceTypes: [{ value: 'digitalCapture', in: 'xmp' }] }],
    ['c2pa-compressed.jpg', { container: 'jpeg', c2pa: true, c2paStatus: 'unreadable', sourceTypes: [] }],
    ['plain.png', { container: 'png', c2pa: false, sourceTypes: [] }],
    ['ai-c2pa-large.jpg', { c2paStatus: 'read', sourceTypes: [{ value: 'compositeWithTrainedAlgorithmicMedia', in: 'c2pa', tool: 'Adobe Photoshop', manifest: active() }] }],
    ['ai-ingredient.webp', { c2paStatus: 'read', sourceTypes: [{ value: 'trainedAlgorithmicMedia', in: 'c2pa', tool: 'DALL·E', manifest: { label: GENERATED, role: 'ingredient', relationship: 'parentOf' } }, { value: 'digitalCreation', in: 'xmp' }] }],
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

  const meta = (sourceTypes: ImageMetadata['sourceTypes']): ImageMetadata => ({
    container: 'jpeg',
    c2pa: sourceTypes.some((s) => s.in === 'c2pa'),
    c2paStatus: sourceTypes.some((s) => s.in === 'c2pa') ? 'read' : 'absent',
    sourceTypes,
  });

  it('gives one finding per rule, the strongest level, evidence per image and manifest', () => {
    const findings = imageFindings([
      { url: 'https://www.caf.fr/a.png', metadata: meta([{ value: 'compositeSynthetic', in: 'c2pa', manifest: active() }]) },
      { url: 'https://www.caf.fr/b.jpg', metadata: meta([{ value: 'trainedAlgorithmicMedia', in: 'c2pa', tool: 'Adobe Firefly', manifest: active() }]) },
      { url: 'https://www.caf.fr/c.jpg', metadata: meta([{ value: 'algorithmicMedia', in: 'c2pa', manifest: active() }]) },
      { url: 'https://www.caf.fr/d.jpg', metadata: meta([{ value: 'compositeSynthetic', in: 'xmp' }]) },
      {
        url: 'https://www.caf.fr/e.webp',
        metadata: meta([{ value: 'trainedAlgorithmicMedia', in: 'c2pa', tool: 'DALL·E', manifest: { label: GENERATED, role: 'ingredient', relationship: 'parentOf' } }]),
      },
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
        { signal: 'image-metadata', matched: `C2PA digitalSourceType: trainedAlgorithmicMedia (DALL·E), in the manifest of an ingredient (parentOf): ${GENERATED}`, where: 'https://www.caf.fr/e.webp' },
        { signal: 'image-metadata', matched: 'C2PA digitalSourceType: compositeSynthetic', where: 'https://www.caf.fr/a.png' },
      ],
    });
    expect(findings[1]?.evidence).toEqual([{ signal: 'image-metadata', matched: 'XMP digitalSourceType: compositeSynthetic', where: 'https://www.caf.fr/d.jpg' }]);
    for (const f of findings) expect(frameFindingSchema.safeParse(f).success).toBe(true);
  });

  it.each<[ImageMetadata['sourceTypes'][number], string]>([
    [{ value: 'trainedAlgorithmicMedia', in: 'xmp', tool: 'Midjourney' }, 'XMP digitalSourceType: trainedAlgorithmicMedia (Midjourney)'],
    [{ value: 'trainedAlgorithmicMedia', in: 'c2pa', manifest: { label: 'urn:x', role: 'other' } }, 'C2PA digitalSourceType: trainedAlgorithmicMedia, in another manifest of the store: urn:x'],
    [{ value: 'trainedAlgorithmicMedia', in: 'c2pa', manifest: { label: 'urn:x', role: 'unknown' } }, 'C2PA digitalSourceType: trainedAlgorithmicMedia, in manifest urn:x (store incomplete)'],
  ])('describes %j', (source, text) => {
    expect(describeSourceType(source)).toBe(text);
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
