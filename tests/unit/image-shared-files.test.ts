import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { sourceTypeLevel } from '../../lib/images/image-findings';
import { ImageBytes } from '../../lib/images/image-bytes';
import { readImageMetadata } from '../../lib/images/image-metadata';

// The labels of the real files of ../shared/c2pa-test-images (tests/fixtures/shared-images.json),
// and, where that folder is present (a developer's machine, CI), Vigie's reading of each file
// against them: the same check as `npm run eval:images`, kept in the unit tests so that a change
// of the parser cannot lose a real declaration unnoticed.

const declarationSchema = z.discriminatedUnion('in', [
  z.object({ in: z.literal('xmp'), value: z.string() }),
  z.object({ in: z.literal('c2pa'), value: z.string(), manifest: z.enum(['active', 'ingredient']), label: z.string().optional() }),
]);
const sharedImageSchema = z.object({
  file: z.string().regex(/^visuel-\d\d\.(?:jpg|png|webp)$/),
  sha256: z.string().regex(/^[0-9a-f]{16}$/),
  declarations: z.array(declarationSchema),
  note: z.string().min(10),
});
type SharedImage = z.infer<typeof sharedImageSchema>;
const labelsSchema = z.object({ about: z.string(), method: z.string(), files: z.array(sharedImageSchema).length(20) });

const labels = labelsSchema.parse(JSON.parse(readFileSync(new URL('../fixtures/shared-images.json', import.meta.url), 'utf8')));
const DIR = new URL('../../../shared/c2pa-test-images/images/', import.meta.url);

describe('labels of the shared C2PA / IPTC test files', () => {
  it('name each file once, and 10 of them declare AI', () => {
    expect(new Set(labels.files.map((f) => f.file)).size).toBe(20);
    expect(labels.files.filter((f) => f.declarations.length > 0)).toHaveLength(10);
  });
});

describe.skipIf(!existsSync(DIR))('Vigie’s reading of the shared files (when ../shared is there)', () => {
  it.each(labels.files.map((f) => [f.file, f] as [string, SharedImage]))('%s', async (_, label) => {
    const bytes = new Uint8Array(readFileSync(new URL(label.file, DIR)));
    expect(createHash('sha256').update(bytes).digest('hex').startsWith(label.sha256)).toBe(true);
    // Read as the extension reads: ranges of a file whose size the server tells.
    const image = ImageBytes.fromFetch(async (offset, length) => ({ start: offset, bytes: bytes.subarray(offset, offset + length), size: bytes.length }));
    const metadata = await readImageMetadata(image);
    const ai = metadata.sourceTypes
      .filter((s) => sourceTypeLevel(s.value) !== undefined)
      .map((s) => ({ in: s.in, value: s.value, ...(s.manifest ? { manifest: s.manifest.role } : {}) }));
    expect(ai).toEqual(label.declarations.map((d) => (d.in === 'c2pa' ? { in: d.in, value: d.value, manifest: d.manifest } : d)));
  });
});
