import type { Fact } from './schema';

/*
 * Facts of the legal research (/work/shared/legal/legal-facts.md, 26 November 2026) and of the
 * project's legal review (docs/rights.md, « Révision juridique », 7 December 2026: sections R1…)
 * that the rights, contacts and caveats rely on. Only facts tagged [P] or [S] are listed; [U]
 * facts are left out (docs/rights.md lists them and why).
 *
 * `tag` is the best tag legal-facts.md gives the fact: `P` needs at least one source tagged [P]
 * there (tests/unit/rights-data.test.ts checks it). Official pages that legal-facts.md quotes with
 * http:// are cited here with https:// (same page; sources must be https). Secondary pages that
 * were only seen over http are not cited.
 */

const A11502 = 'https://www.service-public.fr/particuliers/actualites/A11502';
const ETALAB_MENTION = 'https://github.com/etalab/guides.etalab.gouv.fr/blob/HEAD/algorithmes/4-mention.md';
const ETALAB_GUIDE = 'https://github.com/etalab/algorithmes-publics/blob/HEAD/guide.md';
const DECRET_2017_330 = 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000034194929';
const CADA_WHEN_HOW = 'https://cada.fr/particulier/quand-et-comment-saisir-la-cada';
const CADA_AFTER_AVIS = 'https://cada.fr/particulier/les-suites-dun-avis';
const CC_LINFORMATICIEN =
  'https://linformaticien.com/magazine/tendances/54917-24le-conseil-constitutionnel-encadre-l-usage-des-algorithmes-dans-l-039-administration.html';
const CNIL_COMPLAINT_ARCHIVED = 'https://cnil.fr/adresser-une-plainte';
const CNIL_FALC = 'https://cnil.fr/fr/node/166989';
const SORENA = 'https://www.sorena.io/artifacts/eu/artificial-intelligence-act/transparency-labeling-and-user-disclosures';

