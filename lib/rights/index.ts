/**
 * Rights, recourse and letters: the pure data and logic layer under the popup's
 * "Vos droits" screens. No browser API, no storage, no network: everything here is a function of
 * its arguments and of bundled, reviewed data. Texts come in French (the product) and English.
 *
 * ## What a finding means for the person
 *
 *   rightsForFinding(finding: FindingForRights): Right[]
 *   rightsForFindings(findings: readonly FindingForRights[]): Right[]      // each right once
 *   lettersForFinding(finding: FindingForRights): LetterId[]               // none for an information page
 *   getRight(id: RightId): Right
 *   RIGHTS: readonly Right[]                                               // display order
 *
 *   A `Right` has: id, appliesTo, title {fr,en}, explanation {fr: string[], en: string[]} (one
 *   sentence per item, render as a list or paragraph), caveat?, legalBasis (ids, see
 *   getLegalBasis), facts (ids, see getFact: evidence tag P/S and sources), contacts (ids),
 *   deadlines (events for computeDeadlines), checkedOn.
 *   Mapping: decision-notice + `decision` → mention, rules on request, CADA, fully automated
 *   decisions, GDPR access, automated-decision appeal, contesting deadlines, published rules
 *   (Parcoursup notices get the Parcoursup right instead of the CRPA ones); decision-notice +
 *   `information` (or no context) → "this page explains the law", rules on request, published
 *   rules; ai-chat → told it is an AI, answer is information, human or offline route;
 *   missing-disclosure → told it is an AI; ai-content → told a text is AI-generated.
 *
 * ## Who to turn to
 *
 *   contactsForHost(hostOrUrl: string): { sector?: Sector; sectorContacts: Contact[]; national: Contact[] }
 *   sectorForHost(hostOrUrl: string): Sector | undefined   // exact host or parent domain; unknown → undefined
 *   getContact(id: ContactId): Contact
 *   extractDpoContact(snippets: readonly (string | {text, href?})[]): { email?, postal?, quote } | undefined
 *   findPrivacyPageLinks(snippets): { text, url }[]
 *
 *   A `Contact` holds only verified fields (phone?, web?, webHint?, email?, postal?, postalHint?);
 *   CONTACT_OMISSIONS (review data, never to display) lists what recourse.json marks unverified. `sector.steps` gives the sector's route
 *   (compulsory prior appeal, mediator) as sentences. Render page-derived text (`quote`) as text.
 *
 * ## Letters
 *
 *   buildLetter({ letterId, lang, fields }): { subject, body, recipientHint, articles, missing, … }
 *   letterInputSchema.safeParse(input)      // validate a form without throwing
 *   letterInfo(id): { title, rights, basis, fields, deadlineEvent? }   // which fields to ask for
 *   LETTER_IDS, PLACEHOLDERS, FREE_TEXT_PROMPTS
 *
 *   Plain text only: render `body` in a <textarea> or as text, never as HTML. Missing fields show
 *   as "[votre numéro de dossier]"-style placeholders; `missing` names them.
 *
 * ## Deadlines
 *
 *   computeDeadlines({ event, date }): { event, from, milestones: { id, date, basis, facts, caveats }[] }
 *   milestoneLabel(id, lang), caveatText(id, lang)
 *   events: 'rules-request-sent' | 'decision-received' | 'administrative-appeal-sent' | 'gdpr-request-sent'
 *
 * ## Trust
 *
 *   provenanceOf({ type: 'right'|'contact'|'sector'|'letter', id }): { checkedOn, facts, sources, tags, legalBasis }
 *   buildErrorReport({ lang, item, pageUrl?, message?, extensionVersion? }): { subject, body }
 *   errorReportMailto(report, address): string
 *
 * Data: legal-facts.md and recourse.json of the research of 26 November 2026; how the data is
 * checked and what was left out is in docs/rights.md.
 */

import { lettersForRights, type LetterId } from './letters';
import { noticeContextOf, rightsForFinding, type FindingForRights } from './rights';

export * from './schema';
export { LEGAL_BASES, BASIS_IDS, getLegalBasis, type BasisId } from './legal-bases';
export { FACTS, FACT_IDS, getFact, type FactId } from './facts';
export { RIGHTS, getRight, rightsForFinding, rightsForFindings, rightsForKind, noticeContextOf, type RightId, type FindingForRights } from './rights';
export {
  CONTACTS,
  SECTORS,
  NATIONAL_CONTACT_IDS,
  EXCLUDED_RECOURSE_ENTRIES,
  CONTACT_OMISSIONS,
  getContact,
  sectorForHost,
  contactsForHost,
  normaliseHost,
  type ContactId,
  type SectorId,
  type PageContacts,
} from './contacts';
export { extractDpoContact, findPrivacyPageLinks, pageSnippetSchema, type DpoContact, type PageSnippet, type PrivacyPageLink } from './dpo-contact';
export {
  LETTER_IDS,
  PLACEHOLDERS,
  FREE_TEXT_PROMPTS,
  letterIdSchema,
  letterFieldsSchema,
  letterInputSchema,
  buildLetter,
  letterInfo,
  lettersForRights,
  type Letter,
  type LetterId,
  type LetterInput,
  type LetterFields,
  type LetterFieldName,
  type LetterInfo,
} from './letters';
export {
  CAVEATS,
  CAVEAT_IDS,
  MILESTONE_IDS,
  deadlineInputSchema,
  computeDeadlines,
  milestoneLabel,
  caveatText,
  milestonesOf,
  type CaveatId,
  type MilestoneId,
  type Milestone,
  type DeadlinePlan,
  type DeadlineInput,
} from './deadlines';
export { addMonths, formatLongDate, parseIsoDate, isLeapYear, daysInMonth } from './dates';
export {
  RESEARCH_DATE,
  reportedItemSchema,
  errorReportInputSchema,
  provenanceOf,
  buildErrorReport,
  errorReportMailto,
  pageWithoutQuery,
  type ReportedItem,
  type Provenance,
  type ErrorReport,
  type ErrorReportInput,
} from './trust';

/**
 * The letters to offer for a finding. None for a decision notice read as an information page:
 * the person may never have received such a decision (docs/decision-notices.md).
 */
export function lettersForFinding(finding: FindingForRights): LetterId[] {
  if (finding.kind === 'decision-notice' && noticeContextOf(finding) !== 'decision') return [];
  return lettersForRights(rightsForFinding(finding).map((r) => r.id));
}
