import { z } from 'zod';
import { frameFindingSchema, imageScanSummarySchema } from '../messaging/protocol';
import { findingLevelSchema, pageContactsSchema, scanInfoSchema, type Discussed, type Finding, type PageContacts, type PublicService, type Report } from '../report/schema';

/**
 * What the background keeps per tab in `storage.session`: the findings of each frame, as each
 * frame's content script last sent them. The report is derived from it on demand.
 */
export const tabStateSchema = z.object({
  url: z.string().max(4096),
  scannedAt: z.string().datetime(),
  trigger: scanInfoSchema.shape.trigger,
  durationMs: z.number().min(0),
  truncated: z.boolean(),
  frames: z.record(z.string().regex(/^\d+$/), z.object({ url: z.string().max(4096), findings: z.array(frameFindingSchema).max(200) })),
  /**
   * Result of the last image check ("Vérifier les images"), when the person asked for one. A new
   * page starts a new state without it; `clearTab` drops it with the rest on navigation.
   */
  images: z.object({ findings: z.array(frameFindingSchema).max(2), summary: imageScanSummarySchema }).optional(),
  /** The top page's own contacts, read by the background from the snippets the page sent. */
  pageContacts: pageContactsSchema.optional(),
});
export type TabState = z.infer<typeof tabStateSchema>;

export interface FrameUpdate {
  frameId: number;
  url: string;
  findings: z.infer<typeof frameFindingSchema>[];
  scan: { trigger: TabState['trigger']; durationMs: number; truncated: boolean };
  now: Date;
  /** Top frame only. */
  pageContacts?: PageContacts;
}

/** Merges one frame's findings into the tab state. A new top-frame URL starts a new state. */
export function applyFrameUpdate(previous: TabState | undefined, update: FrameUpdate): TabState {
  const isTop = update.frameId === 0;
  const fresh = !previous || (isTop && previous.frames['0'] !== undefined && previous.url !== update.url);
  const base: TabState = fresh
    ? {
        url: isTop ? update.url : (previous?.url ?? update.url),
        scannedAt: update.now.toISOString(),
        trigger: update.scan.trigger,
        durationMs: 0,
        truncated: false,
        frames: {},
      }
    : previous;
  return {
    ...base,
    url: isTop ? update.url : base.url,
    scannedAt: update.now.toISOString(),
    trigger: isTop ? update.scan.trigger : base.trigger,
    durationMs: isTop ? update.scan.durationMs : base.durationMs,
    truncated: base.truncated || update.scan.truncated,
    frames: { ...base.frames, [String(update.frameId)]: { url: update.url, findings: update.findings } },
    ...(isTop && update.pageContacts ? { pageContacts: update.pageContacts } : {}),
  };
}

const LEVEL_RANK = { detected: 1, possible: 0 } as const satisfies Record<z.infer<typeof findingLevelSchema>, number>;

/**
 * Builds the report. The same rule matching in several frames gives one finding: the strongest
 * level, the evidence of the first frames (12 items at most), the frame of the strongest one.
 */
export function buildReport(state: TabState, publicService: PublicService): Report {
  const byRule = new Map<string, Finding>();
  const discussed = new Map<string, Discussed>();
  const frameIds = Object.keys(state.frames)
    .map(Number)
    .sort((a, b) => a - b);
  for (const frameId of frameIds) {
    for (const f of state.frames[String(frameId)]!.findings) {
      // A page that only talks about the law notifies nothing: no finding, no badge.
      if (f.notice?.context === 'about') {
        if (!discussed.has(f.ruleId)) discussed.set(f.ruleId, { kind: f.kind, ruleId: f.ruleId, cues: f.notice.cues, evidence: f.evidence.slice(0, 3) });
        continue;
      }
      const finding: Finding = {
        id: frameId === 0 ? f.ruleId : `${f.ruleId}@${frameId}`,
        kind: f.kind,
        ruleId: f.ruleId,
        level: f.level,
        ...(f.vendor ? { vendor: f.vendor } : {}),
        state: f.state,
        score: f.score,
        evidence: f.evidence,
        frameId,
        legalRefs: f.legalRefs,
        ...(f.chatKind ? { chatKind: f.chatKind } : {}),
        ...(f.disclosure ? { disclosure: f.disclosure } : {}),
        ...(f.notice ? { notice: f.notice } : {}),
        ...(f.scope ? { scope: f.scope } : {}),
      };
      const existing = byRule.get(f.ruleId);
      if (!existing) {
        byRule.set(f.ruleId, finding);
        continue;
      }
      const stronger =
        LEVEL_RANK[finding.level] > LEVEL_RANK[existing.level] ||
        (finding.level === existing.level && finding.score > existing.score);
      const winner = stronger ? finding : existing;
      const other = stronger ? existing : finding;
      byRule.set(f.ruleId, { ...winner, evidence: [...winner.evidence, ...other.evidence].slice(0, 12) });
    }
  }
  // Image findings come from the top document's own images.
  for (const f of state.images?.findings ?? []) {
    if (!byRule.has(f.ruleId)) byRule.set(f.ruleId, { ...f, id: f.ruleId, frameId: 0 });
  }
  return {
    schemaVersion: 2,
    url: state.url,
    scannedAt: state.scannedAt,
    publicService,
    findings: [...byRule.values()],
    scan: {
      trigger: state.trigger,
      frames: frameIds.length,
      durationMs: state.durationMs,
      truncated: state.truncated,
    },
    ...(state.pageContacts ? { pageContacts: state.pageContacts } : {}),
    ...(discussed.size > 0 ? { discussed: [...discussed.values()] } : {}),
  };
}
