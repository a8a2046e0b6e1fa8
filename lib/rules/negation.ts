/**
 * Put before a notice pattern: the match is refused when, earlier in the same sentence, a word
 * says the opposite ("Aucune décision n'est prise sur le fondement exclusif…", "we do not use
 * automated decision-making") or the words list a right rather than notify a decision ("le droit
 * de ne pas faire l'objet d'une décision fondée exclusivement…"). "Sans" is not among the words:
 * "sans intervention d'un agent" says a decision *is* automated.
 */
export const NOT_NEGATED =
  "(?<!(?:\\b(?:aucune?|pas|jamais|ni|not|no|never|nor)\\b|droit de ne pas|right not to)[^.;:!?\\n]{0,80})";
