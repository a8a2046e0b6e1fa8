import { defineRule } from '../define-rule';

const SOLELY = '(?:exclusivement|uniquement|entierement|seulement|integralement)';

export default defineRule({
  id: 'automated-decision-notice',
  kind: 'decision-notice',
  description: {
    fr: 'Information sur une décision fondée exclusivement sur un traitement automatisé ou sur un profilage (RGPD art. 22, loi Informatique et Libertés art. 47).',
    en: 'Notice of a decision based solely on automated processing or on profiling (GDPR art. 22, French Data Protection Act art. 47).',
  },
  legalRefs: ['RGPD art. 22', 'Loi n° 78-17 art. 47', 'RGPD art. 15(1)(h)'],
  signals: [
    {
      type: 'text',
      pattern: `(?:\\bdecisions? (?:individuelles? )?(?:(?:est|a ete|sont|ont ete|sera|seront) )?(?:fondees?|prises?|basees?|reposant) ${SOLELY} sur (?:un|le|des) traitements? automatises?|\\bdecisions? (?:individuelles? )?(?:entierement |totalement |exclusivement )?automatisees?\\b|\\bprise de decisions? (?:individuelles? )?automatisees?\\b)`,
      weight: 0.85,
      hints: ['automatis'],
      negatable: true,
    },
    {
      type: 'text',
      pattern: `(?:\\bautomated (?:individual )?decision[- ]making\\b|\\bdecisions? (?:was |were |is |are )?(?:made|taken|based) solely (?:on|by) automated (?:processing|means)|\\bautomated individual decisions?\\b)`,
      weight: 0.85,
      hints: ['automated'],
      negatable: true,
    },
    // Article numbers and profiling are weak: privacy policies list them among every right.
    { type: 'text', pattern: "\\barticle 22 (?:du (?:rgpd|reglement general)|of the (?:gdpr|general data protection regulation))|\\barticle 47 de la loi (?:n[o°] ?78-17|informatique et libertes|du 6 janvier 1978)", weight: 0.5, hints: ['article 22', 'article 47'] },
    { type: 'text', pattern: '\\b(?:profilage|profiling)\\b', weight: 0.4, hints: ['profilage', 'profiling'], negatable: true },
  ],
  sources: [
    'https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32016R0679',
    'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000037823131',
    'https://www.cnil.fr/fr/profilage-et-decision-entierement-automatisee',
  ],
});
