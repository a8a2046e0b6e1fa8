import type { Translate } from './translate';

/**
 * One message key per quantity. French and English only need three forms for our sentences;
 * a language with more forms would add keys here rather than rules in code.
 */
export interface PluralKeys {
  zero: string;
  one: string;
  many: string;
}

/** Picks the key for `count`. */
export function pluralKey(keys: PluralKeys, count: number): string {
  if (count === 0) return keys.zero;
  if (count === 1) return keys.one;
  return keys.many;
}

/** Translates the form for `count`, passing the count as `$1`. */
export function translatePlural(t: Translate, keys: PluralKeys, count: number): string {
  return t(pluralKey(keys, count), String(count));
}
