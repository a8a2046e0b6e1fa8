import type { CompiledRules, CompiledSignal, SignalType } from './compile';
import { describeElement } from './describe';
import { clip, normaliseText, originalSlice } from './normalise';

/** One signal of one rule that matched somewhere. */
export interface Hit {
  ruleIndex: number;
  signalIndex: number;
  type: SignalType;
  weight: number;
  matched: string;
  where: string;
  /** The element to show on the page, when there is a visible one. */
  element?: Element;
  /** First capture group, for rules that name the vendor from the match. */
  capture?: string;
}

/** Limits that keep one scan cheap on any page, however large or hostile. */
export interface CollectLimits {
  /** Stop walking when `now()` passes this. */
  deadline: number;
  /** Normalised text read per scan, in characters. */
  maxTextChars: number;
  /** Elements matched per selector query. */
  maxSelectorMatches: number;
  /** Elements with accessible-name attributes read per scan. */
  maxAttributeElements: number;
  /** Characters of one inline script read. */
  maxInlineScriptChars: number;
  /** JSON-LD blocks larger than this are skipped. */
  maxJsonLdChars: number;
  /** Shadow roots entered per scan (nested ones included). */
  maxShadowRoots: number;
}

export const DEFAULT_LIMITS: Omit<CollectLimits, 'deadline'> = {
  maxTextChars: 400_000,
  maxSelectorMatches: 500,
  maxAttributeElements: 3_000,
  maxInlineScriptChars: 100_000,
  maxJsonLdChars: 200_000,
  maxShadowRoots: 200,
};

/** Hits kept per signal: enough evidence, bounded memory. */
const HITS_PER_SIGNAL = 3;
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'meta', 'link', 'head', 'svg', 'math', 'textarea', 'select']);
const JS_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module', 'text/ecmascript']);
// Text inside these stays in the same line of the text blob; any other element starts a new line,
// so patterns can tell a standalone label (a whole line) from words inside a paragraph.
const INLINE_TAGS = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr']);
const ATTRIBUTE_TEXT_SELECTOR = '[aria-label], [title], [alt], [placeholder]';
const ATTRIBUTE_NAMES = ['aria-label', 'title', 'alt', 'placeholder'] as const;

type ScanRoot = Document | ShadowRoot | Element;

/** Accumulates hits over the first pass and later mutation batches. */
export class HitStore {
  private readonly bySignal = new Map<string, Hit[]>();
  /** Incremented when a hit is added, so callers know when to re-evaluate. */
  version = 0;

  add(hit: Hit): void {
    const key = `${hit.ruleIndex}:${hit.signalIndex}`;
    const list = this.bySignal.get(key);
    if (!list) {
      this.bySignal.set(key, [hit]);
      this.version++;
      return;
    }
    if (list.length >= HITS_PER_SIGNAL || list.some((h) => h.matched === hit.matched && h.where === hit.where)) return;
    list.push(hit);
    this.version++;
  }

  /** Hits of one rule, grouped by signal index. */
  forRule(ruleIndex: number): Hit[][] {
    const out: Hit[][] = [];
    for (const [key, hits] of this.bySignal) if (key.startsWith(`${ruleIndex}:`)) out.push(hits);
    return out;
  }

  clear(): void {
    this.bySignal.clear();
    this.version++;
  }
}

export interface CollectorOptions {
  now: () => number;
  limits?: Partial<Omit<CollectLimits, 'deadline'>>;
  /** Prefix for `where`, e.g. the frame the content script runs in. */
  wherePrefix?: string;
  /** Called for each open shadow root entered, so the caller can observe it for late content. */
  onShadowRoot?: (root: ShadowRoot) => void;
}

/** Reads the signals of a DOM subtree in one pass; see `scan`. */
export class Collector {
  readonly hits = new HitStore();
  /** Set when a limit cut a scan short; the report says the result is partial. */
  truncated = false;
  private textChars = 0;
  private readonly limits: Omit<CollectLimits, 'deadline'>;

  constructor(
    private readonly compiled: CompiledRules,
    private readonly options: CollectorOptions,
  ) {
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
  }

