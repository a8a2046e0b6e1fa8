import { z } from 'zod';
import { findingKindSchema } from '../report/schema';

import { STRONG_WEIGHT } from './weights';

export { STRONG_WEIGHT };

const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'rule ids are kebab-case');

/** A regular-expression source, compiled case-insensitively. Checked at load so a typo fails fast. */
const patternSchema = z
  .string()
  .min(2)
  .max(2000)
  .refine((source) => {
    try {
      new RegExp(source, 'iu');
      return true;
    } catch {
      return false;
    }
  }, 'invalid regular expression');

/**
 * A pattern matched against normalised text (see lib/detect/normalise.ts): it must be written in
 * lower case without accents, or it could never match.
 */
const normalisedPatternSchema = patternSchema.refine(
  (source) => !/[A-ZÀ-ÖØ-Þà-öø-ÿœæ]/.test(source.replace(/\\[A-Za-z]/g, '')),
  'text patterns are matched on normalised text: write them in lower case without accents',
);

const weightSchema = z.number().gt(0).max(1);

/**
 * Words of which at least one must appear for the pattern to match: the engine looks for them with
 * native string search first and skips the regular expression otherwise, which keeps long pages
 * cheap. Lower-case ASCII, and words that French writes without accents ("algorithmique", not
 * "généré"), since they are searched in the raw page text. A wrong hint hides real matches: the
 * fixture tests catch it.
 */
