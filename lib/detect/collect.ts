import type { CompiledRules, CompiledSignal, SignalType } from './compile';
import { shadowRootOf } from './shadow-roots';
import { describeElement } from './describe';
import { floatingLayer, ownWords } from './element-clues';
import { clip, normaliseText, originalSlice } from './normalise';
import { NEGATION_BEFORE, NEGATION_REACH } from '../rules/negation';
import { ANSWER_CHOICES, EXAMPLE_BEFORE, EXAMPLE_LINE, HEDGE_BEFORE, QUOTATION_REACH, QUOTING_ELEMENTS, SPECIMEN_CONTAINERS } from '../rules/quotation';
import { attributeHintSelector, customElements, lowerHintVariants, textNodesWithHints, xpathAvailable } from './xpath';

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
  /** Found in a script the page holds back until consent (type="text/plain" and the like). */
  declared?: boolean;
  /** The element is the chat's conversation panel (a `panel` selector signal). */
  panel?: boolean;
  /** From a `supporting` signal: never a finding alone. */
  supporting?: boolean;
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
export const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'meta', 'link', 'head', 'svg', 'math', 'textarea', 'select']);
/** A window kept closed: what stands in it is not on screen. */
const CLOSED = '[hidden], [aria-hidden="true"], dialog:not([open])';
const JS_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module', 'text/ecmascript']);
// Text inside these stays in the same line of the text blob; any other element starts a new line,
// so patterns can tell a standalone label (a whole line) from words inside a paragraph.
const INLINE_TAGS = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr']);
/** Candidate text nodes or attributes read through XPath per root; more marks the scan partial. */
const MAX_HINTED_NODES = 500;
/** Characters of a root's whole text searched for hints (a few milliseconds for 2 million). */
const MAX_PREFILTER_CHARS = 2_000_000;
/** Up to this many elements under a root, every one is checked for a shadow root. */
const FULL_SHADOW_CHECK = 3_000;
const LIKELY_HOSTS =
  'body > *, [id*="chat" i], [class*="chat" i], [id*="assist" i], [class*="assist" i], [id*="widget" i], [class*="widget" i], [id*="root" i], [id*="launcher" i]';
/**
 * Empty elements a widget may attach its shadow root to after the scan saw them (a package creates
 * its mount point, then renders into a shadow root a moment later): no mutation tells the page's
 * observer, so the scanner looks at them again for a few seconds. A handful per page.
 */
const MAX_EMPTY_HOSTS = 32;
const ATTRIBUTE_TEXT_SELECTOR = '[aria-label], [title], [alt], [placeholder]';
const ATTRIBUTE_NAMES = ['aria-label', 'title', 'alt', 'placeholder'] as const;

type ScanRoot = Document | ShadowRoot | Element;

/** A root whose signals are still to be read (or, with `done`, nothing left to walk). */
interface RootWork {
  root: ScanRoot;
  prefix: string;
  done?: true;
  /** Next fast-path step to run (0: signals, 1: text, 2: accessible names, 3: shadow roots). */
  phase?: number;
}

/** A text walk, possibly paused by its deadline. */
interface TextJob {
  root: ScanRoot;
  /** Next node to visit; null when the walk is over. */
  next: Node | null;
  hidden: ReadonlySet<Node>;
  prefix: string;
  runRaw: string;
  runBlock: Node | null;
  runOwner: Element | null;
}

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
  /** Use the slower full walk even where XPath exists (tests of the fallback). */
  noXPath?: boolean;
  /** Called for each open shadow root entered, so the caller can observe it for late content. */
  onShadowRoot?: (root: ShadowRoot) => void;
}

