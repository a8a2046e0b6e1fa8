import { describe, expect, it } from 'vitest';
import { compileRules } from '../../lib/detect/compile';
import { RULES } from '../../lib/rules';

/**
 * Pages are hostile: a rule pattern that backtracks badly on a long run of one character froze a
 * test page for 20 s once (a leading `[a-z0-9.-]*` before a host name). Every pattern must stay
 * fast on adversarial strings as long as the engine ever feeds it.
 */
const LENGTH = 100_000; // maxInlineScriptChars
const ADVERSARIAL = {
  letters: 'a'.repeat(LENGTH),
  'dotted host': 'a.'.repeat(LENGTH / 2),
  spaces: `x${' '.repeat(LENGTH)}y`,
  quotes: `'${"a'".repeat(LENGTH / 2)}`,
  words: 'je suis votre assistant '.repeat(LENGTH / 24),
  slashes: '/'.repeat(LENGTH),
};

describe('no rule pattern backtracks catastrophically', () => {
  const compiled = compileRules(RULES);
  const signals = Object.values(compiled.byType).flat().filter((s) => s.regex);

  it.each(Object.entries(ADVERSARIAL))('on %s', (_name, input) => {
    const slow: string[] = [];
    for (const s of signals) {
      const regex = s.regex!;
      const t0 = performance.now();
      regex.lastIndex = 0;
      if (regex.global) [...input.matchAll(regex)].slice(0, 20);
      else regex.exec(input);
      const ms = performance.now() - t0;
      // Linear patterns take well under 10 ms here; a quadratic one takes seconds.
      if (ms > 150) slow.push(`${compiled.rules[s.ruleIndex]!.id} ${s.type} ${Math.round(ms)} ms`);
    }
    expect(slow).toEqual([]);
  });
});
