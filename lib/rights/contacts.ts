import { z } from 'zod';
import type { BasisId } from './legal-bases';
import type { FactId } from './facts';
import { contactSchema, omissionSchema, sectorSchema, type Contact, type Omission, type Sector } from './schema';

/*
 * Who to turn to: national bodies, the "yours" routes (the author of the decision, its DPO, the
 * court), and the mediator and compulsory prior appeal of the body that runs the site.
 *
 * Every field comes from /work/shared/legal/recourse.json (checked 26 November 2026). A field that
 * recourse.json lists in `unverified_fields` is dropped and recorded in `omitted`, with the
 * recourse.json note verbatim, so tests/unit/rights-contacts.test.ts can check, entry by entry,
 * that nothing unverified is shown. `omitted` stays out of the `Contact` objects the popup gets
 * (CONTACT_OMISSIONS holds it): a note can quote the unverified value itself. Phone numbers recourse.json did not check (CAF 3230,
 * Assurance Maladie 3646, CADA) are not here at all.
 */

const CHECKED_ON = '2026-12-07';

const CONTACT_LIST = [
  {
    id: 'defenseur-des-droits',
    recourseId: 'defenseur_des_droits',
    name: { fr: 'Défenseur des droits', en: 'Défenseur des droits (the French rights ombudsman)' },
    role: {
      fr: 'Autorité indépendante. Elle défend gratuitement les usagers face aux administrations et aux services publics, et les personnes discriminées.',
      en: 'Independent authority. It defends, for free, users of administrations and public services, and people facing discrimination.',
    },
    whenToUse: {
      fr: 'Après une première démarche restée sans réponse ou sans solution auprès de l’administration : blocage, erreur, absence de réponse, discrimination, pas d’autre moyen que le numérique. En général, la saisir n’arrête pas les délais pour aller au tribunal. Exception : pour une décision soumise à une médiation préalable obligatoire (par exemple une radiation, une suppression d’allocation ou un trop-perçu de France Travail), la saisir interrompt ce délai, comme saisir le médiateur.',
      en: 'After a first attempt with the administration that got no answer or no solution: blocked file, error, no answer, discrimination, no way other than online. In general, contacting it does not stop the deadlines for going to court. Exception: for a decision subject to compulsory prior mediation (for example a removal from the jobseekers’ list, a loss of allowance or an overpayment at France Travail), contacting it interrupts that deadline, as going to the mediator does.',
    },
    scope: 'national',
    phone: '09 69 39 00 00',
    web: 'https://formulaire.defenseurdesdroits.fr/',
    postal: 'Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07',
    postalHint: { fr: 'Gratuit : ne mettez pas de timbre.', en: 'Free: no stamp needed.' },
    omitted: [
      { note: 'opening hours of the phone line (sources conflict: 8h-20h vs 9h-18h) — do not display hours' },
    ],
    facts: ['ddd-defends-public-service-users', 'ddd-does-not-suspend-deadlines', 'ddd-interrupts-under-compulsory-mediation'],
    basis: ['cja-l213-13', 'cja-l213-14'],
    sources: [
      'https://www.defenseurdesdroits.fr/fr/saisir-le-defenseur-des-droits',
      'https://defenseurdesdroits.fr/fr/obtenir-de-laide',
      'https://www.defenseurdesdroits.fr/fr/a-la-une/2020/03/covid-19-les-equipes-du-defenseur-des-droits-restent-joignables',
      'https://cdad-manche.fr/delegues_du_defenseur_des_droits.php',
    ],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'defenseur-des-droits-delegues',
    recourseId: 'defenseur_des_droits_delegues',
    name: { fr: 'Délégués du Défenseur des droits', en: 'Local delegates of the Défenseur des droits' },
    role: {
      fr: 'Bénévoles du Défenseur des droits, près de chez vous. Ils vous reçoivent gratuitement, vous écoutent, vous orientent et cherchent une solution amiable avec l’administration.',
      en: 'Volunteers of the Défenseur des droits, near you. They see you for free, listen, guide you and look for an amicable solution with the administration.',
    },
    whenToUse: {
      fr: 'Quand vous préférez un rendez-vous en personne (préfecture, point justice, mairie…) pour un problème avec un service public ou une discrimination.',
      en: 'When you prefer to meet someone in person (prefecture, legal help point, town hall…) about a problem with a public service or discrimination.',
    },
    scope: 'local',
    web: 'https://www.defenseurdesdroits.fr/carte-des-delegues',
    facts: ['ddd-defends-public-service-users'],
    sources: ['https://defenseurdesdroits.fr/node/213'],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'cada',
    recourseId: 'cada',
    name: {
      fr: 'Commission d’accès aux documents administratifs (CADA)',
      en: 'Commission for access to administrative documents (CADA)',
    },
    role: {
      fr: 'Autorité indépendante. Elle donne un avis quand l’administration refuse de communiquer un document, y compris les règles d’un algorithme. Il faut passer par elle avant le tribunal administratif.',
      en: 'Independent authority. It gives an opinion when the administration refuses to give a document, including the rules of an algorithm. You must go through it before the administrative court.',
    },
    whenToUse: {
      fr: 'Dans les 2 mois après un refus écrit, ou après 1 mois sans réponse de l’administration. Joignez une copie de votre demande et du refus.',
      en: 'Within 2 months of a written refusal, or after 1 month without an answer from the administration. Attach a copy of your request and of the refusal.',
    },
    scope: 'national',
    // The referral form's address was not confirmed on cada.fr: link the official "when and how" page instead.
    web: 'https://cada.fr/particulier/quand-et-comment-saisir-la-cada',
    email: 'cada@cada.fr',
    postal: "Commission d'accès aux documents administratifs, TSA 50730, 75334 PARIS CEDEX 07",
    omitted: [
      { note: "phone 01 42 75 79 99 found only on a non-official site ('susceptible de changer') — omitted" },
      {
        dropped: 'web',
        note: 'online form URL seen in third-party repos (one claims a curl check on 10/08/2026), not on cada.fr itself in this research',
      },
    ],
    facts: ['cada-compulsory-before-court', 'cada-how-to-refer', 'cada-avis-one-month-not-binding'],
    sources: [
      'https://cada.fr/particulier/quand-et-comment-saisir-la-cada',
      'https://cada.fr/particulier/les-suites-dun-avis',
      'https://www.cada.fr/quand-et-comment-saisir,6131.html',
      'https://www.guidedroitshomme.fr/themes/freedom-of-expression-media/access-to-information/how-to-complain',
      'https://www.service-public.fr/particuliers/actualites/A11502',
    ],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'cnil',
    recourseId: 'cnil',
    name: {
      fr: 'Commission nationale de l’informatique et des libertés (CNIL)',
      en: 'CNIL (the French data protection authority)',
    },
    role: {
      fr: 'Autorité de protection des données personnelles. Elle traite les plaintes sur l’usage de vos données, y compris les décisions automatisées et le profilage.',
      en: 'Data protection authority. It handles complaints about the use of your data, including automated decisions and profiling.',
    },
    whenToUse: {
      fr: 'Après avoir d’abord écrit à l’organisme ou à son délégué à la protection des données, sans réponse en un mois ou avec une réponse qui ne vous satisfait pas. Pour vos données personnelles, y compris une décision automatisée, c’est la CNIL. Elle n’accorde pas de dommages et intérêts. L’autorité chargée de l’obligation de dire qu’on parle à une IA n’était pas encore fixée par une loi définitive dans les sources vérifiées (février 2026).',
      en: 'After first writing to the organisation or its data protection officer, with no answer within a month or an unsatisfactory one. For your personal data, automated decisions included, turn to the CNIL. It does not award damages. The authority in charge of the duty to say that you are talking to an AI was not yet set by a final law in the sources checked (February 2026).',
    },
    scope: 'national',
    phone: '01 53 73 22 22',
    postal: 'CNIL, 3 Place de Fontenoy, TSA 80715, 75334 PARIS CEDEX 07',
    omitted: [
      {
        dropped: 'web',
        note: 'exact complaint URL path (archived page is cnil.fr/adresser-une-plainte; contact form https://www.cnil.fr/fr/vous-souhaitez-contacter-la-cnil is used in Ministry texts)',
      },
    ],
    facts: ['cnil-complaint-after-organisation', 'no-final-ai-act-authority'],
    sources: ['https://cnil.fr/adresser-une-plainte', 'https://cnil.fr/fr/node/166989', 'https://www.cnil.fr/vos-droits/la-cnil-a-vos-cotes/', 'https://www.dpo-partage.fr/comment-joindre-la-cnil/'],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'dpo-administration',
    recourseId: 'dpo_administration',
    name: {
      fr: 'Délégué à la protection des données (DPO) de l’administration',
      en: 'Data protection officer (DPO) of the administration',
    },
    role: {
      fr: 'La personne chargée des données personnelles dans chaque administration. Elle répond aux demandes d’accès à vos données et d’explication d’une décision automatisée.',
      en: 'The person in charge of personal data in each administration. They answer requests for access to your data and for the explanation of an automated decision.',
    },
    whenToUse: {
      fr: 'Pour obtenir vos données et la logique d’une décision automatisée. Réponse sous un mois, ou trois mois si la demande est complexe. Ses coordonnées sont sur la page « Données personnelles » ou « Mentions légales » du site, ou sur la décision.',
      en: 'To obtain your data and the logic of an automated decision. Answer within one month, or three months if the request is complex. Their contact details are on the site’s “Données personnelles” or “Mentions légales” page, or on the decision.',
    },
    scope: 'local',
    facts: ['gdpr-answer-one-month', 'dpo-on-privacy-page'],
    sources: ['https://cnil.fr/adresser-une-plainte', 'https://github.com/betagouv/aplypro/blob/HEAD/lib/generator/attributor.rb'],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'administration-auteur',
    recourseId: 'administration_auteur',
    name: { fr: 'Le service qui a pris la décision', en: 'The office that took the decision' },
    role: {
      fr: 'Il doit vous expliquer, sur demande et avec des mots clairs, comment l’algorithme a été utilisé pour votre décision.',
      en: 'On request, it must explain in clear words how the algorithm was used for your decision.',
    },
    whenToUse: {
      fr: 'Dès que vous recevez une décision prise, même en partie, avec un algorithme. Demande écrite, de préférence avec accusé de réception. Sans réponse en un mois, c’est un refus : vous pouvez alors saisir la CADA dans les deux mois.',
      en: 'As soon as you receive a decision taken, even partly, with an algorithm. Ask in writing, preferably with acknowledgment of receipt. No answer within a month means refusal: you can then go to the CADA within two months.',
    },
    scope: 'local',
    facts: ['rules-four-items', 'rules-request-silence-one-month'],
    sources: [
      'https://www.service-public.fr/particuliers/actualites/A11502',
      'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000034194929',
      'https://github.com/etalab/guides.etalab.gouv.fr/blob/HEAD/algorithmes/4-mention.md',
    ],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'recours-administratif',
    recourseId: 'recours_gracieux_hierarchique',
    name: { fr: 'Recours administratif (gracieux ou hiérarchique)', en: 'Administrative appeal (to the author or to their superior)' },
    role: {
      fr: 'Vous demandez à l’auteur de la décision (recours gracieux) ou à son supérieur (recours hiérarchique) de la revoir. Pour une décision prise par un ordinateur seul, l’algorithme ne peut pas trancher seul ce recours.',
      en: 'You ask the author of the decision (recours gracieux) or their superior (recours hiérarchique) to review it. For a decision taken by a computer alone, the algorithm cannot settle this appeal alone.',
    },
    whenToUse: {
      fr: 'Dans les 2 mois après avoir reçu la décision : cela arrête le délai pour aller au tribunal. Sans réponse en 2 mois, c’est un refus. Regardez sur la décision si un recours préalable obligatoire (RAPO) ou une médiation obligatoire est prévu.',
      en: 'Within 2 months of receiving the decision: this stops the deadline for going to court. No answer within 2 months means refusal. Check on the decision whether a compulsory prior appeal (RAPO) or compulsory mediation applies.',
    },
    scope: 'local',
    facts: ['administrative-appeal-free', 'administrative-appeal-interrupts', 'appeal-silence-two-months-rejection', 'appeal-not-decided-by-algorithm-alone'],
    sources: [
      'https://lesauthieux.evreuxportesdenormandie.fr/1077-pratique.htm?idtf=1077&xml=F2474.xml&xsl=VDD10.xsl',
      'https://robiquetavocat.fr/?p=1306',
      'https://quechoisir.org/lettre-type-administration-recours-gracieux-n1113',
      'https://linformaticien.com/magazine/tendances/54917-24le-conseil-constitutionnel-encadre-l-usage-des-algorithmes-dans-l-039-administration.html',
    ],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'tribunal-administratif',
    recourseId: 'tribunal_administratif',
    name: { fr: 'Tribunal administratif (Télérecours citoyens)', en: 'Administrative court (Télérecours citoyens)' },
    role: {
      fr: 'Le juge des décisions des administrations. Il peut annuler une décision illégale.',
      en: 'The judge of the administrations’ decisions. It can cancel an unlawful decision.',
    },
    whenToUse: {
      fr: 'Dans les 2 mois après la décision ou après le rejet de votre recours administratif. Ce délai compte seulement si la décision indique les recours et leurs délais ; sinon, en principe, un délai raisonnable d’un an. Gratuit. En ligne avec Télérecours citoyens, ou par courrier, ou au greffe. Pour les prestations familiales de la CAF et l’assurance maladie, c’est en général le pôle social du tribunal judiciaire, après la commission de recours amiable.',
      en: 'Within 2 months of the decision or of the rejection of your administrative appeal. This deadline runs only if the decision states the routes of appeal and their deadlines; otherwise, in principle, a reasonable time of one year. Free. Online with Télérecours citoyens, by post, or at the court office. For CAF family benefits and health insurance, it is usually the social division of the judicial court, after the amicable appeals board.',
    },
    scope: 'local',
    web: 'https://citoyens.telerecours.fr',
    facts: ['court-two-months-if-stated', 'telerecours-citoyens', 'compulsory-prior-appeal-stated'],
    sources: [
      'https://mvs-avocats.com/2019/12/09/comment-saisir-la-juridiction-administrative/',
      'https://halpern-avocat.com/2023/07/11/une-personne-physique-peut-saisir-la-juridiction-administrative-par-courrier-electronique-des-lors-quil-regularise-son-envoi-notamment-par-lapplication-telerecours-citoyen-2023',
      'https://le-creusot.fr/vos-demarches-en-ligne?xml=F2026',
    ],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'france-services',
    recourseId: 'france_services',
    name: { fr: 'France Services', en: 'France Services (local public-service desks)' },
    role: {
      fr: 'Environ 2 800 guichets près de chez vous. Au moins deux conseillers formés vous aident gratuitement pour vos démarches : CAF, France Travail, impôts, Assurance maladie, retraite, MSA, titres (ANTS), La Poste…',
      en: 'About 2,800 desks near you. At least two trained advisers help you for free with your procedures: CAF, France Travail, taxes, health insurance, pension, MSA, ID documents (ANTS), La Poste…',
    },
    whenToUse: {
      fr: 'Pour être aidé en personne : comprendre une décision, faire une réclamation, un recours ou une demande des règles d’un algorithme. Ou quand la démarche en ligne ou le chatbot ne suffit pas.',
      en: 'To get help in person: understand a decision, make a complaint, an appeal or a request for an algorithm’s rules. Or when the online procedure or the chatbot is not enough.',
    },
    scope: 'local',
    web: 'https://www.france-services.gouv.fr/',
    omitted: [{ note: 'deep link to the locator map' }],
    facts: ['france-services-in-person-help'],
    sources: ['https://france-services.gouv.fr/actualites/experimentation-dun-modele-dassistance-france-services-IA'],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'caf-mediateur',
    recourseId: 'caf_mediateur',
    name: { fr: 'Médiateur administratif de la Caf', en: 'Administrative mediator of the CAF (family benefits office)' },
    role: {
      fr: 'Médiateur interne et impartial de chaque Caf. Il aide à débloquer un dossier après une réclamation qui n’a pas abouti.',
      en: 'Internal, impartial mediator of each CAF. They help unblock a file after a complaint that went nowhere.',
    },
    whenToUse: {
      fr: 'Après une réclamation à la Caf sans réponse ou sans solution, et tant que vous n’êtes pas allé au tribunal. Pour contester une décision : commission de recours amiable (CRA) dans les 2 mois ; pour le RSA, recours auprès du président du conseil départemental.',
      en: 'After a complaint to the CAF with no answer or no solution, and as long as you have not gone to court. To contest a decision: amicable appeals board (CRA) within 2 months; for the RSA, appeal to the president of the departmental council.',
    },
    scope: 'local',
    web: 'https://www.caf.fr/',
    webHint: { fr: 'Mon compte > Nous contacter, message au médiateur', en: 'My account > Contact us, message to the mediator' },
    postalHint: {
      fr: 'À l’attention du médiateur administratif, à l’adresse de votre Caf',
      en: 'For the attention of the administrative mediator, at your CAF’s address',
    },
    omitted: [{ note: 'CAF national phone number (3230) not checked in this research — omitted' }],
    facts: ['caf-mediator', 'caf-cra-two-months'],
    sources: [
      'https://caf.fr/allocataires/actualites/la-caf-et-vous/comment-saisir-le-mediateur-administratif',
      'https://murs-erigne.fr/service-public/particuliers/?xml=F20841',
      'https://ash.tm.fr/numeros-juridiques/2725/les-controles-et-le-contentieux/le-contentieux/le-recours-administratif-prealable-505722.php',
    ],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'france-travail-mediateur',
    recourseId: 'france_travail_mediateur',
    name: { fr: 'Médiateur régional de France Travail', en: 'Regional mediator of France Travail (employment agency)' },
    role: {
      fr: 'Médiateur indépendant. Il cherche une solution amiable entre vous et France Travail : indemnisation, radiation, sanction, trop-perçu.',
      en: 'Independent mediator. They look for an amicable solution between you and France Travail: benefits, removal from the register, sanction, overpayment.',
    },
    whenToUse: {
      fr: 'Après une réclamation à votre agence (« Mes échanges avec France Travail » ou courrier) sans réponse satisfaisante. Pour certaines décisions, la médiation est obligatoire avant le juge : la notification le dit.',
      en: 'After a complaint to your agency (“Mes échanges avec France Travail” or by post) without a satisfactory answer. For some decisions, mediation is compulsory before going to court: the notification says so.',
    },
    scope: 'local',
    web: 'https://francetravail.fr/candidat/vos-droits-et-demarches/reclamations/comment-contester-une-decision-d.html',
    omitted: [{ note: 'direct URL of the list of regional mediators not captured' }],
    facts: ['france-travail-prior-mediation'],
    sources: [
      'https://francetravail.fr/candidat/vos-droits-et-demarches/reclamations/comment-contester-une-decision-d.html',
      'https://unsa-fessad.org/mediateur-de-france-travail-comment-y-recourir',
      'https://www.mes-allocs.fr/guides/chomage/service-contentieux-pole-emploi',
    ],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'assurance-maladie-mediateur',
    recourseId: 'assurance_maladie_mediateur',
    name: { fr: 'Médiateur de votre caisse d’assurance maladie (CPAM)', en: 'Mediator of your health insurance fund (CPAM)' },
    role: {
      fr: 'Médiateur de chaque caisse. Il propose une solution amiable après une réclamation qui n’a pas abouti. Pendant la médiation, le délai pour contester la décision est suspendu.',
      en: 'Mediator of each fund. They propose an amicable solution after a complaint that went nowhere. During mediation, the deadline to contest the decision is suspended.',
    },
    whenToUse: {
      fr: 'Après une réclamation à la CPAM qui n’a pas abouti (ou directement en cas de refus de soins). Pour contester une décision administrative : commission de recours amiable (CRA) ; décision médicale : CMRA.',
      en: 'After a complaint to the CPAM that went nowhere (or directly if care was refused). To contest an administrative decision: amicable appeals board (CRA); a medical decision: CMRA.',
    },
    scope: 'local',
    web: 'https://www.ameli.fr/assure/droits-demarches/reclamation-mediation-voies-de-recours/saisir-mediateur',
    postalHint: { fr: 'Courrier au médiateur, à l’adresse de votre CPAM', en: 'Letter to the mediator, at your CPAM’s address' },
    omitted: [{ note: 'Assurance Maladie phone number (3646) not checked in this research — omitted' }],
    facts: ['cpam-mediator-suspends'],
    sources: ['https://www.ameli.fr/assure/droits-demarches/reclamation-mediation-voies-de-recours/saisir-mediateur'],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'conciliateur-fiscal',
    recourseId: 'conciliateur_fiscal',
    name: { fr: 'Conciliateur fiscal départemental', en: 'Departmental tax conciliator' },
    role: {
      fr: 'Premier recours amiable contre une décision de l’administration fiscale (hors contrôle fiscal en cours).',
      en: 'First amicable appeal against a decision of the tax administration (except during a tax audit).',
    },
    whenToUse: {
      fr: 'Après une réclamation rejetée par votre centre des finances publiques, avant le médiateur des ministères économiques et financiers.',
      en: 'After a complaint rejected by your public finance centre, before the mediator of the economic and financial ministries.',
    },
    scope: 'local',
    web: 'https://www.impots.gouv.fr/',
    webHint: { fr: 'contact > réclamation auprès du conciliateur fiscal', en: 'contact > complaint to the tax conciliator' },
    omitted: [{ note: 'deep link to the conciliator page not captured' }],
    facts: ['tax-mediation-route'],
    sources: ['https://www.economie.gouv.fr/cedef/litige-ministere-economie-finances'],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'mediateur-bercy',
    recourseId: 'mediateur_bercy',
    name: { fr: 'Médiateur des ministères économiques et financiers', en: 'Mediator of the economic and financial ministries' },
    role: {
      fr: 'Médiateur pour les litiges qui durent avec les services de Bercy (impôts, amendes, douanes…). Gratuit et confidentiel.',
      en: 'Mediator for lasting disputes with the services of the finance ministry (taxes, fines, customs…). Free and confidential.',
    },
    whenToUse: {
      fr: 'Après une première démarche rejetée par le service concerné (et, pour les impôts, par le conciliateur fiscal). Cela ne dispense pas de payer et n’arrête pas les délais de réclamation ou de recours au juge.',
      en: 'After a first attempt rejected by the office concerned (and, for taxes, by the tax conciliator). It does not exempt you from paying and does not stop the deadlines for complaints or court.',
    },
    scope: 'national',
    web: 'https://www.economie.gouv.fr/mediateur',
    postal: 'Médiateur des ministères économiques et financiers, BP 60153, 14010 CAEN CEDEX 1',
    facts: ['tax-mediation-route'],
    sources: [
      'https://www.economie.gouv.fr/mediateur/questions-frequentes',
      'https://impots.gouv.fr/professionnel/les-mediateurs',
      'https://www.impots.gouv.fr/portail/particulier/le-mediateur-du-ministere',
    ],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'msa-mediateur',
    recourseId: 'msa_mediateur',
    name: { fr: 'Médiateur de la MSA', en: 'Mediator of the MSA (farmers’ social security)' },
    role: {
      fr: 'Médiateur national indépendant pour les litiges entre les assurés du régime agricole et leur caisse MSA.',
      en: 'Independent national mediator for disputes between people insured under the farming scheme and their MSA fund.',
    },
    whenToUse: {
      fr: 'Seulement après une décision de la commission de recours amiable (CRA) de la MSA. La saisir suspend les délais pour aller au tribunal : ils s’arrêtent pendant la médiation, puis reprennent pour le temps qui restait.',
      en: 'Only after a decision of the MSA amicable appeals board (CRA). Contacting the mediator suspends the deadlines for going to court: they stop during the mediation, then resume for the time that was left.',
    },
    scope: 'national',
    web: 'https://www.msa.fr/',
    webHint: { fr: 'page « le médiateur de la MSA », formulaire en ligne', en: '“le médiateur de la MSA” page, online form' },
    omitted: [
      { dropped: 'postal', note: 'postal address dates from a 2019 article' },
      { note: 'deep link to the online form' },
    ],
    facts: ['msa-mediator-after-cra', 'msa-mediator-suspends-deadlines'],
    basis: ['code-rural-l723-34-1'],
    sources: [
      'https://www.lafranceagricole.fr/msa-mutualite-sociale-agricole/article/774880/553-rclamations-transmises-au-mdiateur-en-2018',
      'https://bourgogne.msa.fr/lfp/le-mediateur-de-la-msa',
    ],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'mediateur-education',
    recourseId: 'mediateur_education',
    name: {
      fr: 'Médiateur académique ou médiateur de l’éducation nationale et de l’enseignement supérieur',
      en: 'Academic mediator or mediator of national education and higher education',
    },
    role: {
      fr: 'Cherche une solution amiable aux litiges avec un établissement, un rectorat ou l’administration de l’éducation : inscription, Affelnet, Parcoursup, bourses, examens.',
      en: 'Looks for an amicable solution to disputes with a school or university, a rectorate or the education administration: enrolment, Affelnet, Parcoursup, grants, exams.',
    },
    whenToUse: {
      fr: 'Après une première démarche auprès de l’établissement ou du service. Attention : cette médiation n’arrête pas les délais pour aller au tribunal. Pour Parcoursup, demandez d’abord les motifs du refus dans le mois.',
      en: 'After a first attempt with the school or office. Careful: this mediation does not stop the deadlines for going to court. For Parcoursup, first ask for the reasons of the refusal within one month.',
    },
    scope: 'national',
    web: 'https://www.education.gouv.fr/formulaire-de-saisine-du-mediateur-cgu-conditions-generales-d-utilisation-du-service-289560',
    webHint: {
      fr: 'page des conditions d’utilisation du formulaire de saisine en ligne du médiateur',
      en: 'terms-of-use page of the mediator’s online referral form',
    },
    omitted: [{ note: 'current URL of the online referral form' }],
    facts: ['education-mediator', 'parcoursup-reasons-one-month'],
    sources: [
      'https://www.education.gouv.fr/formulaire-de-saisine-du-mediateur-cgu-conditions-generales-d-utilisation-du-service-289560',
      'https://www.enseignementsup-recherche.gouv.fr/cid20304/la-mediatrice-men-s.html',
      'https://www.josselin.com/mes-demarches-en-ligne/?xml=F1897',
      'https://hild-avocat.fr/?p=1422',
    ],
    checkedOn: CHECKED_ON,
  },
] as const satisfies readonly (z.input<typeof contactSchema> & { facts?: readonly FactId[]; basis?: readonly BasisId[]; omitted?: readonly Omission[] })[];

