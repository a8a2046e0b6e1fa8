/**
 * A label is a declaration only when the page says it of itself. The same words quoted in an
 * article about labelling ("la mention « Contenu généré par IA »"), given as an example ("par
 * exemple : Généré par IA", "labels such as AI-generated"), or hedged ("ce texte pourrait bien
 * avoir été écrit par une IA… ou pas") declare nothing about the page.
 *
 * Text signals with `declaration: true` get this check, on the text just before each match in the
 * same sentence, and on the element that holds the match (a `<q>`, `<blockquote>`, `<code>`…).
 * Patterns are matched on normalised text (lower case, no accents).
 */

/** Words that introduce an example or a quoted wording, right before the match. */
export const EXAMPLE_BEFORE =
  "(?:\\bpar exemple|\\bex\\.|\\btel(?:le)?s? que|\\bcomme|\\bdu type|\\bde type|\\b(?:la|les|une|des|cette|ces) mentions?|\\bmentions? (?:comme|telles?|du type)|\\bintitulee?s?|\\blibellee?s?|\\bformulee?s?|\\bsuch as|\\blike|\\be\\.g\\.|\\bfor (?:example|instance)|\\blabels? (?:such as|like|reading)|\\bwording|\\bzum beispiel|\\bz\\. ?b\\.|\\bwie etwa|\\bhinweise? wie|\\bpor ejemplo|\\bcomo|\\bad esempio|\\bcome|\\bbijvoorbeeld|\\bzoals)\\s*:?\\s*[«“\"„'‹(]?\\s*$";

/** Words that make what follows a supposition, not a statement ("pourrait", "might"). */
export const HEDGE_BEFORE =
  "\\b(?:pourrai(?:t|ent)|aurai(?:t|ent)|peut-etre|serait-ce|et si|imaginez|might|could|may have|would|what if|konnte|vielleicht|podria|quizas|potrebbe|forse|zou kunnen|misschien)\\b[^.;!?\\n]*$";

/** The line before the match introduces an example ("Exemple de mention :", "Exemples :"). */
export const EXAMPLE_LINE = "(?:exemples?|examples?|mentions?|libelles?|formulations?|wordings?|labels?|beispiele?|ejemplos?|esempi|esempio|voorbeeld(?:en)?)[^\\n]{0,40}:\\s*$";

/** Elements whose text is quoted, shown as code, cited or defined (a glossary's term), not said by the page. */
export const QUOTING_ELEMENTS = 'q, blockquote, cite, code, pre, kbd, samp, dfn, dt';

/**
 * Containers that show a specimen: a design system's or a guide's example of a label, rendered as it
 * would look ("Exemple de rendu"). Their labels are examples, not the page's own.
 */
export const SPECIMEN_CONTAINERS =
  '[class*="example" i], [class*="exemple" i], [class*="specimen" i], [class*="demo" i], [aria-label*="exemple" i], [aria-label*="example" i], [aria-label*="aperçu" i], [aria-label*="preview" i]';

/**
 * An answer to choose ("Généré par IA" / "Écrit par un humain" in a quiz, a survey's options): the
 * page asks the reader, it declares nothing.
 */
export const ANSWER_CHOICES = 'option, [role="radio"], [role="option"], [role="menuitemradio"], label:has(input[type="radio" i], input[type="checkbox" i])';

/** Characters before a match that the check reads. */
export const QUOTATION_REACH = 160;
