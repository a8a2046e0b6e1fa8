import { z } from 'zod';

/*
 * Finds, in text the page shows, how to reach the administration's data protection officer (DPO,
 * "délégué à la protection des données", DPD): an e-mail or a postal address written next to those
 * words. Public authorities must have one, and legal-facts.md §4.4 says its details are usually on
 * the "Données personnelles" / "Mentions légales" page, or on the decision itself.
 *
 * Conservative on purpose: a wrong address sends a person's request, with their personal data, to
 * the wrong place. So no match rather than a guess: two different e-mails near the words give
 * nothing, an e-mail in another sentence gives nothing, the CNIL's own addresses are not a DPO's.
 * Pure: the caller collects the snippets (link texts and hrefs, paragraphs) from the page.
 */

/** A paragraph of the page, or a link (its text and `href`). Capped: the page is untrusted. */
export const pageSnippetSchema = z.union([
  z.string().max(5000),
  z.object({ text: z.string().max(5000), href: z.string().max(2048).optional() }),
]);
export type PageSnippet = z.infer<typeof pageSnippetSchema>;

export interface DpoContact {
  email?: string;
  postal?: string;
  /** The page's own words that hold the contact, to show quoted (plain text, at most 300 characters). */
  quote: string;
}

export interface PrivacyPageLink {
  text: string;
  url: string;
}

// "Délégué(e) à la protection des données (personnelles)", with or without accents; the acronyms
// only in capitals, since "dpo" in lower case is mostly the local part of an e-mail.
const KEYWORD = new RegExp(
  [
    String.raw`d[ée]l[ée]gu[ée]e?s?\s+(?:[àa]\s+la\s+)?protection\s+des\s+donn[ée]es(?:\s+(?:personnelles|[àa]\s+caract[èe]re\s+personnel))?`,
    String.raw`data\s+protection\s+officer`,
  ].join('|'),
  'giu',
);
const ACRONYM = /\b(?:DPO|DPD)\b/gu;
const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}/gu;
// A local part that names the role by itself: dpo@…, dpd@…, dpo.mairie@…, dpd-academie@…
const ROLE_LOCAL_PART = /^(?:dpo|dpd)(?:[._-][a-z0-9-]+)?$/iu;
// A sentence ends: a full stop, question or exclamation mark followed by a capital letter.
const SENTENCE_BREAK = /[.!?]\s+[A-ZÀ-Ý]/u;
// Privacy pages name the CNIL next to the DPO ("…or complain to the CNIL, 3 place de Fontenoy"):
// whatever follows the CNIL's name is the CNIL's, not the DPO's.
const OTHER_BODY = /\bCNIL\b|Commission nationale de l['’]informatique/iu;
const NEAR_AFTER = 160;
const NEAR_BEFORE = 80;

// A street line or a post box, then a French postcode and a city (words in capitals or connectors).
// Street words in either case for their first letter ("rue", "Rue"); the city is matched by case.
const STREET_WORDS = ['rue', 'avenue', 'boulevard', 'bd', 'place', 'quai', 'all[ée]e', 'chemin', 'cours', 'impasse', 'route', 'square', 'esplanade', 'parvis']
  .map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`)
  .join('|');
const STREET = String.raw`(?:\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:${STREET_WORDS})\b|(?:BP|CS|TSA)\s?\d{2,6}\b)`;
const CITY_WORD = String.raw`(?!(?:T[ée]l|Fax|Courriel|Mail|E-mail|Email|Site)\b)[A-ZÀ-Ý][\p{L}'’-]*`;
const CITY = String.raw`${CITY_WORD}(?:\s+[Cc][Ee][Dd][Ee][Xx](?:\s+\d{1,2})?|[ -](?:sur|sous|en|le|la|les|de|du|des|aux|${CITY_WORD})){0,4}`;
const ADDRESS = new RegExp(String.raw`${STREET}[^\n@]{0,90}?\b\d{5}\s+${CITY}`, 'gu');

const PRIVACY_LINK = /donn[ée]es\s+personnelles|protection\s+des\s+donn[ée]es|politique\s+de\s+confidentialit[ée]|mentions\s+l[ée]gales|vie\s+priv[ée]e|\bRGPD\b/iu;

function clean(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u00a0\u202f]+/gu, ' ').replace(/\s+/gu, ' ').trim();
}

interface Span {
  start: number;
  end: number;
}

function keywordSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const re of [KEYWORD, ACRONYM]) {
    for (const m of text.matchAll(re)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** The text between two spans, in either order. */
function between(text: string, a: Span, b: Span): string {
  return a.end <= b.start ? text.slice(a.end, b.start) : text.slice(b.end, a.start);
}

/** A match near a keyword, in the same sentence, with nothing of its kind in between. */
function nearKeyword(text: string, item: Span, keywords: Span[], others: Span[]): Span | undefined {
  return keywords.find((k) => {
    const after = item.start >= k.end && item.start - k.end <= NEAR_AFTER;
    const before = item.end <= k.start && k.start - item.end <= NEAR_BEFORE;
    if (!after && !before) return false;
    const gap = between(text, k, item);
    if (SENTENCE_BREAK.test(gap) || OTHER_BODY.test(gap)) return false;
    // Another e-mail (or address) between the words and this one: it belongs to the other one.
    return !others.some((o) => o !== item && o.start >= Math.min(k.end, item.end) && o.end <= Math.max(k.start, item.start));
  });
}

function isCnil(email: string): boolean {
  return /@(?:[a-z0-9-]+\.)*cnil\.fr$/iu.test(email);
}

function mailtoAddress(href: string): string | undefined {
  const m = /^mailto:([^?]+)/iu.exec(href.trim());
  if (!m?.[1]) return undefined;
  let address: string;
  try {
    address = decodeURIComponent(m[1]);
  } catch {
    return undefined;
  }
  const match = address.match(EMAIL);
  return match?.length === 1 && match[0] === address.trim() ? match[0] : undefined;
}

function quoteOf(text: string, spans: Span[]): string {
  const start = Math.min(...spans.map((s) => s.start));
  const end = Math.max(...spans.map((s) => s.end));
  const quote = text.slice(start, end);
  return quote.length > 300 ? `${quote.slice(0, 299)}…` : quote;
}

interface Candidate {
  email?: string;
  postal?: string;
  quote: string;
}

function candidatesOf(snippet: PageSnippet): Candidate[] {
  const text = clean(typeof snippet === 'string' ? snippet : snippet.text);
  const href = typeof snippet === 'string' ? undefined : snippet.href;
  const keywords = keywordSpans(text);
  const found: Candidate[] = [];

  // A link whose target is an e-mail: its text must name the role, or the address must. The
  // collector sends a link's own words here, never the block around it (lib/detect/page-contacts.ts).
  const linked = href ? mailtoAddress(href) : undefined;
  if (linked && !isCnil(linked)) {
    const local = linked.split('@')[0] ?? '';
    if (keywords.length > 0 || ROLE_LOCAL_PART.test(local)) found.push({ email: linked, quote: text || linked });
  }

  const emails: Span[] = [...text.matchAll(EMAIL)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  for (const e of emails) {
    const email = text.slice(e.start, e.end);
    if (isCnil(email)) continue;
    const local = email.split('@')[0] ?? '';
    const k = nearKeyword(text, e, keywords, emails);
    if (k) found.push({ email, quote: quoteOf(text, [k, e]) });
    else if (ROLE_LOCAL_PART.test(local)) found.push({ email, quote: quoteOf(text, [e]) });
  }

  const addresses: Span[] = [...text.matchAll(ADDRESS)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  for (const a of addresses) {
    // An address only counts after the words (before them, it is usually the site's publisher).
    const k = keywords.find((kw) => {
      const gap = text.slice(kw.end, a.start);
      return a.start >= kw.end && a.start - kw.end <= NEAR_AFTER && !SENTENCE_BREAK.test(gap) && !OTHER_BODY.test(gap);
    });
    if (k && !addresses.some((o) => o !== a && o.start >= k.end && o.end <= a.start)) {
      found.push({ postal: text.slice(a.start, a.end), quote: quoteOf(text, [k, a]) });
    }
  }
  return found;
}

/**
 * The DPO contact the page shows, or undefined when it shows none or when what it shows is
 * ambiguous (two different e-mails, or two different addresses).
 */
export function extractDpoContact(snippets: readonly unknown[]): DpoContact | undefined {
  const candidates = snippets.flatMap((s) => {
    const parsed = pageSnippetSchema.safeParse(s);
    return parsed.success ? candidatesOf(parsed.data) : [];
  });
  const emails = new Set(candidates.flatMap((c) => (c.email ? [c.email.toLowerCase()] : [])));
  const postals = new Set(candidates.flatMap((c) => (c.postal ? [c.postal] : [])));
  if (emails.size > 1 || postals.size > 1) return undefined;
  const withEmail = candidates.find((c) => c.email);
  const withPostal = candidates.find((c) => c.postal);
  if (!withEmail && !withPostal) return undefined;
  // One quote when one holds the other (same sentence), else both.
  const quotes = [withEmail?.quote, withPostal?.quote].filter((q): q is string => !!q);
  const kept = quotes.filter((q, i) => !quotes.some((other, j) => j !== i && other.includes(q) && (other !== q || j < i)));
  const quote = kept.join(' … ');
  return {
    ...(withEmail?.email ? { email: withEmail.email } : {}),
    ...(withPostal?.postal ? { postal: withPostal.postal } : {}),
    quote: quote.length > 300 ? `${quote.slice(0, 299)}…` : quote,
  };
}

/** Links of the page that lead to its personal-data or legal-notice page, where the DPO is usually named. */
export function findPrivacyPageLinks(snippets: readonly unknown[]): PrivacyPageLink[] {
  const links: PrivacyPageLink[] = [];
  const seen = new Set<string>();
  for (const s of snippets) {
    const parsed = pageSnippetSchema.safeParse(s);
    if (!parsed.success || typeof parsed.data === 'string' || !parsed.data.href) continue;
    const text = clean(parsed.data.text);
    if (!PRIVACY_LINK.test(text)) continue;
    let url: URL;
    try {
      url = new URL(parsed.data.href);
    } catch {
      continue;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') continue;
    if (seen.has(url.href)) continue;
    seen.add(url.href);
    links.push({ text: text.slice(0, 120), url: url.href });
  }
  return links;
}