/**
 * recourse.json entries deliberately not turned into a contact, and why. Tests check that every
 * recourse.json entry is either a contact or listed here.
 */
export const EXCLUDED_RECOURSE_ENTRIES = [
  {
    recourseId: 'ai_act_complaint_authority',
    reason:
      'Not designated by a final law in the sources checked (February 2026: government amendments to the Senate bill name the Arcom for art. 50 and the CNIL for art. 85 complaints; docs/rights.md R6). The CNIL contact says the CNIL is the authority for personal data and that the AI authority is not yet set.',
  },
] as const;

export type ContactId = (typeof CONTACT_LIST)[number]['id'];

/** Validated once at load: a bad edit fails at once instead of showing a broken card. Parsing drops `omitted`. */
export const CONTACTS: readonly Contact[] = z.array(contactSchema).parse(CONTACT_LIST);

/** For reviewers and tests only, never for display: what recourse.json marks unverified, per contact. */
export const CONTACT_OMISSIONS: Readonly<Record<ContactId, readonly Omission[]>> = Object.fromEntries(
  CONTACT_LIST.map((c) => [c.id, z.array(omissionSchema).parse('omitted' in c ? c.omitted : [])]),
) as unknown as Record<ContactId, readonly Omission[]>;

const BY_ID = new Map(CONTACTS.map((c) => [c.id, c]));

