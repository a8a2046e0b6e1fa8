import { isReviewSection, REVIEW_TEXT, reviewSection, reviewTagOf } from './helpers/legal-review';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BASIS_IDS,
  CAVEATS,
  CAVEAT_IDS,
  CONTACTS,
  FACTS,
  FACT_IDS,
  LEGAL_BASES,
  LETTER_IDS,
  MILESTONE_IDS,
  OFFICIAL_LAW_HOSTS,
  RIGHTS,
  SECTORS,
  buildLetter,
  factSchema,
  legalBasisSchema,
  milestoneLabel,
  rightSchema,
  type Right,
} from '../../lib/rights';

/*
 * Meta-test of the rights data: every right is complete, sourced, recent, bilingual, plain, and
 * uses no fact the research marks [U]. Where the shared research files are present, their [P]/[S]
 * tags and [U] values are read from them directly; a curated list of [U] values runs always.
 */

const LEGAL_DIR = process.env.VIGIE_LEGAL_DIR ?? '/work/shared/legal';
const LEGAL_FACTS = `${LEGAL_DIR}/legal-facts.md`;
const RECOURSE = `${LEGAL_DIR}/recourse.json`;
const hasShared = existsSync(LEGAL_FACTS) && existsSync(RECOURSE);
const legalFacts = hasShared ? readFileSync(LEGAL_FACTS, 'utf8') : '';
const recourseText = hasShared ? readFileSync(RECOURSE, 'utf8') : '';
const recourse = hasShared ? (JSON.parse(recourseText) as { id: string; unverified_fields?: string[] }[]) : [];

// ---------------------------------------------------------------- helpers

const URL_IN_TEXT = /https?:\/\/[^\s)>\]"'`]+/gu;

