import type { MentionElementId, Notice, NoticeContext } from '../report/schema';
import { HOW_TO_ASKING, HOW_TO_NOT_RECOURSE, HOW_TO_RULES, MENTION_ELEMENT_RULES, NOTICE_CUES, type NoticeSide, type WeightedCue } from '../rules/notice-context';
import { SKIP_TAGS, blockOf, joinText, reportedBefore } from './collect';
import { clip, normaliseText, originalSlice } from './normalise';

/**
 * Text read to classify a page: a letter's head (file number, salutation) and a fact sheet's
 * vocabulary come early, so the start of the page plus the mention's surroundings is enough, and
 * a huge page costs no more than a long letter.
 */
const MAX_PAGE_CHARS = 40_000;
const MAX_TEXT_NODES = 3_000;
/** Around a mention, the text searched for its four elements. */
const MAX_WINDOW_CHARS = 2_500;
const MAX_SECTION_CHARS = 3_000;
const MENTION_CONTAINERS =
  'section, aside, article, footer, fieldset, blockquote, dialog, details, [role="note"], [role="region"], [role="complementary"], .fr-callout, .fr-notice, .fr-highlight';
/** A mention inside these is quoted, not notified. */
const QUOTING = 'blockquote, q, cite, code, pre, kbd, samp';
/** A decision needs at least this many points from the page's letter or personal-space cues. */
const MIN_DECISION_POINTS = 2;
/** A procedure notice needs at least this many points: the administration speaking of its own processing. */
const MIN_PROCEDURE_POINTS = 2;

interface Lines {
  raw: string[];
  norm: string[];
}

type CompiledCue = [WeightedCue, RegExp];
let compiled: { cues: CompiledCue[]; elements: Array<[MentionElementId, RegExp]>; notRecourse: RegExp; asking: RegExp; rulesWords: RegExp } | undefined;

// Compiled on the first notice only: most pages have none, and the content script runs everywhere.
function patterns() {
  compiled ??= {
    cues: NOTICE_CUES.map((c) => [c, new RegExp(c.pattern, 'mu')]),
    elements: MENTION_ELEMENT_RULES.map((e) => [e.id, new RegExp(e.pattern, 'gu')]),
    notRecourse: new RegExp(HOW_TO_NOT_RECOURSE, 'u'),
    asking: new RegExp(HOW_TO_ASKING, 'u'),
    rulesWords: new RegExp(HOW_TO_RULES, 'u'),
  };
  return compiled;
}

/**
 * Text of `root` as lines, one per block element, as the page renders it: scripts, styles and
 * hidden subtrees left out. Stops at `maxChars`.
 */
function textLines(root: Node, maxChars: number): Lines {
  const raw: string[] = [];
  let current = '';
  let currentBlock: Node | null = null;
  let total = 0;
  let nodes = 0;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */);
  // Text nodes come in runs under one parent: its visibility is checked once per run.
  let lastParent: Element | null = null;
  let lastSkipped = false;
  for (let node = walker.nextNode(); node && total < maxChars && nodes < MAX_TEXT_NODES; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      // A line break inside a block separates words, as the scanner reads them.
      if ((node as Element).localName === 'br' && current) current += ' ';
      continue;
    }
    nodes++;
    const parent = node.parentElement;
    if (parent !== lastParent) {
      lastParent = parent;
      lastSkipped = !parent || SKIP_TAGS.has(parent.localName) || parent.closest('[hidden], [aria-hidden="true"], script, style, template, noscript') !== null;
    }
    if (lastSkipped) continue;
    const block = blockOf(node);
    if (block !== currentBlock) {
      if (current.trim()) raw.push(current.trim());
      current = '';
      currentBlock = block;
    }
    const value = node.nodeValue ?? '';
    current = joinText(current, value);
    total += value.length;
  }
  if (current.trim()) raw.push(current.trim());
  return { raw, norm: raw.map(normaliseText) };
}

export interface SideScore {
  points: number;
  quotes: string[];
}