/** Reads the signals of a DOM subtree in one pass; see `scan`. */
export class Collector {
  readonly hits = new HitStore();
  /** Set when a limit cut a scan short; the report says the result is partial. */
  truncated = false;
  private textChars = 0;
  private shadowRoots = 0;
  private xpath: boolean | undefined;
  private attributeSelector: string | undefined;
  private work: Array<RootWork | TextJob> = [];
  /** Empty likely hosts with no shadow root yet (see MAX_EMPTY_HOSTS). */
  private emptyHosts: Element[] = [];
  private readonly limits: Omit<CollectLimits, 'deadline'>;

  constructor(
    private readonly compiled: CompiledRules,
    private readonly options: CollectorOptions,
  ) {
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
  }

  /**
   * Records which global variables the page's own world reported (see entrypoints/page-globals).
   * Only names some rule asks for are kept; the page can fake them, so the rules weigh them low.
   */
  addPageGlobals(names: readonly string[]): void {
    const present = new Set(names);
    for (const s of this.compiled.byType['page-global']) {
      if (present.has(s.name!)) this.record(s, `window.${s.name}`, 'window');
    }
  }

  /** Forget everything (single-page-app navigation). */
  reset(): void {
    this.hits.clear();
    this.truncated = false;
    this.textChars = 0;
    this.work = [];
    this.shadowRoots = 0;
    this.emptyHosts = [];
  }

  /** Whether some empty element seen by the scan may still get a shadow root. */
  get awaitingShadowHosts(): boolean {
    return this.emptyHosts.length > 0;
  }

  /**
   * The empty elements seen earlier that have a shadow root now, to scan as added subtrees; those
   * gone from the page, or filled in the light DOM (mutations report those), are forgotten.
   */
  hostsWithNewShadow(): Element[] {
    const ready: Element[] = [];
    this.emptyHosts = this.emptyHosts.filter((el) => {
      if (!el.isConnected) return false;
      if (shadowRootOf(el)) {
        ready.push(el);
        return false;
      }
      return el.firstChild === null;
    });
    return ready;
  }

  /** An empty element seen with no shadow root: kept a while if a widget may mount into it. */
  private noteEmptyHost(el: Element): void {
    if (this.emptyHosts.length < MAX_EMPTY_HOSTS && !this.emptyHosts.includes(el) && mayGetShadowLater(el)) this.emptyHosts.push(el);
  }

  /** Stop waiting for shadow roots (the page has had its time). */
  forgetEmptyHosts(): void {
    this.emptyHosts = [];
  }

  /** True when a scan was cut by its deadline and `resume` has work left. */
  get hasPendingWork(): boolean {
    return this.work.length > 0;
  }

  /**
   * Scans `root` (a document, an open shadow root or an added element) and the open shadow roots
   * below it, until `deadline`. What is left (usually the text of a very large page) waits for
   * `resume`, so a huge page is read in several idle slices instead of one long task.
   * Never throws: a failing part is skipped and marks the scan partial.
   */
  scan(root: ScanRoot, deadline: number): void {
    // An element added later inside a shadow root keeps the `shadow(host) › ` path of where it lives.
    const prefix = (this.options.wherePrefix ?? '') + (isElement(root) ? shadowPath(root) : '');
    this.work.push({ root, prefix });
    this.resume(deadline);
  }

  /** Goes on with pending work until `deadline`. */
  resume(deadline: number): void {
    while (this.work.length > 0) {
      const item = this.work[0]!;
      try {
        if ('done' in item) {
          // Nothing to walk under this root.
        } else if ('hidden' in item) {
          if (!this.walkText(item, deadline)) return; // deadline reached mid-walk: keep the job
        } else {
          const fast = this.fastPathFor(item.root);
          if (!fast) {
            this.scanSignals(item.root, item.prefix, true);
            this.work[0] = this.startTextJob(item.root, item.prefix);
            continue;
          }
          // Four native steps, most telling first (scripts, frames, vendor elements). Each is one
          // query that cannot be cut, so a large page gets the next step in its next idle slice.
          const root = item.root as Document | Element; // fastPathFor excludes shadow roots
          const phase = item.phase ?? 0;
          if (phase === 0) this.scanSignals(root, item.prefix, false);
          else if (phase === 1) this.scanTextFast(root, item.prefix, fast);
          else if (phase === 2) this.scanAttributesFast(root, item.prefix);
          else this.findShadowRoots(root, item.prefix, fast);
          if (phase < 3) {
            item.phase = phase + 1;
            if (this.options.now() > deadline) return;
            continue;
          }
        }
      } catch {
        // A hostile or exotic DOM (throwing getters, detached nodes) must not break the scan.
        this.truncated = true;
      }
      this.work.shift();
      if (this.options.now() > deadline) return;
    }
  }

