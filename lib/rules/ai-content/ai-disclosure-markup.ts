import { defineRule } from '../define-rule';

/**
 * Values that declare AI, read tolerantly: the W3C community group's draft uses `ai-assisted` /
 * `ai-autonomous`, a Drupal module writes `ai_summarized; required=undetermined`, an expired IETF
 * draft used `mode=ai-originated`. `human-only`, `none`, `no`, `false` declare the opposite, and so
 * does a grade that says no label is required.
 */
// A value that says no label is required (Drupal's `ai_metadata; required=not-required`: only the
// metadata was picked by AI) declares nothing about the content.
const DECLARES_AI =
  '^(?![^\\n]*\\brequired\\s*=\\s*(?:no|not[-_ ]?required|false|none|0)\\b)(?!\\s*ai[-_ ]?metadata\\b)\\s*(?:mode\\s*=\\s*)?(?!human|none\\b|no\\b|false\\b|0\\b)(?:ai|machine|auto)[-_ ]?[a-z]*\\b';

export default defineRule({
  id: 'ai-disclosure-markup',
  kind: 'ai-content',
  description: {
    fr: 'Le code de la page déclare un contenu produit avec une IA (attribut ou balise « ai-disclosure »).',
    en: 'The page’s markup declares content produced with AI (“ai-disclosure” attribute or meta tag).',
  },
  legalRefs: ['AI Act art. 50(4)'],
  signals: [
    { type: 'attribute', name: 'ai-disclosure', pattern: DECLARES_AI, weight: 0.9 },
    { type: 'attribute', name: 'data-ai-disclosure', pattern: DECLARES_AI, weight: 0.9 },
    { type: 'meta', name: '^(?:ai-disclosure|ai-content-disclosure)$', pattern: DECLARES_AI, weight: 0.9 },
  ],
  sources: ['https://github.com/w3c-cg/ai-content-disclosure', 'https://project.pages.drupalcode.org/ai_disclosure/usage/machine-readable/'],
});