/** The cues found in `lines`, by side, each counted once, with the words that matched. */
function findCues(lines: Lines, cues: readonly CompiledCue[], where: WeightedCue['where'], into: Record<NoticeSide, SideScore>): void {
  // One search per cue over all lines (joined, `m` flag) rather than one per line.
  const blob = lines.norm.join('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines.norm) {
    starts.push(offset);
    offset += line.length + 1;
  }
  for (const [cue, regex] of cues) {
    if (cue.where !== where) continue;
    const m = regex.exec(blob);
    if (!m) continue;
    into[cue.side].points += cue.points;
    let i = starts.length - 1;
    while (i > 0 && starts[i]! > m.index) i--;
    const from = m.index - starts[i]!;
    into[cue.side].quotes.push(clip(originalSlice(lines.raw[i]!, from, Math.min(from + m[0].length, lines.norm[i]!.length)), 100));
  }
}

/**
 * What says what kind of page this is: its title, its main headings, and the type it gives itself
 * in its metadata (`og:type`, JSON-LD `@type`), one per line ("type: newsarticle").
 */
function headLines(doc: Document): Lines {
  const raw: string[] = [];
  if (doc.title) raw.push(doc.title.slice(0, 300));
  for (const h of [...doc.querySelectorAll('h1')].slice(0, 3)) raw.push((h.textContent ?? '').trim().slice(0, 300));
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content');
  if (og) raw.push(`type: ${og.slice(0, 60)}`);
  for (const script of [...doc.querySelectorAll('script[type="application/ld+json"]')].slice(0, 5)) {
    // The types only: a regular expression over the first characters, not a parse of a page's JSON.
    for (const m of (script.textContent ?? '').slice(0, 20_000).matchAll(/"@type"\s*:\s*"([A-Za-z]{2,40})"/g)) raw.push(`type: ${m[1]}`);
  }
  const kept = raw.filter((r) => r.length > 0);
  return { raw: kept, norm: kept.map(normaliseText) };
}

/**
 * The mention sits in a quotation: a blockquote or a `<q>`, a block that opens with a quotation
 * mark, or a block introduced as an excerpt ("Extrait d'une notification… :"). It is reported, not
 * notified.
 */
