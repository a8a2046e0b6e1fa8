/**
 * Data for reading a decision notice in its page (see docs/decision-notices.md): the cues that
 * say the page is addressed to the reader or explains the law, and the four elements CRPA
 * art. R. 311-3-1-1 requires in the algorithmic-decision mention. Patterns are matched on
 * normalised text (lower case, no accents, one space; each block element is a line).
 */

export interface WeightedCue {
  /** Stable id, for tests and reports. */
  id: string;
  pattern: string;
  /** How much this cue counts towards its side. */
  points: number;
}

// A file, beneficiary or application number: a label, then an identifier holding digits.
const NUMBER_LABEL =
  "(?:dossier|allocataire|demande|candidat|candidature|numero fiscal|beneficiaire|identifiant|reference|ref\\.?|securite sociale|declaration|courrier|usager|assure|case|reference number|application number|account number|file number)";

export const DECISION_CUES: readonly WeightedCue[] = [
  // The label must be followed by "n°", "numéro" or a colon: "déclaration 2042", "formulaire de
  // demande 12345-01" or "courrier du 12/03/2026" name a form or a date, not the reader's file.
  { id: 'file-number', pattern: `\\b${NUMBER_LABEL}(?: (?:n[o°]|numero|number|no\\.)(?: ?:)?| ?:) ?(?:[a-z]{1,4}[- /]?)?\\d[\\d /-]{3,}`, points: 2 },
  // "Décision n° ENPU2026-0299…", but not the Conseil constitutionnel's "décision n° 2018-765 DC".
  { id: 'decision-number', pattern: '\\b(?:decision|arrete|notification) (?:n[o°]|numero) ?:? ?(?!\\d{4}-\\d{2,4} ?(?:dc|qpc|l)\\b)[a-z0-9]*\\d[a-z0-9/-]{3,}', points: 2 },
  // The recitals that open an administrative decision.
  { id: 'recitals', pattern: "^ ?(?:vu (?:le|la|les|l')|considerant qu)", points: 2 },
  { id: 'signed-in', pattern: '\\b(?:se deconnecter|deconnexion|sign out|log out)\\b', points: 2 },
  { id: 'personal-area', pattern: '\\b(?:mon espace|mon compte|espace personnel|espace (?:allocataire|particulier|assure|candidat|usager|securise)|ma messagerie|mes documents|my account)\\b', points: 1 },
  { id: 'salutation', pattern: '^ ?(?:madame|monsieur|madame, monsieur|madame ou monsieur|cher|chere|dear (?:sir|madam|mr|mrs|ms|applicant))\\b', points: 2 },
  { id: 'subject-line', pattern: '^ ?(?:objet|subject) ?:', points: 1 },
  { id: 'this-decision', pattern: '\\b(?:la presente decision|cette decision (?:vous|a ete|est)|notre decision|votre decision|this decision (?:was|has been|is))\\b', points: 1 },
  {
    id: 'your-file',
    pattern:
      "\\b(?:votre|vos) (?:demande|dossier|candidature|allocation|aide|droit|declaration|situation|voeu|prestation)s? (?:a|ont|est|sont) (?:bien )?(?:ete|acceptee?s?|refusee?s?|retenue?s?)\\b|\\byour (?:application|claim|request|file|case) (?:has been|was|is)\\b",
    points: 2,
  },
  { id: 'we-inform-you', pattern: "\\bnous (?:vous informons|avons (?:le regret|le plaisir|examine|etudie|bien recu))\\b|\\bwe (?:have (?:reviewed|examined|decided)|regret to inform)\\b", points: 1 },
  { id: 'notification', pattern: '\\b(?:notification|avis) de (?:decision|paiement|droits?|refus|rejet)\\b|\\bnotice of decision\\b', points: 1 },
];

