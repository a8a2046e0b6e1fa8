import type { RuleInput, Signal } from '../rules/schema';
import { requiredLiterals } from './literals';
import { lowerHintVariants } from './xpath';

export type SignalType = Signal['type'];

export interface CompiledSignal {
  ruleIndex: number;
  signalIndex: number;
  type: SignalType;
  weight: number;
  /** For pattern signals. Global when the rule names its vendor from a capture, so all captures are read. */
  regex?: RegExp;
  /** For `selector` signals. */
  selector?: string;
  /** Lower-case literals of which one must appear before the regex is run (addresses and code). */
  literals?: readonly string[];
  /** Literals of which one must appear before the regex is run (text signals). */
  hints?: readonly string[];
  /** Text signals whose matches are refused after a negation in the same sentence. */
  negatable?: boolean;
  /** Text signals whose matches are refused when quoted, given as an example or hedged. */
  declaration?: boolean;
  /** Every spelling of the hints as lower-cased raw page text may show them (see lowerHintVariants). */
  rawHints?: readonly string[];
  /** For `page-global`: the variable name; for `attribute`: the attribute's name. */
  name?: string;
  /** For a `selector` signal that marks a chat's conversation panel. */
  panel?: boolean;
  /** For a `selector` signal that never makes a finding alone. */
  supporting?: boolean;
  /** For a `selector` signal: a pattern on the element's own words (normalised). */
  elementName?: RegExp;
  /** For a `selector` signal: the element must stand in a layer fixed on the screen. */
  floating?: boolean;
  /** For `json-ld`. */
  key?: string;
  /** For `meta`: pattern on the name. */
  nameRegex?: RegExp;
}

export interface CompiledRules {
  rules: readonly RuleInput[];
  byType: Record<SignalType, CompiledSignal[]>;
  /** All supported selectors joined, for one native `querySelectorAll` per root. */
  combinedSelector: string;
  /** Selectors this DOM implementation rejected (e.g. `:has()` in an old engine): skipped, not fatal. */
  unsupportedSelectors: string[];
}

/**
 * Tells whether the DOM in use accepts a selector. Only selectors using `:has()` are tried here
 * (engines without it reject the whole list); the others are checked once by the registry test,
 * since parsing every selector on every page load cost about 10 ms.
 */
export function selectorSupported(doc: Document, selector: string): boolean {
  if (!selector.includes(':has(')) return true;
  return trySelector(doc, selector);
}

/** Whether the DOM parses `selector` (used by the registry test for every rule selector). */
export function trySelector(doc: Document, selector: string): boolean {
  try {
    doc.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

/** Prepares rules for matching: regexes compiled once, selectors checked once against this DOM. */
export function compileRules(rules: readonly RuleInput[], doc?: Document): CompiledRules {
  const byType: Record<SignalType, CompiledSignal[]> = {
    'script-src': [],
    'inline-script': [],
    'iframe-src': [],
    selector: [],
    text: [],
    'attribute-text': [],
    'json-ld': [],
    meta: [],
    'page-global': [],
    attribute: [],
  };
  const selectors: string[] = [];
  const unsupportedSelectors: string[] = [];
  rules.forEach((rule, ruleIndex) => {
    const flags = rule.vendorFromCapture ? 'giu' : 'iu';
    // Text is normalised to lower case, so its patterns need no `i` (cheaper on long pages). In
    // visible text, each block element is a line: `^` and `$` mark where a block starts and ends.
    const normalisedFlags = rule.vendorFromCapture ? 'gu' : 'u';
    const textFlags = `${normalisedFlags}m`;
    rule.signals.forEach((signal, signalIndex) => {
      const base = { ruleIndex, signalIndex, type: signal.type, weight: signal.weight };
      switch (signal.type) {
        case 'selector':
          if (doc && !selectorSupported(doc, signal.selector)) {
            unsupportedSelectors.push(signal.selector);
            return;
          }
          selectors.push(signal.selector);
          byType.selector.push({
            ...base,
            selector: signal.selector,
            panel: signal.panel,
            supporting: signal.supporting,
            ...(signal.name ? { elementName: new RegExp(signal.name, 'u') } : {}),
            ...(signal.floating ? { floating: true } : {}),
          });
          return;
        case 'page-global':
          byType['page-global'].push({ ...base, name: signal.name });
          return;
        case 'attribute':
          byType.attribute.push({ ...base, name: signal.name, regex: new RegExp(signal.pattern, 'iu') });
          return;
        case 'json-ld':
          byType['json-ld'].push({ ...base, key: signal.key, regex: new RegExp(signal.pattern, 'iu') });
          return;
        case 'meta':
          byType.meta.push({ ...base, nameRegex: new RegExp(signal.name, 'iu'), regex: new RegExp(signal.pattern, 'iu') });
          return;
        case 'text':
          byType.text.push({
            ...base,
            // A negatable pattern is searched match after match, until one is not negated.
            regex: new RegExp(signal.pattern, (signal.negatable || signal.declaration) && !textFlags.includes('g') ? `g${textFlags}` : textFlags),
            hints: signal.hints,
            rawHints: signal.hints && [...new Set(signal.hints.flatMap(lowerHintVariants))],
            ...(signal.negatable ? { negatable: true } : {}),
            ...(signal.declaration ? { declaration: true } : {}),
          });
          return;
        case 'attribute-text':
          byType['attribute-text'].push({ ...base, regex: new RegExp(signal.pattern, normalisedFlags), hints: signal.hints });
          return;
        default:
          byType[signal.type].push({ ...base, regex: new RegExp(signal.pattern, flags), literals: requiredLiterals(signal.pattern) });
      }
    });
  });
  return { rules, byType, combinedSelector: selectors.join(', '), unsupportedSelectors };
}
