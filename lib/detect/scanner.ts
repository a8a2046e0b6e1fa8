import type { RuleInput } from '../rules/schema';
import { Collector, type CollectorOptions } from './collect';
import { compileRules, type CompiledRules } from './compile';
import { evaluate, type DetectedFinding } from './evaluate';
import { parentOf } from './element-clues';

export interface ScanBudget {
  /** Time for the first pass over the whole document. */
  firstPassMs: number;
  /** Time for one idle batch of mutations. */
  batchMs: number;
  /** Time for all the mutation batches of a page together; then the observer stops. */
  totalMs: number;
  /** The observer stops once this long has passed without a new finding. */
  quietMs: number;
  /** Added subtrees waiting for a batch; beyond it the scanner falls back to one later full pass. */
  maxQueue: number;
}

export const DEFAULT_BUDGET: ScanBudget = { firstPassMs: 60, batchMs: 8, totalMs: 500, quietMs: 30_000, maxQueue: 2_000 };

export interface ScanState {
  /** CPU time spent scanning so far, in milliseconds. */
  durationMs: number;
  /** A budget cut something short: the result may be incomplete. */
  truncated: boolean;
  /** Whether mutations are still being watched. */
  observing: boolean;
}

export interface ScannerOptions {
  rules: readonly RuleInput[];
  now?: () => number;
  /** Runs work when the page is idle (requestIdleCallback where it exists). */
  requestIdle?: (callback: () => void) => void;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  budget?: Partial<ScanBudget>;
  wherePrefix?: string;
  collector?: Partial<Pick<CollectorOptions, 'limits'>>;
  /** Called after the first pass, then whenever the findings change. */
  onFindings: (findings: DetectedFinding[], state: ScanState) => void;
}

/** How long after a click a chat's panel is read again: its opening animation is over by then. */
const RECHECK_MS = 800;

/**
 * When empty mount points are looked at again for a shadow root attached since (see
 * Collector.hostsWithNewShadow): soon after load, then less often, for two and a half seconds.
 */
const SHADOW_HOST_CHECKS_MS = [250, 750, 1_500, 2_500];

/** How many times a page's observer may be re-armed by interactions. */
const MAX_REARMS = 20;

// Subtrees that never hold what we look for, or that we read otherwise (script src below).
const IGNORED_ADDED = new Set(['style', 'meta', 'link', 'br', 'head', 'title', 'noscript', 'template']);

/**
 * Scans a document once, then watches it for late widgets.
 *
 * The MutationObserver callback only queues added elements; batches run when the page is idle,
 * each within `batchMs`, and all of them within `totalMs`. The observer stops after `quietMs`
 * without a new finding. No layout is read while scanning (no getComputedStyle, no innerText); only
 * a chat already found has its visible text read, to tell what it says of itself.
 */
export class PageScanner {
  private readonly compiled: CompiledRules;
  private readonly collector: Collector;
  private readonly budget: ScanBudget;
  private readonly now: () => number;
  private observer: MutationObserver | undefined;
  private queue: Element[] = [];
  private overflowed = false;
  private scheduled = false;
  private stopped = false;
  private spentMs = 0;
  private firstPassMs = 0;
  private quietTimer: unknown;
  private lastSignature = '';
  private current: DetectedFinding[] = [];
  private queueTruncated = false;
  private observedRoots = new WeakSet<Node>();
  /** Open shadow roots met so far, to observe them again after a re-arm. */
  private readonly shadowRoots = new Set<ShadowRoot>();
  private rearms = 0;
  private recheckTimer: unknown;
  /** Watches the attributes of closed chat panels: opening one often only changes a class or a style. */
  private panelObserver: MutationObserver | undefined;
  private watchedPanels = new WeakSet<Element>();
  private shadowHostTimer: unknown;

  constructor(
    private readonly doc: Document,
    private readonly options: ScannerOptions,
  ) {
    this.now = options.now ?? (() => performance.now());
    this.budget = { ...DEFAULT_BUDGET, ...options.budget };
    this.compiled = compileRules(options.rules, doc);
    this.collector = new Collector(this.compiled, {
      now: this.now,
      wherePrefix: options.wherePrefix,
      limits: options.collector?.limits,
      onShadowRoot: (root) => {
        this.shadowRoots.add(root);
        this.observe(root);
      },
    });
  }

  /** The findings as of now. */
  get findings(): DetectedFinding[] {
    return this.current;
  }

  get state(): ScanState {
    return {
      durationMs: Math.round((this.firstPassMs + this.spentMs) * 100) / 100,
      truncated: this.collector.truncated || this.queueTruncated,
      observing: this.observer !== undefined && !this.stopped,
    };
  }

