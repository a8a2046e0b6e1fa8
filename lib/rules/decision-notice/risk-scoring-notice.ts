import { defineRule } from '../define-rule';

export default defineRule({
  id: 'risk-scoring-notice',
  kind: 'decision-notice',
  description: {
    fr: 'Information sur un score de risque ou un ciblage automatisé des contrôles.',
    en: 'Notice of a risk score or of automated targeting of checks.',
  },
  legalRefs: ['CRPA art. L311-3-1', 'RGPD art. 22'],
  signals: [
    // A letter telling the reader their file was picked by a model.
    {
      type: 'text',
      pattern: "\\b(?:dossier|situation|declaration|demande|compte) (?:a ete|est) (?:selectionnee?|retenue?|ciblee?|choisie?|designee?)(?: pour (?:un|une|faire l'objet d'un|faire l'objet d'une) (?:controle|verification|examen)s?)? (?:a partir|sur la base|au moyen|a l'aide|en fonction) d'un (?:score|modele|algorithme|traitement (?:automatise|algorithmique)|outil (?:de|d') ?(?:ciblage|analyse|datamining))",
      weight: 0.85,
      // "modèle" is written with an accent: its hint is the part without one.
      hints: ['score', 'mod', 'algorithme', 'traitement', 'outil'],
    },
    { type: 'text', pattern: '\\bscores? de risques?\\b', weight: 0.6, hints: ['score'] },
    { type: 'text', pattern: '\\bciblage des controles\\b', weight: 0.5, hints: ['ciblage'] },
    { type: 'text', pattern: '\\b(?:data ?-?mining|fouille de donnees)\\b', weight: 0.3, hints: ['mining', 'fouille'] },
    { type: 'text', pattern: '\\bmodeles? (?:predictifs?|de scoring|de notation)\\b', weight: 0.4, hints: ['dictif', 'scoring', 'notation'] },
  ],
  sources: ['https://www.cada.fr/20226179-0', 'https://curia.europa.eu/juris/document/document.jsf?docid=280426'],
});
