import { z } from 'zod';
import { findingKindSchema, noticeContextSchema } from '../report/schema';

/**
 * Shapes of the rights data (rights, legal bases, facts, contacts) and of the letter input.
 * The data files are typed with these and validated by tests/unit/rights-data.test.ts; the data
 * is also parsed once when lib/rights loads, so a corrupted build fails loudly, not silently.
 */

/** The two languages of the rights texts. French is the product; English helps understanding. */
export const langSchema = z.enum(['fr', 'en']);
export type Lang = z.infer<typeof langSchema>;

export const kebabIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case');

/** A calendar date `YYYY-MM-DD` that exists (zod checks the day of the month, leap years included). */
export const isoDateSchema = z.iso.date();

/** Sources and links are https only: an http link can be rewritten on the way. */
export const httpsUrlSchema = z.url({ protocol: /^https$/ });

/**
 * Evidence tag of a fact, as in /work/shared/legal/legal-facts.md: `P` official text or body,
 * `S` secondary source. `U` (unverified) cannot be written here on purpose: unverified facts are
 * left out of the product.
 */
export const evidenceTagSchema = z.enum(['P', 'S']);
export type EvidenceTag = z.infer<typeof evidenceTagSchema>;

export const localisedSchema = z.object({ fr: z.string().min(1).max(600), en: z.string().min(1).max(600) });
export type Localised = z.infer<typeof localisedSchema>;

/** Plain-language sentences, one idea each, in both languages (same count: they are read side by side). */
export const localisedSentencesSchema = z
  .object({
    fr: z.array(z.string().min(3).max(220)).min(1).max(16).readonly(),
    en: z.array(z.string().min(3).max(260)).min(1).max(16).readonly(),
  })
  .refine((t) => t.fr.length === t.en.length, 'French and English explanations have the same number of sentences');
export type LocalisedSentences = z.infer<typeof localisedSentencesSchema>;

/** Hosts allowed for the official link of a legal basis. */
export const OFFICIAL_LAW_HOSTS = ['www.legifrance.gouv.fr', 'eur-lex.europa.eu', 'www.conseil-constitutionnel.fr', 'www.conseil-etat.fr'] as const;

/** An article, a regulation or a court decision, with its official link. */
export const legalBasisSchema = z.object({
  id: kebabIdSchema,
  /** Short label, e.g. "CRPA art. L. 311-3-1". Listed in a letter's `articles`. */
  short: z.string().min(3).max(80),
  /**
   * The token a letter writes when it cites this basis ("L. 311-3-1", "n° 2018-765 DC"): tests
   * check that every letter's text contains the token of each basis it lists.
   */
  token: z.string().min(2).max(40),
  title: localisedSchema,
  url: httpsUrlSchema.refine((u) => (OFFICIAL_LAW_HOSTS as readonly string[]).includes(new URL(u).hostname), 'official law hosts only'),
  /**
   * `article`: the link opens this article or decision. `section`: it opens the code's section that
   * holds the article. `text`: it opens the whole code or law, because the article's own Légifrance
   * id was not found in the research or the legal review (docs/rights.md, R11).
   */
  urlTarget: z.enum(['article', 'section', 'text']),
});
export type LegalBasis = z.infer<typeof legalBasisSchema>;

/** A fact of the legal research that a right, a contact or a caveat relies on. */
export const factSchema = z.object({
  id: kebabIdSchema,
  /** The fact in one English sentence, for reviewers. */
  statement: z.string().min(10).max(400),
  tag: evidenceTagSchema,
  /**
   * Where the fact was checked: a section of legal-facts.md ("1.4"), or a point of the project's
   * legal review in docs/rights.md ("R3").
   */
  section: z.string().regex(/^(?:\d+(?:\.\d+)?|R\d+)$/),
  sources: z.array(httpsUrlSchema).min(1).max(6).readonly(),
});
export type Fact = z.infer<typeof factSchema>;

/**
 * When a right applies to a finding. `contexts` and `ruleIds` narrow a kind; left out, they match
 * every context or rule of that kind.
 */
export const appliesToSchema = z.object({
  kind: findingKindSchema,
  contexts: z.array(noticeContextSchema).min(1).readonly().optional(),
  ruleIds: z.array(kebabIdSchema).min(1).readonly().optional(),
  /**
   * Under which law the notice must speak for the right to apply: `fr` (a French administration)
   * or `eu` (another country's administration, where only EU law such as the GDPR is certain).
   * Left out: French law only.
   */
  laws: z.array(z.enum(['fr', 'eu'])).min(1).readonly().optional(),
});
export type AppliesTo = z.infer<typeof appliesToSchema>;

