/**
 * Literal pre-selection for URL and code patterns, derived from the patterns themselves.
 *
 * Compiling a regular expression is the costly part of its first use (about 10 ms for the 70
 * script-address patterns of the catalogue, on every page load). For each top-level alternative
 * of a pattern we take the longest run of plain characters it cannot match without; when every
 * alternative has one, a cheap `includes` on the lower-cased input decides whether the regex can
 * match at all, and the regex is compiled only then. Patterns we cannot analyse get no literals
 * and are always run, so the pre-selection never hides a match.
 */
const MIN_LITERAL = 4;

/** Lower-case literals of which one must appear for `source` to match, or undefined. */
export function requiredLiterals(source: string): string[] | undefined {
  const alternatives = splitTopLevel(source);
  if (!alternatives) return undefined;
  const out: string[] = [];
  for (const alt of alternatives) {
    const literal = longestMandatoryRun(alt);
    if (!literal || literal.length < MIN_LITERAL) return undefined;
    out.push(literal.toLowerCase());
  }
  return out;
}

/** Splits on `|` outside groups and classes; undefined when the pattern is not well formed. */
function splitTopLevel(source: string): string[] | undefined {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
    if (depth < 0) return undefined;
  }
  if (depth !== 0 || inClass) return undefined;
  parts.push(source.slice(start));
  return parts;
}

// Escapes that stand for one plain character.
const PLAIN_ESCAPES = new Set(['.', '/', '-', '?', '(', ')', '[', ']', '{', '}', '*', '+', '|', '^', '$', '\\', "'", '"', ':', '=', '_', '@', '#', '&', '%', ',', ';', '!', '<', '>', ' ']);

/**
 * Longest run of plain characters at depth 0 of one alternative that no quantifier makes
 * optional. Anything inside a group or class breaks the run.
 */
function longestMandatoryRun(alt: string): string {
  let best = '';
  let run = '';
  let depth = 0;
  let inClass = false;
  const flush = () => {
    if (run.length > best.length) best = run;
    run = '';
  };
  for (let i = 0; i < alt.length; i++) {
    const c = alt[i]!;
    if (inClass) {
      if (c === '\\') i++;
      else if (c === ']') inClass = false;
      continue;
    }
    let char: string | undefined;
    let width = 1;
    if (c === '\\') {
      const next = alt[i + 1];
      width = 2;
      if (next !== undefined && PLAIN_ESCAPES.has(next)) char = next;
    } else if (c === '[') {
      inClass = true;
    } else if (c === '(') {
      depth++;
    } else if (c === ')') {
      depth--;
    } else if (c === '{') {
      // A counted quantifier {m,n}: its digits are not characters to match.
      const close = alt.indexOf('}', i);
      width = close < 0 ? alt.length - i : close - i + 1;
    } else if (!'.^$*+?}|'.includes(c)) {
      char = c;
    }
    // A quantifier after this character makes it optional or repeatable: drop it from the run.
    const after = alt[i + width];
    const quantified = after !== undefined && '*+?{'.includes(after);
    if (depth === 0 && char !== undefined && !quantified) run += char;
    else flush();
    i += width - 1;
  }
  flush();
  return best;
}
