import { defineRule } from '../define-rule';

export default defineRule({
  id: 'json-ld-digital-source-type',
  kind: 'ai-content',
  description: {
    fr: 'Les données structurées de la page déclarent un contenu généré par IA (digitalSourceType).',
    en: 'The page’s structured data declares AI-generated content (digitalSourceType).',
  },
  legalRefs: ['AI Act art. 50(2)'],
  signals: [
    // Only the "trained algorithmic media" values mean generative AI; plain AlgorithmicMedia does not.
    { type: 'json-ld', key: 'digitalSourceType', pattern: '(?:^|[/:])(?:CompositeWith)?TrainedAlgorithmicMedia(?:DigitalSource)?$', weight: 0.95 },
  ],
  sources: ['https://schema.org/digitalSourceType', 'https://cv.iptc.org/newscodes/digitalsourcetype/'],
});
