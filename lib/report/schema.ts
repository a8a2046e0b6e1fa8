import { z } from 'zod';

export const chatKindSchema = z.enum(['ai_bot', 'live_chat', 'hybrid']);
export type ChatKind = z.infer<typeof chatKindSchema>;

/**
 * What a chat assistant says of itself, read from its own visible text (launcher, header,
 * greeting, footer; AI Act art. 50(1)):
 * - `explicit`: it says it is an AI, or that its answers are generated automatically;
 * - `self-described`: it calls itself a virtual assistant, a chatbot, a robot, without saying AI;
 * - `none`: its open panel says neither;
 * - `not-checkable`: its panel is closed, so what it says there could not be read.
 * `found` is true only for `explicit`. `where` is the element the words were read in. `closed`: no open
 * chat window was seen (it is built when opened), so the words are its launcher's or teaser's, and
 * what it says inside is still to be read.
 */
export const disclosureStateSchema = z.enum(['explicit', 'self-described', 'none', 'not-checkable']);
export type DisclosureState = z.infer<typeof disclosureStateSchema>;

export const disclosureSchema = z.object({
  found: z.boolean(),
  state: disclosureStateSchema.optional(),
  matched: z.string().max(200).optional(),
  where: z.string().max(300).optional(),
  closed: z.boolean().optional(),
});
export type Disclosure = z.infer<typeof disclosureSchema>;

/** What a finding is about. Kept stable: it is part of the public report format. */
export const findingKindSchema = z.enum(['ai-chat', 'decision-notice', 'ai-content', 'missing-disclosure']);
export type FindingKind = z.infer<typeof findingKindSchema>;

/**
 * `detected`: a strong signal or the site's own declaration.
 * `possible`: weak signals only. A single weak signal never gives `detected`.
 */
export const findingLevelSchema = z.enum(['detected', 'possible']);
export type FindingLevel = z.infer<typeof findingLevelSchema>;

/** Which kind of page signal matched. */
export const signalTypeSchema = z.enum([
  'script-src',
  'inline-script',
  'iframe-src',
  'selector',
  'text',
  'attribute-text',
  'json-ld',
  'meta',
  'page-global',
  /** An attribute the page puts on an element to declare something (`ai-disclosure="ai-assisted"`). */
  'attribute',
  /** Metadata inside an image file (C2PA manifest, IPTC XMP), read only when the person asks. */
  'image-metadata',
]);
export type SignalType = z.infer<typeof signalTypeSchema>;

// Page-derived strings are capped: the page is untrusted and could make them huge.
const pageText = (max: number) => z.string().max(max);

export const evidenceSchema = z.object({
  /** Which signal of the rule matched. */
  signal: signalTypeSchema,
  /** What matched, as it appears on the page (truncated). Always rendered as text, never as HTML. */
  matched: pageText(300),
  /** Where: a short element path, the frame, or the shadow host that holds it. */
  where: pageText(300),
});
export type Evidence = z.infer<typeof evidenceSchema>;

/**
 * Whom a decision notice speaks to. It changes what the popup advises, and whether there is a
 * finding at all:
 * - `decision`: a decision or notification addressed to the reader (a letter, a personal space);
 * - `procedure`: an administration's own notice about the algorithm of one of its procedures,
 *   which is what the law asks it to publish;
 * - `about`: a page that talks about the law or about algorithms (an article, a guide, a register,
 *   a privacy policy, a debate). It gives no finding: the report lists it under `discussed`.
 */
export const noticeContextSchema = z.enum(['decision', 'procedure', 'about']);
export type NoticeContext = z.infer<typeof noticeContextSchema>;

/** One of the four elements CRPA art. R. 311-3-1-1 requires in the algorithmic-decision mention. */
export const mentionElementSchema = z.object({
  present: z.boolean(),
  /** The words the reading rests on: what was found, or what came close without saying it. */
  matched: pageText(200).optional(),
  /**
   * The text comes close without saying it clearly (a way to contest the decision where a way to
   * ask for the rules is expected): shown as "pas clairement indiqué", never as present.
   */
  unclear: z.boolean().optional(),
});
export type MentionElement = z.infer<typeof mentionElementSchema>;

export const MENTION_ELEMENTS = ['purpose', 'rightToRules', 'howToExercise', 'cada'] as const;
export type MentionElementId = (typeof MENTION_ELEMENTS)[number];

export const noticeSchema = z.object({
  context: noticeContextSchema,
  /** The words of the page that led to `context`, quoted (a file number, "La présente décision"…). */
  cues: z.array(pageText(120)).max(8),
  /**
   * For the CRPA mention: which of the four required elements the mention's text holds:
   * the purpose of the processing, the right to obtain its rules, how to exercise that right,
   * and referral to the CADA.
   */
  elements: z
    .object({ purpose: mentionElementSchema, rightToRules: mentionElementSchema, howToExercise: mentionElementSchema, cada: mentionElementSchema })
    .optional(),
  /**
   * Which law the notice speaks under: `fr` (French administration: CRPA, loi Informatique et
   * Libertés) or `eu` (a notice in another language, from another country's administration: the
   * GDPR's art. 22 is what applies everywhere). Absent means `fr`.
   */
  law: z.enum(['fr', 'eu']).optional(),
});
export type Notice = z.infer<typeof noticeSchema>;

