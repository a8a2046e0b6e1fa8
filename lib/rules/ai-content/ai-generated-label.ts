import { defineRule } from '../define-rule';

export default defineRule({
  id: 'ai-generated-label',
  kind: 'ai-content',
  description: {
    fr: 'Mention visible indiquant qu’un contenu a été généré ou rédigé avec une intelligence artificielle.',
    en: 'Visible label saying that content was generated or written with artificial intelligence.',
  },
  legalRefs: ['AI Act art. 50(4)'],
  signals: [
    // "Contenu généré par IA", "réponse générée automatiquement par une intelligence artificielle",
    // "rédigé avec l'aide d'une IA". The look-behinds drop "n'est pas généré par IA" and the like.
    {
      type: 'text',
      pattern: '(?<!\\bpas )(?<!\\bjamais )(?<!\\bnon )\\b(?:genere|redige|produit|cree|ecrit|traduit|resume)(?:e|s|es)? (?:automatiquement )?(?:par|avec|a l\'aide d\'|grace a) (?:l\'|une |un )?(?:ia|intelligence artificielle|outil d\'ia|outil d\'intelligence artificielle)(?: generative)?\\b',
      weight: 0.85,
    },
    {
      type: 'attribute-text',
      pattern: '(?<!\\bpas )(?<!\\bnon )\\b(?:genere|redige|cree)(?:e|s|es)? (?:par|avec) (?:l\'|une )?(?:ia|intelligence artificielle)\\b|\\bai[- ]generated\\b|\\bgenerated (?:by|with) (?:an )?(?:ai|artificial intelligence)\\b',
      weight: 0.85,
    },
    {
      type: 'text',
      pattern: '(?<!\\bnot )(?<!\\bnever )\\b(?:ai[- ]generated (?:content|answer|response|text|image|summary)|(?:generated|written|created|produced) (?:by|with|using) (?:an )?(?:ai|artificial intelligence)(?: tool)?)\\b',
      weight: 0.85,
    },
  ],
  sources: ['https://eur-lex.europa.eu/eli/reg/2024/1689/oj', 'https://www.systeme-de-design.gouv.fr/'],
});
