import { z } from 'zod';
import { pageSnippetSchema } from '../rights/dpo-contact';
import { chatKindSchema, declarationScopeSchema, disclosureSchema, evidenceSchema, findingKindSchema, findingLevelSchema, noticeSchema, reportSchema, scanInfoSchema } from '../report/schema';

/**
 * Every message between the parts of the extension, one zod schema each. The background parses
 * what it receives with `extensionMessageSchema`; the popup parses what it gets back.
 * The content script imports only the types, so zod stays out of the script injected in pages.
 */

/** A finding as a frame's content script sends it; the background adds `id` and `frameId`. */
export const frameFindingSchema = z.object({
  kind: findingKindSchema,
  ruleId: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(100),
  level: findingLevelSchema,
  vendor: z.string().max(100).optional(),
  state: z.enum(['present', 'declared']).default('present'),
  score: z.number().min(0).max(1),
  evidence: z.array(evidenceSchema).min(1).max(12),
  legalRefs: z.array(z.string().max(100)).max(10).default([]),
  chatKind: chatKindSchema.optional(),
  disclosure: disclosureSchema.optional(),
  notice: noticeSchema.optional(),
  scope: declarationScopeSchema.optional(),
});
export type FrameFinding = z.input<typeof frameFindingSchema>;

export const reportFindingsMessageSchema = z.object({
  type: z.literal('reportFindings'),
  /** URL of the frame that scanned. */
  url: z.string().max(4096),
  findings: z.array(frameFindingSchema).max(200),
  scan: scanInfoSchema.pick({ trigger: true, durationMs: true, truncated: true }),
  /** Top frame only: where the page shows its contacts (lib/detect/page-contacts.ts). */
  contactSnippets: z.array(pageSnippetSchema).max(30).optional(),
});
export type ReportFindingsMessage = z.input<typeof reportFindingsMessageSchema>;

const tabIdSchema = z.number().int().min(0);

export const getReportMessageSchema = z.object({ type: z.literal('getReport'), tabId: tabIdSchema });
export type GetReportMessage = z.infer<typeof getReportMessageSchema>;

/** Scan a tab now (click on the toolbar icon, or "Analyser cette page"). Answers with the report. */
export const scanTabMessageSchema = z.object({ type: z.literal('scanTab'), tabId: tabIdSchema });
export type ScanTabMessage = z.infer<typeof scanTabMessageSchema>;

/** Popup → background: show a finding's element on the page. */
export const showFindingMessageSchema = z.object({
  type: z.literal('showFinding'),
  tabId: tabIdSchema,
  findingId: z.string().max(200),
});
export type ShowFindingMessage = z.infer<typeof showFindingMessageSchema>;

/**
 * Popup → background: read the metadata of the page's own images (same origin as the tab) for
 * C2PA / IPTC XMP AI declarations. Only when the person asks. Answers `scanImagesResponseSchema`.
 */
export const scanImagesMessageSchema = z.object({ type: z.literal('scanImages'), tabId: tabIdSchema });
export type ScanImagesMessage = z.infer<typeof scanImagesMessageSchema>;

export const extensionMessageSchema = z.discriminatedUnion('type', [
  reportFindingsMessageSchema,
  getReportMessageSchema,
  scanTabMessageSchema,
  showFindingMessageSchema,
  scanImagesMessageSchema,
]);
export type ExtensionMessage = z.input<typeof extensionMessageSchema>;

/** Answer to `getReport` and `scanTab`: null when the tab has not been analysed (yet). */
export const reportResponseSchema = reportSchema.nullable();

/** Answer to `showFinding`. `shown: false` when the element is gone or the frame no longer answers. */
export const showFindingResponseSchema = z.object({ shown: z.boolean() });
export type ShowFindingResponse = z.infer<typeof showFindingResponseSchema>;

const count = z.number().int().min(0).max(1000);

/** What an image check did, for the popup's sentence. Counts are of distinct image addresses. */
export const imageScanSummarySchema = z.object({
  /** Images of the page's own origin whose metadata was read and parsed. */
  checked: count,
  /** Images of other origins: never requested. */
  skippedOtherOrigin: count,
  /** Images holding a C2PA manifest store, readable or not (a compressed one cannot be read). */
  withC2pa: count,
  /** Images that declare AI (a finding's evidence). */
  withAiDeclaration: count,
  /** Of those, images whose AI declaration sits in an ingredient's manifest: made from a generated image. */
  withAiInIngredient: count.optional(),
  /** Images whose C2PA store, or one of its actions assertions, could not be decoded (compressed, corrupt). */
  c2paUnreadable: count.optional(),
  /** Images whose C2PA store is cut short, or larger than Vigie reads (2 MB). */
  c2paIncomplete: count.optional(),
  /** Requests that failed, timed out, were redirected or answered an error. */
  failed: count,
});
export type ImageScanSummary = z.infer<typeof imageScanSummarySchema>;

/** Answer to `scanImages`: the tab's report with the image findings, and what was read. */
export const scanImagesResponseSchema = z.object({ report: reportSchema.nullable(), summary: imageScanSummarySchema });
export type ScanImagesResponse = z.infer<typeof scanImagesResponseSchema>;

export { isHighlightElementMessage, type HighlightElementMessage } from './content-protocol';
