import { describe, expect, it } from 'vitest';
import { applyFrameUpdate, buildReport, tabStateSchema, type FrameUpdate, type TabState } from '../../lib/background/tab-state';
import { reportSchema, type Evidence, type PublicService } from '../../lib/report/schema';

type Found = FrameUpdate['findings'][number];

const TOP = 'https://www.caf.fr/mon-compte';
const SUB = 'https://widget.dydu-priv.com/chat';
const T0 = new Date('2025-03-14T10:00:00.000Z');
const T1 = new Date('2025-03-14T10:00:05.000Z');
const PUBLIC: PublicService = { isPublicService: true, reason: 'national-service-domain', matched: 'caf.fr' };

function evidence(label: string, n = 1): Evidence[] {
  return Array.from({ length: n }, (_, i) => ({ signal: 'selector', matched: `${label}-${i}`, where: `div.${label}` }));
}

function found(over: Partial<Found> = {}): Found {
  return {
    kind: 'ai-chat',
    ruleId: 'ai-chat-dydu',
    level: 'detected',
    vendor: 'Dydu',
    state: 'present',
    score: 0.9,
    evidence: evidence('top'),
    legalRefs: ['AI Act art. 50(1)'],
    ...over,
  };
}

function update(over: Partial<FrameUpdate> = {}): FrameUpdate {
  return {
    frameId: 0,
    url: TOP,
    findings: [found()],
    scan: { trigger: 'static', durationMs: 42, truncated: false },
    now: T0,
    ...over,
  };
}

function state(frames: Record<number, Found[]>, over: Partial<TabState> = {}): TabState {
  return {
    url: TOP,
    scannedAt: T0.toISOString(),
    trigger: 'static',
    durationMs: 10,
    truncated: false,
    frames: Object.fromEntries(Object.entries(frames).map(([id, findings]) => [id, { url: id === '0' ? TOP : SUB, findings }])),
    ...over,
  };
}

describe('applyFrameUpdate', () => {
  it('starts a state from the first top-frame update', () => {
    const s = applyFrameUpdate(undefined, update({ scan: { trigger: 'on-demand', durationMs: 42, truncated: true } }));
    expect(s).toEqual({
      url: TOP,
      scannedAt: '2025-03-14T10:00:00.000Z',
      trigger: 'on-demand',
      durationMs: 42,
      truncated: true,
      frames: { '0': { url: TOP, findings: [found()] } },
    });
    expect(tabStateSchema.safeParse(s).success).toBe(true);
  });

  it('keeps the top URL, trigger and duration when a sub-frame reports', () => {
    const first = applyFrameUpdate(undefined, update());
    const s = applyFrameUpdate(
      first,
      update({ frameId: 3, url: SUB, findings: [found({ ruleId: 'ai-chat-other' })], scan: { trigger: 'auto', durationMs: 999, truncated: false }, now: T1 }),
    );
    expect(s.url).toBe(TOP);
    expect(s.trigger).toBe('static');
    expect(s.durationMs).toBe(42);
    expect(s.scannedAt).toBe(T1.toISOString());
    expect(Object.keys(s.frames).sort()).toEqual(['0', '3']);
    expect(s.frames['3']).toEqual({ url: SUB, findings: [found({ ruleId: 'ai-chat-other' })] });
    expect(s.frames['0']).toEqual(first.frames['0']);
  });

  it('replaces a frame’s findings when the same frame reports again (same URL)', () => {
    let s = applyFrameUpdate(undefined, update());
    s = applyFrameUpdate(s, update({ frameId: 3, url: SUB }));
    s = applyFrameUpdate(s, update({ findings: [], scan: { trigger: 'static', durationMs: 7, truncated: false }, now: T1 }));
    expect(s.frames['0']).toEqual({ url: TOP, findings: [] });
    expect(s.frames['3']?.findings).toHaveLength(1);
    expect(s.durationMs).toBe(7);
  });

  it('starts over when the top frame reports a new URL', () => {
    let s = applyFrameUpdate(undefined, update({ scan: { trigger: 'static', durationMs: 42, truncated: true } }));
    s = applyFrameUpdate(s, update({ frameId: 3, url: SUB }));
    const next = 'https://www.caf.fr/autre-page';
    s = applyFrameUpdate(s, update({ url: next, findings: [], scan: { trigger: 'on-demand', durationMs: 5, truncated: false }, now: T1 }));
    expect(s).toEqual({
      url: next,
      scannedAt: T1.toISOString(),
      trigger: 'on-demand',
      durationMs: 5,
      truncated: false,
      frames: { '0': { url: next, findings: [] } },
    });
  });

  it('does not start over when a sub-frame reports a new URL', () => {
    let s = applyFrameUpdate(undefined, update());
    s = applyFrameUpdate(s, update({ frameId: 3, url: SUB }));
    s = applyFrameUpdate(s, update({ frameId: 3, url: `${SUB}?page=2` }));
    expect(s.url).toBe(TOP);
    expect(Object.keys(s.frames).sort()).toEqual(['0', '3']);
    expect(s.frames['3']?.url).toBe(`${SUB}?page=2`);
  });

  it('keeps the findings of sub-frames that reported before the top frame', () => {
    // Frames scan in parallel: a small iframe can finish before the top document.
    let s = applyFrameUpdate(undefined, update({ frameId: 3, url: SUB, findings: [found({ ruleId: 'ai-chat-other' })] }));
    expect(s.url).toBe(SUB);
    s = applyFrameUpdate(s, update({ now: T1 }));
    expect(s.url).toBe(TOP);
    expect(Object.keys(s.frames).sort()).toEqual(['0', '3']);
    expect(s.durationMs).toBe(42);
  });

  it.each([
    // previous truncated, update frame, update truncated, expected
    [false, 0, false, false],
    [false, 0, true, true],
    [true, 0, false, true],
    [false, 3, true, true],
    [true, 3, false, true],
  ])('truncated is sticky: previous %s, frame %i reports %s → %s', (prev, frameId, truncated, expected) => {
    const previous = applyFrameUpdate(undefined, update({ scan: { trigger: 'static', durationMs: 1, truncated: prev } }));
    const s = applyFrameUpdate(previous, update({ frameId, url: frameId === 0 ? TOP : SUB, scan: { trigger: 'static', durationMs: 1, truncated } }));
    expect(s.truncated).toBe(expected);
  });

  it('does not modify the previous state', () => {
    const previous = applyFrameUpdate(undefined, update());
    const copy = structuredClone(previous);
    applyFrameUpdate(previous, update({ frameId: 3, url: SUB, scan: { trigger: 'auto', durationMs: 1, truncated: true }, now: T1 }));
    applyFrameUpdate(previous, update({ url: 'https://www.caf.fr/autre', now: T1 }));
    expect(previous).toEqual(copy);
  });
});