  /** Forget everything (single-page-app navigation). */
  reset(): void {
    this.hits.clear();
    this.truncated = false;
    this.textChars = 0;
  }

  /**
   * Scans `root` (a document, an open shadow root or an added element) and the open shadow roots
   * below it, within `deadline`. Never throws: a failing part is skipped and marks the scan partial.
   */
  scan(root: ScanRoot, deadline: number): void {
    // An element added later inside a shadow root keeps the `shadow(host) › ` path of where it lives.
    const wherePrefix = (this.options.wherePrefix ?? '') + (isElement(root) ? shadowPath(root) : '');
    const queue: Array<{ root: ScanRoot; prefix: string }> = [{ root, prefix: wherePrefix }];
    let shadowRoots = 0;
    while (queue.length > 0) {
      const item = queue.shift()!;
      if (this.options.now() > deadline) {
        this.truncated = true;
        return;
      }
      try {
        this.scanOne(item.root, item.prefix, deadline, (shadow, host) => {
          if (++shadowRoots > this.limits.maxShadowRoots) {
            this.truncated = true;
            return;
          }
          this.options.onShadowRoot?.(shadow);
          queue.push({ root: shadow, prefix: `${item.prefix}shadow(${describeElement(host, 1)}) › ` });
        });
      } catch {
        // A hostile or exotic DOM (throwing getters, detached nodes) must not break the scan.
        this.truncated = true;
      }
    }
  }

  private select(root: ScanRoot, selector: string): Element[] {
    const out: Element[] = [];
    if (isElement(root) && root.matches(selector)) out.push(root);
    const list = root.querySelectorAll(selector);
    for (let i = 0; i < list.length; i++) out.push(list[i]!);
    return out;
  }

  private record(signal: CompiledSignal, matched: string, where: string, element?: Element, capture?: string): void {
    this.hits.add({
      ruleIndex: signal.ruleIndex,
      signalIndex: signal.signalIndex,
      type: signal.type,
      weight: signal.weight,
      matched: clip(matched),
      where: clip(where, 200),
      element,
      capture,
    });
  }

  /**
   * Tests one pattern signal against a string; for capture rules, records every capture.
   * `original` is the raw text when `value` is its normalised form, so evidence quotes the page.
   */
  private test(signal: CompiledSignal, value: string, where: string, element?: Element, original?: string): void {
    const regex = signal.regex!;
    const quote = (m: RegExpMatchArray) =>
      original === undefined ? m[0] : originalSlice(original, m.index ?? 0, (m.index ?? 0) + m[0].length);
    if (regex.global) {
      regex.lastIndex = 0;
      let count = 0;
      for (const m of value.matchAll(regex)) {
        this.record(signal, quote(m), where, element, m[1]);
        if (++count >= 20) break;
      }
      return;
    }
    const m = regex.exec(value);
    if (m) this.record(signal, quote(m), where, element);
  }