export const declarationScopeSchema = z.enum(['page', 'site']);

export const findingSchema = z.object({
  /** Stable id of this finding in its report (rule id, plus frame when not the top one). */
  id: z.string().max(200),
  kind: findingKindSchema,
  ruleId: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  level: findingLevelSchema,
  /** Vendor or product name, when the rule knows it. */
  vendor: z.string().max(100).optional(),
  /** `declared`: announced (e.g. in a consent manager) but not loaded on the page yet. */
  state: z.enum(['present', 'declared']).default('present'),
  /** Confidence score in [0, 1] that led to the level (noisy-OR of the matched signal weights). */
  score: z.number().min(0).max(1),
  evidence: z.array(evidenceSchema).min(1).max(12),
  /** Frame the evidence was found in; 0 is the top document. */
  frameId: z.number().int().min(0).default(0),
  /** Legal references the rule carries, e.g. "CRPA art. L311-3-1". */
  legalRefs: z.array(z.string().max(100)).max(10).default([]),
  /** For chats: an AI bot, human agents, or both (from the vendor catalogue). */
  chatKind: chatKindSchema.optional(),
  /**
   * For chats whose conversation panel was seen: whether its accessible text says it is an
   * automated or AI system, and the words that say so.
   */
  disclosure: disclosureSchema.optional(),
  /** For decision notices: whom the page speaks to, and the mention's required elements. */
  notice: noticeSchema.optional(),
  /**
   * For AI-content declarations: `page` (a label on this page's content) or `site` (the site's own
   * statement about how it uses AI for its content). Absent means `page`.
   */
  scope: declarationScopeSchema.optional(),
});
export type Finding = z.infer<typeof findingSchema>;

/** Why the page counts, or not, as a public-service site. Codes are stable; the popup words them. */
export const publicServiceReasonSchema = z.enum([
  'national-service-domain',
  'public-sector-host-list',
  'user-added-site',
  'not-listed',
]);
export type PublicServiceReason = z.infer<typeof publicServiceReasonSchema>;

export const publicServiceSchema = z.object({
  isPublicService: z.boolean(),
  reason: publicServiceReasonSchema,
  /** The domain or host of the list that matched. */
  matched: z.string().max(300).optional(),
});
export type PublicService = z.infer<typeof publicServiceSchema>;

/** How the scan went: lets the popup say when a result is partial. */
export const scanInfoSchema = z.object({
  /** `static`: declared content script; `on-demand`: person clicked; `auto`: public-sector opt-in. */
  trigger: z.enum(['static', 'on-demand', 'auto']),
  frames: z.number().int().min(0),
  /** Time spent by the content script in the top frame, milliseconds. */
  durationMs: z.number().min(0),
  /** True when a budget (time, text size, node count, mutation queue) cut the scan short. */
  truncated: z.boolean(),
});
export type ScanInfo = z.infer<typeof scanInfoSchema>;

/**
 * Contacts the page itself shows: its data-protection officer (an e-mail or postal address written
 * next to "délégué à la protection des données" / DPO) and links to its privacy or legal pages.
 * Quoted from the page: rendered as text only.
 */
export const pageContactsSchema = z.object({
  dpo: z.object({ email: pageText(254).optional(), postal: pageText(300).optional(), quote: pageText(300) }).optional(),
  privacyLinks: z.array(z.object({ text: pageText(120), url: pageText(2048) })).max(5).default([]),
});
export type PageContacts = z.infer<typeof pageContactsSchema>;

/** A notice read as `about`: the page discusses the law. */
export const discussedSchema = z.object({
  kind: findingKindSchema,
  ruleId: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** The words that made the page read as a discussion ("publié le", a quotation…). */
  cues: z.array(pageText(120)).max(8),
  evidence: z.array(evidenceSchema).min(1).max(3),
});
export type Discussed = z.infer<typeof discussedSchema>;

/**
 * The report of one tab. Answer of the `getReport` message; stable interface for automation,
 * documented in docs/report-format.md. Only add optional fields; bump `schemaVersion` otherwise
 * (version 2: notice contexts became decision / procedure / about, and `about` left the findings).
 */
export const reportSchema = z.object({
  schemaVersion: z.literal(2),
  url: z.string().max(4096),
  scannedAt: z.string().datetime(),
  publicService: publicServiceSchema,
  findings: z.array(findingSchema).max(200),
  scan: scanInfoSchema.optional(),
  /** What the top page shows of its own contacts (data-protection officer, privacy pages). */
  pageContacts: pageContactsSchema.optional(),
  /**
   * What the page talks about without notifying anything: the law on algorithmic decisions quoted
   * in an article, a guide, a privacy policy. Not findings (no badge), so the popup can still
   * offer the general rights when the person asks.
   */
  discussed: z.array(discussedSchema).max(10).optional(),
});
export type Report = z.infer<typeof reportSchema>;