/** Scheme-less, lower-case host without trailing dot, no trailing slash or punctuation. */
function normaliseUrl(url: string): string {
  const trimmed = url.replace(/[.,;:]+$/u, '');
  const m = /^https?:\/\/([^/?#]+)(.*)$/iu.exec(trimmed);
  if (!m) return trimmed;
  const host = (m[1] ?? '').toLowerCase().replace(/\.$/u, '');
  return `${host}${(m[2] ?? '').replace(/\/$/u, '')}`;
}

type Tag = 'P' | 'S' | 'P-mirror' | 'U';

/** For every URL and `owner/repo` of the research, the tags that precede it on its line. */
function tagsBySource(md: string): Map<string, Set<Tag>> {
  const map = new Map<string, Set<Tag>>();
  const add = (key: string, tag: Tag | undefined) => {
    if (!tag) return;
    const set = map.get(key) ?? new Set<Tag>();
    set.add(tag);
    map.set(key, set);
  };
  for (const line of md.split('\n')) {
    const markers = [...line.matchAll(/\[(P|S|P-mirror|U)\]/gu)].map((m) => ({ at: m.index, tag: m[1] as Tag }));
    const tagBefore = (at: number) => markers.filter((m) => m.at < at).at(-1)?.tag;
    for (const m of line.matchAll(URL_IN_TEXT)) add(normaliseUrl(m[0]), tagBefore(m.index));
    for (const m of line.matchAll(/`([\w.-]+\/[\w.-]+)`/gu)) add((m[1] ?? '').toLowerCase(), tagBefore(m.index));
    for (const m of line.matchAll(/GitHub `?([\w.-]+\/[\w.-]+)/gu)) add((m[1] ?? '').toLowerCase(), tagBefore(m.index));
  }
  return map;
}

/** Every URL written in the shared files, normalised. */
function urlsIn(text: string): Set<string> {
  return new Set([...text.matchAll(URL_IN_TEXT)].map((m) => normaliseUrl(m[0])));
}

/** `https://github.com/owner/repo[/blob/ref/path]` → repo and path. */
function githubParts(url: string): { repo: string; path?: string } | undefined {
  const m = /^https:\/\/github\.com\/([\w.-]+\/[\w.-]+)(?:\/blob\/[^/]+\/(.+))?$/u.exec(url);
  return m ? { repo: (m[1] ?? '').toLowerCase(), ...(m[2] ? { path: m[2] } : {}) } : undefined;
}

const sharedText = `${legalFacts}\n${recourseText}`;
const sharedUrls = urlsIn(sharedText);
const sourceTags = tagsBySource(legalFacts);

function isSourceOfResearch(url: string): boolean {
  const gh = githubParts(url);
  if (gh) return sharedText.toLowerCase().includes(gh.repo) && (!gh.path || sharedText.includes(gh.path.split('/').slice(-2).join('/')));
  return sharedUrls.has(normaliseUrl(url));
}

function tagsOfSource(url: string): Set<Tag> {
  const gh = githubParts(url);
  return sourceTags.get(gh ? gh.repo : normaliseUrl(url)) ?? new Set();
}

/**
 * The clauses of legal-facts.md that a [U] mark qualifies: from the mark to the end of its
 * sentence (or of its parenthesis), and, inside a parenthesis, the part before the mark.
 */
function unverifiedClauses(md: string): string[] {
  const clauses: string[] = [];
  for (const raw of md.split('\n')) {
    const line = raw.replace(/\*\*/gu, '');
    for (let at = line.indexOf('[U]'); at !== -1; at = line.indexOf('[U]', at + 3)) {
      const open = line.lastIndexOf('(', at);
      const inParen = open > line.lastIndexOf(')', at);
      let rest = line.slice(at + 3);
      const end = rest.search(/(?<=[.!?])\s+(?=[A-Z(«"[])|\s—\s|\s\|/u);
      if (end !== -1) rest = rest.slice(0, end);
      if (inParen && rest.includes(')')) rest = rest.slice(0, rest.indexOf(')'));
      clauses.push(rest);
      if (inParen) clauses.push(line.slice(open + 1, at).split(';').at(-1) ?? '');
    }
  }
  return clauses;
}

/**
 * Values a [U] clause states: quotations, phone numbers, links. (Article numbers outside quotes are
 * the subject of the doubt, "no case found on L. 311-3-1", not a value to avoid.)
 */
function valuesOf(clause: string): string[] {
  const values: string[] = [];
  for (const m of clause.matchAll(/"([^"]{3,})"|«\s*([^»]{3,}?)\s*»|“([^”]{3,})”/gu)) {
    const quoted = m[1] ?? m[2] ?? m[3] ?? '';
    // A quotation cut with "…" is checked piece by piece.
    for (const piece of quoted.split('…')) if (piece.trim().length >= 3) values.push(piece.trim());
  }
  for (const m of clause.matchAll(/\b0\d(?: \d\d){4}\b/gu)) values.push(m[0]);
  for (const m of clause.matchAll(URL_IN_TEXT)) values.push(m[0].replace(/[.,;:]+$/u, ''));
  return values;
}

/** Unverified values, curated from legal-facts.md and recourse.json; checked against them below. */
const CURATED_UNVERIFIED = [
  '01 42 75 79 99', // CADA phone, non-official site
  '3230', // CAF phone, not checked
  '3646', // Assurance Maladie phone, not checked
  'https://www.cada.fr/formulaire-de-saisine', // CADA form, not seen on cada.fr
  'https://www.cnil.fr/fr/adresser-une-plainte', // CNIL complaint path
  'vous-souhaitez-contacter-la-cnil',
  '19 rue de Paris', // MSA mediator, 2019 address
  'CS 50070',
  '93013',
  '8h00 à 20h00', // Défenseur des droits hours, conflicting
  '9h à 18h',
  'Par dérogation au 2°', // recalled wording of LIL art. 47
  'Contenu partiellement généré par une IA et vérifié par un agent',
  'réservé à la fonction publique d',
  'fr-icon-ai-generate-2',
  '2026/1744', // Digital Omnibus regulation number, EUR-Lex not opened
  '5054', // Commission guidelines C(2026) 5054
  '99(8)',
  'Aria',
  'SIA',
  // French wording of AI Act 50(4) and 50(5), quoted from memory in the research.
  'génère ou manipule des textes publiés dans le but d',
  'processus d’examen humain ou de contrôle éditorial',
  'au plus tard au moment de la première interaction',
] as const;

const apostrophes = (s: string) => s.replace(/[’‘]/gu, "'");

function containsValue(haystack: string, value: string): boolean {
  const v = apostrophes(value);
  const escaped = v.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  // Short values must stand alone (3230 is not in 13230); long ones may sit inside a sentence.
  return new RegExp(v.length <= 5 ? `(?<![\\p{L}\\d])${escaped}(?![\\p{L}\\d])` : escaped, 'u').test(apostrophes(haystack));
}

/** Everything the popup may show: rights, contacts, sectors, bases, facts, caveats, and every letter. */
function shownText(): string {
  const full = {
    fullName: 'Camille Exemple',
    address: '1 place de la Mairie\n00000 Exemple',
    fileNumber: 'A-1',
    decisionDate: '2026-10-01',
    requestDate: '2026-10-15',
    administration: 'Administration exemple',
    administrationAddress: 'Adresse exemple',
    decisionRef: 'D-1',
    place: 'Exemple',
    today: '2026-11-26',
  };
  const letters = LETTER_IDS.flatMap((letterId) =>
    (['fr', 'en'] as const).flatMap((lang) => [
      buildLetter({ letterId, lang, fields: { fullName: '', address: '', today: '2026-11-26' } }),
      buildLetter({ letterId, lang, fields: full }),
    ]),
  );
  return JSON.stringify({
    RIGHTS,
    CONTACTS,
    SECTORS,
    LEGAL_BASES,
    FACTS,
    CAVEATS,
    milestones: MILESTONE_IDS.flatMap((id) => [milestoneLabel(id, 'fr'), milestoneLabel(id, 'en')]),
    letters,
  });
}

// ---------------------------------------------------------------- tests

function monthsBefore(date: Date, months: number): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - months, date.getUTCDate()));
  return d.toISOString().slice(0, 10);
}

const today = new Date().toISOString().slice(0, 10);

function allText(right: Right, lang: 'fr' | 'en'): string {
  return [right.title[lang], ...right.explanation[lang], right.caveat?.[lang] ?? ''].join(' ');
}

describe('rights data', () => {
  it('parses with the schema and has unique ids', () => {
    for (const right of RIGHTS) expect(() => rightSchema.parse(right), right.id).not.toThrow();
    expect(new Set(RIGHTS.map((r) => r.id)).size).toBe(RIGHTS.length);
    expect(RIGHTS.length).toBeGreaterThanOrEqual(10);
  });

  it.each(RIGHTS.map((r) => [r.id, r] as const))('%s has a legal basis, facts, sources and a check date', (_id, right) => {
    expect(right.legalBasis.length).toBeGreaterThan(0);
    for (const id of right.legalBasis) expect(BASIS_IDS, `${right.id}: unknown basis ${id}`).toContain(id);
    expect(right.facts.length).toBeGreaterThan(0);
    for (const id of right.facts) expect(FACT_IDS, `${right.id}: unknown fact ${id}`).toContain(id);
    const sources = right.facts.flatMap((id) => FACTS[id as keyof typeof FACTS].sources);
    expect(sources.length).toBeGreaterThan(0);
    expect(right.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
  });

  it.each(RIGHTS.map((r) => [r.id, r.checkedOn] as const))('%s was checked in the last 12 months (%s), not in the future', (_id, checkedOn) => {
    expect(checkedOn >= monthsBefore(new Date(), 12), `check date ${checkedOn} is more than 12 months before ${today}: re-check the right`).toBe(true);
    expect(checkedOn <= today).toBe(true);
  });

  it('contacts and sectors were checked in the last 12 months too', () => {
    for (const item of [...CONTACTS, ...SECTORS]) expect(item.checkedOn >= monthsBefore(new Date(), 12), item.id).toBe(true);
  });

  it.each(RIGHTS.map((r) => [r.id, r] as const))('%s has French and English text', (_id, right) => {
    for (const lang of ['fr', 'en'] as const) {
      expect(right.title[lang].trim().length, `${lang} title`).toBeGreaterThan(10);
      expect(right.explanation[lang].length, `${lang} explanation`).toBeGreaterThan(0);
      for (const sentence of right.explanation[lang]) expect(sentence.trim().length).toBeGreaterThan(2);
      if (right.caveat) expect(right.caveat[lang].trim().length).toBeGreaterThan(10);
    }
    expect(right.explanation.fr.length).toBe(right.explanation.en.length);
    // A French text copied into the English slot (or the reverse) is a missing translation.
    expect(right.title.fr).not.toBe(right.title.en);
    expect(right.explanation.fr.join(' ')).not.toBe(right.explanation.en.join(' '));
  });

  it.each(RIGHTS.map((r) => [r.id, r] as const))('%s is written in short French sentences (one idea each)', (_id, right) => {
    for (const sentence of right.explanation.fr) {
      const words = sentence.split(/\s+/u).filter(Boolean).length;
      expect(words, `too long for a plain-language sentence: "${sentence}"`).toBeLessThanOrEqual(28);
    }
  });

  // Acronyms and terms that must be explained where they are used, in each language.
  const GLOSSARY = {
    fr: [
      [/\bCADA\b/u, /Commission d[’']accès aux documents administratifs/u],
      [/\bCNIL\b/u, /Commission nationale de l[’']informatique et des libertés/u],
      [/\bRGPD\b/u, /règlement général sur la protection des données/u],
      [/\bDPO\b/u, /délégué à la protection des données/u],
      [/\bIA\b/u, /intelligence artificielle/u],
      [/\bchatbot\b/iu, /programme qui répond/u],
    ],
    en: [
      [/\bCADA\b/u, /Commission for access to administrative documents/u],
      [/\bCNIL\b/u, /data protection authority/u],
      [/\bGDPR\b/u, /General Data Protection Regulation/u],
      [/\bDPO\b/u, /data protection officer/u],
      [/\bAI\b/u, /artificial intelligence/u],
      [/\bchatbot\b/iu, /program that answers/u],
    ],
  } as const;

  it.each(RIGHTS.map((r) => [r.id, r] as const))('%s explains every acronym it uses', (_id, right) => {
    for (const lang of ['fr', 'en'] as const) {
      const text = allText(right, lang);
      for (const [term, expansion] of GLOSSARY[lang]) {
        if (term.test(text)) expect(text, `${right.id} (${lang}) uses ${term} without explaining it`).toMatch(expansion);
      }
    }
  });

  it('every legal basis has an https official link and a token', () => {
    for (const basis of Object.values(LEGAL_BASES)) {
      expect(() => legalBasisSchema.parse(basis), basis.id).not.toThrow();
      const url = new URL(basis.url);
      expect(url.protocol).toBe('https:');
      expect(OFFICIAL_LAW_HOSTS as readonly string[]).toContain(url.hostname);
      // The token a letter writes is in the basis's own label, so the two cannot drift apart.
      expect(basis.short.toLowerCase()).toContain(basis.token.replace(/^article /u, '').toLowerCase());
    }
  });

  it('every fact parses, is tagged [P] or [S], and has https sources', () => {
    for (const fact of Object.values(FACTS)) {
      expect(() => factSchema.parse(fact), fact.id).not.toThrow();
      expect(['P', 'S']).toContain(fact.tag);
      for (const source of fact.sources) expect(new URL(source).protocol, `${fact.id}: ${source}`).toBe('https:');
    }
  });

  it('every fact is used by a right, a contact, a sector or a caveat', () => {
    const used = new Set([
      ...RIGHTS.flatMap((r) => r.facts),
      ...CONTACTS.flatMap((c) => c.facts),
      ...SECTORS.flatMap((s) => s.facts),
      ...CAVEAT_IDS.flatMap((id) => CAVEATS[id].facts),
    ]);
    for (const id of FACT_IDS) expect(used.has(id), `unused fact ${id}`).toBe(true);
  });

  it('every source of contacts and sectors is https', () => {
    for (const c of CONTACTS) for (const s of c.sources) expect(new URL(s).protocol, `${c.id}: ${s}`).toBe('https:');
    for (const c of CONTACTS) if (c.web) expect(new URL(c.web).protocol).toBe('https:');
  });

  it('nothing the popup shows states a value the research marks unverified (curated list)', () => {
    const shown = shownText();
    for (const value of CURATED_UNVERIFIED) expect(containsValue(shown, value), `shows unverified value "${value}"`).toBe(false);
  });

  it('lib/rights imports no browser API', () => {
    const dir = new URL('../../lib/rights/', import.meta.url);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const code = readFileSync(new URL(file, dir), 'utf8');
      expect(code, file).not.toMatch(/from ['"](?:wxt\/browser|#imports|webextension-polyfill|wxt\/[^'"]*)['"]/u);
      expect(code, file).not.toMatch(/\bbrowser\.\w+/u);
    }
  });
});

describe('rights data against the project legal review (docs/rights.md)', () => {
  const reviewFacts = Object.values(FACTS).filter((f) => isReviewSection(f.section));

  it('has facts resting on it', () => {
    expect(reviewFacts.length).toBeGreaterThan(5);
  });

  it('every review fact names a section of the review, which lists each of its sources', () => {
    for (const fact of reviewFacts) {
      const section = reviewSection(fact.section);
      expect(section, `${fact.id}: no section ${fact.section}`).toBeDefined();
      for (const source of fact.sources) expect(reviewTagOf(section!, source), `${fact.id}: ${source} is not listed in ${fact.section}`).toBeDefined();
    }
  });

  it('a review fact tagged [P] has a source the review tags [P]', () => {
    for (const fact of reviewFacts.filter((f) => f.tag === 'P')) {
      const section = reviewSection(fact.section)!;
      expect(fact.sources.some((s) => reviewTagOf(section, s) === 'P'), `${fact.id} is tagged P without a [P] source in ${fact.section}`).toBe(true);
    }
  });
});

describe.skipIf(!hasShared)('rights data against the shared research files', () => {
  it('every fact cites only sources found in legal-facts.md or recourse.json', () => {
    for (const fact of Object.values(FACTS).filter((f) => !isReviewSection(f.section))) {
      for (const source of fact.sources) expect(isSourceOfResearch(source), `${fact.id}: ${source} is not in the research`).toBe(true);
    }
  });

  it('a fact tagged [P] has a source that the research tags [P]', () => {
    for (const fact of Object.values(FACTS).filter((f) => f.tag === 'P' && !isReviewSection(f.section))) {
      const tags = fact.sources.map(tagsOfSource);
      expect(
        tags.some((t) => t.has('P')),
        `${fact.id} is tagged P but none of its sources is tagged [P] in legal-facts.md`,
      ).toBe(true);
    }
  });

  it('no fact relies only on sources the research tags [U]', () => {
    for (const fact of Object.values(FACTS).filter((f) => !isReviewSection(f.section))) {
      const tags = fact.sources.map(tagsOfSource);
      expect(tags.every((t) => t.size > 0 && [...t].every((tag) => tag === 'U')), fact.id).toBe(false);
    }
  });

  it('every fact names a section that exists in legal-facts.md', () => {
    for (const fact of Object.values(FACTS).filter((f) => !isReviewSection(f.section))) {
      const heading = fact.section.includes('.') ? `### ${fact.section} ` : `## ${fact.section}. `;
      expect(legalFacts.includes(heading), `${fact.id}: no section ${fact.section}`).toBe(true);
    }
  });

  it('the curated unverified values are really in the research', () => {
    for (const value of CURATED_UNVERIFIED) {
      expect(containsValue(sharedText, value) || sharedText.includes(value), `"${value}" is not in the shared files`).toBe(true);
    }
  });

  it('nothing the popup shows states a value of a [U] clause of legal-facts.md', () => {
    const values = unverifiedClauses(legalFacts).flatMap(valuesOf);
    expect(values.length, 'the [U] clause extraction found nothing: has the format changed?').toBeGreaterThan(5);
    const shown = shownText();
    // A value the project's legal review has since checked (docs/rights.md) may be shown.
    const rechecked = values.filter((v) => REVIEW_TEXT.includes(v));
    expect(rechecked, 'values re-checked by the legal review').toEqual(['D. 312-1-4']);
    for (const value of values.filter((v) => !rechecked.includes(v))) expect(containsValue(shown, value), `shows [U] value "${value}"`).toBe(false);
  });

  it('nothing the popup shows states a phone number or link that recourse.json marks unverified', () => {
    const notes = recourse.flatMap((e) => e.unverified_fields ?? []);
    const values = notes.flatMap((note) => [
      ...[...note.matchAll(/\b0\d(?: \d\d){4}\b|\b3\d{3}\b/gu)].map((m) => m[0]),
      ...[...note.matchAll(URL_IN_TEXT)].map((m) => m[0]),
    ]);
    expect(values.length).toBeGreaterThan(0);
    const shown = shownText();
    for (const value of values) expect(containsValue(shown, value), `shows unverified "${value}"`).toBe(false);
  });
});
