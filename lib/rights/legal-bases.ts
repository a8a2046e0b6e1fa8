import type { LegalBasis } from './schema';

/*
 * Articles and decisions cited by the rights and letters, with their official link.
 *
 * Article-level Légifrance ids (LEGIARTI…) are only used where a source gives them: Etalab's guide
 * (etalab/guides.etalab.gouv.fr, algorithmes/0-guide.md and 4-mention.md) gives L. 311-3-1,
 * R. 311-3-1-1, R. 311-3-1-2, L. 312-1-3 and art. 47 of the loi Informatique et Libertés; the legal
 * review of 7 December 2026 (docs/rights.md, R11) gives the other CRPA articles cited (from a copy
 * of the Légifrance LEGI data where each record ties the id to the article's number and text), CJA
 * R. 421-1, R. 421-2 and R. 421-5, and the section of CJA L. 213-13 and L. 213-14. The Education
 * code's articles open the whole code (`urlTarget: 'text'`): an id is never rebuilt from memory.
 */

const CODE_EDUCATION_TEXT = 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006071191';
// The GDPR by its CELEX number, as legal-facts.md §2.1 names it.
const GDPR = 'https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32016R0679';
const AI_ACT = 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj';

const legiarti = (id: string) => `https://www.legifrance.gouv.fr/codes/article_lc/${id}`;
// The CJA section on compulsory prior mediation (L. 213-11 to L. 213-14), read on Légifrance.
const CJA_MEDIATION_SECTION = 'https://www.legifrance.gouv.fr/codes/section_lc/LEGITEXT000006070933/LEGISCTA000044557270';

const crpa = (article: string) => ({
  fr: `Code des relations entre le public et l’administration (CRPA), article ${article}`,
  en: `Code of relations between the public and the administration (CRPA), article ${article}`,
});
const cja = (article: string) => ({
  fr: `Code de justice administrative (CJA), article ${article}`,
  en: `Code of administrative justice (CJA), article ${article}`,
});

