import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module script without types
import { score, targetsMet } from '../../scripts/eval.mjs';

const CRPA = 'crpa-algorithmic-decision-mention';
const ALL = { purpose: true, rightToRules: true, howToExercise: true, cada: true };
const fixture = (findings: object[]) => ({ name: 'p.html', style: 'text', runtime: 'any', negative: false, findings });
const notice = (context: string, elements?: Record<string, boolean>) => ({
  context,
  cues: [],
  ...(elements ? { elements: Object.fromEntries(Object.entries(elements).map(([k, v]) => [k, { present: v }])) } : {}),
});
const got = (context: string, elements?: Record<string, boolean>) => ({ kind: 'decision-notice', ruleId: CRPA, level: 'detected', notice: notice(context, elements) });

describe('npm run eval scoring of decision notices', () => {
  it('counts a notice in a page about the law as right when it is only discussed, and as a false positive when it is a finding', () => {
    const about = fixture([{ ruleId: CRPA, level: 'detected', context: 'about' }]);
    const right = score([{ fixture: about, got: [], discussed: [{ kind: 'decision-notice', ruleId: CRPA, cues: [], evidence: [] }] }]);
    expect(right.kinds['decision-notice']).toMatchObject({ tp: 0, fp: 0, fn: 0 });
    expect(right.context).toMatchObject({ right: 1, total: 1 });
    expect(right.wrong).toEqual([]);
    const wrong = score([{ fixture: about, got: [got('decision')] }]);
    expect(wrong.kinds['decision-notice'].fp).toBe(1);
    expect(wrong.context.right).toBe(0);
    expect(wrong.wrong[0].problems.join()).toContain('context decision, expected about');
  });

  it('counts a procedure notice as a notice the page makes', () => {
    const procedure = fixture([{ ruleId: CRPA, level: 'detected', context: 'procedure' }]);
    const result = score([{ fixture: procedure, got: [got('procedure')] }]);
    expect(result.kinds['decision-notice'].tp).toBe(1);
    expect(result.context).toMatchObject({ right: 1, total: 1 });
  });

  it('checks each of the four elements and reports the ones read wrong', () => {
    const page = fixture([{ ruleId: CRPA, level: 'detected', context: 'decision', elements: { ...ALL, cada: false } }]);
    const result = score([{ fixture: page, got: [got('decision', ALL)] }]);
    expect(result.kinds['decision-notice'].tp).toBe(1);
    expect(result.elements).toMatchObject({ right: 3, total: 4, mentions: 1, mentionsRight: 0 });
    expect(result.wrong[0].problems).toContain(`${CRPA}: element cada present, expected missing`);
    expect(targetsMet(result).find((c: { name: string }) => c.name === 'mention elements read right').ok).toBe(false);
  });
});