export const INFORMATION_CUES: readonly WeightedCue[] = [
  { id: 'fact-sheet', pattern: "\\b(?:fiche pratique|verifie le|mis a jour le|que dit la loi|ce que dit la loi|a savoir|textes? de reference|questions? frequentes|foire aux questions|what the law says)\\b", points: 1 },
  { id: 'law-third-person', pattern: "\\b(?:l'administration|les administrations|l'organisme|une administration|the administration|public bodies) (?:doit|doivent|est tenue|sont tenues|a l'obligation|must|has to)\\b", points: 2 },
  { id: 'law-firm', pattern: '\\b(?:avocats?|cabinet d|maitre [a-z]|jurisprudence|law firm)\\b', points: 1 },
  { id: 'guide', pattern: "\\b(?:guide|inventaire|registre|liste) (?:des|de l'|du|de nos|of) ?(?:algorithmes|traitements|algorithms)\\b|\\bguide (?:pratique|des algorithmes)\\b", points: 2 },
  { id: 'template', pattern: "\\[[a-z ,'-]{3,40}\\]|\\bex ?:|\\bmodele de (?:mention|lettre|courrier)\\b|\\bexemple de mention\\b", points: 2 },
  { id: 'not-a-decision', pattern: "\\b(?:ne constitue|n'est|ne vaut) pas (?:une )?(?:decision|notification)|\\ba titre (?:indicatif|informatif)\\b|\\bsimulat(?:eur|ion)\\b|\\bis not a decision\\b", points: 2 },
  { id: 'law-provides', pattern: '\\b(?:prevoit|dispose|precise|impose) que\\b|\\bla loi (?:prevoit|impose|oblige)\\b', points: 1 },
  { id: 'minutes', pattern: "\\b(?:deliberation|conseil municipal|conseil communautaire|ordre du jour|proces-verbal|seance du)\\b", points: 2 },
  { id: 'published', pattern: '\\b(?:publie le|article publie|published on|posted on|par la redaction)\\b', points: 1 },
  { id: 'public-in-general', pattern: "\\b(?:les usagers|les citoyens|les personnes concernees|les allocataires|les candidats|toute personne|the public|individuals)\\b", points: 1 },
];

export interface MentionElementRule {
  id: 'purpose' | 'rightToRules' | 'howToExercise' | 'cada';
  /** The capture group that matched, when there is one, is what gets quoted. */
  pattern: string;
}

export const MENTION_ELEMENT_RULES: readonly MentionElementRule[] = [
  {
    id: 'purpose',
    pattern:
      "\\b(?:(?:ce|le|cet) (?:traitement|algorithme|calcul|outil)|l'algorithme|il) (?:permet(?: notamment)? (?:de|d'|:)|sert a|vise a|est utilise pour|consiste a)[^.;]{0,120}|\\b(?:qui|lequel|celui-ci) (?:permet(?: notamment)? (?:de|d')|sert a|vise a)[^.;]{0,120}|\\ba pour (?:objet|objectif|finalite|but)\\b[^.;]{0,120}|\\b(?:dont la|sa|la) finalite (?:est|poursuivie est|consiste)[^.;]{0,120}|\\bafin de (?:calculer|determiner|verifier|evaluer|attribuer|classer|selectionner|orienter|instruire|etablir|fixer)[^.;]{0,100}",
  },
  {
    id: 'rightToRules',
    pattern:
      "\\b(?:communication|obtenir|demander|connaitre|consulter|acceder a) (?:des |les |aux )?(?:regles|criteres|parametres)\\b[^.;]{0,80}|\\bprincipales caracteristiques de (?:sa|leur|la) mise en oeuvre|\\bdegre et (?:le )?mode de contribution|\\bregles definissant ce traitement",
  },
  {
    id: 'howToExercise',
    pattern:
      "\\b(?:demander|demande|solliciter|obtenir|communication|adresser)[^]{0,250}?((?:aupres d(?:u|e la|e l'|es|e)|en (?:ecrivant|vous adressant) a|par (?:courrier|courriel|e-?mail|lettre|voie postale)|a l'adresse|via le formulaire|en remplissant|(?:depuis|dans|sur) votre espace|rubrique)[^.;]{0,80}|[a-z0-9._-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)+)|\\b([a-z0-9._-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)+)",
  },
  { id: 'cada', pattern: "\\bcommission d'acces aux documents administratifs\\b[^.;]{0,60}|\\bcada\\b[^.;]{0,60}" },
];
