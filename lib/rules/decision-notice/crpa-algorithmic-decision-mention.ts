import { defineRule } from '../define-rule';

export default defineRule({
  id: 'crpa-algorithmic-decision-mention',
  kind: 'decision-notice',
  description: {
    fr: 'Mention d’une décision prise sur le fondement d’un traitement algorithmique (CRPA, art. L311-3-1).',
    en: 'Notice of a decision taken on the basis of algorithmic processing (CRPA art. L311-3-1).',
  },
  legalRefs: ['CRPA art. L311-3-1', 'CRPA art. R311-3-1-1', 'CRPA art. R311-3-1-2'],
  signals: [
    // The wording the law itself uses, and its usual variants.
    {
      type: 'text',
      pattern: `(?:\\b(?:sur le fondement|sur la base|au moyen|a l'aide|par le biais|a partir) d'un traitement algorithmique\\b|\\btraitement algorithmique (?:a ete utilise|a servi|est utilise) pour (?:prendre|fonder|preparer) (?:cette|la presente|votre) decision)`,
      weight: 0.9,
      hints: ['algorithmique'],
      negatable: true,
    },
    // The heading of the Etalab model mention.
    { type: 'text', pattern: "^ ?information sur l'utilisation d'un traitement algorithmique ?[.:]?$", weight: 0.85, hints: ['algorithmique'] },
    // Article numbers alone are weak: legal-information pages cite them too. Written "L. 311-3-1",
    // "L311-3-1", "L.311-3-1", "art. R311-3-1-2"…
    { type: 'text', pattern: '\\b[lr]\\.? ?311-3-1(?:-[12])?\\b', weight: 0.5, hints: ['311-3-1'] },
    { type: 'text', pattern: '\\btraitements? algorithmiques?\\b', weight: 0.3, hints: ['algorithmique'], negatable: true },
  ],
  sources: [
    'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000033205535',
    'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000034195881',
  ],
});
