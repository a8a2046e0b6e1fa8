/**
 * Native pre-selection with XPath. A content script pays for every DOM node it touches (each one
 * gets a wrapper in the script's isolated world): walking 90 000 nodes cost about 130 ms in
 * Chromium, while one XPath query that returns only the few text nodes or attributes containing a
 * rule's hint costs a few milliseconds. The match itself is still decided by the rule's pattern.
 */

/**
 * The spellings of a hint to look for in raw page text. Hints are lower-case ASCII words that carry
 * no accent in French (the registry test checks the ASCII part), so only case, typographic
 * apostrophes and non-breaking spaces vary. Plain `contains` on these is fast; `translate` on
 * every text node made one query cost up to a second on a very large page.
 */
export function hintVariants(hint: string): string[] {
  const trimmed = hint.trimStart();
  const cases = [hint, capitalise(hint), hint.toUpperCase()];
  // Acronyms lead some labels: "AI-generated", "IA générative".
  const acronym = /^(\s?)([a-z]{2,3})(?=[^a-z]|$)/.exec(hint);
  if (acronym) cases.push(acronym[1] + acronym[2]!.toUpperCase() + hint.slice(acronym[0].length));
  if (trimmed !== hint) cases.push(` ${capitalise(trimmed)}`);
  const out = new Set<string>();
  for (const c of cases) {
    out.add(c);
    if (c.includes("'")) out.add(c.replaceAll("'", '’'));
    if (c.startsWith(' ')) out.add(`\u00a0${c.slice(1)}`);
  }
  return [...out];
}

/** Lower-case spellings, for a test on lower-cased text. */
export function lowerHintVariants(hint: string): string[] {
  return [...new Set(hintVariants(hint).map((v) => v.toLowerCase()))];
}

function capitalise(text: string): string {
  const i = text.search(/\S/);
  return i < 0 ? text : text.slice(0, i) + text.charAt(i).toUpperCase() + text.slice(i + 1);
}

/**
 * A CSS selector list for elements whose named attributes contain a hint (case-insensitive):
 * one native query, far cheaper than reading every attribute from script.
 */
export function attributeHintSelector(names: readonly string[], hints: readonly string[]): string {
  const spellings = [...new Set(hints.flatMap(lowerHintVariants))];
  return names.flatMap((n) => spellings.map((v) => `[${n}*=${cssString(v)} i]`)).join(', ');
}

function cssString(value: string): string {
  return `"${value.replace(/["\\]/g, (c) => `\\${c}`).replace(/\u00a0/g, '\\a0 ')}"`;
}

/** An XPath 1.0 string literal (it has no escapes: a string holding both quotes needs concat). */
export function xpathString(value: string): string {
  if (!value.includes('"')) return `"${value}"`;
  if (!value.includes("'")) return `'${value}'`;
  return `concat(${value.split('"').map((part) => `"${part}"`).join(`, '"', `)})`;
}

function containsAny(subject: string, hints: readonly string[]): string {
  const variants = [...new Set(hints.flatMap(hintVariants))];
  // Predicates run left to right: the cheap string search first, the ancestor checks on survivors.
  return variants.map((h) => `contains(${subject}, ${xpathString(h)})`).join(' or ');
}

const EXCLUDED_ANCESTORS =
  'ancestor::script or ancestor::style or ancestor::noscript or ancestor::template or ancestor::textarea or ancestor::*[@hidden] or ancestor::*[@aria-hidden="true"]';

/** Text nodes under `context` containing one of the hints, outside scripts, styles and hidden subtrees. */
export function textNodesWithHints(doc: Document, context: Node, hints: readonly string[], max: number): Text[] {
  if (hints.length === 0) return [];
  const expr = `.//text()[${containsAny('.', hints)}][not(${EXCLUDED_ANCESTORS})]`;
  return snapshot(doc, context, expr, max) as Text[];
}

/** Custom elements (a hyphen in the name) under `context`: where widgets attach shadow roots. */
export function customElements(doc: Document, context: Node, max: number): Element[] {
  return snapshot(doc, context, `descendant-or-self::*[contains(local-name(), "-")]`, max) as Element[];
}

function snapshot(doc: Document, context: Node, expr: string, max: number): Node[] {
  const result = doc.evaluate(expr, context, null, 7 /* ORDERED_NODE_SNAPSHOT_TYPE */, null);
  const out: Node[] = [];
  const n = Math.min(result.snapshotLength, max);
  for (let i = 0; i < n; i++) out.push(result.snapshotItem(i)!);
  return out;
}

/** Whether this DOM has a working XPath engine (Chromium and Firefox do; some test DOMs do not). */
export function xpathAvailable(doc: Document): boolean {
  if (typeof doc.evaluate !== 'function') return false;
  try {
    doc.evaluate('count(/)', doc, null, 1, null);
    return true;
  } catch {
    return false;
  }
}
