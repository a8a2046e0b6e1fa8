// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fixtureNames, loadExpected, scanFixture } from './helpers/scan-html';

const expected = loadExpected();

describe('fixture corpus (axe-style: exactly the listed findings)', () => {
  it('every fixture page has an expectation, and every expectation a page', () => {
    expect(fixtureNames()).toEqual(Object.keys(expected).sort());
  });

  it.each(fixtureNames())('%s', (name) => {
    const page = expected[name]!;
    const findings = scanFixture(name);
    const got = findings.map((f) => f.ruleId).sort();
    expect(got).toEqual(page.findings.map((f) => f.ruleId).sort());
    for (const want of page.findings) {
      const f = findings.find((x) => x.ruleId === want.ruleId)!;
      expect(f.level, `${want.ruleId} level`).toBe(want.level);
      if (want.vendor) expect(f.vendor).toBe(want.vendor);
      if (want.state) expect(f.state).toBe(want.state);
      expect(f.evidence.length).toBeGreaterThan(0);
    }
  });
});