  private scanOne(
    root: ScanRoot,
    prefix: string,
    deadline: number,
    enterShadow: (shadow: ShadowRoot, host: Element) => void,
  ): void {
    const { byType, combinedSelector } = this.compiled;

    for (const script of this.select(root, 'script') as HTMLScriptElement[]) {
      const src = script.getAttribute('src');
      if (src) {
        for (const s of byType['script-src']) this.test(s, src, `${prefix}script[src]`);
        continue;
      }
      const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
      if (type === 'application/ld+json') {
        if (byType['json-ld'].length > 0) this.scanJsonLd(script, prefix);
      } else if (JS_TYPES.has(type) && byType['inline-script'].length > 0) {
        const code = (script.textContent ?? '').slice(0, this.limits.maxInlineScriptChars);
        for (const s of byType['inline-script']) this.test(s, code, `${prefix}script (inline)`);
      }
    }

    if (byType['iframe-src'].length > 0) {
      for (const frame of this.select(root, 'iframe[src], frame[src]')) {
        const src = frame.getAttribute('src') ?? '';
        for (const s of byType['iframe-src']) this.test(s, src, `${prefix}${describeElement(frame)}`, frame);
      }
    }

    if (byType.meta.length > 0) {
      for (const meta of this.select(root, 'meta[name][content], meta[property][content]')) {
        const name = meta.getAttribute('name') ?? meta.getAttribute('property') ?? '';
        const content = meta.getAttribute('content') ?? '';
        for (const s of byType.meta) {
          if (s.nameRegex!.test(name) && s.regex!.test(content)) this.record(s, `${name}=${content}`, `${prefix}meta`);
        }
      }
    }

    if (combinedSelector) {
      const matches = this.select(root, combinedSelector);
      if (matches.length > this.limits.maxSelectorMatches) this.truncated = true;
      for (const el of matches.slice(0, this.limits.maxSelectorMatches)) {
        for (const s of byType.selector) {
          if (el.matches(s.selector!)) this.record(s, `<${describeElement(el, 1)}>`, `${prefix}${describeElement(el)}`, el);
        }
      }
    }

    if (byType['attribute-text'].length > 0) {
      const elements = this.select(root, ATTRIBUTE_TEXT_SELECTOR);
      if (elements.length > this.limits.maxAttributeElements) this.truncated = true;
      for (const el of elements.slice(0, this.limits.maxAttributeElements)) {
        for (const name of ATTRIBUTE_NAMES) {
          const raw = el.getAttribute(name);
          if (!raw) continue;
          const original = raw.slice(0, 500);
          const value = normaliseText(original);
          for (const s of byType['attribute-text']) this.test(s, value, `${prefix}${describeElement(el)} [${name}]`, el, original);
        }
      }
    }

    this.walkTextAndShadows(root, prefix, deadline, enterShadow);
  }

