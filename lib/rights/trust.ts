import { z } from 'zod';
import { CONTACTS, SECTORS } from './contacts';
import { formatLongDate } from './dates';
import { FACTS, type FactId } from './facts';
import { LEGAL_BASES, type BasisId } from './legal-bases';
import { letterIdSchema, letterInfo } from './letters';
import { RIGHTS } from './rights';
import { kebabIdSchema, langSchema, type EvidenceTag, type Fact, type Lang, type LegalBasis, type Localised } from './schema';

/*
 * Trust: where each right, contact, sector and letter comes from (check date, sources, evidence
 * tags, legal bases), and a plain-text "report an error" message the person can copy or e-mail.
 * No network: the message is built here and sent, if at all, by the person.
 */

/** The research date: every item says it was checked against the research of that day. */
export const RESEARCH_DATE = '2026-11-26';

export const reportedItemSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('right'), id: kebabIdSchema }),
  z.object({ type: z.literal('contact'), id: kebabIdSchema }),
  z.object({ type: z.literal('sector'), id: kebabIdSchema }),
  z.object({ type: z.literal('letter'), id: letterIdSchema }),
]);
export type ReportedItem = z.infer<typeof reportedItemSchema>;

export interface Provenance {
  title: Localised;
  checkedOn: string;
  /** Facts used, each with its evidence tag and sources. */
  facts: Fact[];
  /** Every source of those facts (and the item's own), once each. */
  sources: string[];
  /** The evidence tags present ([P] official, [S] secondary). */
  tags: EvidenceTag[];
  legalBasis: LegalBasis[];
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

function factsOf(ids: readonly string[]): Fact[] {
  return ids.flatMap((id): Fact[] => {
    const fact: Fact | undefined = FACTS[id as FactId];
    return fact ? [fact] : [];
  });
}

function provenance(title: Localised, checkedOn: string, factIds: readonly string[], basisIds: readonly string[], ownSources: readonly string[] = []): Provenance {
  const facts = factsOf(factIds);
  return {
    title,
    checkedOn,
    facts,
    sources: unique([...ownSources, ...facts.flatMap((f) => f.sources)]),
    tags: unique(facts.map((f) => f.tag)).sort(),
    legalBasis: basisIds.flatMap((id): LegalBasis[] => {
      const basis: LegalBasis | undefined = LEGAL_BASES[id as BasisId];
      return basis ? [basis] : [];
    }),
  };
}

/** Where an item comes from; undefined for an unknown id. */
export function provenanceOf(item: ReportedItem): Provenance | undefined {
  switch (item.type) {
    case 'right': {
      const r = RIGHTS.find((x) => x.id === item.id);
      return r && provenance(r.title, r.checkedOn, r.facts, r.legalBasis);
    }
    case 'contact': {
      const c = CONTACTS.find((x) => x.id === item.id);
      return c && provenance(c.name, c.checkedOn, c.facts, [], c.sources);
    }
    case 'sector': {
      const s = SECTORS.find((x) => x.id === item.id);
      return s && provenance(s.name, s.checkedOn, s.facts, []);
    }
    case 'letter': {
      const info = letterInfo(item.id);
      const rights = RIGHTS.filter((r) => info.rights.includes(r.id as never));
      return provenance(info.title, RESEARCH_DATE, unique(rights.flatMap((r) => r.facts)), info.basis);
    }
  }
}

export const errorReportInputSchema = z.object({
  lang: langSchema,
  item: reportedItemSchema,
  /** The page the person was on. Only its origin and path are kept: query and fragment can hold a file number. */
  pageUrl: z.string().max(4096).optional(),
  message: z.string().max(2000).default(''),
  extensionVersion: z.string().max(40).optional(),
});
export type ErrorReportInput = z.input<typeof errorReportInputSchema>;

export interface ErrorReport {
  subject: string;
  body: string;
}

/** Origin and path of an http(s) URL; undefined otherwise. */
export function pageWithoutQuery(url: string): string | undefined {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    return `${u.origin}${u.pathname}`;
  } catch {
    return undefined;
  }
}

const LABELS: Record<Lang, Record<string, string>> = {
  fr: {
    subject: 'Vigie : signaler une erreur',
    intro: 'Signalement d’une erreur dans les informations de Vigie.',
    page: 'Page',
    noPage: '(non indiquée)',
    item: 'Élément',
    right: 'droit',
    contact: 'contact',
    sector: 'organisme',
    letter: 'lettre',
    unknown: '(élément inconnu)',
    checkedOn: 'Vérifié le',
    sources: 'Sources',
    bases: 'Textes cités',
    message: 'Votre message',
    emptyMessage: '[décrivez l’erreur : ce qui est faux, et ce qui serait juste, avec un lien si vous en avez un]',
    version: 'Version de Vigie',
    footer: 'Ce message contient seulement ce qui est écrit ci-dessus. Relisez-le avant de l’envoyer.',
  },
  en: {
    subject: 'Vigie: report an error',
    intro: 'Report of an error in Vigie’s information.',
    page: 'Page',
    noPage: '(not given)',
    item: 'Item',
    right: 'right',
    contact: 'contact',
    sector: 'body',
    letter: 'letter',
    unknown: '(unknown item)',
    checkedOn: 'Checked on',
    sources: 'Sources',
    bases: 'Texts cited',
    message: 'Your message',
    emptyMessage: '[describe the error: what is wrong, and what would be right, with a link if you have one]',
    version: 'Vigie version',
    footer: 'This message only contains what is written above. Read it again before sending it.',
  },
};

/** A plain-text error report about a right, contact, sector or letter, to copy or e-mail. */
export function buildErrorReport(input: ErrorReportInput): ErrorReport {
  const { lang, item, pageUrl, message, extensionVersion } = errorReportInputSchema.parse(input);
  const l = LABELS[lang];
  const info = provenanceOf(item);
  const page = (pageUrl ? pageWithoutQuery(pageUrl) : undefined) ?? l.noPage;
  const title = info ? (lang === 'fr' ? `« ${info.title[lang]} »` : `“${info.title[lang]}”`) : l.unknown;
  // French typography puts a space before the colon; English does not.
  const label = (name: string) => (lang === 'fr' ? `${l[name]} :` : `${l[name]}:`);
  const lines = [l.intro, '', `${label('page')} ${page}`, `${label('item')} ${l[item.type]} ${title} (${item.id})`];
  if (info) {
    lines.push(`${label('checkedOn')} ${formatLongDate(info.checkedOn, lang)} (${info.checkedOn})`);
    if (info.legalBasis.length > 0) lines.push(label('bases'), ...info.legalBasis.map((b) => `- ${b.short} — ${b.url}`));
    if (info.sources.length > 0) lines.push(label('sources'), ...info.sources.map((s) => `- ${s}`));
  }
  if (extensionVersion) lines.push(`${label('version')} ${extensionVersion}`);
  // Control and bidi-override characters could hide or reorder words of the report.
  const text = message
    .replace(/\r\n?/gu, '\n')
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu, ' ')
    .trim();
  lines.push('', label('message'), text || l.emptyMessage, '', l.footer);
  const body = `${lines.join('\n')}\n`;
  return { subject: `${l.subject} (${item.id})`, body };
}

/** A `mailto:` link for the report; the address comes from the caller (the project's contact). */
export function errorReportMailto(report: ErrorReport, address: string): string {
  const to = z.email().parse(address);
  return `mailto:${to}?subject=${encodeURIComponent(report.subject)}&body=${encodeURIComponent(report.body)}`;
}
