import { describe, expect, it } from 'vitest';
import { levelFor } from '../../lib/detect/evaluate';
import { normaliseText, normalisedIndexMap, originalSlice } from '../../lib/detect/normalise';
import { hintVariants, lowerHintVariants, xpathString, attributeHintSelector } from '../../lib/detect/xpath';

describe('levelFor: honest levels', () => {
  it.each([
    [[0.9], 'detected'],
    [[0.8], 'detected'],
    [[0.79], 'possible'], // one weak signal, however close to strong
    [[0.5], 'possible'],
    [[0.5, 0.6], 'detected'], // two distinct weak signals reaching 0.8 together
    [[0.4, 0.4], 'possible'], // 0.64 combined
    [[0.3, 0.3, 0.3, 0.3], 'possible'], // four clues, but 0.76 combined
    [[0.3, 0.3, 0.3, 0.3, 0.3], 'detected'], // 0.83 combined
  ] as const)('%j → %s', (weights, level) => {
    expect(levelFor(weights).level).toBe(level);
  });

  it('the score is the noisy-OR of the weights', () => {
    expect(levelFor([0.5, 0.5]).score).toBeCloseTo(0.75, 3);
    expect(levelFor([]).level).toBe('possible');
  });
});

describe('normaliseText', () => {
  it.each([
    ['Généré par l’IA', "genere par l'ia"],
    ['ŒUVRE  cœur', 'oeuvre coeur'],
    ['art.\u00a0L.\u202f311-3-1', 'art. l. 311-3-1'],
    ['décision — algorithme', 'decision - algorithme'],
    ['ligne\nsuivante\t!', 'ligne suivante !'],
  ])('%j → %j', (input, output) => {
    expect(normaliseText(input)).toBe(output);
  });

  it('maps a normalised match back to the page’s own text', () => {
    const raw = 'Le présent courrier a été rédigé avec l’aide d’une IA.';
    const norm = normaliseText(raw);
    const start = norm.indexOf('redige');
    const end = norm.indexOf(' ia') + 3;
    expect(originalSlice(raw, start, end)).toBe('rédigé avec l’aide d’une IA');
    expect(normalisedIndexMap(raw)).toHaveLength(norm.length + 1);
  });
});

describe('hint spellings', () => {
  it('covers case, typographic apostrophe and non-breaking space', () => {
    expect(hintVariants(" ia")).toEqual(expect.arrayContaining([' ia', ' IA', ' Ia', '\u00a0IA']));
    expect(hintVariants("'ia")).toEqual(expect.arrayContaining(["'ia", '’ia', "'IA", '’IA']));
    expect(lowerHintVariants('chatbot')).toEqual(['chatbot']);
  });

  it('quotes XPath strings holding either quote', () => {
    expect(xpathString('abc')).toBe('"abc"');
    expect(xpathString('l"a')).toBe("'l\"a'");
    expect(xpathString(`l'"a`)).toBe(`concat("l'", '"', "a")`);
  });

  it('builds one case-insensitive attribute selector', () => {
    const sel = attributeHintSelector(['aria-label', 'title'], ["ouvrir l'"]);
    expect(sel).toBe(`[aria-label*="ouvrir l'" i], [aria-label*="ouvrir l’" i], [title*="ouvrir l'" i], [title*="ouvrir l’" i]`);
  });
});
