// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { PageScanner, type ScanState } from '../../lib/detect/scanner';
import type { DetectedFinding } from '../../lib/detect/evaluate';
import { RULES } from '../../lib/rules';

/** A scanner whose idle callbacks and timers the test runs by hand. */
function harness(budget = {}) {
  const idle: Array<() => void> = [];
  const timers: Array<{ cb: () => void; ms: number; cleared: boolean }> = [];
  const calls: Array<{ findings: DetectedFinding[]; state: ScanState }> = [];
  const scanner = new PageScanner(document, {
    rules: RULES,
    budget,
    requestIdle: (cb) => idle.push(cb),
    setTimer: (cb, ms) => {
      const t = { cb, ms, cleared: false };
      timers.push(t);
      return t;
    },
    clearTimer: (t) => {
      (t as { cleared: boolean }).cleared = true;
    },
    onFindings: (findings, state) => calls.push({ findings, state }),
  });
  const flushMutations = () => new Promise((r) => setTimeout(r, 0));
  const runIdle = () => {
    while (idle.length) idle.shift()!();
  };
  return { scanner, idle, timers, calls, flushMutations, runIdle };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('PageScanner', () => {
  it('reports once after the first pass, even when nothing is found', () => {
    document.body.innerHTML = '<main><h1>Bonjour</h1></main>';
    const h = harness();
    h.scanner.start();
    expect(h.calls).toHaveLength(1);
    expect(h.calls[0]!.findings).toEqual([]);
    expect(h.calls[0]!.state.observing).toBe(true);
    h.scanner.stop();
  });

  it('reads a shadow root attached to an empty mount point after the first pass', async () => {
    document.body.innerHTML = '<main><h1>Inscriptions</h1></main><div id="aide"></div>';
    const h = harness();
    h.scanner.start();
    expect(h.scanner.findings).toEqual([]);
    // No mutation of the page's tree: only looking at the mount point again finds it.
    document.getElementById('aide')!.attachShadow({ mode: 'open' }).innerHTML = '<button aria-label="Ouvrir l’assistant virtuel">?</button>';
    await h.flushMutations();
    h.runIdle();
    expect(h.scanner.findings).toEqual([]);
    const check = h.timers.find((t) => !t.cleared && t.ms === 250);
    expect(check).toBeDefined();
    check!.cb();
    h.runIdle();
    expect(h.scanner.findings.map((f) => f.ruleId)).toEqual(['unbranded-assistant']);
    // Nothing left to wait for: no further look is armed.
    expect(h.timers.filter((t) => t.ms === 500)).toHaveLength(0);
    h.scanner.stop();
  });

  /** An assistant whose closed window says it is an AI, scanned: Vigie cannot tell yet. */
  function closedAssistant() {
    document.body.innerHTML =
      '<button aria-label="Discuter avec l’assistant virtuel">?</button>' +
      '<div role="dialog" id="panel" hidden><div role="log"><p>Je suis une intelligence artificielle.</p></div><textarea></textarea></div>';
    const h = harness();
    h.scanner.start();
    const chat = () => h.scanner.findings.find((f) => f.ruleId === 'unbranded-assistant')!;
    expect(chat().disclosure?.state).toBe('not-checkable');
    const recheck = () => {
      const timer = h.timers.find((t) => t.ms === 800);
      expect(timer).toBeDefined();
      timer!.cb();
    };
    return { h, chat, recheck, panel: document.getElementById('panel')! };
  }

  it('reads a chat again shortly after a click: a panel that was closed now says it is an AI', () => {
    const { h, chat, recheck, panel } = closedAssistant();
    panel.hidden = false;
    h.scanner.rearm();
    recheck();
    expect(chat().disclosure).toMatchObject({ state: 'explicit', matched: 'intelligence artificielle' });
    expect(h.calls.at(-1)!.findings.find((f) => f.ruleId === 'unbranded-assistant')!.disclosure?.state).toBe('explicit');
    h.scanner.stop();
  });

  it('reads a chat again when its closed window opens by itself (an attribute change, no node added)', async () => {
    const { h, chat, recheck, panel } = closedAssistant();
    panel.removeAttribute('hidden');
    await h.flushMutations();
    recheck();
    expect(chat().disclosure?.state).toBe('explicit');
    h.scanner.stop();
  });

  it('queues added nodes in the observer and scans them only in an idle batch', async () => {
    document.body.innerHTML = '<main></main>';
    const h = harness();
    h.scanner.start();
    const widget = document.createElement('div');
    widget.id = 'intercom-container';
    document.body.append(widget);
    await h.flushMutations();
    expect(h.calls).toHaveLength(1); // nothing scanned inside the mutation callback
    expect(h.idle).toHaveLength(1);
    h.runIdle();
    expect(h.calls).toHaveLength(2);
    expect(h.calls[1]!.findings.map((f) => f.ruleId)).toEqual(['intercom']);
    h.scanner.stop();
  });

  it('batches many mutations into one idle callback', async () => {
    const h = harness();
    h.scanner.start();
    for (let i = 0; i < 50; i++) document.body.append(Object.assign(document.createElement('p'), { textContent: `ligne ${i}` }));
    await h.flushMutations();
    expect(h.idle).toHaveLength(1);
    h.scanner.stop();
  });

  it('ignores style and meta nodes added later', async () => {
    const h = harness();
    h.scanner.start();
    document.head.append(document.createElement('style'), document.createElement('meta'));
    await h.flushMutations();
    expect(h.idle).toHaveLength(0);
    h.scanner.stop();
  });

  it('sees content added later inside an open shadow root it met in the first pass', async () => {
    document.body.innerHTML = '<div id="hote"></div>';
    const root = document.getElementById('hote')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<section></section>';
    const h = harness();
    h.scanner.start();
    expect(h.calls[0]!.findings).toEqual([]);
    root.querySelector('section')!.innerHTML = '<df-messenger agent-id="x"></df-messenger>';
    await h.flushMutations();
    h.runIdle();
    const df = h.scanner.findings.find((f) => f.ruleId === 'dialogflow-messenger');
    expect(df?.level).toBe('detected');
    expect(df?.evidence[0]!.where).toMatch(/^shadow\(div#hote\) › /);
    h.scanner.stop();
  });

  it('stops observing after the quiet period without a new finding', async () => {
    const h = harness({ quietMs: 30_000 });
    h.scanner.start();
    const timer = h.timers.find((t) => !t.cleared)!;
    expect(timer.ms).toBe(30_000);
    timer.cb();
    expect(h.scanner.state.observing).toBe(false);
    document.body.append(Object.assign(document.createElement('div'), { id: 'intercom-container' }));
    await h.flushMutations();
    expect(h.idle).toHaveLength(0);
  });

  it('a mutation storm overflows the queue: one full rescan instead, still finds the widget', async () => {
    const h = harness({ maxQueue: 100 });
    h.scanner.start();
    for (let i = 0; i < 1_000; i++) document.body.append(document.createElement('span'));
    document.body.append(Object.assign(document.createElement('div'), { className: 'crisp-client' }));
    await h.flushMutations();
    h.runIdle();
    expect(h.scanner.findings.map((f) => f.ruleId)).toEqual(['crisp']);
    h.scanner.stop();
  });

  it('stops and marks the result partial when the total mutation budget is spent', async () => {
    let clock = 0;
    const idle: Array<() => void> = [];
    const states: ScanState[] = [];
    const scanner = new PageScanner(document, {
      rules: RULES,
      // Every clock read costs 1 ms: the budget runs out after a few batches.
      now: () => (clock += 1),
      budget: { totalMs: 20, batchMs: 5 },
      requestIdle: (cb) => idle.push(cb),
      onFindings: (_f, s) => states.push(s),
    });
    scanner.start();
    for (let i = 0; i < 200; i++) document.body.append(document.createElement('div'));
    await new Promise((r) => setTimeout(r, 0));
    let guard = 0;
    while (idle.length && guard++ < 100) idle.shift()!();
    expect(scanner.state.observing).toBe(false);
    expect(states.at(-1)!.truncated).toBe(true);
    expect(guard).toBeLessThan(100);
  });

  it('rescan forgets what the previous page had', () => {
    document.body.innerHTML = '<div id="intercom-container"></div>';
    const h = harness();
    h.scanner.start();
    expect(h.scanner.findings).toHaveLength(1);
    document.body.innerHTML = '<p>Autre page</p>';
    h.scanner.rescan();
    expect(h.scanner.findings).toEqual([]);
    h.scanner.stop();
  });

  it('elementFor gives the element to outline, and nothing once it left the page', () => {
    document.body.innerHTML = '<div id="dydu-root"></div>';
    const h = harness();
    h.scanner.start();
    expect(h.scanner.elementFor('dydu')?.id).toBe('dydu-root');
    document.getElementById('dydu-root')!.remove();
    expect(h.scanner.elementFor('dydu')).toBeUndefined();
    h.scanner.stop();
  });

  it('reads a page too long for the first pass in idle slices, and finds what is at its end', () => {
    const filler = Array.from({ length: 3_000 }, (_, i) => `<p>Paragraphe ${i} sans rien de particulier.</p>`).join('');
    document.body.innerHTML = `${filler}<p>La présente décision a été prise sur le fondement d’un traitement algorithmique.</p>`;
    let clock = 0;
    const idle: Array<() => void> = [];
    const scanner = new PageScanner(document, {
      rules: RULES,
      now: () => (clock += 1), // each clock read "costs" 1 ms: the walk outlives a 2 ms first pass
      budget: { firstPassMs: 2, batchMs: 2, totalMs: 10_000 },
      requestIdle: (cb) => idle.push(cb),
      onFindings: () => undefined,
    });
    scanner.start();
    expect(scanner.findings).toEqual([]);
    expect(idle.length).toBe(1);
    let slices = 0;
    while (idle.length && slices < 1_000) {
      idle.shift()!();
      slices++;
    }
    expect(slices).toBeGreaterThanOrEqual(1);
    expect(scanner.findings.map((f) => f.ruleId)).toEqual(['crpa-algorithmic-decision-mention']);
    expect(scanner.state.truncated).toBe(false);
    scanner.stop();
  });

  it('a click after the quiet period re-arms the observer: a panel built on interaction is found', async () => {
    const h = harness({ quietMs: 30_000 });
    h.scanner.start();
    h.timers.find((t) => !t.cleared)!.cb(); // 30 s of quiet: the observer stops
    expect(h.scanner.state.observing).toBe(false);
    h.scanner.rearm();
    expect(h.scanner.state.observing).toBe(true);
    document.body.append(Object.assign(document.createElement('div'), { className: 'crisp-client' }));
    await h.flushMutations();
    h.runIdle();
    expect(h.scanner.findings.map((f) => f.ruleId)).toEqual(['crisp']);
    h.scanner.stop();
  });
});
