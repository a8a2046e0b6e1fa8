/**
 * Put before a notice pattern: the match is refused when, earlier in the same sentence, a word
 * says the opposite ("Aucune décision n'est prise sur le fondement exclusif…", "we do not use
 * automated decision-making") or the words list a right rather than notify a decision ("le droit
 * de ne pas faire l'objet d'une décision fondée exclusivement…").
 */
export const NOT_NEGATED =
  "(?<!(?:\\b(?:aucune?|pas|jamais|ni|sans|not|no|never|nor|without)\\b|droit de ne pas|right not to)[^.;!?\\n]{0,80})";