  /** The shadow root of a root that is itself an element (a subtree added later), if it has one. */
  private enterOwnShadow(root: ScanRoot, prefix: string): void {
    if (!isElement(root)) return;
    const shadow = shadowRootOf(root);
    if (shadow) this.enterShadow(shadow, root, prefix);
  }

  private enterShadow(shadow: ShadowRoot, host: Element, prefix: string): void {
    if (++this.shadowRoots > this.limits.maxShadowRoots) {
      this.truncated = true;
      return;
    }
    this.options.onShadowRoot?.(shadow);
    this.work.push({ root: shadow, prefix: `${prefix}shadow(${describeElement(host, 1)}) › ` });
  }

  /** Elements of one tag: getElementsByTagName is far cheaper than a selector query on big pages. */
  private byTag(root: ScanRoot, tag: string): Element[] {
    if (isDocument(root)) return Array.from(root.getElementsByTagName(tag));
    if (isElement(root)) return root.localName === tag ? [root, ...root.getElementsByTagName(tag)] : Array.from(root.getElementsByTagName(tag));
    return Array.from(root.querySelectorAll(tag));
  }

  private select(root: ScanRoot, selector: string): Element[] {
    const out: Element[] = [];
    if (isElement(root) && root.matches(selector)) out.push(root);
    const list = root.querySelectorAll(selector);
    for (let i = 0; i < list.length; i++) out.push(list[i]!);
    return out;
  }

