/**
 * Text normalisation shared by the collector and the rule patterns: rule authors write patterns
 * against this form (lower case, no accents, single spaces), so "Généré par l’IA" and
 * "GENERE PAR L'IA" match the same pattern.
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ﬁ: 'fi', ﬂ: 'fl', ß: 'ss' };
// Apostrophes and quotes that French typography uses, folded to ASCII.
const APOSTROPHES = /^[\u2018\u2019\u02bc\u2032\u00b4`]$/;
const DASHES = /^[\u2010-\u2015\u2212]$/;
// NBSP, narrow NBSP, other Unicode spaces and zero-widths become a space.
const SPACE_LIKE = /^[\s\u00a0\u202f\u2000-\u200b\u2060\ufeff]$/;
const NON_ASCII = /[^\x00-\x7f]/g;
const WHITESPACE_RUN = /\s+/g;

// Folding is done per character through a cache: String.normalize over whole texts was the
// slowest step of a scan (40 ms for 10 000 paragraphs), and pages reuse few distinct characters.
const folded = new Map<string, string>();
function fold(ch: string): string {
  let out = folded.get(ch);
  if (out === undefined) {
    if (APOSTROPHES.test(ch)) out = "'";
    else if (DASHES.test(ch)) out = '-';
    else if (SPACE_LIKE.test(ch)) out = ' ';
    else out = LIGATURES[ch] ?? ch.normalize('NFD').replace(COMBINING_MARKS, '');
    if (folded.size < 4_096) folded.set(ch, out);
  }
  return out;
}

export function normaliseText(input: string): string {
  return input.toLowerCase().replace(NON_ASCII, fold).replace(WHITESPACE_RUN, ' ');
}

/** Shortens page text for evidence; the popup shows it as text. */
export function clip(text: string, max = 120): string {
  const t = text.replace(WHITESPACE_RUN, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/**
 * For a raw string, the index in `raw` of each index of `normaliseText(raw)` (plus one past the end),
 * so a match found in normalised text can be quoted as the page wrote it. Returns undefined in the
 * rare cases where per-character normalisation differs from the whole-string one.
 */
export function normalisedIndexMap(raw: string): number[] | undefined {
  const map: number[] = [];
  let out = '';
  let i = 0;
  for (const ch of raw) {
    const n = normaliseText(ch);
    for (let k = 0; k < n.length; k++) {
      // Runs of spaces collapse to one, as in normaliseText.
      if (n[k] === ' ' && out.endsWith(' ')) continue;
      map.push(i);
      out += n[k];
    }
    i += ch.length;
  }
  map.push(raw.length);
  return out === normaliseText(raw) ? map : undefined;
}

/** The raw text behind `normalised[start, end)`, or the normalised slice when it cannot be mapped. */
export function originalSlice(raw: string, start: number, end: number): string {
  const map = normalisedIndexMap(raw);
  if (!map || end > map.length - 1) return normaliseText(raw).slice(start, end);
  return raw.slice(map[start], map[end]);
}