/** A deadline computation a right or letter leads to (see deadlines.ts). */
export const deadlineEventSchema = z.enum(['rules-request-sent', 'cada-referral-registered', 'decision-received', 'administrative-appeal-sent', 'gdpr-request-sent']);
export type DeadlineEvent = z.infer<typeof deadlineEventSchema>;

export const rightSchema = z.object({
  id: kebabIdSchema,
  appliesTo: z.array(appliesToSchema).min(1).readonly(),
  title: localisedSchema,
  /** The explanation: short sentences, one idea each, jargon explained (FALC-friendly). */
  explanation: localisedSentencesSchema,
  /** A limit of the right or of what Vigie knows, said plainly. */
  caveat: localisedSchema.optional(),
  legalBasis: z.array(kebabIdSchema).min(1).readonly(),
  /** Facts of the research it relies on; their tags and sources are the right's evidence. */
  facts: z.array(kebabIdSchema).min(1).readonly(),
  /** Who to turn to, in order (ids of contacts.ts). */
  contacts: z.array(kebabIdSchema).readonly().default([]),
  deadlines: z.array(deadlineEventSchema).readonly().default([]),
  /** Date the facts were checked against the research (`YYYY-MM-DD`). */
  checkedOn: isoDateSchema,
});
export type Right = z.infer<typeof rightSchema>;
export type RightInput = z.input<typeof rightSchema>;

/**
 * An `unverified_fields` entry of recourse.json, and the field it made us drop, if any. Review
 * metadata, kept apart from `Contact`: a note can quote the unverified value itself, so it is
 * never shown to the person.
 */
export const omissionSchema = z.object({
  /** The `unverified_fields` entry, verbatim. */
  note: z.string().min(5).max(300),
  /**
   * The recourse.json field whose value was dropped for this reason. Absent when the note is about
   * a value recourse.json does not give in the entry (a deep link not captured, opening hours, a
   * phone number it left out): then there is nothing to drop, and nothing of the note is shown.
   */
  dropped: z.enum(['phone', 'web', 'postal', 'email']).optional(),
});
export type Omission = z.infer<typeof omissionSchema>;

export const contactSchema = z.object({
  id: kebabIdSchema,
  /** The `id` of the entry in /work/shared/legal/recourse.json this contact is taken from. */
  recourseId: z.string().regex(/^[a-z_]+$/),
  name: localisedSchema,
  role: localisedSchema,
  whenToUse: localisedSchema,
  /** `national` bodies are always shown; `local` means "yours": your CAF, your CPAM, the author of the decision. */
  scope: z.enum(['national', 'local']),
  phone: z.string().regex(/^[0-9 ]{4,20}$/).optional(),
  web: httpsUrlSchema.optional(),
  /** Where to click once on the site, when the link is only the home page. */
  webHint: localisedSchema.optional(),
  email: z.email().optional(),
  postal: z.string().min(5).max(200).optional(),
  /** When the address is "yours" (your CAF's), said in words, or a note on the address. */
  postalHint: localisedSchema.optional(),
  facts: z.array(kebabIdSchema).readonly().default([]),
  /** The texts that say what going to this body does to the deadlines (ids of legal-bases.ts). */
  basis: z.array(kebabIdSchema).readonly().default([]),
  sources: z.array(httpsUrlSchema).min(1).readonly(),
  checkedOn: isoDateSchema,
});
export type Contact = z.infer<typeof contactSchema>;
export type ContactInput = z.input<typeof contactSchema>;

/** A public body recognised from the site's host, with its own route before court. */
export const sectorSchema = z.object({
  id: kebabIdSchema,
  name: localisedSchema,
  /** Registrable domains: the host itself or any sub-domain matches (`wwwd.caf.fr` → caf.fr). */
  domains: z.array(z.string().regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/)).min(1).readonly(),
  /** Ids of contacts.ts, in the order to try them. Empty when no verified contact is known. */
  contacts: z.array(kebabIdSchema).readonly(),
  /** The sector's route: compulsory prior appeal, mediator, order of steps (one idea per sentence). */
  steps: localisedSentencesSchema.optional(),
  facts: z.array(kebabIdSchema).readonly().default([]),
  checkedOn: isoDateSchema,
});
export type Sector = z.infer<typeof sectorSchema>;
export type SectorInput = z.input<typeof sectorSchema>;
