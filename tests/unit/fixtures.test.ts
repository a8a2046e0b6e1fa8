// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadFixtures, scanFixture } from './helpers/scan-html';

const fixtures = loadFixtures();

describe('fixture corpus in happy-dom (axe-style: exactly the listed findings)', () => {
  it('has pages of every kind, and hard negatives', () => {
    expect(fixtures.length).toBeGreaterThan(5);
    expect(fixtures.some((f) => f.findings.length === 0)).toBe(true);
  });

  // Pages that need their own scripts to run (shadow DOM, late widgets) are checked in Chromium only.
  it.each(fixtures.filter((f) => f.runtime === 'any').map((f) => [f.name, f] as const))('%s', (name, page) => {
    const findings = scanFixture(name);
    expect(findings.map((f) => f.ruleId).sort()).toEqual(page.findings.map((f) => f.ruleId).sort());
    for (const want of page.findings) {
      const f = findings.find((x) => x.ruleId === want.ruleId)!;
      expect(f.level, `${want.ruleId} level`).toBe(want.level);
      if (want.vendor) expect(f.vendor).toBe(want.vendor);
      if (want.state) expect(f.state).toBe(want.state);
      if (want.context) expect(f.notice?.context, `${want.ruleId} context (cues: ${f.notice?.cues.join(' | ')})`).toBe(want.context);
      if (want.elements) {
        const got = Object.fromEntries(Object.entries(f.notice?.elements ?? {}).map(([k, v]) => [k, v.present]));
        expect(got, `${want.ruleId} mention elements`).toEqual(want.elements);
      }
      expect(f.evidence.length).toBeGreaterThan(0);
    }
  });
});