  private scanJsonLd(script: Element, prefix: string): void {
    const text = script.textContent ?? '';
    if (text.length > this.limits.maxJsonLdChars) {
      this.truncated = true;
      return;
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return; // Malformed JSON-LD is common and says nothing.
    }
    const signals = this.compiled.byType['json-ld'];
    let visited = 0;
    const visit = (value: unknown, depth: number): void => {
      if (depth > 20 || ++visited > 5_000 || value === null || typeof value !== 'object') return;
      if (Array.isArray(value)) {
        for (const item of value) visit(item, depth + 1);
        return;
      }
      for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
        for (const s of signals) {
          if (key !== s.key) continue;
          for (const v of Array.isArray(child) ? child : [child]) {
            const str = typeof v === 'string' ? v : typeof v === 'object' && v && '@id' in v ? String((v as { '@id': unknown })['@id']) : '';
            if (str && s.regex!.test(str)) this.record(s, `${key}: ${str}`, `${prefix}script[type="application/ld+json"]`);
          }
        }
        visit(child, depth + 1);
      }
    };
    visit(data, 0);
  }

  /**
   * One TreeWalker pass: gathers visible text (minus scripts, styles, hidden subtrees) and enters
   * open shadow roots. Text is normalised piece by piece and joined, so a phrase split over inline
   * elements ("généré par <b>IA</b>") still matches; offsets map a match back to its element.
   */
  private walkTextAndShadows(
    root: ScanRoot,
    prefix: string,
    deadline: number,
    enterShadow: (shadow: ShadowRoot, host: Element) => void,
  ): void {
    const doc = isDocument(root) ? root : root.ownerDocument;
    if (!doc) return;
    const textSignals = this.compiled.byType.text;
    // One piece per run of text sharing a block element (a paragraph, a caption, a button): read as
    // the page renders it, so "généré par <strong>l'IA</strong>" is one phrase, and each block is a line.
    const pieces: string[] = [];
    const rawPieces: string[] = [];
    const owners: Element[] = [];
    const offsets: number[] = [];
    let length = 0;
    let runRaw = '';
    let runBlock: Node | null = null;
    let runOwner: Element | null = null;
    const flush = () => {
      const raw = runRaw.trim();
      runRaw = '';
      if (raw.length < 2 || !runOwner) return;
      const piece = normaliseText(raw);
      offsets.push(length);
      pieces.push(piece);
      rawPieces.push(raw);
      owners.push(runOwner);
      length += piece.length + 1;
      this.textChars += piece.length;
      if (this.textChars >= this.limits.maxTextChars) this.truncated = true;
    };
    const start = isElement(root) && SKIP_TAGS.has(root.localName) ? null : root;
    if (!start) return;
    if (isElement(start) && start.shadowRoot) enterShadow(start.shadowRoot, start);
    const walker = doc.createTreeWalker(start, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */, {
      acceptNode(node) {
        if (node.nodeType === 1) {
          const el = node as Element;
          // FILTER_REJECT skips the whole subtree.
          if (SKIP_TAGS.has(el.localName) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return 2;
        }
        return 1;
      },
    });
    let steps = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if ((++steps & 511) === 0 && this.options.now() > deadline) {
        this.truncated = true;
        break;
      }
      if (node.nodeType === 1) {
        const shadow = (node as Element).shadowRoot;
        if (shadow) enterShadow(shadow, node as Element);
        continue;
      }
      if (textSignals.length === 0 || this.textChars >= this.limits.maxTextChars) continue;
      const value = node.nodeValue;
      if (!value) continue;
      const block = blockOf(node);
      if (block !== runBlock) {
        flush();
        runBlock = block;
        runOwner = block && block.nodeType === 1 ? (block as Element) : (node.parentElement ?? null);
      }
      if (runRaw.length < 20_000) runRaw += value.length > 20_000 ? value.slice(0, 20_000) : value;
    }
    flush();
    if (pieces.length === 0) return;
    const blob = pieces.join('\n');
    for (const s of textSignals) {
      const regex = s.regex!;
      regex.lastIndex = 0;
      const matches = regex.global ? [...blob.matchAll(regex)].slice(0, 20) : [regex.exec(blob)].filter((m) => m !== null);
      for (const m of matches) {
        const index = m.index ?? 0;
        const first = findPiece(offsets, index);
        const last = findPiece(offsets, index + m[0].length - 1);
        const owner = owners[first];
        const where = owner && owner.nodeType === 1 ? describeElement(owner) : 'document';
        this.record(s, quoteAcross(rawPieces, offsets, first, last, index, index + m[0].length), `${prefix}${where}`, owner && owner.nodeType === 1 ? owner : undefined, m[1]);
      }
    }
  }
}

/** `shadow(a) › shadow(b) › ` for an element inside nested open shadow roots; '' in the document. */
function shadowPath(el: Element): string {
  let path = '';
  let root = el.getRootNode();
  for (let depth = 0; depth < 20 && root.nodeType === 11 && (root as ShadowRoot).host; depth++) {
    const host = (root as ShadowRoot).host;
    path = `shadow(${describeElement(host, 1)}) › ${path}`;
    root = host.getRootNode();
  }
  return path;
}

/** Nearest ancestor that is not an inline element: text nodes sharing it read as one line. */
function blockOf(node: Node): Node | null {
  let p = node.parentNode;
  while (p && p.nodeType === 1 && INLINE_TAGS.has((p as Element).localName)) p = p.parentNode;
  return p;
}

function isElement(node: ScanRoot): node is Element {
  return node.nodeType === 1;
}

function isDocument(node: ScanRoot): node is Document {
  return node.nodeType === 9;
}

/** The page's own text for a match spanning pieces `first`…`last` of the joined normalised text. */
function quoteAcross(raw: string[], offsets: number[], first: number, last: number, start: number, end: number): string {
  const parts: string[] = [];
  for (let i = first; i <= last; i++) {
    const pieceStart = offsets[i]!;
    const pieceLength = normaliseText(raw[i]!).length;
    const from = Math.max(0, start - pieceStart);
    const to = Math.min(pieceLength, end - pieceStart);
    if (to > from) parts.push(originalSlice(raw[i]!, from, to));
  }
  return parts.join(' ');
}

/** Index of the piece whose start offset is the greatest one ≤ `offset` (binary search). */
function findPiece(offsets: number[], offset: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