export function getContact(id: ContactId): Contact {
  const contact = BY_ID.get(id);
  if (!contact) throw new Error(`unknown contact ${id}`);
  return contact;
}

/** Shown on every page, whatever the site: the bodies anyone can turn to. */
export const NATIONAL_CONTACT_IDS = [
  'defenseur-des-droits',
  'defenseur-des-droits-delegues',
  'cada',
  'cnil',
  'france-services',
  'tribunal-administratif',
] as const satisfies readonly ContactId[];

const SECTOR_LIST = [
  {
    id: 'caf',
    name: { fr: 'Caf (allocations familiales)', en: 'CAF (family benefits office)' },
    domains: ['caf.fr'],
    contacts: ['caf-mediateur'],
    steps: {
      fr: [
        'Pour contester une décision de la Caf, écrivez d’abord à sa commission de recours amiable (CRA), dans les 2 mois.',
        'Pour le RSA, le recours va au président du conseil départemental, dans les 2 mois.',
        'Après une réclamation sans solution, vous pouvez aussi écrire au médiateur administratif de votre Caf.',
        'La médiation s’arrête si vous allez au tribunal.',
      ],
      en: [
        'To contest a CAF decision, first write to its amicable appeals board (CRA), within 2 months.',
        'For the RSA, the appeal goes to the president of the departmental council, within 2 months.',
        'After a complaint without a solution, you can also write to your CAF’s administrative mediator.',
        'Mediation ends if you go to court.',
      ],
    },
    facts: ['caf-mediator', 'caf-cra-two-months'],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'assurance-maladie',
    name: { fr: 'Assurance maladie (ameli)', en: 'Assurance Maladie (health insurance, ameli)' },
    domains: ['ameli.fr'],
    contacts: ['assurance-maladie-mediateur'],
    steps: {
      fr: [
        'Pour contester une décision administrative, écrivez à la commission de recours amiable (CRA) de votre caisse.',
        'Pour une décision médicale, c’est la commission médicale de recours amiable (CMRA).',
        'Après une réclamation sans solution, vous pouvez saisir le médiateur de votre caisse, depuis votre compte ameli ou par courrier.',
        'Pendant la médiation, le délai pour contester la décision est suspendu.',
      ],
      en: [
        'To contest an administrative decision, write to your fund’s amicable appeals board (CRA).',
        'For a medical decision, it is the medical amicable appeals board (CMRA).',
        'After a complaint without a solution, you can go to your fund’s mediator, from your ameli account or by post.',
        'During mediation, the deadline to contest the decision is suspended.',
      ],
    },
    facts: ['cpam-mediator-suspends'],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'france-travail',
    name: { fr: 'France Travail', en: 'France Travail (employment agency)' },
    domains: ['francetravail.fr', 'pole-emploi.fr'],
    contacts: ['france-travail-mediateur'],
    steps: {
      fr: [
        'Faites d’abord une réclamation à votre agence, dans « Mes échanges avec France Travail » ou par courrier.',
        'Ensuite, vous pouvez écrire au médiateur régional.',
        'Pour certaines décisions, la médiation est obligatoire avant le tribunal : sanction, radiation, certaines allocations, trop-perçu.',
        'La notification de la décision dit si c’est le cas.',
      ],
      en: [
        'First make a complaint to your agency, in “Mes échanges avec France Travail” or by post.',
        'Then you can write to the regional mediator.',
        'For some decisions, mediation is compulsory before court: sanction, removal from the register, some allowances, overpayment.',
        'The notification of the decision says whether this applies.',
      ],
    },
    facts: ['france-travail-prior-mediation'],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'dgfip',
    name: { fr: 'Impôts (DGFiP)', en: 'Taxes (DGFiP)' },
    domains: ['impots.gouv.fr'],
    contacts: ['conciliateur-fiscal', 'mediateur-bercy'],
    steps: {
      fr: [
        'Faites d’abord une réclamation à votre centre des finances publiques.',
        'Si elle est rejetée, écrivez au conciliateur fiscal de votre département.',
        'Ensuite, vous pouvez saisir le médiateur des ministères économiques et financiers. C’est gratuit.',
        'Le médiateur ne vous dispense pas de payer et n’arrête pas les délais.',
      ],
      en: [
        'First make a complaint to your public finance centre.',
        'If it is rejected, write to your department’s tax conciliator.',
        'Then you can go to the mediator of the economic and financial ministries. It is free.',
        'The mediator does not exempt you from paying and does not stop the deadlines.',
      ],
    },
    facts: ['tax-mediation-route'],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'msa',
    name: { fr: 'MSA (Mutualité sociale agricole)', en: 'MSA (farmers’ social security)' },
    domains: ['msa.fr'],
    contacts: ['msa-mediateur'],
    steps: {
      fr: [
        'Pour contester une décision de la MSA, écrivez d’abord à sa commission de recours amiable (CRA).',
        'Après la décision de la CRA, vous pouvez saisir le médiateur de la MSA.',
        'Saisir le médiateur suspend les délais pour aller au tribunal : ils reprennent après la médiation pour le temps qui restait.',
      ],
      en: [
        'To contest an MSA decision, first write to its amicable appeals board (CRA).',
        'After the CRA’s decision, you can go to the MSA mediator.',
        'Going to the mediator suspends the deadlines for going to court: they resume after the mediation for the time that was left.',
      ],
    },
    facts: ['msa-mediator-after-cra'],
    checkedOn: CHECKED_ON,
  },
  // No mediator or prior-appeal route for these two was verified in the research: national bodies only.
  {
    id: 'assurance-retraite',
    name: { fr: 'Assurance retraite', en: 'Assurance retraite (state pension)' },
    domains: ['lassuranceretraite.fr', 'cnav.fr'],
    contacts: [],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'urssaf',
    name: { fr: 'Urssaf', en: 'URSSAF (social contributions)' },
    domains: ['urssaf.fr'],
    contacts: [],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'parcoursup',
    name: { fr: 'Parcoursup', en: 'Parcoursup (higher-education admission)' },
    domains: ['parcoursup.fr', 'parcoursup.gouv.fr'],
    contacts: ['mediateur-education'],
    steps: {
      fr: [
        'Après une réponse négative, demandez les motifs de la décision dans le délai d’un mois.',
        'Vous pouvez ensuite écrire au médiateur académique ou au médiateur national.',
        'La médiation n’arrête pas les délais pour aller au tribunal.',
      ],
      en: [
        'After a negative answer, ask for the reasons of the decision within one month.',
        'You can then write to the academic or national mediator.',
        'Mediation does not stop the deadlines for going to court.',
      ],
    },
    facts: ['parcoursup-reasons-one-month', 'education-mediator'],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'education',
    name: { fr: 'Éducation nationale et enseignement supérieur', en: 'National education and higher education' },
    domains: ['education.gouv.fr', 'enseignementsup-recherche.gouv.fr'],
    contacts: ['mediateur-education'],
    steps: {
      fr: [
        'Faites d’abord une démarche auprès de l’établissement ou du service.',
        'Ensuite, vous pouvez écrire au médiateur académique ou au médiateur national.',
        'La médiation n’arrête pas les délais pour aller au tribunal.',
      ],
      en: [
        'First contact the school, university or office.',
        'Then you can write to the academic or national mediator.',
        'Mediation does not stop the deadlines for going to court.',
      ],
    },
    facts: ['education-mediator'],
    checkedOn: CHECKED_ON,
  },
] as const satisfies readonly (z.input<typeof sectorSchema> & { contacts: readonly ContactId[]; facts?: readonly FactId[] })[];

