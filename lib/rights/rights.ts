import { z } from 'zod';
import type { Finding, FindingKind, NoticeContext } from '../report/schema';
import type { ContactId } from './contacts';
import type { FactId } from './facts';
import type { BasisId } from './legal-bases';
import { rightSchema, type Right } from './schema';

/*
 * The rights Vigie explains, as reviewed data. Each one says when it applies (finding kind,
 * notice context, rule ids), explains itself in plain French and English (short sentences, one
 * idea each, every unavoidable term explained), and cites its legal basis and the facts of the
 * research it relies on (each tagged [P] or [S] in legal-facts.md, with sources).
 *
 * Writing rules (checked by tests/unit/rights-data.test.ts): no fact tagged [U] in the research;
 * no article, number, address or deadline that the research does not give; acronyms (CADA, CNIL,
 * RGPD, DPO, IA) spelled out in the right that uses them.
 */

const CHECKED_ON = '2026-12-07';

// Decision-notice rule ids (docs/decision-notices.md).
const CRPA_MENTION = 'crpa-algorithmic-decision-mention';
const AUTOMATED = 'automated-decision-notice';
const PARCOURSUP = 'parcoursup-examination-notice';
const RISK_SCORING = 'risk-scoring-notice';

/**
 * Parcoursup has its own regime (code de l'éducation L. 612-3): it deems the CRPA transparency
 * articles satisfied when candidates can obtain the criteria and reasons, so the CRPA rights are
 * not offered for it (legal-facts.md §1.6).
 */
const CRPA_RULES = [CRPA_MENTION, AUTOMATED, RISK_SCORING] as const;

interface RightData extends Omit<z.input<typeof rightSchema>, 'legalBasis' | 'facts' | 'contacts'> {
  legalBasis: readonly BasisId[];
  facts: readonly FactId[];
  contacts?: readonly ContactId[];
}