const hintsSchema = z
  .array(z.string().min(2).max(60).regex(/^[a-z0-9 '\-]+$/, 'hints are lower-case ASCII (their spellings on the page are derived)'))
  .min(1)
  .max(20)
  .optional();

export const signalSchema = z.discriminatedUnion('type', [
  /** URL of a `<script src>`. */
  z.object({ type: z.literal('script-src'), pattern: patternSchema, weight: weightSchema }),
  /** Code of an inline `<script>` (loader snippets write the vendor's URL or globals there). */
  z.object({ type: z.literal('inline-script'), pattern: patternSchema, weight: weightSchema }),
  /** URL of an `<iframe src>` / `<frame src>`: how cross-origin widgets are seen from the parent. */
  z.object({ type: z.literal('iframe-src'), pattern: patternSchema, weight: weightSchema }),
  /**
   * A CSS selector (element names, ids, classes, attributes). `panel: true` marks the conversation
   * panel of a chat once it is open: its accessible text is where an AI disclosure is looked for.
   */
  /**
   * `supporting: true`: the match places a conversation (a message log beside a field, which a
   * personal account's secure messaging with an adviser has too) for the rule's other signals: it
   * adds nothing to their weight, and makes a finding alone only when that conversation says
   * itself that it is an AI.
   */
  /**
   * `name`: a pattern on the element's own words (normalised `aria-label`, `title`, `placeholder`,
   * or its text when short), one of which must match: a launcher's "Une question ?", a field's
   * "Posez votre question". `floating: true`: the element must stand in a layer fixed on the screen
   * (a launcher at a corner), not in the page's flow, its header or its navigation bar. Both read the
   * page only for the few elements the selector matched.
   */
  z.object({
    type: z.literal('selector'),
    selector: z.string().min(1).max(1000),
    weight: weightSchema,
    panel: z.boolean().optional(),
    supporting: z.boolean().optional(),
    name: normalisedPatternSchema.optional(),
    floating: z.boolean().optional(),
  }),
  /**
   * Normalised visible text. `negatable`: a match is refused when a negation comes before it in
   * the same sentence (lib/rules/negation.ts). `declaration`: the words must be the page speaking of
   * itself, so a match that is quoted, given as an example or hedged is refused (lib/rules/quotation.ts).
   */
  z.object({
    type: z.literal('text'),
    pattern: normalisedPatternSchema,
    weight: weightSchema,
    hints: hintsSchema,
    negatable: z.boolean().optional(),
    declaration: z.boolean().optional(),
  }),
  /** Normalised `aria-label`, `title`, `alt` and `placeholder` values. */
  z.object({ type: z.literal('attribute-text'), pattern: normalisedPatternSchema, weight: weightSchema, hints: hintsSchema }),
  /** A key anywhere in JSON-LD, with a pattern on its string value. */
  z.object({ type: z.literal('json-ld'), key: z.string().min(1).max(100), pattern: patternSchema, weight: weightSchema }),
  /**
   * A global variable of the page (window.$crisp, window.Intercom), seen through a tiny script in
   * the page's own world that reports only which names of a fixed list exist. A page can fake one,
   * so it is always weak (< STRONG_WEIGHT).
   */
  z.object({ type: z.literal('page-global'), name: z.string().regex(/^[A-Za-z_$][\w$]{0,60}$/), weight: z.number().gt(0).lt(STRONG_WEIGHT) }),
  /**
   * The value of an attribute a page puts on its elements to declare something about them
   * (`<article ai-disclosure="ai-assisted">`). `name` is the attribute's exact name.
   */
  z.object({ type: z.literal('attribute'), name: z.string().regex(/^[a-z][a-z0-9-]{0,40}$/), pattern: patternSchema, weight: weightSchema }),
  /** `<meta name|property>` whose name matches `name` and content matches `pattern`. */
  z.object({ type: z.literal('meta'), name: patternSchema, pattern: patternSchema, weight: weightSchema }),
]);
export type Signal = z.infer<typeof signalSchema>;

export const localisedTextSchema = z.object({ fr: z.string().min(10).max(300), en: z.string().min(10).max(300) });

export const ruleSchema = z.object({
  /** Stable id, equal to the file name. Renaming one is a breaking change of the report format. */
  id: kebabId,
  kind: findingKindSchema,
  /** Product name shown to people. */
  vendor: z.string().min(1).max(100).optional(),
  /**
   * For rules whose first capture group names the product (consent-manager declarations):
   * capture → display name. Captures not listed are ignored, which keeps non-chat services out.
   */
  vendorFromCapture: z.record(z.string(), z.string()).optional(),
  /** Whether the agent behind a chat product is an AI bot, human agents, or both. */
  chatKind: z.enum(['ai_bot', 'live_chat', 'hybrid']).optional(),
  /** `declared`: the rule finds an announcement (consent manager), not the loaded widget. */
  state: z.enum(['present', 'declared']).default('present'),
  /**
   * For AI-content rules: `site` when the words are the site's statement about how it uses AI for
   * its content ("Nous rédigeons nos articles avec l'aide d'une IA"), not a label on this page.
   */
  scope: z.enum(['page', 'site']).optional(),
  /** Heuristic rules: dropped when a known vendor's chat is found on the same page (it explains the clues). */
  yieldsToVendorChat: z.boolean().optional(),
  /**
   * For AI-content rules: the words are an assistant's own notice ("Cet assistant fonctionne avec
   * une intelligence artificielle"). With no chat found on the page, such words in a small block
   * that holds a control to go on (an assistant's first screen, "Commencer") make that block an
   * assistant, which says itself that it is an AI; elsewhere they stay a declaration.
   */
  assistantNotice: z.boolean().optional(),
  description: localisedTextSchema,
  legalRefs: z.array(z.string().min(3).max(100)).default([]),
  signals: z.array(signalSchema).min(1).max(40),
  /** Where the signals come from: the vendor's documentation, the law, a spec. */
  sources: z.array(z.url()).min(1),
  /**
   * For a chat vendor's rule: the npm packages, at their exact versions, whose widget was built the
   * way a site does and looked at in a real browser to write the signals (tests/fixtures/chat-packages).
   * A new major version of the package is when to look again.
   */
  checkedWith: z.array(z.object({ package: z.string().min(1).max(100), version: z.string().regex(/^\d+\.\d+\.\d+$/) })).optional(),
});
export type Rule = z.infer<typeof ruleSchema>;
export type RuleInput = z.input<typeof ruleSchema>;

export const ruleSetSchema = z.array(ruleSchema).superRefine((rules, ctx) => {
  const seen = new Set<string>();
  for (const [i, rule] of rules.entries()) {
    if (seen.has(rule.id)) ctx.addIssue({ code: 'custom', message: `duplicate rule id ${rule.id}`, path: [i, 'id'] });
    seen.add(rule.id);
    if (rule.vendorFromCapture && rule.signals.every((s) => !('pattern' in s) || !/\((?!\?)/.test(s.pattern)))
      ctx.addIssue({ code: 'custom', message: `${rule.id}: vendorFromCapture needs a capture group`, path: [i] });
  }
});
