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
      pattern: '\\b(?:sur le fondement|sur la base|au moyen|a l\'aide|par le biais) d\'un traitement algorithmique\\b|\\btraitement algorithmique (?:a ete utilise|a servi|est utilise) pour (?:prendre|fonder|preparer) (?:cette|la presente) decision',
      weight: 0.9,
      hints: ['algorithmique'],
    },
    // The article number alone is a weak signal: legal-information pages cite it too.
    { type: 'text', pattern: '\\b(?:article |art\\. ?)?l\\.? ?311-3-1\\b', weight: 0.5, hints: ['311-3-1'] },
    { type: 'text', pattern: '\\btraitement algorithmique\\b', weight: 0.3, hints: ['algorithmique'] },
  ],
  sources: [
    'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000033205535',
    'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000034195881',
  ],
});