  private record(signal: CompiledSignal, matched: string, where: string, element?: Element, capture?: string, declared?: boolean): void {
    this.hits.add({
      ...(declared ? { declared } : {}),
      ...(signal.panel ? { panel: true } : {}),
      ...(signal.supporting ? { supporting: true } : {}),
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
  private test(signal: CompiledSignal, value: string, where: string, element?: Element, original?: string, declared?: boolean, lower?: string): void {
    if (signal.hints && !signal.hints.some((h) => value.includes(h))) return;
    // The regex is compiled on first use only: skip it while its literals are absent.
    if (signal.literals && !signal.literals.some((l) => (lower ??= value.toLowerCase()).includes(l))) return;
    const regex = signal.regex!;
    const quote = (m: RegExpMatchArray) =>
      original === undefined ? m[0] : originalSlice(original, m.index ?? 0, (m.index ?? 0) + m[0].length);
    if (regex.global) {
      regex.lastIndex = 0;
      let count = 0;
      for (const m of value.matchAll(regex)) {
        this.record(signal, quote(m), where, element, m[1], declared);
        if (++count >= 20) break;
      }
      return;
    }
    const m = regex.exec(value);
    if (m) this.record(signal, quote(m), where, element, undefined, declared);
  }

  /** The document to run XPath on, when the fast path can be used for this root. */
  private fastPathFor(root: ScanRoot): Document | undefined {
    const doc = isDocument(root) ? root : root.ownerDocument;
    // XPath refuses a shadow root as context node; shadow trees are small, the walk reads them.
    if (!doc || this.options.noXPath || isShadowRoot(root)) return undefined;
    this.xpath ??= xpathAvailable(doc);
    // Every text pattern must carry hints for the pre-selection to be complete (the registry test checks it).
    const hinted = [...this.compiled.byType.text, ...this.compiled.byType['attribute-text']].every((s) => s.hints);
    return this.xpath && hinted ? doc : undefined;
  }

  /**
   * Visible text, in two native steps. First the whole text (`textContent`, one string) is searched
   * for the rules' hints; on most pages none is there and the step ends. Otherwise XPath returns the
   * text nodes holding the hints found, and only their blocks are read, each as one line.
   */
  private scanTextFast(root: Document | Element, prefix: string, doc: Document): void {
    const signals = this.compiled.byType.text;
    if (signals.length === 0) return;
    const container = isDocument(root) ? (root.body ?? root.documentElement) : root;
    const whole = container?.textContent ?? '';
    if (whole.length > MAX_PREFILTER_CHARS) this.truncated = true;
    const lower = whole.slice(0, MAX_PREFILTER_CHARS).toLowerCase();
    const hints = [...new Set(signals.flatMap((s) => s.hints ?? []))].filter((h) => lowerHintVariants(h).some((v) => lower.includes(v)));
    if (hints.length === 0) return;
    const nodes = textNodesWithHints(doc, root, hints, MAX_HINTED_NODES);
    if (nodes.length >= MAX_HINTED_NODES) this.truncated = true;
    const blocks = new Set<Element>();
    for (const node of nodes) {
      const block = blockOf(node);
      const el = block && block.nodeType === 1 ? (block as Element) : node.parentElement;
      if (el) blocks.add(el);
    }
    for (const block of blocks) {
      const raw = blockText(block, 5_000).trim();
      if (raw.length < 2) continue;
      const piece = normaliseText(raw);
      this.textChars += piece.length;
      this.matchText([piece], [raw], [block], [0], prefix, leadOf(block));
    }
  }

  /** Accessible names (aria-label, title, alt, placeholder) holding a hint, found by one CSS query. */
  private scanAttributesFast(root: Document | Element, prefix: string): void {
    const signals = this.compiled.byType['attribute-text'];
    if (signals.length === 0) return;
    this.attributeSelector ??= attributeHintSelector(ATTRIBUTE_NAMES, [...new Set(signals.flatMap((s) => s.hints ?? []))]);
    this.testAttributes(this.select(root, this.attributeSelector), MAX_HINTED_NODES, prefix);
  }

  /** Tests the accessible names of up to `max` elements against the attribute-text signals. */
  private testAttributes(elements: Element[], max: number, prefix: string): void {
    if (elements.length > max) this.truncated = true;
    for (const el of elements.slice(0, max)) {
      for (const name of ATTRIBUTE_NAMES) {
        const raw = el.getAttribute(name);
        if (!raw) continue;
        const original = raw.slice(0, 500);
        const value = normaliseText(original);
        for (const s of this.compiled.byType['attribute-text']) this.test(s, value, `${prefix}${describeElement(el)} [${name}]`, el, original);
      }
    }
  }

  /**
   * Shadow roots (open ones, and closed ones where the content script can read them: see
   * shadow-roots.ts). Reading `shadowRoot` costs a native call per element, so on large trees only
   * likely hosts are checked: custom elements, top-level containers and elements named like widgets.
   * Widgets attach their shadow root there; a shadow root on an ordinary element deep in a very large
   * page can be missed, and is caught if it is added later (mutations are scanned in full).
   */
  private findShadowRoots(root: Document | Element, prefix: string, doc: Document): void {
    const all = root.getElementsByTagName('*');
    let candidates: Iterable<Element>;
    if (all.length <= FULL_SHADOW_CHECK) {
      candidates = all;
    } else {
      const likely = new Set<Element>(customElements(doc, root, 2_000));
      for (const el of this.select(root, LIKELY_HOSTS).slice(0, 1_000)) likely.add(el);
      candidates = likely;
    }
    this.enterOwnShadow(root, prefix);
    for (const el of candidates) {
      const shadow = shadowRootOf(el);
      if (shadow) this.enterShadow(shadow, el, prefix);
      else if (el.firstChild === null) this.noteEmptyHost(el);
    }
  }

  private scanSignals(root: ScanRoot, prefix: string, withAttributes: boolean): void {
    const { byType, combinedSelector } = this.compiled;

    for (const script of this.byTag(root, 'script')) {
      const src = script.getAttribute('src');
      const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
      if (src) {
        // Consent managers hold vendor scripts back with another type (text/plain, didomi/javascript…):
        // the chat is then announced, not loaded.
        const heldBack = !JS_TYPES.has(type);
        const lower = src.toLowerCase();
        for (const s of byType['script-src']) this.test(s, src, `${prefix}script[src]${heldBack ? ` [type="${type.slice(0, 40)}"]` : ''}`, undefined, undefined, heldBack, lower);
        continue;
      }
      if (type === 'application/ld+json') {
        if (byType['json-ld'].length > 0) this.scanJsonLd(script, prefix);
      } else if (JS_TYPES.has(type) && byType['inline-script'].length > 0) {
        const code = (script.textContent ?? '').slice(0, this.limits.maxInlineScriptChars);
        const lower = code.toLowerCase();
        for (const s of byType['inline-script']) this.test(s, code, `${prefix}script (inline)`, undefined, undefined, undefined, lower);
      }
    }

    if (byType['iframe-src'].length > 0) {
      for (const frame of [...this.byTag(root, 'iframe'), ...this.byTag(root, 'frame')]) {
        const src = frame.getAttribute('src');
        if (!src) continue;
        for (const s of byType['iframe-src']) this.test(s, src, `${prefix}${describeElement(frame)}`, frame);
      }
    }

    if (byType.meta.length > 0) {
      for (const meta of this.byTag(root, 'meta')) {
        const name = meta.getAttribute('name') ?? meta.getAttribute('property') ?? '';
        const content = meta.getAttribute('content') ?? '';
        if (!name || !content) continue;
        for (const s of byType.meta) {
          if (s.nameRegex!.test(name) && s.regex!.test(content)) this.record(s, `${name}=${content}`, `${prefix}meta`);
        }
      }
    }

    for (const s of byType.attribute) {
      for (const el of this.select(root, `[${s.name}]`).slice(0, 50)) {
        const value = (el.getAttribute(s.name!) ?? '').slice(0, 300);
        if (s.regex!.test(value)) this.record(s, `${s.name}="${value}"`, `${prefix}${describeElement(el)}`, el);
      }
    }

    if (combinedSelector) {
      const matches = this.select(root, combinedSelector);
      if (matches.length > this.limits.maxSelectorMatches) this.truncated = true;
      for (const el of matches.slice(0, this.limits.maxSelectorMatches)) {
        // A vendor's script tag matched by a selector is held back too when its type is not JavaScript.
        const heldBack = el.localName === 'script' && !JS_TYPES.has((el.getAttribute('type') ?? '').trim().toLowerCase());
        for (const s of byType.selector) {
          if (!el.matches(s.selector!)) continue;
          let said: string | undefined;
          if (s.elementName && !(said = ownWords(el).find((w) => s.elementName!.test(w.normal))?.original)) continue;
          // A launcher's or a field's chat is the layer it floats in: its words and window are read there.
          // A launcher or field hidden in a closed window is that window's, not one at a corner.
          const layer = s.floating ? (el.closest(CLOSED) ? undefined : floatingLayer(el)) : el;
          if (!layer) continue;
          this.record(s, said ?? `<${describeElement(el, 1)}>`, `${prefix}${describeElement(el)}`, layer, undefined, heldBack);
        }
      }
    }

    if (withAttributes && byType['attribute-text'].length > 0) {
      this.testAttributes(this.select(root, ATTRIBUTE_TEXT_SELECTOR), this.limits.maxAttributeElements, prefix);
    }

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
   * Starts the walk over `root`: it gathers visible text (minus scripts, styles and hidden subtrees)
   * and enters open shadow roots. Text is read per block element, as the page renders it, so
   * "généré par <strong>l'IA</strong>" is one phrase and each block is one line.
   *
   * A hand-written walk (firstChild / nextSibling) rather than a TreeWalker with a filter: calling a
   * JavaScript filter from native code for every node made the walk ten times slower in Chromium.
   */
  private startTextJob(root: ScanRoot, prefix: string): TextJob | RootWork {
    const skip = isElement(root) && SKIP_TAGS.has(root.localName);
    if (skip) return { root, prefix, done: true };
    this.enterOwnShadow(root, prefix);
    // Hidden subtrees, found once by a native query rather than by two attribute reads per element.
    const hidden = new Set<Node>(root.querySelectorAll('[hidden], [aria-hidden="true"]'));
    return { root, next: root.firstChild, hidden, prefix, runRaw: '', runBlock: null, runOwner: null };
  }

  /** Walks until done (true) or past `deadline` (false, the job keeps its place). */
  private walkText(job: TextJob, deadline: number): boolean {
    const readText = this.compiled.byType.text.length > 0;
    const pieces: string[] = [];
    const rawPieces: string[] = [];
    const owners: Element[] = [];
    const offsets: number[] = [];
    let length = 0;
    const flush = () => {
      const raw = job.runRaw.trim();
      job.runRaw = '';
      if (raw.length < 2 || !job.runOwner) return;
      const piece = normaliseText(raw);
      offsets.push(length);
      pieces.push(piece);
      rawPieces.push(raw);
      owners.push(job.runOwner);
      length += piece.length + 1;
      this.textChars += piece.length;
      if (this.textChars >= this.limits.maxTextChars) this.truncated = true;
    };
    let steps = 0;
    let node = job.next;
    while (node) {
      let descend = false;
      if (node.nodeType === 1) {
        const el = node as Element;
        // A line break inside a block separates words ("Automatique<br>Montant établi…").
        if (el.localName === 'br' && job.runRaw) job.runRaw += ' ';
        else if (!SKIP_TAGS.has(el.localName) && !job.hidden.has(el)) {
          descend = true;
          const shadow = shadowRootOf(el);
          if (shadow) this.enterShadow(shadow, el, job.prefix);
          else if (el.firstChild === null) this.noteEmptyHost(el);
        }
      } else if (node.nodeType === 3 && readText && this.textChars < this.limits.maxTextChars) {
        const value = node.nodeValue;
        if (value) {
          const block = blockOf(node);
          if (block !== job.runBlock) {
            flush();
            job.runBlock = block;
            job.runOwner = block && block.nodeType === 1 ? (block as Element) : (node.parentElement ?? null);
          }
          if (job.runRaw.length < 20_000) job.runRaw = joinText(job.runRaw, value.length > 20_000 ? value.slice(0, 20_000) : value);
        }
      }
      node = nextInWalk(node, job.root, descend);
      if ((++steps & 1023) === 0 && this.options.now() > deadline) break;
    }
    job.next = node;
    // A block cut by a pause is matched now; its end is read with the next slice.
    flush();
    this.matchText(pieces, rawPieces, owners, offsets, job.prefix);
    return node === null;
  }

  /** `lead`: the text of the block before, read only to tell whether it introduces a quotation. */
  private matchText(pieces: string[], rawPieces: string[], owners: Element[], offsets: number[], prefix: string, lead = ''): void {
    if (pieces.length === 0) return;
    const blob = pieces.join('\n');
    // Hints are looked for in the page's own spelling, as the fast path's pre-selection does, so
    // a text reads the same in a shadow root, in a browser without XPath and in the light DOM.
    let rawLower: string | undefined;
    for (const s of this.compiled.byType.text) {
      if (s.rawHints && !s.rawHints.some((v) => (rawLower ??= rawPieces.join('\n').toLowerCase()).includes(v))) continue;
      for (const m of textMatches(s, blob, lead)) {
        const index = m.index ?? 0;
        const first = findPiece(offsets, index);
        const last = findPiece(offsets, index + m[0].length - 1);
        const owner = owners[first];
        if (s.declaration && owner && quotedBy(owner, m[0])) continue;
        this.record(s, quoteAcross(pieces, rawPieces, offsets, first, last, index, index + m[0].length), `${prefix}${owner ? describeElement(owner) : 'document'}`, owner, m[1]);
      }
    }
  }
}

const NEGATED = new RegExp(NEGATION_BEFORE, 'u');
const EXAMPLE = new RegExp(EXAMPLE_BEFORE, 'u');
const HEDGED = new RegExp(HEDGE_BEFORE, 'u');
const EXAMPLE_LINE_RE = new RegExp(EXAMPLE_LINE, 'u');

/**
 * Whether the words just before a match make it a quotation, an example or a supposition rather
 * than the page's own declaration: an opening quotation mark not yet closed, "par exemple",
 * "such as", "pourrait", or a line before ending in "Exemple :".
 */
export function reportedBefore(blob: string, index: number): boolean {
  const before = blob.slice(Math.max(0, index - QUOTATION_REACH), index);
  const lineStart = before.lastIndexOf('\n');
  const line = before.slice(lineStart + 1);
  const opened = (line.match(/[«“„‹]/gu) ?? []).length;
  const closed = (line.match(/[»”›]/gu) ?? []).length;
  if (opened > closed || (line.match(/"/gu) ?? []).length % 2 === 1) return true;
  // A single quotation mark opening right before the words (‘AI-gegenereerd’), not an apostrophe.
  if (/(?:^|[\s(])'\s?$/u.test(line)) return true;
  const sentence = line.slice(Math.max(line.search(/[.!?;][^.!?;]*$/u) + 1, 0));
  if (EXAMPLE.test(sentence) || HEDGED.test(sentence)) return true;
  // The line before introduces what follows as examples ("Exemple de mention :", "des formulations
  // aussi différentes que :"): every label of this line is one of them.
  return lineStart >= 0 && EXAMPLE_LINE_RE.test(before.slice(0, lineStart));
}

/** The element is quoted, shown as code, part of a specimen of a guide or design system, or an answer to choose. */
export function inQuotation(el: Element): boolean {
  return el.closest(QUOTING_ELEMENTS) !== null || el.closest(SPECIMEN_CONTAINERS) !== null || el.closest(ANSWER_CHOICES) !== null;
}

/**
 * The match sits in a quoting element (the block itself, or a `<q>` / `<code>` inside it holding
 * the words), or in a specimen shown by a guide or a design system.
 */
function quotedBy(owner: Element, matched: string): boolean {
  if (inQuotation(owner)) return true;
  for (const q of owner.querySelectorAll(QUOTING_ELEMENTS)) if (normaliseText(q.textContent ?? '').includes(matched.slice(0, 40))) return true;
  return false;
}

/**
 * The matches of a text signal to record: every one (20 at most) for a rule that names vendors
 * from captures, otherwise the first; for a negatable signal, only matches no negation precedes.
 */
function textMatches(s: CompiledSignal, blob: string, lead = ''): RegExpExecArray[] {
  const regex = s.regex!;
  regex.lastIndex = 0;
  if (!regex.global) {
    const m = regex.exec(blob);
    return m ? [m] : [];
  }
  // Global without negation: a rule naming vendors from captures wants them all.
  const every = !s.negatable && !s.declaration;
  const out: RegExpExecArray[] = [];
  for (let m = regex.exec(blob); m && out.length < 20; m = regex.exec(blob)) {
    if (m[0].length === 0) regex.lastIndex++;
    if (s.negatable && NEGATED.test(blob.slice(Math.max(0, m.index - NEGATION_REACH), m.index))) continue;
    if (s.declaration && (lead ? reportedBefore(`${lead}\n${blob}`, lead.length + 1 + m.index) : reportedBefore(blob, m.index))) continue;
    out.push(m);
    if (!every) break;
  }
  return out;
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

/** Next node in document order under `root`, skipping the children of `node` unless `descend`. */
function nextInWalk(node: Node, root: Node, descend: boolean): Node | null {
  if (descend && node.firstChild) return node.firstChild;
  let current: Node | null = node;
  while (current && current !== root) {
    if (current.nextSibling) return current.nextSibling;
    current = current.parentNode;
  }
  return null;
}

/**
 * A block's text as it reads: `textContent`, with a space where a `<br>` stands, since a badge
 * followed by a line break ("Automatique<br>Montant établi…") would otherwise glue two words.
 */
export function blockText(block: Element, max: number): string {
  if (block.childElementCount === 0) return (block.textContent ?? '').slice(0, max);
  let out = '';
  const walker = block.ownerDocument.createTreeWalker(block, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */);
  for (let node = walker.nextNode(); node && out.length < max; node = walker.nextNode()) {
    if (node.nodeType === 3) out = joinText(out, node.nodeValue ?? '');
    else if ((node as Element).localName === 'br') out += ' ';
  }
  return out.slice(0, max);
}

/**
 * Two pieces of text from two elements, as they read: a badge ("IA", "Info") written against the
 * label after it ("Article rédigé avec l'aide…") is a word of its own. Only a badge-sized piece
 * ending in a letter, before a capital letter, is set apart; "M<sup>me</sup>", "1<sup>er</sup>",
 * "ex<b>em</b>ple" and longer runs of text stay as the page joins them.
 */
export function joinText(before: string, next: string): string {
  // Only the tail is tested: a regular expression anchored at the end still scans a whole string.
  return before && UPPER_START.test(next) && BADGE_END.test(before.slice(-10)) ? `${before} ${next}` : before + next;
}
const UPPER_START = /^\p{Lu}/u;
/** The piece before ends with a short word standing alone (a badge): "IA", "Info", "Nouveau". */
const BADGE_END = /(?:^|\s)\p{L}{1,8}$/u;

/**
 * The end of the block before `block` (its previous sibling, or its parent's when it is the first
 * child), normalised: a line such as "des formulations aussi différentes que :" introduces the
 * examples that follow. Blocks read one by one would otherwise not see it.
 */
function leadOf(block: Element): string {
  const before = block.previousElementSibling ?? block.parentElement?.previousElementSibling;
  // An introducing line is a small block; a large one (a whole section) is not read again per match.
  if (!before || SKIP_TAGS.has(before.localName) || before.childElementCount > 20) return '';
  return normaliseText((before.textContent ?? '').slice(-300).trim());
}

/** Nearest ancestor that is not an inline element: text nodes sharing it read as one line. */
export function blockOf(node: Node): Node | null {
  let p = node.parentNode;
  while (p && p.nodeType === 1 && INLINE_TAGS.has((p as Element).localName)) p = p.parentNode;
  return p;
}

function isElement(node: ScanRoot): node is Element {
  return node.nodeType === 1;
}

function isShadowRoot(node: ScanRoot): node is ShadowRoot {
  return node.nodeType === 11;
}

function isDocument(node: ScanRoot): node is Document {
  return node.nodeType === 9;
}

/** The page's own text for a match spanning pieces `first`…`last` of the joined normalised text. */
function quoteAcross(pieces: string[], raw: string[], offsets: number[], first: number, last: number, start: number, end: number): string {
  const parts: string[] = [];
  for (let i = first; i <= last; i++) {
    const pieceStart = offsets[i]!;
    const pieceLength = pieces[i]!.length;
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

/**
 * An empty element a widget may mount into: a custom element, or a block with an id or at the
 * page's root (where packages add theirs). Icons, spacers and empty cells are none of these.
 */
function mayGetShadowLater(el: Element): boolean {
  if (el.localName.includes('-')) return true;
  return (el.localName === 'div' || el.localName === 'span') && (el.id !== '' || el.parentElement === el.ownerDocument.body);
}