export type SectorId = (typeof SECTOR_LIST)[number]['id'];

export const SECTORS: readonly Sector[] = z.array(sectorSchema).parse(SECTOR_LIST);

// Longest domain first, so a more specific domain wins if two ever nest.
const DOMAINS_BY_LENGTH = SECTORS.flatMap((s) => s.domains.map((domain) => ({ domain, sector: s }))).sort(
  (a, b) => b.domain.length - a.domain.length,
);

/**
 * Lower-case host of a host name or URL, without port, trailing dot or credentials.
 * Undefined for anything that is not an http(s) URL or a plain host name.
 */
export function normaliseHost(hostOrUrl: string): string | undefined {
  const input = hostOrUrl.trim();
  if (!input || input.length > 2048) return undefined;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(input) ? input : `https://${input}`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    const host = url.hostname.toLowerCase().replace(/\.$/, '');
    return host || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The sector of a site from its host: the host equals one of the sector's domains or is a
 * sub-domain of it (`wwwd.caf.fr` → CAF). `notcaf.fr` or `caf.fr.example.org` match nothing.
 */
export function sectorForHost(hostOrUrl: string): Sector | undefined {
  const host = normaliseHost(hostOrUrl);
  if (!host) return undefined;
  return DOMAINS_BY_LENGTH.find(({ domain }) => host === domain || host.endsWith(`.${domain}`))?.sector;
}

export interface PageContacts {
  /** The body running the site, when the host is known. */
  sector?: Sector;
  /** The sector's mediators, in order; empty for an unknown site or a sector with no verified contact. */
  sectorContacts: Contact[];
  /** The bodies anyone can turn to. */
  national: Contact[];
}

/** Contacts to show for a page: the sector route from its host, then the national bodies. */
export function contactsForHost(hostOrUrl: string): PageContacts {
  const sector = sectorForHost(hostOrUrl);
  return {
    ...(sector ? { sector } : {}),
    sectorContacts: (sector?.contacts ?? []).map((id) => getContact(id as ContactId)),
    national: NATIONAL_CONTACT_IDS.map(getContact),
  };
}
