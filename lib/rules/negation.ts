/**
 * A notice pattern's match is refused when, earlier in the same sentence, a word says the
 * opposite ("Aucune décision n'est prise sur le fondement exclusif…", "we do not use automated
 * decision-making", "nicht", "no", "non", "niet"…) or the words list a right rather than notify a decision ("le droit de ne pas
 * faire l'objet d'une décision fondée exclusivement…"). "Sans" is not among the words: "sans
 * intervention d'un agent" says a decision *is* automated.
 *
 * Text signals with `negatable: true` get this check. It runs on the text just before each match
 * (the engine passes at most NEGATION_REACH characters), not as a lookbehind inside the pattern:
 * a lookbehind at the start of a pattern is tried at every position of a long text.
 */
export const NEGATION_BEFORE =
  "(?:\\b(?:aucune?|pas|jamais|ni|not|no|never|nor|nicht|kein(?:e|en|er|es)?|nie|niemals|nunca|ningun[ao]?|non|nessun[ao]?|niet|geen|nooit)\\b|droit de ne pas|right not to)[^.;:!?\\n]{0,80}$";

/** Characters before a match that the negation check reads. */
export const NEGATION_REACH = 120;