export const LEGAL_BASES = {
  'crpa-l311-3-1': {
    id: 'crpa-l311-3-1',
    short: 'CRPA art. L. 311-3-1',
    token: 'L. 311-3-1',
    title: crpa('L. 311-3-1'),
    url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000033205535',
    urlTarget: 'article',
  },
  'crpa-r311-3-1-1': {
    id: 'crpa-r311-3-1-1',
    short: 'CRPA art. R. 311-3-1-1',
    token: 'R. 311-3-1-1',
    title: crpa('R. 311-3-1-1'),
    url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000034195878',
    urlTarget: 'article',
  },
  'crpa-r311-3-1-2': {
    id: 'crpa-r311-3-1-2',
    short: 'CRPA art. R. 311-3-1-2',
    token: 'R. 311-3-1-2',
    title: crpa('R. 311-3-1-2'),
    url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000034195881',
    urlTarget: 'article',
  },
  'crpa-l312-1-3': {
    id: 'crpa-l312-1-3',
    short: 'CRPA art. L. 312-1-3',
    token: 'L. 312-1-3',
    title: crpa('L. 312-1-3'),
    url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000033205516',
    urlTarget: 'article',
  },
  'decret-2017-330': {
    id: 'decret-2017-330',
    short: 'Décret n° 2017-330 du 14 mars 2017',
    token: '2017-330',
    title: {
      fr: 'Décret n° 2017-330 du 14 mars 2017 (droits des personnes faisant l’objet de décisions individuelles prises sur le fondement d’un traitement algorithmique)',
      en: 'Decree no. 2017-330 of 14 March 2017 (rights of persons subject to individual decisions based on algorithmic processing)',
    },
    url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000034194929',
    urlTarget: 'article',
  },
  'crpa-r311-12': {
    id: 'crpa-r311-12',
    short: 'CRPA art. R.* 311-12',
    token: 'R.* 311-12',
    title: crpa('R.* 311-12'),
    url: legiarti('LEGIARTI000031370407'),
    urlTarget: 'article',
  },
  'crpa-r311-13': {
    id: 'crpa-r311-13',
    short: 'CRPA art. R. 311-13',
    token: 'R. 311-13',
    title: crpa('R. 311-13'),
    url: legiarti('LEGIARTI000031370409'),
    urlTarget: 'article',
  },
  'crpa-r343-5': {
    id: 'crpa-r343-5',
    short: 'CRPA art. R. 343-5',
    token: 'R. 343-5',
    title: crpa('R. 343-5'),
    url: legiarti('LEGIARTI000031370515'),
    urlTarget: 'article',
  },
  'crpa-l112-3': {
    id: 'crpa-l112-3',
    short: 'CRPA art. L. 112-3',
    token: 'L. 112-3',
    title: crpa('L. 112-3'),
    url: legiarti('LEGIARTI000031367338'),
    urlTarget: 'article',
  },
  'crpa-l112-6': {
    id: 'crpa-l112-6',
    short: 'CRPA art. L. 112-6',
    token: 'L. 112-6',
    title: crpa('L. 112-6'),
    url: legiarti('LEGIARTI000031367340'),
    urlTarget: 'article',
  },
  'crpa-d312-1-4': {
    id: 'crpa-d312-1-4',
    short: 'CRPA art. D. 312-1-4',
    token: 'D. 312-1-4',
    title: crpa('D. 312-1-4'),
    url: legiarti('LEGIARTI000033739925'),
    urlTarget: 'article',
  },
  'cja-r421-2': {
    id: 'cja-r421-2',
    short: 'CJA art. R. 421-2',
    token: 'R. 421-2',
    title: cja('R. 421-2'),
    url: legiarti('LEGIARTI000006449943'),
    urlTarget: 'article',
  },
  'cja-l213-13': {
    id: 'cja-l213-13',
    short: 'CJA art. L. 213-13',
    token: 'L. 213-13',
    title: cja('L. 213-13'),
    url: CJA_MEDIATION_SECTION,
    urlTarget: 'section',
  },
  'cja-l213-14': {
    id: 'cja-l213-14',
    short: 'CJA art. L. 213-14',
    token: 'L. 213-14',
    title: cja('L. 213-14'),
    url: CJA_MEDIATION_SECTION,
    urlTarget: 'section',
  },
  'code-rural-l723-34-1': {
    id: 'code-rural-l723-34-1',
    short: 'Code rural et de la pêche maritime, art. L. 723-34-1',
    token: 'L. 723-34-1',
    title: {
      fr: 'Code rural et de la pêche maritime, article L. 723-34-1 (créé par la loi n° 2018-727 du 10 août 2018, art. 35)',
      en: 'Rural and maritime fishing code, article L. 723-34-1 (created by law no. 2018-727 of 10 August 2018, art. 35)',
    },
    url: 'https://www.legifrance.gouv.fr/affichTexteArticle.do?cidTexte=JORFTEXT000037307624&idArticle=LEGIARTI000037309103&dateTexte=20180812',
    urlTarget: 'article',
  },
  'crpa-r343-1': {
    id: 'crpa-r343-1',
    short: 'CRPA art. R. 343-1',
    token: 'R. 343-1',
    title: crpa('R. 343-1'),
    url: legiarti('LEGIARTI000031370507'),
    urlTarget: 'article',
  },
  'crpa-l342-1': {
    id: 'crpa-l342-1',
    short: 'CRPA art. L. 342-1',
    token: 'L. 342-1',
    title: crpa('L. 342-1'),
    url: legiarti('LEGIARTI000031367775'),
    urlTarget: 'article',
  },
  'crpa-l411-2': {
    id: 'crpa-l411-2',
    short: 'CRPA art. L. 411-2',
    token: 'L. 411-2',
    title: crpa('L. 411-2'),
    url: legiarti('LEGIARTI000031367829'),
    urlTarget: 'article',
  },
  'crpa-l231-4': {
    id: 'crpa-l231-4',
    short: 'CRPA art. L. 231-4',
    token: 'L. 231-4',
    title: crpa('L. 231-4'),
    url: legiarti('LEGIARTI000031367619'),
    urlTarget: 'article',
  },
  'cja-r421-1': {
    id: 'cja-r421-1',
    short: 'CJA art. R. 421-1',
    token: 'R. 421-1',
    title: cja('R. 421-1'),
    url: legiarti('LEGIARTI000006449941'),
    urlTarget: 'article',
  },
  'cja-r421-5': {
    id: 'cja-r421-5',
    short: 'CJA art. R. 421-5',
    token: 'R. 421-5',
    title: cja('R. 421-5'),
    url: legiarti('LEGIARTI000006449946'),
    urlTarget: 'article',
  },
  'lil-art-47': {
    id: 'lil-art-47',
    short: 'Loi n° 78-17 du 6 janvier 1978, art. 47',
    token: 'article 47',
    title: {
      fr: 'Loi n° 78-17 du 6 janvier 1978 relative à l’informatique, aux fichiers et aux libertés, article 47',
      en: 'Law no. 78-17 of 6 January 1978 on data processing, files and freedoms (loi Informatique et Libertés), article 47',
    },
    url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000037823131',
    urlTarget: 'article',
  },
  'cc-2018-765-dc': {
    id: 'cc-2018-765-dc',
    short: 'Conseil constitutionnel, décision n° 2018-765 DC du 12 juin 2018',
    token: '2018-765 DC',
    title: {
      fr: 'Conseil constitutionnel, décision n° 2018-765 DC du 12 juin 2018 (loi relative à la protection des données personnelles)',
      en: 'Constitutional Council, decision no. 2018-765 DC of 12 June 2018 (law on the protection of personal data)',
    },
    url: 'https://www.conseil-constitutionnel.fr/decision/2018/2018765DC.htm',
    urlTarget: 'article',
  },
  'gdpr-art-12': {
    id: 'gdpr-art-12',
    short: 'RGPD art. 12',
    token: 'article 12',
    title: { fr: 'Règlement (UE) 2016/679 (RGPD), article 12', en: 'Regulation (EU) 2016/679 (GDPR), article 12' },
    url: GDPR,
    urlTarget: 'text',
  },
  'gdpr-art-15': {
    id: 'gdpr-art-15',
    short: 'RGPD art. 15',
    token: 'article 15',
    title: { fr: 'Règlement (UE) 2016/679 (RGPD), article 15', en: 'Regulation (EU) 2016/679 (GDPR), article 15' },
    url: GDPR,
    urlTarget: 'text',
  },
  'gdpr-art-22': {
    id: 'gdpr-art-22',
    short: 'RGPD art. 22',
    token: 'article 22',
    title: { fr: 'Règlement (UE) 2016/679 (RGPD), article 22', en: 'Regulation (EU) 2016/679 (GDPR), article 22' },
    url: GDPR,
    urlTarget: 'text',
  },
  'ai-act-art-50': {
    id: 'ai-act-art-50',
    short: 'Règlement (UE) 2024/1689 (règlement sur l’IA), art. 50',
    token: 'article 50',
    title: {
      fr: 'Règlement (UE) 2024/1689 sur l’intelligence artificielle, article 50 (obligations de transparence)',
      en: 'Regulation (EU) 2024/1689 on artificial intelligence (AI Act), article 50 (transparency obligations)',
    },
    url: AI_ACT,
    urlTarget: 'text',
  },
  'ce-2022-452798': {
    id: 'ce-2022-452798',
    short: 'Conseil d’État, 3 juin 2022, La Cimade et autres, n° 452798',
    token: '452798',
    title: {
      fr: 'Conseil d’État, 3 juin 2022, La Cimade et autres, n° 452798 (téléservices obligatoires)',
      en: 'Conseil d’État (supreme administrative court), 3 June 2022, La Cimade and others, no. 452798 (compulsory online services)',
    },
    url: 'https://www.conseil-etat.fr/fr/arianeweb/CE/analyse/2022-06-03/452798',
    urlTarget: 'article',
  },
  'cc-2020-834-qpc': {
    id: 'cc-2020-834-qpc',
    short: 'Conseil constitutionnel, décision n° 2020-834 QPC du 3 avril 2020',
    token: '2020-834 QPC',
    title: {
      fr: 'Conseil constitutionnel, décision n° 2020-834 QPC du 3 avril 2020 (Parcoursup, UNEF)',
      en: 'Constitutional Council, decision no. 2020-834 QPC of 3 April 2020 (Parcoursup, UNEF)',
    },
    url: 'https://www.conseil-constitutionnel.fr/decision/2020/2020834QPC.htm',
    urlTarget: 'article',
  },
  'code-education-l612-3': {
    id: 'code-education-l612-3',
    short: 'Code de l’éducation, art. L. 612-3',
    token: 'L. 612-3',
    title: { fr: 'Code de l’éducation, article L. 612-3', en: 'Education code, article L. 612-3' },
    url: CODE_EDUCATION_TEXT,
    urlTarget: 'text',
  },
} as const satisfies Record<string, LegalBasis>;

export type BasisId = keyof typeof LEGAL_BASES;

export const BASIS_IDS = Object.keys(LEGAL_BASES) as BasisId[];

export function getLegalBasis(id: BasisId): LegalBasis {
  return LEGAL_BASES[id];
}
