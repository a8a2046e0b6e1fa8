import { defineRule } from '../define-rule';

export default defineRule({
  id: 'parcoursup-examination-notice',
  kind: 'decision-notice',
  description: {
    fr: 'Information sur l’examen des candidatures dans Parcoursup et le droit d’en connaître les critères (code de l’éducation, art. L612-3).',
    en: 'Notice on how Parcoursup applications are examined and on the right to know the criteria (Education Code art. L612-3).',
  },
  legalRefs: ['Code de l’éducation art. L612-3'],
  signals: [
    // The statute's own words: what a candidate can ask for.
    {
      type: 'text',
      pattern: "\\bcriteres et (?:les )?modalites d'examen (?:de (?:vos|votre|leurs|sa|ses|la|sa) candidatures?|des candidatures)|\\b(?:communication|connaitre|obtenir) (?:des|les) motifs pedagogiques\\b",
      weight: 0.85,
      // Hints are spelled as the page writes them: "modalités", "pédagogiques" carry accents.
      hints: ['modalit', 'dagogiques'],
    },
    { type: 'text', pattern: '\\bl\\.? ?612-3\\b', weight: 0.5, hints: ['612-3'] },
    { type: 'text', pattern: "\\boutils? d'aide a la decision\\b", weight: 0.4, hints: ["d'aide"] },
    { type: 'text', pattern: "\\bcommissions? d'examen des voeux\\b", weight: 0.4, hints: ['examen des v'] },
    // A ranking made by a machine before the examining board reads the files (Mon Master, Parcoursup).
    { type: 'text', pattern: '\\b(?:pre-?)?classement (?:automatique|automatise|algorithmique)\\b', weight: 0.4, hints: ['classement'], negatable: true },
  ],
  sources: ['https://www.conseil-constitutionnel.fr/decision/2020/2020834QPC.htm', 'https://www.cada.fr/particulier'],
});