const RIGHT_LIST = [
  {
    id: 'algorithmic-decision-mention',
    appliesTo: [{ kind: 'decision-notice', contexts: ['decision'], ruleIds: [CRPA_MENTION, AUTOMATED] }],
    title: {
      fr: 'La décision doit dire qu’un algorithme a été utilisé',
      en: 'The decision must say that an algorithm was used',
    },
    explanation: {
      fr: [
        'Un algorithme est une suite de règles pour calculer un résultat.',
        'Ce peut être un logiciel, un tableur ou même une grille sur papier.',
        'Quand l’administration utilise un algorithme pour une décision sur vous, la décision doit le dire.',
        'Cette phrase s’appelle la « mention explicite ».',
        'C’est obligatoire même si un agent a pris la décision finale.',
        'La mention doit dire à quoi sert l’algorithme.',
        'Elle doit rappeler que vous pouvez demander ses règles.',
        'Elle doit dire comment les demander.',
        'Elle doit dire comment saisir la CADA si on ne vous répond pas.',
        'La CADA est la Commission d’accès aux documents administratifs.',
      ],
      en: [
        'An algorithm is a set of rules used to work out a result.',
        'It can be software, a spreadsheet or even a paper grid.',
        'When the administration uses an algorithm for a decision about you, the decision must say so.',
        'This sentence is called the “explicit mention”.',
        'It is compulsory even if an official took the final decision.',
        'The mention must say what the algorithm is for.',
        'It must remind you that you can ask for its rules.',
        'It must say how to ask for them.',
        'It must say how to turn to the CADA if you get no answer.',
        'The CADA is the Commission for access to administrative documents.',
      ],
    },
    legalBasis: ['crpa-l311-3-1', 'crpa-r311-3-1-1'],
    facts: ['crpa-mention-and-rules-on-request', 'crpa-any-degree-of-automation', 'algorithm-broad-definition', 'mention-four-elements'],
    contacts: ['administration-auteur'],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'algorithm-rules-on-request',
    appliesTo: [{ kind: 'decision-notice', ruleIds: CRPA_RULES }],
    title: {
      fr: 'Demander les règles de l’algorithme et comment il a été appliqué à votre dossier',
      en: 'Ask for the algorithm’s rules and how they were applied to your file',
    },
    explanation: {
      fr: [
        'Vous pouvez demander à l’administration les règles de l’algorithme.',
        'Vous pouvez aussi demander comment il a été utilisé pour votre dossier.',
        'L’administration doit alors vous donner 4 informations, avec des mots que vous pouvez comprendre.',
        '1. La place de l’algorithme dans la décision, et comment il y a contribué.',
        '2. Les données utilisées, et d’où elles viennent.',
        '3. Les critères appliqués à votre situation, et leur poids.',
        '4. Les opérations faites par l’algorithme.',
        'L’administration peut garder secrètes des informations protégées par la loi.',
        'Faites votre demande par écrit, et gardez-en une copie.',
        'Vous n’avez pas à dire pourquoi vous demandez.',
        'Si l’administration ne répond pas dans un délai d’un mois, c’est un refus.',
      ],
      en: [
        'You can ask the administration for the algorithm’s rules.',
        'You can also ask how it was used for your file.',
        'The administration must then give you 4 pieces of information, in words you can understand.',
        '1. The part the algorithm played in the decision, and how it contributed.',
        '2. The data used, and where they come from.',
        '3. The criteria applied to your situation, and their weight.',
        '4. The operations the algorithm carried out.',
        'The administration may keep secret information that the law protects.',
        'Make your request in writing, and keep a copy.',
        'You do not have to say why you ask.',
        'If the administration does not answer within one month, that is a refusal.',
      ],
    },
    legalBasis: ['crpa-l311-3-1', 'crpa-r311-3-1-2', 'crpa-r311-12', 'crpa-r311-13'],
    facts: ['crpa-mention-and-rules-on-request', 'rules-four-items', 'access-request-written-no-reason', 'rules-request-silence-one-month'],
    contacts: ['administration-auteur', 'france-services'],
    deadlines: ['rules-request-sent'],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'cada-referral',
    appliesTo: [{ kind: 'decision-notice', contexts: ['decision'], ruleIds: CRPA_RULES }],
    title: {
      fr: 'Saisir la CADA si l’administration refuse ou ne répond pas',
      en: 'Turn to the CADA if the administration refuses or does not answer',
    },
    explanation: {
      fr: [
        'La CADA est la Commission d’accès aux documents administratifs.',
        'C’est une autorité indépendante.',
        'Si l’administration refuse de vous donner les règles, vous pouvez lui écrire.',
        'Si l’administration ne répond pas pendant un mois, c’est aussi un refus.',
        'Vous avez alors 2 mois pour écrire à la CADA.',
        'Vous pouvez lui écrire par courrier ou par voie électronique.',
        'Joignez une copie de votre demande, et du refus si vous en avez un.',
        'La CADA doit donner son avis en un mois, mais elle met souvent plus longtemps.',
        'L’administration n’est pas obligée de suivre cet avis, mais elle le suit le plus souvent.',
        'Vous devez passer par la CADA avant d’aller au tribunal.',
        'Si l’administration se tait 2 mois après l’enregistrement de votre demande par la CADA, son refus est confirmé.',
        'Vous avez alors 2 mois pour aller au tribunal administratif, même sans avis de la CADA.',
        'N’attendez donc pas l’avis au-delà de ce délai.',
      ],
      en: [
        'The CADA is the Commission for access to administrative documents.',
        'It is an independent authority.',
        'If the administration refuses to give you the rules, you can write to it.',
        'If the administration does not answer for one month, that is also a refusal.',
        'You then have 2 months to write to the CADA.',
        'You can write to it by post or electronically.',
        'Attach a copy of your request, and of the refusal if you have one.',
        'The CADA must give its opinion within one month, but it often takes longer.',
        'The administration does not have to follow this opinion, but it mostly does.',
        'You must go through the CADA before going to court.',
        'If the administration stays silent for 2 months after the CADA registered your request, its refusal is confirmed.',
        'You then have 2 months to go to the administrative court, even without the CADA’s opinion.',
        'So do not wait for the opinion past that deadline.',
      ],
    },
    caveat: {
      fr: 'Ces délais comptent seulement si l’administration vous a indiqué les recours possibles et leurs délais. En 2023, la CADA a mis 52 jours en moyenne pour donner son avis (selon son rapport d’activité, cité par le Sénat).',
      en: 'These deadlines only run if the administration told you the possible routes and their deadlines. In 2023 the CADA took 52 days on average to give its opinion (according to its activity report, as quoted by the Senate).',
    },
    legalBasis: ['crpa-r311-12', 'crpa-r311-13', 'crpa-r343-1', 'crpa-l342-1', 'crpa-r343-5'],
    facts: [
      'rules-request-silence-one-month',
      'cada-two-months-after-refusal',
      'cada-compulsory-before-court',
      'cada-how-to-refer',
      'cada-avis-one-month-not-binding',
      'cada-silence-confirms-refusal',
      'cada-takes-longer-than-a-month',
    ],
    contacts: ['cada'],
    deadlines: ['rules-request-sent', 'cada-referral-registered'],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'fully-automated-decision-safeguards',
    appliesTo: [{ kind: 'decision-notice', contexts: ['decision'], ruleIds: [CRPA_MENTION, AUTOMATED] }],
    title: {
      fr: 'Décision prise par un ordinateur seul : des protections en plus',
      en: 'Decision taken by a computer alone: extra protections',
    },
    explanation: {
      fr: [
        'Une décision est « entièrement automatisée » quand un ordinateur la prend seul, sans agent.',
        'Depuis le 1er septembre 2017, toute décision prise avec un algorithme doit le mentionner.',
        'Depuis le 1er juillet 2020, une décision entièrement automatisée sans cette mention est nulle : elle n’est pas valable.',
        'Vous pouvez demander à l’administration de revoir la décision : c’est un recours administratif.',
        'Pour ce recours, l’administration ne doit pas décider avec l’algorithme seul.',
        'Le Conseil constitutionnel l’a jugé en 2018.',
        'L’administration doit pouvoir vous expliquer en détail comment l’algorithme a traité votre dossier.',
        'Un algorithme qui change ses règles tout seul ne peut pas être la seule base d’une décision.',
      ],
      en: [
        'A decision is “fully automated” when a computer takes it alone, without an official.',
        'Since 1 September 2017, any decision taken with an algorithm must say so.',
        'Since 1 July 2020, a fully automated decision without this mention is null: it is not valid.',
        'You can ask the administration to review the decision: this is an administrative appeal.',
        'For this appeal, the administration must not decide with the algorithm alone.',
        'The Constitutional Council ruled so in 2018.',
        'The administration must be able to explain in detail how the algorithm handled your file.',
        'An algorithm that changes its own rules cannot be the only basis of a decision.',
      ],
    },
    caveat: {
      fr: 'Vigie ne peut pas savoir si un agent a participé à la décision. La décision ou l’administration doit vous le dire.',
      en: 'Vigie cannot know whether an official took part in the decision. The decision or the administration must tell you.',
    },
    legalBasis: ['lil-art-47', 'cc-2018-765-dc', 'crpa-l311-3-1', 'crpa-r311-3-1-1', 'decret-2017-330'],
    facts: ['fully-automated-nullity', 'mention-required-since-2017', 'appeal-not-decided-by-algorithm-alone', 'controller-masters-algorithm'],
    contacts: ['recours-administratif'],
    deadlines: ['decision-received', 'administrative-appeal-sent'],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'gdpr-access-automated-logic',
    appliesTo: [{ kind: 'decision-notice', contexts: ['decision'], laws: ['fr', 'eu'] }],
    title: {
      fr: 'Demander vos données et la logique d’une décision automatisée',
      en: 'Ask for your data and the logic of an automated decision',
    },
    explanation: {
      fr: [
        'Vos données personnelles sont les informations sur vous : nom, revenus, situation…',
        'Vous pouvez demander à l’administration les données qu’elle a sur vous.',
        'Si une décision automatisée vous concerne, vous pouvez aussi demander sa logique.',
        'L’administration doit expliquer comment vos données ont été utilisées pour arriver au résultat.',
        'Elle doit aussi dire l’importance et les conséquences de ce traitement pour vous.',
        'Donner seulement une formule compliquée ne suffit pas.',
        'Écrivez au délégué à la protection des données (DPO) de l’administration.',
        'Le DPO est la personne chargée des données personnelles.',
        'Ses coordonnées sont souvent sur la page « Données personnelles » du site, ou sur la décision.',
        'Il doit répondre dans un délai d’un mois.',
        'Ce délai peut être prolongé de 2 mois si la demande est complexe.',
        'Sans réponse, vous pouvez porter plainte auprès de la CNIL, la Commission nationale de l’informatique et des libertés.',
        'Ce droit vient du RGPD, le règlement général sur la protection des données.',
      ],
      en: [
        'Your personal data are the information about you: name, income, situation…',
        'You can ask the administration for the data it holds about you.',
        'If an automated decision concerns you, you can also ask for its logic.',
        'The administration must explain how your data were used to reach the result.',
        'It must also say what this processing means for you and what its consequences are.',
        'Just handing over a complicated formula is not enough.',
        'Write to the administration’s data protection officer (DPO).',
        'The DPO is the person in charge of personal data.',
        'Their contact details are often on the site’s “Données personnelles” page, or on the decision.',
        'They must answer within one month.',
        'This can be extended by 2 months if the request is complex.',
        'Without an answer, you can complain to the CNIL, the French data protection authority.',
        'This right comes from the GDPR (RGPD in French), the General Data Protection Regulation.',
      ],
    },
    legalBasis: ['gdpr-art-15', 'gdpr-art-12', 'gdpr-art-22'],
    facts: ['gdpr-access-logic', 'logic-explained-not-formula', 'gdpr-answer-one-month', 'dpo-on-privacy-page', 'cnil-complaint-after-organisation'],
    contacts: ['dpo-administration', 'cnil'],
    deadlines: ['gdpr-request-sent'],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'automated-decision-human-appeal',
    appliesTo: [{ kind: 'decision-notice', contexts: ['decision'], ruleIds: [CRPA_MENTION, AUTOMATED, RISK_SCORING] }],
    title: {
      fr: 'Décision automatisée : un recours examiné par une personne',
      en: 'Automated decision: an appeal examined by a person',
    },
    explanation: {
      fr: [
        'Le RGPD est le règlement général sur la protection des données.',
        'Il protège contre les décisions prises uniquement par un ordinateur.',
        'Mais la loi française permet à l’administration de prendre certaines décisions de cette façon.',
        'En échange, l’administration doit respecter des garanties.',
        'La décision doit dire qu’un algorithme a été utilisé, et vous pouvez demander ses règles.',
        'Vous pouvez faire un recours administratif : vous demandez à l’administration de revoir sa décision.',
        'Ce recours doit être examiné par une personne, pas seulement par l’algorithme.',
        'Pour les décisions de l’administration, c’est cette garantie qui s’applique.',
      ],
      en: [
        'The GDPR (RGPD in French) is the General Data Protection Regulation.',
        'It protects against decisions taken only by a computer.',
        'But French law allows the administration to take some decisions this way.',
        'In return, the administration must respect safeguards.',
        'The decision must say that an algorithm was used, and you can ask for its rules.',
        'You can make an administrative appeal: you ask the administration to review its decision.',
        'This appeal must be examined by a person, not only by the algorithm.',
        'For decisions of the administration, this is the safeguard that applies.',
      ],
    },
    caveat: {
      fr: 'Pour l’administration, le RGPD ne donne pas un droit général à parler à un humain : la garantie prévue est ce recours.',
      en: 'For the administration, the GDPR does not give a general right to talk to a human: the safeguard provided is this appeal.',
    },
    legalBasis: ['gdpr-art-22', 'lil-art-47', 'cc-2018-765-dc'],
    facts: ['gdpr-22-administrations', 'appeal-not-decided-by-algorithm-alone', 'crpa-mention-and-rules-on-request'],
    contacts: ['recours-administratif'],
    deadlines: ['decision-received', 'administrative-appeal-sent'],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'contest-decision-deadlines',
    appliesTo: [{ kind: 'decision-notice', contexts: ['decision'] }],
    title: { fr: 'Contester une décision : les étapes et les délais', en: 'Contesting a decision: steps and deadlines' },
    explanation: {
      fr: [
        'Si vous n’êtes pas d’accord avec une décision, vous pouvez la contester.',
        'Vous pouvez d’abord demander à l’administration de la revoir : c’est un recours gracieux.',
        'Il est gratuit, sur papier libre.',
        'Envoyez-le dans les 2 mois après avoir reçu la décision.',
        'Ce recours arrête le délai pour aller au tribunal.',
        'Si l’administration ne répond pas pendant 2 mois, c’est un refus.',
        'Ensuite, vous avez 2 mois pour aller au tribunal administratif, à partir du jour de ce refus.',
        'Ce délai compte seulement si l’accusé de réception de votre recours indiquait les recours possibles et leurs délais.',
        'C’est gratuit. Vous pouvez le faire en ligne avec Télérecours citoyens, ou par courrier.',
        'Le délai de 2 mois compte seulement si la décision indique les recours possibles et leurs délais.',
        'Certaines décisions demandent d’abord un recours obligatoire, par exemple devant une commission de recours amiable.',
        'La décision le dit dans le paragraphe « voies et délais de recours ».',
        'Sans ce recours obligatoire, le tribunal peut refuser d’examiner votre demande.',
      ],
      en: [
        'If you disagree with a decision, you can contest it.',
        'You can first ask the administration to review it: this is a “recours gracieux”.',
        'It is free, on plain paper.',
        'Send it within 2 months of receiving the decision.',
        'This appeal stops the deadline for going to court.',
        'If the administration does not answer for 2 months, that is a refusal.',
        'You then have 2 months to go to the administrative court, from the day of that refusal.',
        'This deadline only runs if the acknowledgement of receipt of your appeal stated the possible routes and their deadlines.',
        'It is free. You can do it online with Télérecours citoyens, or by post.',
        'The 2-month deadline only runs if the decision states the possible routes of appeal and their deadlines.',
        'Some decisions first require a compulsory appeal, for example to an amicable appeals board.',
        'The decision says so in its “voies et délais de recours” (routes and deadlines of appeal) paragraph.',
        'Without this compulsory appeal, the court may refuse to examine your case.',
      ],
    },
    caveat: {
      fr: 'Sans indication des recours dans la décision ou l’accusé de réception, le délai ne court pas, mais le juge admet en principe un recours pendant un an seulement. Les demandes faites en ligne suivent des règles proches.',
      en: 'If the decision or the acknowledgement of receipt does not state the routes of appeal, the deadline does not run, but the court in principle accepts an appeal within one year only. Requests made online follow similar rules.',
    },
    legalBasis: ['crpa-l411-2', 'crpa-l231-4', 'cja-r421-1', 'cja-r421-2', 'cja-r421-5', 'crpa-l112-3', 'crpa-l112-6'],
    facts: [
      'implicit-rejection-court-deadline',
      'administrative-appeal-free',
      'administrative-appeal-interrupts',
      'appeal-silence-two-months-rejection',
      'court-two-months-if-stated',
      'telerecours-citoyens',
      'compulsory-prior-appeal-stated',
    ],
    contacts: ['recours-administratif', 'tribunal-administratif'],
    deadlines: ['decision-received', 'administrative-appeal-sent'],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'published-algorithm-rules',
    appliesTo: [{ kind: 'decision-notice', ruleIds: CRPA_RULES }],
    title: {
      fr: 'Les règles des principaux algorithmes doivent être publiées en ligne',
      en: 'The rules of the main algorithms must be published online',
    },
    explanation: {
      fr: [
        'Les administrations doivent publier en ligne les règles de leurs principaux algorithmes.',
        'Cela concerne les algorithmes qui servent à prendre des décisions sur les personnes.',
        'Elles doivent le faire même si personne ne le demande.',
        'Les petites administrations n’y sont pas obligées.',
        'Sont dispensées celles qui ont moins de 50 agents, comptés en équivalents temps plein.',
        'Selon Etalab, les communes de moins de 3 500 habitants sont aussi dispensées, mais la loi ne le dit que pour une autre obligation de publication.',
      ],
      en: [
        'Administrations must publish online the rules of their main algorithms.',
        'This covers the algorithms used to take decisions about people.',
        'They must do so even if nobody asks.',
        'Small administrations do not have to.',
        'Those with fewer than 50 staff, counted in full-time equivalents, are exempt.',
        'According to Etalab, towns under 3,500 inhabitants are exempt too, but the law says so only for another publication duty.',
      ],
    },
    legalBasis: ['crpa-l312-1-3', 'crpa-d312-1-4'],
    facts: ['publication-of-algorithm-rules', 'publication-threshold-fte'],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'law-explained-here',
    appliesTo: [{ kind: 'decision-notice', contexts: ['about'] }],
    title: {
      fr: 'Cette page explique la loi : elle ne parle pas de votre dossier',
      en: 'This page explains the law: it is not about your file',
    },
    explanation: {
      fr: [
        'Vigie pense que cette page explique les règles sur les décisions prises avec un algorithme.',
        'Ce n’est sans doute pas une décision sur vous.',
        'Si vous recevez une décision prise avec un algorithme, elle doit le dire.',
        'Cette information doit être sur la décision elle-même, par exemple la lettre ou la notification.',
        'Vous pourrez alors demander les règles de l’algorithme appliquées à votre cas.',
      ],
      en: [
        'Vigie thinks this page explains the rules on decisions taken with an algorithm.',
        'It is probably not a decision about you.',
        'If you receive a decision taken with an algorithm, it must say so.',
        'This information must be on the decision itself, for example the letter or notification.',
        'You can then ask for the algorithm’s rules as applied to your case.',
      ],
    },
    legalBasis: ['crpa-l311-3-1', 'crpa-r311-3-1-1'],
    facts: ['crpa-mention-and-rules-on-request', 'mention-on-decision-documents'],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'parcoursup-criteria-and-reasons',
    appliesTo: [{ kind: 'decision-notice', ruleIds: [PARCOURSUP] }],
    title: {
      fr: 'Parcoursup : demander les critères et les motifs de la réponse',
      en: 'Parcoursup: ask for the criteria and the reasons of the answer',
    },
    explanation: {
      fr: [
        'Parcoursup a des règles spéciales.',
        'Vous pouvez demander les critères utilisés pour examiner votre candidature.',
        'Vous pouvez aussi demander les motifs pédagogiques, c’est-à-dire les raisons liées à la formation.',
        'Faites cette demande dans le mois qui suit la réponse négative.',
        'Ce délai d’un mois est fixé par un décret du code de l’éducation ; Vigie n’a pas pu vérifier le numéro actuel de son article.',
        'Après la procédure, chaque formation doit publier les critères qu’elle a utilisés.',
        'Elle doit dire si des algorithmes ont été utilisés, et dans quelle mesure.',
      ],
      en: [
        'Parcoursup has special rules.',
        'You can ask for the criteria used to examine your application.',
        'You can also ask for the educational reasons, that is the reasons linked to the course.',
        'Make this request within one month of the negative answer.',
        'This one-month time limit is set by a decree in the Education code; Vigie could not check the current number of its article.',
        'After the procedure, each course must publish the criteria it used.',
        'It must say whether algorithms were used, and to what extent.',
      ],
    },
    legalBasis: ['code-education-l612-3', 'cc-2020-834-qpc'],
    facts: ['parcoursup-special-regime', 'parcoursup-reasons-one-month'],
    contacts: ['mediateur-education'],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'told-talking-to-ai',
    appliesTo: [{ kind: 'ai-chat' }, { kind: 'missing-disclosure' }, { kind: 'ai-content', ruleIds: ['chatbot-ai-disclaimer', 'webchat-ai-generated-badge'] }],
    title: { fr: 'Savoir que vous parlez à une IA', en: 'Being told that you are talking to an AI' },
    explanation: {
      fr: [
        'Une IA, ou intelligence artificielle, est un programme qui peut écrire des réponses comme une personne.',
        'Depuis le 2 août 2026, une règle européenne s’applique.',
        'Quand vous discutez avec un système d’IA, on doit vous le dire.',
        'Ce n’est pas obligatoire si c’est évident pour une personne attentive.',
        'L’information doit être claire, dès le début de l’échange.',
        'Elle doit aussi être accessible aux personnes handicapées.',
      ],
      en: [
        'An AI, or artificial intelligence, is a program that can write answers like a person.',
        'Since 2 August 2026, a European rule applies.',
        'When you chat with an AI system, you must be told.',
        'This is not required if it is obvious to an attentive person.',
        'The information must be clear, from the start of the exchange.',
        'It must also be accessible to disabled people.',
      ],
    },
    legalBasis: ['ai-act-art-50'],
    facts: ['ai-act-50-1-interaction', 'ai-act-50-5-clear-accessible', 'ai-act-50-applies-2-august-2026'],
    contacts: ['cnil'],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'chatbot-answer-is-information',
    appliesTo: [{ kind: 'ai-chat' }, { kind: 'ai-content', ruleIds: ['chatbot-ai-disclaimer', 'webchat-ai-generated-badge'] }],
    title: {
      fr: 'La réponse d’un assistant en ligne est une information, pas une décision',
      en: 'An online assistant’s answer is information, not a decision',
    },
    explanation: {
      fr: [
        'Un chatbot est un programme qui répond à vos questions par écrit.',
        'Sa réponse vous informe.',
        'Ce n’est pas une décision de l’administration.',
        'Ce qui compte, c’est la décision écrite de l’administration, par exemple une lettre ou une notification.',
        'Gardez une copie des réponses importantes, par exemple une capture d’écran.',
        'En cas de doute, demandez à un agent, ou à un conseiller d’un espace France Services.',
      ],
      en: [
        'A chatbot is a program that answers your questions in writing.',
        'Its answer informs you.',
        'It is not a decision of the administration.',
        'What counts is the administration’s written decision, for example a letter or a notification.',
        'Keep a copy of important answers, for example a screenshot.',
        'If in doubt, ask an official, or an adviser at a France Services desk.',
      ],
    },
    caveat: {
      fr: 'Aucun article de loi ne le dit en ces mots. C’est une règle de prudence : l’État présente lui-même son assistant Albert comme un outil d’aide à la recherche d’information.',
      en: 'No article of law says it in these words. It is a rule of caution: the State itself presents its Albert assistant as a tool to help find information.',
    },
    legalBasis: ['ai-act-art-50'],
    facts: ['chatbot-answer-is-information', 'informing-chatbot-art-50-only', 'france-services-in-person-help'],
    contacts: ['france-services'],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'human-or-offline-route',
    appliesTo: [{ kind: 'ai-chat' }],
    title: {
      fr: 'Garder un moyen de joindre une personne ou de faire la démarche autrement',
      en: 'Keeping a way to reach a person or to do the procedure another way',
    },
    explanation: {
      fr: [
        'À notre connaissance, aucune loi ne garantit, pour toutes les démarches, une version sur papier.',
        'Mais le Conseil d’État a fixé des limites en 2022.',
        'Quand une démarche se fait obligatoirement en ligne, l’administration doit garantir que chacun peut accéder au service et exercer ses droits.',
        'Elle doit tenir compte de la difficulté de la démarche et des personnes concernées.',
        'Pour les personnes qui en ont besoin, elle doit prévoir une autre solution.',
        'Vous pouvez demander comment joindre un agent, ou faire la démarche autrement.',
        'Un espace France Services peut vous aider gratuitement, sur place.',
        'Si vous êtes bloqué, le Défenseur des droits peut vous aider gratuitement.',
      ],
      en: [
        'To our knowledge, no law guarantees a paper version of every procedure.',
        'But the Conseil d’État (the highest administrative court) set limits in 2022.',
        'When a procedure must be done online, the administration must ensure that everyone can reach the service and exercise their rights.',
        'It must take into account how hard the procedure is and who the people concerned are.',
        'For the people who need it, it must provide another solution.',
        'You can ask how to reach an official, or how to do the procedure another way.',
        'A France Services desk can help you for free, in person.',
        'If you are stuck, the Défenseur des droits can help you for free.',
      ],
    },
    legalBasis: ['ce-2022-452798'],
    facts: ['ce-cimade-substitute-solution', 'no-general-offline-right-found', 'france-services-in-person-help', 'ddd-defends-public-service-users'],
    contacts: ['france-services', 'defenseur-des-droits', 'defenseur-des-droits-delegues'],
    checkedOn: CHECKED_ON,
  },
  {
    id: 'told-text-is-ai-generated',
    // Declarations about a published text. An image's metadata, a chatbot's disclaimer or a
    // chat badge are not "text published to inform the public" (art. 50(4)).
    appliesTo: [{ kind: 'ai-content', ruleIds: ['ai-generated-label', 'json-ld-digital-source-type', 'ai-disclosure-markup', 'ai-use-statement'] }],
    title: {
      fr: 'Savoir qu’un texte d’information a été produit par une IA',
      en: 'Being told that an information text was produced by an AI',
    },
    explanation: {
      fr: [
        'Une IA, ou intelligence artificielle, est un programme qui peut écrire des textes.',
        'Depuis le 2 août 2026, un organisme doit dire quand un texte qu’il publie a été produit par une IA.',
        'Cela concerne les textes publiés pour informer le public sur un sujet d’intérêt général.',
        'Il y a une exception : si une personne a relu et contrôlé le texte, et si quelqu’un en assume la responsabilité.',
        'Ici, la page dit elle-même que du contenu a été produit avec une IA.',
        'Pour une information importante sur vos droits, vérifiez auprès de l’administration.',
      ],
      en: [
        'An AI, or artificial intelligence, is a program that can write texts.',
        'Since 2 August 2026, a body must say when a text it publishes was produced by an AI.',
        'This covers texts published to inform the public on a matter of public interest.',
        'There is an exception: if a person reviewed and checked the text, and someone takes responsibility for it.',
        'Here, the page itself says that content was produced with an AI.',
        'For important information about your rights, check with the administration.',
      ],
    },
    legalBasis: ['ai-act-art-50'],
    facts: ['ai-act-50-4-public-interest-text', 'ai-act-50-applies-2-august-2026'],
    checkedOn: CHECKED_ON,
  },
] as const satisfies readonly RightData[];