describe('buildReport', () => {
  it('builds a valid report from the top frame, ids being rule ids', () => {
    const report = buildReport(
      state({ 0: [found(), found({ kind: 'decision-notice', ruleId: 'decision-notice-crpa', vendor: undefined, level: 'possible', score: 0.5 })] }),
      PUBLIC,
    );
    expect(reportSchema.parse(report)).toEqual(report);
    expect(report.schemaVersion).toBe(2);
    expect(report.url).toBe(TOP);
    expect(report.scannedAt).toBe(T0.toISOString());
    expect(report.publicService).toEqual(PUBLIC);
    expect(report.scan).toEqual({ trigger: 'static', frames: 1, durationMs: 10, truncated: false });
    expect(report.findings.map((f) => [f.id, f.frameId, f.level])).toEqual([
      ['ai-chat-dydu', 0, 'detected'],
      ['decision-notice-crpa', 0, 'possible'],
    ]);
    expect(report.findings[0]).toMatchObject({ vendor: 'Dydu', legalRefs: ['AI Act art. 50(1)'], score: 0.9, state: 'present' });
    expect('vendor' in report.findings[1]!).toBe(false);
  });

  it('suffixes the id with the frame for sub-frames', () => {
    const report = buildReport(state({ 0: [], 7: [found({ ruleId: 'ai-chat-other' })] }), PUBLIC);
    expect(report.findings.map((f) => [f.id, f.ruleId, f.frameId])).toEqual([['ai-chat-other@7', 'ai-chat-other', 7]]);
    expect(report.scan?.frames).toBe(2);
    expect(reportSchema.safeParse(report).success).toBe(true);
  });

  it.each([
    ['the sub-frame has the stronger level', { level: 'possible', score: 0.4 }, { level: 'detected', score: 0.8 }, 'ai-chat-dydu@3', 3, 'detected'],
    ['the top frame has the stronger level', { level: 'detected', score: 0.8 }, { level: 'possible', score: 0.4 }, 'ai-chat-dydu', 0, 'detected'],
    ['same level, the sub-frame scores higher', { level: 'possible', score: 0.3 }, { level: 'possible', score: 0.6 }, 'ai-chat-dydu@3', 3, 'possible'],
    ['same level, the top frame scores higher', { level: 'detected', score: 0.99 }, { level: 'detected', score: 0.85 }, 'ai-chat-dydu', 0, 'detected'],
    ['a tie keeps the first frame', { level: 'detected', score: 0.9 }, { level: 'detected', score: 0.9 }, 'ai-chat-dydu', 0, 'detected'],
  ] as const)('merges the same rule across frames when %s', (_name, top, sub, id, frameId, level) => {
    const report = buildReport(
      state({ 0: [found({ ...top, evidence: evidence('top', 2) })], 3: [found({ ...sub, evidence: evidence('sub', 2) })] }),
      PUBLIC,
    );
    expect(report.findings).toHaveLength(1);
    const f = report.findings[0]!;
    expect(f).toMatchObject({ id, frameId, level, ruleId: 'ai-chat-dydu' });
    // The winner's evidence comes first, then the other frame's.
    const [first, second] = frameId === 0 ? ['top', 'sub'] : ['sub', 'top'];
    expect(f.evidence.map((e) => e.matched)).toEqual([`${first}-0`, `${first}-1`, `${second}-0`, `${second}-1`]);
    expect(reportSchema.safeParse(report).success).toBe(true);
  });

  it('caps merged evidence at 12 items, the strongest frame’s first', () => {
    const report = buildReport(
      state({
        0: [found({ level: 'possible', score: 0.5, evidence: evidence('top', 12) })],
        3: [found({ evidence: evidence('sub', 10) })],
        9: [found({ level: 'possible', score: 0.2, evidence: evidence('other', 12) })],
      }),
      PUBLIC,
    );
    const f = report.findings[0]!;
    expect(f.evidence).toHaveLength(12);
    expect(f.evidence.slice(0, 10).every((e) => e.matched.startsWith('sub-'))).toBe(true);
    expect(f.evidence.slice(10).map((e) => e.matched)).toEqual(['top-0', 'top-1']);
    expect(f.frameId).toBe(3);
    expect(reportSchema.safeParse(report).success).toBe(true);
  });

  it('reads frames in numeric order (2 before 10)', () => {
    const report = buildReport(
      state({
        10: [found({ ruleId: 'rule-ten' }), found({ ruleId: 'shared', score: 0.9 })],
        2: [found({ ruleId: 'rule-two' }), found({ ruleId: 'shared', score: 0.9 })],
      }),
      PUBLIC,
    );
    expect(report.findings.map((f) => f.id)).toEqual(['rule-two@2', 'shared@2', 'rule-ten@10']);
  });

  it('keeps different rules of different frames apart', () => {
    const report = buildReport(
      state({ 0: [found()], 4: [found({ kind: 'ai-content', ruleId: 'ai-generated-label', vendor: undefined })] }),
      { isPublicService: false, reason: 'not-listed' },
    );
    expect(report.findings.map((f) => [f.id, f.kind, f.frameId])).toEqual([
      ['ai-chat-dydu', 'ai-chat', 0],
      ['ai-generated-label@4', 'ai-content', 4],
    ]);
    expect(report.publicService).toEqual({ isPublicService: false, reason: 'not-listed' });
  });

  it('reports an empty state as a valid report with no findings', () => {
    const report = buildReport(state({ 0: [] }, { truncated: true, trigger: 'auto', durationMs: 0 }), PUBLIC);
    expect(report.findings).toEqual([]);
    expect(report.scan).toEqual({ trigger: 'auto', frames: 1, durationMs: 0, truncated: true });
    expect(reportSchema.safeParse(report).success).toBe(true);
  });

  it('passes reportSchema for a state built through applyFrameUpdate', () => {
    let s = applyFrameUpdate(undefined, update({ findings: [found({ evidence: evidence('top', 12) })] }));
    for (const frameId of [1, 2, 3]) {
      s = applyFrameUpdate(s, update({ frameId, url: SUB, findings: [found({ evidence: evidence(`f${frameId}`, 12) }), found({ ruleId: `rule-${frameId}` })] }));
    }
    const report = buildReport(tabStateSchema.parse(s), PUBLIC);
    expect(reportSchema.parse(report)).toEqual(report);
    expect(report.findings.map((f) => f.id)).toEqual(['ai-chat-dydu', 'rule-1@1', 'rule-2@2', 'rule-3@3']);
    expect(report.findings[0]!.evidence).toHaveLength(12);
  });
});