function isQuoted(anchor: Element): boolean {
  if (anchor.closest(QUOTING)) return true;
  for (const q of anchor.querySelectorAll('q, cite, code')) if (/algorithm|automat/iu.test(q.textContent ?? '')) return true;
  if (/^[«“"„‹]/u.test((anchor.textContent ?? '').trim())) return true;
  const before = normaliseText((anchor.previousElementSibling?.textContent ?? '').trim().slice(-200));
  return /:$/u.test(before) && INTRODUCES_QUOTE.test(before);
}

/** Words of a line that introduces a quotation or a specimen. */
const INTRODUCES_QUOTE = /\b(?:extrait|exemple|document \d|ainsi redige|on peut lire|mention suivante|modele|excerpt|example|for instance|auszug|beispiel|extracto|ejemplo|estratto|esempio|uittreksel|voorbeeld)/u;

/** `eu` when the page is written in another language than French: another country's administration. */
function lawOf(doc: Document, mention: string): 'fr' | 'eu' {
  const lang = (doc.documentElement.getAttribute('lang') ?? '').trim().toLowerCase();
  if (lang) return lang.startsWith('fr') ? 'fr' : 'eu';
  const french = (mention.match(/\b(?:le|la|les|des|est|une|vous|votre|sur)\b/gu) ?? []).length;
  const other = (mention.match(/\b(?:the|and|your|der|die|und|ihr|el|los|su|il|della|het|een|uw)\b/gu) ?? []).length;
  return other > french ? 'eu' : 'fr';
}

/**
 * The text around a mention: its own section when that is small, otherwise its block and the
 * blocks after it (climbing to the parent when a block is the last of its siblings).
 */
function mentionWindow(anchor: Element): string {
  const section = anchor.closest(MENTION_CONTAINERS);
  if (section) {
    const text = textLines(section, MAX_SECTION_CHARS + 1).raw.join('\n');
    if (text.length <= MAX_SECTION_CHARS) return text;
  }
  const parts: string[] = [];
  let length = 0;
  // The heading or sentence just before often names the mention ("Information sur l'utilisation…").
  const before = anchor.previousElementSibling;
  if (before) parts.push(textLines(before, 300).raw.join('\n'));
  let node: Element | null = anchor;
  let first = true;
  while (node && length < MAX_WINDOW_CHARS && node.localName !== 'body') {
    if (first) {
      const own = textLines(node, MAX_WINDOW_CHARS).raw.join('\n');
      parts.push(own);
      length += own.length;
      first = false;
    }
    for (let sib = node.nextElementSibling; sib && length < MAX_WINDOW_CHARS; sib = sib.nextElementSibling) {
      const text = textLines(sib, MAX_WINDOW_CHARS - length).raw.join('\n');
      parts.push(text);
      length += text.length;
    }
    node = node.parentElement;
  }
  return parts.join('\n').slice(0, MAX_WINDOW_CHARS + 300);
}

/** The sentence of `text` around [start, end): from the last stop before it to the next one. */
function sentenceAround(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && !/[.;!?\n]/u.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !/[.;!?\n]/u.test(text[to]!)) to++;
  return { from, to };
}

/** The element as present, quoting the page's own words (the capture when the pattern has one). */
function quoted(raw: string, m: RegExpMatchArray, unclear = false): NonNullable<Notice['elements']>[MentionElementId] {
  const index = m.index ?? 0;
  const group = m.slice(1).find((g) => g !== undefined);
  const start = group !== undefined ? index + m[0].lastIndexOf(group) : index;
  const end = group !== undefined ? start + group.length : index + m[0].length;
  return { present: !unclear, matched: clip(originalSlice(raw, start, end), 200), ...(unclear ? { unclear: true } : {}) };
}

/**
 * How to ask for the rules: a place to ask (a service, an address, a form, a portal) in a sentence
 * about asking, or the one before it. A way to contest the decision is not one ("auprès de la
 * commission de recours amiable"); an address with no word of asking near it is "pas clairement
 * indiqué" rather than a guess.
 */
function howToExercise(raw: string, norm: string, regex: RegExp): NonNullable<Notice['elements']>['howToExercise'] {
  const { notRecourse, asking, rulesWords } = patterns();
  let unclear: RegExpMatchArray | undefined;
  for (const m of norm.matchAll(regex)) {
    const index = m.index ?? 0;
    const here = sentenceAround(norm, index, index + m[0].length);
    const sentence = norm.slice(here.from, here.to);
    const previous = here.from > 1 ? norm.slice(sentenceAround(norm, here.from - 2, here.from - 1).from, here.from) : '';
    // The recourse body named in the "where" itself, or the sentence (or the one it continues) is
    // about contesting the decision and says nothing of the rules.
    if (notRecourse.test(m[0]) || ((notRecourse.test(sentence) || notRecourse.test(previous)) && !rulesWords.test(sentence))) continue;
    // Asking, and asking for the rules: the sentence or the one before names them, or refers back
    // to the request ("cette demande", "pour cela").
    const tied = rulesWords.test(sentence) || rulesWords.test(previous) || REFERS_BACK.test(sentence);
    if ((asking.test(sentence) || asking.test(previous)) && tied) return quoted(raw, m);
    // A contact written in the mention with no word saying it is where to ask: "not clearly said".
    if (CONTACT_LIKE.test(m[0]) && rulesWords.test(norm)) unclear ??= m;
  }
  return unclear ? quoted(raw, unclear, true) : { present: false };
}

/** An e-mail, a web address, or a postal address ("à l'attention de…", a postcode). */
const CONTACT_LIKE = /@|https?:\/\/|www\.|a l'attention d|\b\d{5}\b/u;

const REFERS_BACK = /\b(?:cette|la|votre|sa) demande\b|\bpour (?:cela|ce faire)\b|\ba cette fin\b|\bce droit\b|\bces (?:informations|regles|elements)\b/u;

/**
 * Which of the four elements of CRPA art. R. 311-3-1-1 the mention's text holds, clause by clause.
 * `raw` is the mention's window when the caller has read it already.
 */
export function mentionElements(anchor: Element, raw = mentionWindow(anchor)): NonNullable<Notice['elements']> {
  const norm = normaliseText(raw);
  const out = {} as NonNullable<Notice['elements']>;
  for (const [id, regex] of patterns().elements) {
    regex.lastIndex = 0;
    if (id === 'howToExercise') {
      out[id] = howToExercise(raw, norm, regex);
      continue;
    }
    const m = regex.exec(norm);
    out[id] = m ? quoted(raw, m) : { present: false };
  }
  return out;
}

/**
 * Reads a decision notice in its page: addressed to the reader (`decision`), the administration's
 * own notice for one of its procedures (`procedure`), or a page about the law (`about`), with the
 * cues quoted; for a CRPA mention that is not `about`, its four required elements.
 * Runs only on pages where a notice was found.
 */
export function readNotice(anchor: Element, withElements: boolean, matched?: string, also: readonly SaidAt[] = []): Notice {
  const known = read.get(anchor);
  if (known) return known;
  // Another country's administration is not held to the CRPA mention: its elements are not read.
  const lawHint = lawOf(anchor.ownerDocument, normaliseText((anchor.textContent ?? '').slice(0, 2_000)));
  const { sides, elements, mention } = weighNotice(anchor, withElements && lawHint === 'fr', matched, also);
  const { decision, procedure, about } = sides;
  const isDecision = decision.points >= MIN_DECISION_POINTS && decision.points > about.points;
  const isProcedure = procedure.points >= MIN_PROCEDURE_POINTS && procedure.points > about.points;
  let context: NoticeContext;
  let cueQuotes: string[];
  if (isQuoted(anchor)) {
    context = 'about';
    cueQuotes = [clip(anchor.textContent ?? '', 100)];
  } else if (isDecision && (!isProcedure || decision.points >= procedure.points)) {
    context = 'decision';
    cueQuotes = decision.quotes;
  } else if (isProcedure) {
    context = 'procedure';
    cueQuotes = procedure.quotes;
  } else {
    context = 'about';
    cueQuotes = about.quotes;
  }
  const law = lawOf(anchor.ownerDocument, normaliseText(mention));
  // The required elements matter only where the administration speaks: a page about the law
  // quoting the mention is not held to them.
  const notice: Notice = {
    context,
    cues: [...new Set(cueQuotes)].slice(0, 6),
    ...(elements && context !== 'about' ? { elements } : {}),
    ...(law === 'eu' ? { law } : {}),
  };
  read.set(anchor, notice);
  return notice;
}

const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/** A sentence of the notice, as the page writes it and normalised. */
interface Sentence {
  raw: string;
  norm: string;
}

/** The sentence of `raw` around `start`–`end` (indexes of its normalised form), with its final mark: a question is not a statement. */
function sentenceOf(raw: string, norm: string, start: number, end: number): Sentence & { from: number } {
  const { from, to } = sentenceAround(norm, start, end);
  const sentence = originalSlice(raw, from, Math.min(to + 1, norm.length)).trim();
  return { raw: sentence, norm: normaliseText(sentence), from };
}

/** The first sentence of a block. */
function firstSentenceOf(block: Element | null): Sentence | undefined {
  if (!block) return undefined;
  const raw = textLines(block, 2_000).raw.join(' ').trim();
  return raw ? sentenceOf(raw, normaliseText(raw), 0, 0) : undefined;
}

/** Other words of the notice found in the page, with where they stand. */
export interface SaidAt {
  element: Element;
  matched: string;
}
/** The notice's other sentences read for sentence cues: a few are enough. */
const MAX_OTHER_SENTENCES = 3;

/**
 * The sentence of the anchor's text that holds the notice's words, and whether those words are
 * reported there (inside quotation marks, after "par exemple") rather than said.
 */
function noticeSentence(anchor: Element, matched: string): (Sentence & { reported: boolean }) | undefined {
  const raw = textLines(anchor, 5_000).raw.join('\n');
  const norm = normaliseText(raw);
  const words = normaliseText(matched.replace(/…$/u, '')).slice(0, 40);
  const index = words ? norm.indexOf(words) : -1;
  if (index < 0) return undefined;
  const sentence = sentenceOf(raw, norm, index, index + words.length);
  // A term glossed in quotation marks ("un modèle statistique (« datamining ») attribue…") is the
  // page's own word, not a quotation of someone else's.
  const glossed = /[«“"]\s?$/u.test(norm.slice(Math.max(0, index - 3), index)) && /^\s?[»”"]/u.test(norm.slice(index + words.length, index + words.length + 3));
  return { ...sentence, reported: !glossed && reportedBefore(norm.slice(sentence.from, index), index - sentence.from) };
}

/**
 * The points each side gets for a notice, with the words that earned them, and the mention's
 * elements. Exported for tests and for the blind corpus's diagnostics.
 */
export function weighNotice(anchor: Element, withElements: boolean, matched?: string, also: readonly SaidAt[] = []): { sides: Record<NoticeSide, SideScore>; elements: Notice['elements']; mention: string } {
  const root = anchor.getRootNode();
  const doc = anchor.ownerDocument;
  const scope = root.nodeType === 9 ? (doc.body ?? doc.documentElement) : root;
  const lines = textLines(scope, MAX_PAGE_CHARS);
  // A mention deep in a long page: its surroundings are read too.
  const around = textLines(anchor.parentElement ?? anchor, 5_000);
  lines.raw.push(...around.raw);
  lines.norm.push(...around.norm);
  const mention = mentionWindow(anchor);
  const mentionLines: Lines = { raw: mention.split('\n'), norm: mention.split('\n').map(normaliseText) };
  const { cues } = patterns();
  const sides: Record<NoticeSide, SideScore> = { decision: { points: 0, quotes: [] }, procedure: { points: 0, quotes: [] }, about: { points: 0, quotes: [] } };
  findCues(lines, cues, 'page', sides);
  findCues(headLines(doc), cues, 'head', sides);
  findCues(mentionLines, cues, 'mention', sides);
  const sentence = matched ? noticeSentence(anchor, matched) : undefined;
  if (sentence?.reported) {
    // The notice's words inside quotation marks or after "par exemple": reported, not notified.
    sides.about.points += 3;
    sides.about.quotes.push(clip(sentence.raw, 100));
  } else if (sentence) {
    // The notice's other sentences count too (a heading "Décision automatisée" is often the first
    // words found, its sentence the paragraph below), each cue once; reported ones say nothing.
    const said: Sentence[] = [sentence];
    for (const hit of also.slice(0, MAX_OTHER_SENTENCES)) {
      const other = noticeSentence(hit.element, hit.matched);
      if (other && !other.reported) said.push(other);
    }
    // A heading ("Automatisierte Entscheidung") is said by the paragraph under it.
    const below = anchor.matches(HEADINGS) ? firstSentenceOf(anchor.nextElementSibling) : undefined;
    if (below) said.push(below);
    const unique = [...new Map(said.map((s) => [s.norm, s.raw])).entries()];
    findCues({ raw: unique.map(([, raw]) => raw), norm: unique.map(([norm]) => norm) }, cues, 'sentence', sides);
  }
  const elements = withElements ? mentionElements(anchor, mention) : undefined;
  // A mention that says what the processing is for and how to get its rules is the
  // administration's own notice, unless the page is about the law.
  const held = elements ? Object.values(elements).filter((e) => e.present).length : 0;
  if (held >= 2) {
    sides.procedure.points += held >= 3 ? 2 : 1;
    sides.procedure.quotes.push(...Object.values(elements!).flatMap((e) => (e.present && e.matched ? [clip(e.matched, 100)] : [])).slice(0, 2));
  }
  // A mention inside a form is the administration's notice for the request being filled in.
  if (anchor.closest('form')) {
    sides.procedure.points += 2;
    sides.procedure.quotes.push('formulaire');
  }
  return { sides, elements, mention };
}

/**
 * Notices already read, by the element they were read from: the engine re-evaluates after each
 * batch of page changes, and a notice's page does not need reading again for that.
 */
const read = new WeakMap<Element, Notice>();