export type RightId = (typeof RIGHT_LIST)[number]['id'];

/** Validated once at load. Order is display order: most useful first. */
export const RIGHTS: readonly Right[] = z.array(rightSchema).parse(RIGHT_LIST);

const BY_ID = new Map(RIGHTS.map((r) => [r.id, r]));

export function getRight(id: RightId): Right {
  const right = BY_ID.get(id);
  if (!right) throw new Error(`unknown right ${id}`);
  return right;
}

/** What of a finding decides which rights apply. */
export type FindingForRights = Pick<Finding, 'kind' | 'ruleId'> & { notice?: { context: NoticeContext; law?: 'fr' | 'eu' | undefined } | undefined };

/**
 * The notice context of a finding. A decision notice without one is read as `about`:
 * the cautious reading, which offers no letter about a decision the person may not have received.
 */
export function noticeContextOf(finding: FindingForRights): NoticeContext | undefined {
  if (finding.kind !== 'decision-notice') return undefined;
  return finding.notice?.context ?? 'about';
}

function applies(right: Right, finding: FindingForRights): boolean {
  const context = noticeContextOf(finding);
  const law = finding.notice?.law ?? 'fr';
  return right.appliesTo.some(
    (a) =>
      a.kind === finding.kind &&
      (!a.contexts || (context !== undefined && a.contexts.includes(context))) &&
      (!a.ruleIds || a.ruleIds.includes(finding.ruleId)) &&
      (finding.kind !== 'decision-notice' || (a.laws ?? ['fr']).includes(law)),
  );
}

/** The rights that apply to one finding, in display order. */
export function rightsForFinding(finding: FindingForRights): Right[] {
  return RIGHTS.filter((r) => applies(r, finding));
}

/** The rights that apply to any of the findings, each once, in display order. */
export function rightsForFindings(findings: readonly FindingForRights[]): Right[] {
  return RIGHTS.filter((r) => findings.some((f) => applies(r, f)));
}

/** Every finding kind has at least one right; exported for tests and docs. */
export function rightsForKind(kind: FindingKind): Right[] {
  return RIGHTS.filter((r) => r.appliesTo.some((a) => a.kind === kind));
}