const FACT_LIST = [
  // §1 — CRPA: algorithmic decisions
  {
    id: 'crpa-mention-and-rules-on-request',
    statement:
      'CRPA L. 311-3-1: an individual decision taken on the basis of an algorithmic processing carries an explicit mention; the administration communicates the rules and main characteristics of the processing on request.',
    tag: 'P',
    section: '1.1',
    sources: [A11502, ETALAB_MENTION, 'https://www.developpez.com/actu/123894/'],
  },
  {
    id: 'crpa-any-degree-of-automation',
    statement: 'L. 311-3-1 applies whatever the degree of human intervention, decision-support tools included.',
    tag: 'P',
    section: '1.1',
    sources: [ETALAB_GUIDE, 'https://2017-2022.nosdeputes.fr/15/intervention/187623'],
  },
  {
    id: 'algorithm-broad-definition',
    statement: 'An "algorithmic processing" is broad: an Excel workbook, even a paper scoring grid, counts.',
    tag: 'P',
    section: '1.1',
    sources: [ETALAB_MENTION],
  },
  {
    id: 'mention-on-decision-documents',
    statement: 'The mention must appear online and on the documents (notices, notifications) that notify the decision, visibly.',
    tag: 'P',
    section: '1.2',
    sources: [ETALAB_MENTION],
  },
  {
    id: 'mention-four-elements',
    statement:
      'R. 311-3-1-1: the mention gives the purpose of the processing, recalls the right to obtain its rules, how to exercise it, and how to refer to the CADA.',
    tag: 'P',
    section: '1.2',
    sources: [A11502, ETALAB_MENTION],
  },
  {
    id: 'rules-four-items',
    statement:
      'R. 311-3-1-2: on request, in an intelligible form and subject to secrets protected by law: degree and mode of contribution, data and sources, parameters and weights applied to the person, operations performed.',
    tag: 'P',
    section: '1.3',
    sources: [A11502, 'https://www.developpez.com/actu/123894/'],
  },
  {
    id: 'rules-request-silence-one-month',
    statement: 'Silence of the administration for one month on the request for the rules is a refusal (CRPA R.* 311-12 and R. 311-13, which décret 2017-330 recalls).',
    tag: 'P',
    section: '1.4',
    sources: [DECRET_2017_330, ETALAB_MENTION],
  },
  {
    id: 'cada-two-months-after-refusal',
    statement: 'The CADA can be referred to within two months after the implicit refusal.',
    tag: 'P',
    section: '1.4',
    sources: [A11502, ETALAB_MENTION],
  },
  {
    id: 'access-request-written-no-reason',
    statement: 'A request for administrative documents is written and needs no justification; one month of silence is an implicit refusal.',
    tag: 'P',
    section: '1.10',
    sources: [CADA_AFTER_AVIS],
  },
  {
    id: 'cada-compulsory-before-court',
    statement:
      'Referral to the CADA within two months of the refusal (R. 343-1) is compulsory before any court action (L. 342-1); these deadlines run only if the refusal or acknowledgment stated the routes and deadlines.',
    tag: 'P',
    section: '1.10',
    sources: [CADA_WHEN_HOW],
  },
  {
    id: 'cada-how-to-refer',
    statement:
      'The CADA is referred to by simple letter, fax or electronically, with a copy of the request and of the refusal, the list of documents and the contact details of the requester.',
    tag: 'P',
    section: '1.10',
    sources: ['https://www.cada.fr/quand-et-comment-saisir,6131.html'],
  },
  {
    id: 'cada-avis-one-month-not-binding',
    statement: 'The CADA gives its opinion within one month; the opinion is not binding, but most favourable opinions are followed.',
    tag: 'P',
    section: '1.10',
    sources: [CADA_AFTER_AVIS, 'https://www.cada.fr/portee-et-suites-de-l-avis-de-la-cada,6151.html'],
  },
  {
    id: 'publication-of-algorithm-rules',
    statement:
      'L. 312-1-3: administrations publish online the rules of their main algorithmic processing that found individual decisions, without any request (CADA), except bodies below a staff threshold set by decree; Etalab also exempts local authorities under 3,500 inhabitants.',
    tag: 'P',
    section: '1.5',
    sources: ['https://cada.data.gouv.fr/20185277/', ETALAB_GUIDE, 'https://lexbase.fr/texte-de-loi/code-des-relations-entre-le-public-et-ladministrationl31213/L4872LAP.html'],
  },
  {
    id: 'parcoursup-special-regime',
    statement:
      'Parcoursup: candidates can obtain the criteria and terms of examination of their applications and the educational reasons; after the procedure each institution publishes its criteria and says how far algorithms were used (CC 2020-834 QPC).',
    tag: 'P',
    section: '1.6',
    sources: ['https://www.conseil-constitutionnel.fr/decision/2020/2020834QPC.htm', 'https://www.cada.fr/particulier'],
  },
  {
    id: 'parcoursup-reasons-one-month',
    statement: 'Parcoursup candidates must ask for the reasons within one month of the refusal (regulatory part of the code de l’éducation; the article was renumbered in 2023 and its current number is unchecked).',
    tag: 'S',
    section: '1.6',
    sources: ['https://hild-avocat.fr/?p=1422'],
  },
  {
    id: 'fully-automated-nullity',
    statement:
      'LIL art. 47: a decision taken solely on a fully automated processing from 1 July 2020 that lacks the explicit mention is null.',
    tag: 'P',
    section: '1.7',
    sources: [ETALAB_MENTION, 'https://next.ink/?p=6772'],
  },
  {
    id: 'controller-masters-algorithm',
    statement:
      'LIL art. 47: the controller masters the algorithm and its changes so as to explain in detail and in an intelligible form how it was applied to the person.',
    tag: 'P',
    section: '1.7',
    sources: [ETALAB_GUIDE],
  },
  {
    id: 'appeal-not-decided-by-algorithm-alone',
    statement:
      'CC 2018-765 DC: on an administrative appeal against such a decision, the administration must decide without relying exclusively on the algorithm; self-learning algorithms cannot be the sole basis of an individual administrative decision.',
    tag: 'S',
    section: '1.8',
    sources: [CC_LINFORMATICIEN],
  },
  // §2 — GDPR
  {
    id: 'gdpr-access-logic',
    statement:
      'GDPR art. 15(1)(h): the right of access includes the existence of automated decision-making and meaningful information about the logic involved, its significance and envisaged consequences.',
    tag: 'S',
    section: '2.1',
    sources: ['https://ewatchers.org/question/quels-droits-le-rgpd-donne-t-il-aux-personnes-35', 'https://www.gdpr-rating.eu/fr/knowledge/prise-de-decision-automatisee/'],
  },
  {
    id: 'gdpr-answer-one-month',
    statement: 'The controller answers within one month at most (GDPR art. 12(3)), extendable by two months for complex requests.',
    tag: 'P',
    section: '2.1',
    sources: [CNIL_COMPLAINT_ARCHIVED],
  },
  {
    id: 'logic-explained-not-formula',
    statement:
      'CJEU C-203/22 Dun & Bradstreet: the controller explains the procedure and principles actually applied to the person’s data; handing over a complex formula is not enough.',
    tag: 'S',
    section: '2.4',
    sources: [
      'https://gdprhub.eu/index.php?title=CJEU_-_C%E2%80%91203%2F22_-_Dun_and_Bradstreet_Austria',
      'https://www.taylorwessing.com/en/insights-and-events/insights/2025/03/ecj-on-scoring',
    ],
  },
  {
    id: 'gdpr-22-administrations',
    statement:
      'GDPR art. 22: French administrative decisions fall under 22(2)(b) (authorised by law, LIL art. 47); the safeguard is an administrative appeal examined by a human, not a generic right to human intervention (22(3) is for (a) and (c)).',
    tag: 'S',
    section: '2.2',
    sources: ['https://porttic.be/?p=601', 'https://www.autoriteprotectiondonnees.be/quen-est-il-des-decisions-automatisees-en-ce-compris-le-profilage', CC_LINFORMATICIEN],
  },
  {
    id: 'cnil-complaint-after-organisation',
    statement: 'A CNIL complaint comes after exercising one’s rights with the organisation (one-month answer); it is free; the CNIL awards no damages.',
    tag: 'P',
    section: '4.3',
    sources: [CNIL_COMPLAINT_ARCHIVED, CNIL_FALC],
  },
  {
    id: 'dpo-on-privacy-page',
    statement:
      'The DPO’s contact details are on the site’s personal-data page or on the decision (example: the Ministry of Education’s DPD named in an algorithmic-decision mention).',
    tag: 'S',
    section: '4.4',
    sources: ['https://github.com/betagouv/aplypro/blob/HEAD/lib/generator/attributor.rb'],
  },
  // §3 — AI Act
  {
    id: 'ai-act-50-1-interaction',
    statement:
      'AI Act art. 50(1): AI systems intended to interact directly with natural persons are designed so that the persons are informed they are interacting with an AI system, unless obvious to a reasonably well-informed person.',
    tag: 'S',
    section: '3.1',
    sources: ['https://aiact.annotated.nl/en/aiact/art/50/', 'https://artificialintelligenceact.eu/fr/article/50/'],
  },
  {
    id: 'ai-act-50-5-clear-accessible',
    statement: 'AI Act art. 50(5): the information is given clearly at the latest at the first interaction or exposure, and meets accessibility requirements.',
    tag: 'S',
    section: '3.1',
    sources: [SORENA],
  },
  {
    id: 'ai-act-50-4-public-interest-text',
    statement:
      'AI Act art. 50(4): deployers of AI that generates or manipulates text published to inform the public on matters of public interest disclose it, unless the text underwent human review or editorial control and someone holds editorial responsibility.',
    tag: 'S',
    section: '3.1',
    sources: [SORENA],
  },
  {
    id: 'ai-act-50-applies-2-august-2026',
    statement: 'Article 50 applies from 2 August 2026 (unchanged by the Digital Omnibus).',
    tag: 'S',
    section: '3.6',
    sources: ['https://news-you-need.com/index.php/2026/06/29/artificial-intelligence-council-gives-final-green-light-to-simplify-and-streamline-rules/'],
  },
  {
    id: 'informing-chatbot-art-50-only',
    statement: 'An AI chatbot that only informs is normally not high-risk: it falls under art. 50 only.',
    tag: 'S',
    section: '3.4',
    sources: ['https://aiact.annotated.nl/en/aiact/annex/iii/5/'],
  },
  // §4 — recourse
  {
    id: 'chatbot-answer-is-information',
    statement:
      'An AI chatbot’s answer is information, not a decision: keep screenshots; the official decision letter prevails (Albert is officially "un outil d’aide à la recherche d’information").',
    tag: 'S',
    section: '4.8',
    sources: ['https://github.com/etalab-ia/franceservices-frontend'],
  },
  {
    id: 'france-services-in-person-help',
    statement: 'France Services desks, with at least two trained agents, help in person and for free with the procedures of CAF, France Travail, DGFiP, Assurance Maladie, MSA and others.',
    tag: 'P',
    section: '4.6',
    sources: ['https://france-services.gouv.fr/actualites/experimentation-dun-modele-dassistance-france-services-IA'],
  },
  {
    id: 'ddd-defends-public-service-users',
    statement: 'The Défenseur des droits defends users of public services for free, by phone, post, online or through its local delegates.',
    tag: 'P',
    section: '4.1',
    sources: ['https://defenseurdesdroits.fr/fr/obtenir-de-laide', 'https://www.defenseurdesdroits.fr/fr/saisir-le-defenseur-des-droits'],
  },
  {
    id: 'ddd-does-not-suspend-deadlines',
    statement: 'Referral to the Défenseur des droits comes after a first attempt with the administration and, in general, does not suspend court deadlines.',
    tag: 'S',
    section: '4.1',
    sources: ['https://argences.com/guide-des-droits-et-demarches/particulier/F13158/defenseur-des-droits'],
  },
  {
    id: 'administrative-appeal-free',
    statement: 'A recours gracieux or hiérarchique is free, on plain paper, with reasons and a copy of the decision; generally optional except RAPO cases.',
    tag: 'S',
    section: '4.7',
    sources: ['https://lesauthieux.evreuxportesdenormandie.fr/1077-pratique.htm?idtf=1077&xml=F2474.xml&xsl=VDD10.xsl'],
  },
  {
    id: 'administrative-appeal-interrupts',
    statement: 'Filed within the two-month court deadline, an administrative appeal interrupts it (CRPA L. 411-2).',
    tag: 'S',
    section: '4.7',
    sources: ['https://robiquetavocat.fr/?p=1306'],
  },
  {
    id: 'appeal-silence-two-months-rejection',
    statement: 'Two months of silence on an administrative appeal is an implicit rejection (CRPA L. 231-4).',
    tag: 'S',
    section: '4.7',
    sources: ['https://quechoisir.org/lettre-type-administration-recours-gracieux-n1113'],
  },
  {
    id: 'court-two-months-if-stated',
    statement:
      'Court deadline: two months from notification (CJA R. 421-1), opposable only if the notification states the routes and deadlines (R. 421-5); otherwise in principle a reasonable time of one year (CE Czabaj, 2016).',
    tag: 'S',
    section: '4.7',
    sources: ['https://mvs-avocats.com/2019/12/09/comment-saisir-la-juridiction-administrative/'],
  },
  {
    id: 'telerecours-citoyens',
    statement: 'Télérecours citoyens is the electronic route for unrepresented persons; post or the court office remain possible; it is free.',
    tag: 'S',
    section: '4.7',
    sources: [
      'https://halpern-avocat.com/2023/07/11/une-personne-physique-peut-saisir-la-juridiction-administrative-par-courrier-electronique-des-lors-quil-regularise-son-envoi-notamment-par-lapplication-telerecours-citoyen-2023',
    ],
  },
  {
    id: 'compulsory-prior-appeal-stated',
    statement: 'Whether a RAPO or compulsory mediation applies is stated in the notification; skipping it makes the court action inadmissible.',
    tag: 'S',
    section: '4.7',
    sources: ['https://le-creusot.fr/vos-demarches-en-ligne?xml=F2026'],
  },
  {
    id: 'caf-mediator',
    statement: 'CAF administrative mediator: online (caf.fr, Nous contacter) or by post to your CAF, after a prior attempt; a court action ends the mediation.',
    tag: 'P',
    section: '4.5',
    sources: ['https://caf.fr/allocataires/actualites/la-caf-et-vous/comment-saisir-le-mediateur-administratif'],
  },
  {
    id: 'caf-cra-two-months',
    statement: 'To contest a CAF decision: commission de recours amiable within two months; for the RSA, an administrative appeal to the president of the departmental council.',
    tag: 'S',
    section: '4.5',
    sources: [
      'https://rsa-info.fr/recours-tribunal/',
      'https://ash.tm.fr/numeros-juridiques/2725/les-controles-et-le-contentieux/le-contentieux/le-recours-administratif-prealable-505722.php',
    ],
  },
  {
    id: 'france-travail-prior-mediation',
    statement: 'France Travail: complaint first, then the regional mediator; prior mediation is compulsory before court for some decisions, as the notification states.',
    tag: 'P',
    section: '4.5',
    sources: ['https://francetravail.fr/candidat/vos-droits-et-demarches/reclamations/comment-contester-une-decision-d.html'],
  },
  {
    id: 'cpam-mediator-suspends',
    statement: 'Assurance Maladie: mediator after a complaint, from the ameli account or by post; mediation suspends the appeal deadline; decisions are contested before the CRA (administrative) or CMRA (medical).',
    tag: 'P',
    section: '4.5',
    sources: ['https://www.ameli.fr/assure/droits-demarches/reclamation-mediation-voies-de-recours/saisir-mediateur'],
  },
  {
    id: 'tax-mediation-route',
    statement:
      'Taxes: first your centre des finances publiques, then the departmental tax conciliator, then the mediator of the economic and financial ministries (free; does not interrupt tax deadlines).',
    tag: 'P',
    section: '4.5',
    sources: [
      'https://www.economie.gouv.fr/cedef/litige-ministere-economie-finances',
      'https://www.economie.gouv.fr/mediateur/questions-frequentes',
      'https://www.impots.gouv.fr/portail/particulier/le-mediateur-du-ministere',
    ],
  },
  {
    id: 'msa-mediator-after-cra',
    statement: 'MSA national mediator: only after a decision of the MSA commission de recours amiable; referral suspends court deadlines.',
    tag: 'S',
    section: '4.5',
    sources: [
      'https://bourgogne.msa.fr/lfp/le-mediateur-de-la-msa',
      'https://www.lafranceagricole.fr/msa-mutualite-sociale-agricole/article/774880/553-rclamations-transmises-au-mdiateur-en-2018',
    ],
  },
  {
    id: 'education-mediator',
    statement: 'Education mediators (academic or national): after a first attempt; online form, mail or letter; does not interrupt court deadlines.',
    tag: 'P',
    section: '4.5',
    sources: ['https://www.enseignementsup-recherche.gouv.fr/cid20304/la-mediatrice-men-s.html', 'https://www.josselin.com/mes-demarches-en-ligne/?xml=F1897'],
  },
  // §5 — non-digital route
  {
    id: 'ce-cimade-substitute-solution',
    statement:
      'CE 3 June 2022 La Cimade, no. 452798: compulsory online services are lawful only if normal access to the service and the effective exercise of rights are ensured, given the nature and complexity of the procedure and the public; for vulnerable people, a substitute solution.',
    tag: 'P',
    section: '5.2',
    sources: [
      'https://www.conseil-etat.fr/fr/arianeweb/CE/analyse/2022-06-03/452798',
      'https://www.banquedesterritoires.fr/le-conseil-detat-pose-des-limites-la-dematerialisation-imposee',
    ],
  },
  {
    id: 'no-general-offline-right-found',
    statement: 'No general statutory right to a non-digital alternative was found; the Défenseur des droits asked for one.',
    tag: 'S',
    section: '5.2',
    sources: [
      'https://www.associationmodeemploi.fr/article/le-defenseur-des-droits-requiert-la-possibilite-d-une-alternative-aux-procedures-numeriques.68174',
      'https://www.actu-juridique.fr/administratif/service-public/le-principe-dacces-aux-teleservices-publics/',
    ],
  },
  // Project legal review of 7 December 2026 (docs/rights.md, « Révision juridique »).
  {
    id: 'ddd-interrupts-under-compulsory-mediation',
    statement:
      'For decisions subject to compulsory prior mediation (e.g. France Travail removal, loss of allowance, overpayments), referring to the mediator interrupts the court deadline (CJA L. 213-13) and a complaint to the Défenseur des droits has the same effect (L. 213-14).',
    tag: 'P',
    section: 'R2',
    sources: [
      'https://www.legifrance.gouv.fr/codes/section_lc/LEGITEXT000006070933/LEGISCTA000044557270',
      'https://www.legifrance.gouv.fr/codes/section_lc/LEGITEXT000006070933/LEGISCTA000045414686',
    ],
  },
  {
    id: 'publication-threshold-fte',
    statement: 'D. 312-1-4 sets the L. 312-1-3 threshold at 50 agents or employees in full-time equivalents; the 3,500-inhabitant exemption is written in L. 312-1-1 only.',
    tag: 'S',
    section: 'R3',
    sources: ['https://github.com/francois76/legifrance'],
  },
  {
    id: 'no-final-ai-act-authority',
    statement:
      'The CNIL is the personal-data authority; the French authority for AI Act art. 50 was not designated by a final law in the sources checked (February 2026: government amendments name the Arcom for art. 50 and the CNIL for art. 85 complaints).',
    tag: 'P',
    section: 'R6',
    sources: ['https://www.senat.fr/amendements/2025-2026/348/Amdt_439.html', 'https://www.senat.fr/enseance/2025-2026/348/Amdt_442.html'],
  },
  {
    id: 'implicit-rejection-court-deadline',
    statement:
      'After an implicit rejection, the two months to go to court run from the day it arises (CJA R. 421-2), and only if the acknowledgement of receipt stated the routes and deadlines (CRPA L. 112-3, L. 112-6).',
    tag: 'P',
    section: 'R7',
    sources: ['https://www.conseil-etat.fr/fr/arianeweb/CE/analyse/2024-03-11/488227', 'https://www.doctrine.fr/l/texts/codes/LEGITEXT000006070933/articles/LEGIARTI000006449943'],
  },
  {
    id: 'cada-silence-confirms-refusal',
    statement:
      'Two months of silence after the CADA registered the request confirm the refusal (CRPA R.* 343-4, R. 343-5); the court must then be seized within two months.',
    tag: 'P',
    section: 'R8',
    sources: ['https://senat.fr/questions/base/2025/qSEQ250203135.html', 'https://www.conseil-etat.fr/fr/arianeweb/CE/analyse/2024-03-11/488227'],
  },
  {
    id: 'cada-takes-longer-than-a-month',
    statement: 'The CADA took 52 days on average in 2023 (59 in 2022), beyond its one month, according to its activity report as quoted by the Senate.',
    tag: 'P',
    section: 'R8',
    sources: ['https://senat.fr/questions/base/2025/qSEQ250203135.html'],
  },
  {
    id: 'mention-required-since-2017',
    statement:
      'The mention has been required since décret 2017-330 came into force on 1 September 2017; 1 July 2020 is when a fully automated decision without it became void.',
    tag: 'P',
    section: 'R9',
    sources: [ETALAB_MENTION, A11502],
  },
  {
    id: 'msa-mediator-suspends-deadlines',
    statement: 'Referral to the MSA mediator suspends the court deadlines (code rural L. 723-34-1): they stop during the mediation and then resume.',
    tag: 'P',
    section: 'R10',
    sources: ['https://www.legifrance.gouv.fr/affichTexteArticle.do?cidTexte=JORFTEXT000037307624&idArticle=LEGIARTI000037309103&dateTexte=20180812'],
  },
] as const satisfies readonly Fact[];

export type FactId = (typeof FACT_LIST)[number]['id'];

export const FACTS = Object.fromEntries(FACT_LIST.map((f) => [f.id, f])) as unknown as Readonly<Record<FactId, Fact>>;

export const FACT_IDS: readonly FactId[] = FACT_LIST.map((f) => f.id);

export function getFact(id: FactId): Fact {
  return FACTS[id];
}