  /** First pass, then start watching. Safe to call again after `stop()` (single-page-app navigation). */
  start(): void {
    this.stopped = false;
    this.collector.reset();
    this.queue = [];
    this.overflowed = false;
    this.queueTruncated = false;
    this.spentMs = 0;
    this.lastSignature = '';
    // Created before the first pass, so shadow roots met during it are observed too.
    if (typeof MutationObserver !== 'undefined') {
      this.observer ??= new MutationObserver((records) => this.enqueue(records));
      this.observe(this.doc.documentElement ?? this.doc);
    }
    const t0 = this.now();
    this.collector.scan(this.doc, t0 + this.budget.firstPassMs);
    this.firstPassMs = this.now() - t0;
    this.publish(true);
    this.armQuietTimer();
    this.watchShadowHosts(0);
    // A very large page: the rest of its text is read in idle slices.
    if (this.collector.hasPendingWork) this.schedule();
  }

  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    this.observer = undefined;
    this.observedRoots = new WeakSet();
    this.queue = [];
    if (this.quietTimer !== undefined) this.options.clearTimer?.(this.quietTimer);
    this.quietTimer = undefined;
    if (this.shadowHostTimer !== undefined) this.options.clearTimer?.(this.shadowHostTimer);
    this.shadowHostTimer = undefined;
  }

  /**
   * A widget that renders into a shadow root attached after the scan saw its empty mount point
   * makes no mutation the observer sees: look at those few elements again a few times, and scan
   * the ones that have a shadow root now as added subtrees.
   */
  private watchShadowHosts(step: number): void {
    if (this.stopped || !this.options.setTimer || step >= SHADOW_HOST_CHECKS_MS.length || !this.collector.awaitingShadowHosts) return;
    const wait = SHADOW_HOST_CHECKS_MS[step]! - (step > 0 ? SHADOW_HOST_CHECKS_MS[step - 1]! : 0);
    this.shadowHostTimer = this.options.setTimer(() => {
      this.shadowHostTimer = undefined;
      if (this.stopped) return;
      const hosts = this.collector.hostsWithNewShadow();
      if (hosts.length > 0) {
        this.queue.push(...hosts);
        this.schedule();
      }
      if (step + 1 < SHADOW_HOST_CHECKS_MS.length) this.watchShadowHosts(step + 1);
      else this.collector.forgetEmptyHosts();
    }, wait);
  }

  /** Page globals reported by the page-world script (weak signals). */
  addPageGlobals(names: readonly string[]): void {
    this.collector.addPageGlobals(names);
    this.publish(false);
  }

  /**
   * The person clicked or typed after the observer went quiet: chats often build their panel only
   * then. Watch again for one quiet period, with a fresh batch budget, a limited number of times.
   */
  rearm(): void {
    this.recheckChats();
    if (!this.stopped || this.rearms >= MAX_REARMS || typeof MutationObserver === 'undefined') return;
    this.rearms++;
    this.stopped = false;
    this.spentMs = 0;
    this.observer = new MutationObserver((records) => this.enqueue(records));
    this.observe(this.doc.documentElement ?? this.doc);
    for (const root of this.shadowRoots) this.observe(root);
    this.armQuietTimer();
  }

  /**
   * Opening a chat often only shows a panel that was already in the page (no node added, so no
   * mutation to wake the scanner): read again, shortly after the click, what the chat says of
   * itself. Only when a chat was found whose disclosure is not settled.
   */
  private recheckChats(): void {
    if (this.recheckTimer !== undefined || !this.options.setTimer) return;
    if (!this.current.some((f) => f.kind === 'ai-chat' && f.disclosure && f.disclosure.state !== 'explicit')) return;
    this.recheckTimer = this.options.setTimer(() => {
      this.recheckTimer = undefined;
      this.publish(false);
    }, RECHECK_MS);
  }

  /**
   * A chat whose window is closed: watch that window and a few of its ancestors for the attribute
   * changes that open it (a widget opening itself after a delay, or on a click the page handles), so
   * what it says of itself is read once it shows. A handful of elements, whatever the page; kept
   * after the page's observer goes quiet, since a person may open the assistant much later.
   */
  private watchPanels(findings: DetectedFinding[]): void {
    if (typeof MutationObserver === 'undefined') return;
    for (const f of findings) {
      for (const panel of f.watch ?? []) {
        let el: Element | null = panel;
        for (let up = 0; el && up < 4; up++) {
          if (!this.watchedPanels.has(el)) {
            this.watchedPanels.add(el);
            this.panelObserver ??= new MutationObserver(() => this.recheckChats());
            try {
              this.panelObserver.observe(el, { attributes: true, attributeFilter: ['class', 'style', 'hidden', 'aria-hidden', 'open'] });
            } catch {
              // A node of a torn-down frame: nothing to watch.
            }
          }
          el = parentOf(el);
        }
      }
    }
  }

  /** Forget everything and scan again (the page changed without a reload). */
  rescan(): void {
    this.stop();
    // The closed panels watched after the observer went quiet belong to the page that is gone.
    this.panelObserver?.disconnect();
    this.panelObserver = undefined;
    this.watchedPanels = new WeakSet();
    this.shadowRoots.clear();
    this.rearms = 0;
    this.start();
  }

  /** The element to outline for a rule's finding, if it is still in the page. */
  elementFor(ruleId: string): Element | undefined {
    const el = this.current.find((f) => f.ruleId === ruleId)?.element;
    return el && el.isConnected ? el : undefined;
  }

  private observe(root: Node): void {
    if (!this.observer || this.stopped || this.observedRoots.has(root)) return;
    this.observedRoots.add(root);
    try {
      this.observer.observe(root, { childList: true, subtree: true });
    } catch {
      // A root from a torn-down frame cannot be observed; nothing to do.
    }
  }

  /** Mutation callback: queue only, never scan here (it runs synchronously inside the page's work). */
  private enqueue(records: MutationRecord[]): void {
    if (this.stopped) return;
    for (const record of records) {
      const added = record.addedNodes;
      for (let i = 0; i < added.length; i++) {
        const node = added[i]!;
        if (node.nodeType !== 1) continue;
        const el = node as Element;
        if (IGNORED_ADDED.has(el.localName)) continue;
        if (this.queue.length >= this.budget.maxQueue) {
          // Mutation storm: stop queueing and rescan the whole document once instead.
          this.overflowed = true;
          continue;
        }
        this.queue.push(el);
      }
    }
    if (this.queue.length > 0 || this.overflowed) this.schedule();
  }

  private schedule(): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    (this.options.requestIdle ?? defaultIdle)(() => this.processBatch());
  }

  private processBatch(): void {
    this.scheduled = false;
    if (this.stopped) return;
    const t0 = this.now();
    const deadline = t0 + this.budget.batchMs;
    if (this.collector.hasPendingWork) this.collector.resume(deadline);
    if (this.overflowed) {
      this.overflowed = false;
      this.queue = [];
      this.collector.scan(this.doc, t0 + Math.max(this.budget.batchMs, this.budget.firstPassMs));
    } else {
      const seen = new Set<Element>();
      while (this.queue.length > 0 && this.now() < deadline) {
        const el = this.queue.shift()!;
        if (!el.isConnected || seen.has(el) || hasQueuedAncestor(el, seen)) continue;
        seen.add(el);
        this.collector.scan(el, deadline);
      }
    }
    this.spentMs += this.now() - t0;
    this.publish(false);
    if (this.spentMs >= this.budget.totalMs) {
      // The page keeps changing: stop paying for it, and say the result may be partial.
      this.queueTruncated = this.queue.length > 0 || this.overflowed || this.collector.hasPendingWork;
      this.stop();
      this.publish(true);
      return;
    }
    if (this.queue.length > 0 || this.collector.hasPendingWork) this.schedule();
    // Mount points added since (a widget's script ran late) get their few seconds too.
    if (this.shadowHostTimer === undefined) this.watchShadowHosts(0);
  }

  private publish(force: boolean): void {
    const findings = evaluate(this.compiled, this.collector.hits);
    this.watchPanels(findings);
    const signature = findings
      .map((f) => `${f.ruleId}|${f.level}|${f.state}|${f.vendor ?? ''}|${f.evidence.length}|${f.disclosure?.state ?? ''}`)
      .join(';');
    const changed = signature !== this.lastSignature;
    this.current = findings;
    if (!changed && !force) return;
    if (changed) {
      this.lastSignature = signature;
      this.armQuietTimer();
    }
    this.options.onFindings(findings, this.state);
  }

  private armQuietTimer(): void {
    if (this.stopped || !this.options.setTimer) return;
    if (this.quietTimer !== undefined) this.options.clearTimer?.(this.quietTimer);
    this.quietTimer = this.options.setTimer(() => {
      this.quietTimer = undefined;
      this.stop();
    }, this.budget.quietMs);
  }
}

function hasQueuedAncestor(el: Element, seen: Set<Element>): boolean {
  if (seen.size === 0) return false;
  for (let p = el.parentElement; p; p = p.parentElement) if (seen.has(p)) return true;
  return false;
}

function defaultIdle(callback: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => callback(), { timeout: 1_000 });
  else setTimeout(callback, 50);
}
