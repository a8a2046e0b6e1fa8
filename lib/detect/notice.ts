import type { MentionElementId, Notice } from '../report/schema';
import { DECISION_CUES, INFORMATION_CUES, MENTION_ELEMENT_RULES, type WeightedCue } from '../rules/notice-context';
import { SKIP_TAGS, blockOf } from './collect';
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

interface Lines {
  raw: string[];
  norm: string[];
}

let compiled: { decision: Array<[WeightedCue, RegExp]>; information: Array<[WeightedCue, RegExp]>; elements: Array<[MentionElementId, RegExp]> } | undefined;

// Compiled on the first notice only: most pages have none, and the content script runs everywhere.
function patterns() {
  compiled ??= {
    decision: DECISION_CUES.map((c) => [c, new RegExp(c.pattern, 'mu')]),
    information: INFORMATION_CUES.map((c) => [c, new RegExp(c.pattern, 'mu')]),
    elements: MENTION_ELEMENT_RULES.map((e) => [e.id, new RegExp(e.pattern, 'u')]),
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
  const walker = doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
  // Text nodes come in runs under one parent: its visibility is checked once per run.
  let lastParent: Element | null = null;
  let lastSkipped = false;
  for (let node = walker.nextNode(); node && total < maxChars && nodes < MAX_TEXT_NODES; node = walker.nextNode()) {
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
    current += value;
    total += value.length;
  }
  if (current.trim()) raw.push(current.trim());
  return { raw, norm: raw.map(normaliseText) };
}

/** The cues of one side found in the page, each counted once, with the words that matched. */
function findCues(lines: Lines, cues: Array<[WeightedCue, RegExp]>): { points: number; quotes: string[] } {
  // One search per cue over all lines (joined, `m` flag) rather than one per line.
  const blob = lines.norm.join('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines.norm) {
    starts.push(offset);
    offset += line.length + 1;
  }
  let points = 0;
  const quotes: string[] = [];
  for (const [cue, regex] of cues) {
    const m = regex.exec(blob);
    if (!m) continue;
    points += cue.points;
    let i = starts.length - 1;
    while (i > 0 && starts[i]! > m.index) i--;
    const from = m.index - starts[i]!;
    quotes.push(clip(originalSlice(lines.raw[i]!, from, Math.min(from + m[0].length, lines.norm[i]!.length)), 100));
  }
  return { points, quotes };
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

/** Which of the four elements of CRPA art. R. 311-3-1-1 the mention's text holds. */
export function mentionElements(anchor: Element): NonNullable<Notice['elements']> {
  const raw = mentionWindow(anchor);
  const norm = normaliseText(raw);
  const out = {} as NonNullable<Notice['elements']>;
  for (const [id, regex] of patterns().elements) {
    const m = regex.exec(norm);
    if (!m) {
      out[id] = { present: false };
      continue;
    }
    // Quote the capture when the pattern has one (the address, not the words leading to it).
    const group = m.slice(1).find((g) => g !== undefined);
    const start = group !== undefined ? m.index + m[0].lastIndexOf(group) : m.index;
    const end = group !== undefined ? start + group.length : m.index + m[0].length;
    out[id] = { present: true, matched: clip(originalSlice(raw, start, end), 200) };
  }
  return out;
}

/**
 * Reads a decision notice in its page: addressed to the reader (`decision`) or explaining the
 * law (`information`), with the cues quoted; for a CRPA mention in a decision, its four required
 * elements.
 * Runs only on pages where a notice was found.
 */
export function readNotice(anchor: Element, withElements: boolean): Notice {
  const known = read.get(anchor);
  if (known) return known;
  const root = anchor.getRootNode();
  const doc = anchor.ownerDocument;
  const scope = root.nodeType === 9 ? (doc.body ?? doc.documentElement) : root;
  const lines = textLines(scope, MAX_PAGE_CHARS);
  // A mention deep in a long page: its surroundings are read too.
  const around = textLines(anchor.parentElement ?? anchor, 5_000);
  lines.raw.push(...around.raw);
  lines.norm.push(...around.norm);
  if (doc.title) {
    lines.raw.unshift(doc.title);
    lines.norm.unshift(normaliseText(doc.title));
  }
  const { decision, information } = patterns();
  const forDecision = findCues(lines, decision);
  const forInformation = findCues(lines, information);
  const context = forDecision.points >= 2 && forDecision.points > forInformation.points ? 'decision' : 'information';
  const cues = (context === 'decision' ? forDecision.quotes : forInformation.quotes).slice(0, 6);
  // The required elements matter only in a decision addressed to the person; a page about the
  // law quoting the mention is not held to them.
  const notice: Notice = { context, cues, ...(withElements && context === 'decision' ? { elements: mentionElements(anchor) } : {}) };
  read.set(anchor, notice);
  return notice;
}

/**
 * Notices already read, by the element they were read from: the engine re-evaluates after each
 * batch of page changes, and a notice's page does not need reading again for that.
 */
const read = new WeakMap<Element, Notice>();
