import type { z } from 'zod';
import { clip } from '../detect/normalise';
import type { frameFindingSchema } from '../messaging/protocol';
import type { Evidence, FindingLevel } from '../report/schema';
import type { ImageMetadata, SourceType } from './image-metadata';

/** Rule ids of the image checks, by where the value was found. Stable: part of the report format. */
export const IMAGE_RULE_IDS = {
  c2pa: 'image-c2pa-ai-declaration',
  xmp: 'image-xmp-ai-declaration',
} as const satisfies Record<SourceType['in'], string>;

/**
 * IPTC DigitalSourceType terms that declare AI, with the level they give. `algorithmicMedia`
 * (made by an algorithm without training data), `algorithmicallyEnhanced`, `computationalCapture`,
 * `digitalCapture` and C2PA's `empty` are not generative AI: no finding.
 * https://cv.iptc.org/newscodes/digitalsourcetype/
 */
const AI_TERMS: Record<string, FindingLevel> = {
  trainedalgorithmicmedia: 'detected',
  compositewithtrainedalgorithmicmedia: 'detected',
  compositesynthetic: 'possible',
};

/** Same weights as the page-level declaration (json-ld-digital-source-type) and a weak clue. */
const SCORE: Record<FindingLevel, number> = { detected: 0.95, possible: 0.5 };
const MAX_EVIDENCE = 12;

/** The level a DigitalSourceType term gives, or undefined when it does not declare AI. */
export function sourceTypeLevel(value: string): FindingLevel | undefined {
  return AI_TERMS[value.toLowerCase()];
}

export interface CheckedImage {
  url: string;
  metadata: ImageMetadata;
}

/** True when at least one value of the file declares AI. */
export function declaresAi(metadata: ImageMetadata): boolean {
  return metadata.sourceTypes.some((s) => sourceTypeLevel(s.value) !== undefined);
}

/** A finding as the tab state keeps it (all defaults filled). */
export type ImageFinding = z.output<typeof frameFindingSchema>;


/** How the evidence names the manifest a C2PA value was read in (the image's own is the default). */
function manifestNote(source: SourceType): string {
  const m = source.manifest;
  if (!m || m.role === 'active') return '';
  const how = m.relationship ? ` (${m.relationship})` : '';
  if (m.role === 'ingredient') return `, in the manifest of an ingredient${how}: ${m.label}`;
  if (m.role === 'other') return `, in another manifest of the store: ${m.label}`;
  return `, in manifest ${m.label} (store incomplete)`;
}

/** The evidence text for one value, e.g. `C2PA digitalSourceType: trainedAlgorithmicMedia (Adobe Firefly)`. */
export function describeSourceType(source: SourceType): string {
  const tool = source.tool ? ` (${source.tool})` : '';
  return `${source.in === 'c2pa' ? 'C2PA' : 'XMP'} digitalSourceType: ${source.value}${tool}${manifestNote(source)}`;
}

/** True when an AI declaration of the file sits in an ingredient's manifest (made from a generated image). */
export function declaresAiInIngredient(metadata: ImageMetadata): boolean {
  return metadata.sourceTypes.some((s) => s.manifest?.role === 'ingredient' && sourceTypeLevel(s.value) !== undefined);
}

/**
 * One finding per rule for the page: the strongest level among the images, and one evidence
 * item per image, value and manifest (detected ones first, 12 at most). A value read in an
 * ingredient's manifest counts like one in the image's own: a picture made from a generated one,
 * or a composite with a generated part, holds generated content; the evidence says which manifest.
 */
export function imageFindings(images: readonly CheckedImage[]): ImageFinding[] {
  const findings: ImageFinding[] = [];
  for (const where of ['c2pa', 'xmp'] as const) {
    const items: { level: FindingLevel; evidence: Evidence }[] = [];
    for (const { url, metadata } of images) {
      for (const source of metadata.sourceTypes) {
        const level = source.in === where ? sourceTypeLevel(source.value) : undefined;
        if (!level) continue;
        items.push({ level, evidence: { signal: 'image-metadata', matched: clip(describeSourceType(source), 300), where: clip(url, 300) } });
      }
    }
    if (items.length === 0) continue;
    items.sort((a, b) => Number(b.level === 'detected') - Number(a.level === 'detected'));
    const level = items[0]!.level;
    findings.push({
      kind: 'ai-content',
      ruleId: IMAGE_RULE_IDS[where],
      level,
      state: 'present',
      score: SCORE[level],
      evidence: items.slice(0, MAX_EVIDENCE).map((i) => i.evidence),
      legalRefs: ['AI Act art. 50(2)'],
    });
  }
  return findings;
}
