import { z } from 'zod';
import { getContact } from './contacts';
import { formatLongDate } from './dates';
import { LEGAL_BASES, type BasisId } from './legal-bases';
import type { RightId } from './rights';
import { isoDateSchema, langSchema, type DeadlineEvent, type Lang, type Localised } from './schema';

/*
 * Request letters, as plain text. The French letter is the one to send; the English one is a
 * translation to understand it, and says so. A missing field shows as a visible placeholder in
 * brackets ("[votre numéro de dossier]") so the person sees what to fill in. Nothing is stored:
 * the caller keeps the fields as long as it needs them.
 *
 * Plain text only: the output is never HTML and must be rendered as text (textContent, a
 * <textarea>, a Preact text node). Input is cleaned of control and bidirectional-override
 * characters so a pasted value cannot reorder or hide the letter's words.
 */

export const LETTER_IDS = [
  'algorithm-rules-request',
  'gdpr-access-request',
  'cada-referral',
  'human-review-appeal',
  'human-contact-request',
] as const;
export const letterIdSchema = z.enum(LETTER_IDS);
export type LetterId = z.infer<typeof letterIdSchema>;

// C0/C1 controls, and the bidi embedding/override/isolate marks (U+202A–U+202E, U+2066–U+2069).
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

function cleanLine(text: string): string {
  return text.replace(UNSAFE, ' ').replace(/[\t\r\n]+/gu, ' ').replace(/ {2,}/gu, ' ').trim();
}

function cleanBlock(text: string): string {
  return text
    .replace(/\r\n?/gu, '\n')
    .replace(UNSAFE, ' ')
    .split('\n')
    .map((l) => l.replace(/\t+/gu, ' ').replace(/ {2,}/gu, ' ').trim())
    .filter((l, i, all) => l !== '' || (i > 0 && all[i - 1] !== ''))
    .join('\n')
    .trim();
}

const line = (max: number) => z.string().max(max).transform(cleanLine);
const block = (max: number) =>
  z
    .string()
    .max(max)
    .refine((t) => t.split(/\r\n?|\n/u).length <= 6, 'at most 6 lines')
    .transform(cleanBlock);

export const letterFieldsSchema = z.object({
  fullName: line(120),
  address: block(300),
  fileNumber: line(60).optional(),
  decisionDate: isoDateSchema.optional(),
  requestDate: isoDateSchema.optional(),
  administration: line(200).optional(),
  administrationAddress: block(300).optional(),
  decisionRef: line(120).optional(),
  place: line(80).optional(),
  /** The letter's date. */
  today: isoDateSchema,
});
export type LetterFields = z.infer<typeof letterFieldsSchema>;
export type LetterFieldName = keyof LetterFields;

export const letterInputSchema = z.object({ letterId: letterIdSchema, lang: langSchema, fields: letterFieldsSchema });
export type LetterInput = z.input<typeof letterInputSchema>;

export interface Letter {
  letterId: LetterId;
  lang: Lang;
  subject: string;
  body: string;
  /** To whom and how to send it. */
  recipientHint: string;
  /** Short labels of the articles and decisions the letter cites ("CRPA art. L. 311-3-1"). */
  articles: string[];
  /** Fields the letter uses that were left empty: the body shows their placeholders. */
  missing: LetterFieldName[];
}

/** Shown in place of an empty field. Brackets make them easy to spot, and tests look for them. */
export const PLACEHOLDERS: Record<Lang, Record<Exclude<LetterFieldName, 'today'>, string>> = {
  fr: {
    fullName: '[vos prénom et nom]',
    address: '[votre adresse]',
    fileNumber: '[votre numéro de dossier]',
    decisionDate: '[date de la décision]',
    requestDate: '[date de votre demande]',
    administration: '[nom de l’administration]',
    administrationAddress: '[adresse de l’administration]',
    decisionRef: '[référence de la décision]',
    place: '[ville]',
  },
  en: {
    fullName: '[your first name and surname]',
    address: '[your address]',
    fileNumber: '[your file number]',
    decisionDate: '[date of the decision]',
    requestDate: '[date of your request]',
    administration: '[name of the administration]',
    administrationAddress: '[address of the administration]',
    decisionRef: '[reference of the decision]',
    place: '[town]',
  },
};

/** Prompts that are always left for the person to write, whatever the fields. */
export const FREE_TEXT_PROMPTS: Record<Lang, { reasons: string; procedure: string; signature: string }> = {
  fr: {
    reasons: '[expliquez en quelques phrases pourquoi la décision vous semble erronée]',
    procedure: '[décrivez la démarche que vous voulez faire]',
    signature: '[signature]',
  },
  en: {
    reasons: '[explain in a few sentences why you think the decision is wrong]',
    procedure: '[describe the procedure you want to carry out]',
    signature: '[signature]',
  },
};

const TRANSLATION_NOTICE: Localised = {
  fr: '',
  en: 'TRANSLATION FOR YOUR UNDERSTANDING ONLY. The letter to send is the French version: administrations are written to in French.',
};

/** Field values as the letter writes them: the value, or its placeholder; dates written out. */
type Filled = Record<Exclude<LetterFieldName, 'today'>, string> & { today: string };

interface LetterDefinition {
  /** The rights the letter exercises: tests check it cites a basis of each. */
  rights: readonly RightId[];
  /** The bases it cites, in order; each must be a basis of one of its rights. */
  basis: readonly BasisId[];
  /** Fields the letter writes; the others are not asked for. */
  fields: readonly LetterFieldName[];
  /** The dates to compute once it is sent (deadlines.ts). */
  deadlineEvent?: DeadlineEvent;
  title: Localised;
  recipientHint: (lang: Lang) => string;
  subject: (f: Filled, lang: Lang) => string;
  /** The letter's text between the salutation and the closing formula. */
  content: (f: Filled, lang: Lang) => string[];
  /** Who the letter is addressed to (lines). */
  recipient: (f: Filled, lang: Lang) => string[];
}

const CRPA_FR = 'code des relations entre le public et l’administration';

const toAdministration = (f: Filled) => [f.administration, f.administrationAddress];

const LETTERS: Record<LetterId, LetterDefinition> = {
  'algorithm-rules-request': {
    rights: ['algorithm-rules-on-request'],
    basis: ['crpa-l311-3-1', 'crpa-r311-3-1-2', 'crpa-r311-12', 'crpa-r311-13'],
    fields: ['fullName', 'address', 'administration', 'administrationAddress', 'decisionRef', 'decisionDate', 'fileNumber', 'place', 'today'],
    deadlineEvent: 'rules-request-sent',
    title: {
      fr: 'Demander les règles de l’algorithme appliquées à votre dossier',
      en: 'Ask for the algorithm’s rules as applied to your file',
    },
    recipientHint: (lang) =>
      lang === 'fr'
        ? 'Le service qui a pris la décision : son adresse est sur la décision. Envoyez de préférence en recommandé avec accusé de réception, et gardez une copie.'
        : 'The office that took the decision: its address is on the decision. Preferably send it by registered post with acknowledgment of receipt, and keep a copy.',
    recipient: toAdministration,
    subject: (_f, lang) =>
      lang === 'fr'
        ? `Demande de communication des règles d’un traitement algorithmique (article L. 311-3-1 du ${CRPA_FR})`
        : 'Request for the rules of an algorithmic processing (article L. 311-3-1 of the code of relations between the public and the administration)',
    content: (f, lang) =>
      lang === 'fr'
        ? [
            `J’ai reçu votre décision ${f.decisionRef} du ${f.decisionDate}, relative à mon dossier n° ${f.fileNumber}. Cette décision a été prise, au moins en partie, sur le fondement d’un traitement algorithmique.`,
            `En application de l’article L. 311-3-1 du ${CRPA_FR}, je vous demande de me communiquer les règles définissant ce traitement et les principales caractéristiques de sa mise en œuvre.`,
            [
              'Conformément à l’article R. 311-3-1-2 du même code, je vous demande de me communiquer, sous une forme intelligible, les informations suivantes :',
              '1° le degré et le mode de contribution du traitement algorithmique à la prise de décision ;',
              '2° les données traitées et leurs sources ;',
              '3° les paramètres de traitement et, le cas échéant, leur pondération, appliqués à ma situation ;',
              '4° les opérations effectuées par le traitement.',
            ].join('\n'),
            'Sans réponse de votre part dans le délai d’un mois, votre silence vaudra refus (articles R.* 311-12 et R. 311-13 du code des relations entre le public et l’administration). Je pourrai alors saisir la Commission d’accès aux documents administratifs (CADA) dans le délai de deux mois.',
          ]
        : [
            `I have received your decision ${f.decisionRef} of ${f.decisionDate} on my file no. ${f.fileNumber}. This decision was taken, at least in part, on the basis of an algorithmic processing.`,
            'Under article L. 311-3-1 of the code of relations between the public and the administration, I ask you to send me the rules defining this processing and the main characteristics of how it is implemented.',
            [
              'Under article R. 311-3-1-2 of the same code, I ask you to send me, in an intelligible form, the following information:',
              '1. the degree and the mode of contribution of the algorithmic processing to the decision;',
              '2. the data processed and their sources;',
              '3. the processing parameters and, where applicable, their weighting, as applied to my situation;',
              '4. the operations carried out by the processing.',
            ].join('\n'),
            'Without an answer within one month, your silence will amount to a refusal (articles R.* 311-12 and R. 311-13 of the code of relations between the public and the administration). I will then be able to refer the matter to the Commission for access to administrative documents (CADA) within two months.',
          ],
  },
  'gdpr-access-request': {
    rights: ['gdpr-access-automated-logic'],
    basis: ['gdpr-art-15', 'gdpr-art-22', 'gdpr-art-12'],
    fields: ['fullName', 'address', 'administration', 'administrationAddress', 'fileNumber', 'place', 'today'],
    deadlineEvent: 'gdpr-request-sent',
    title: {
      fr: 'Demander vos données et la logique d’une décision automatisée (RGPD)',
      en: 'Ask for your data and the logic of an automated decision (GDPR)',
    },
    recipientHint: (lang) =>
      lang === 'fr'
        ? 'Le délégué à la protection des données (DPO) de l’administration. Ses coordonnées sont sur la page « Données personnelles » ou « Mentions légales » du site, ou sur la décision.'
        : 'The administration’s data protection officer (DPO). Their contact details are on the site’s “Données personnelles” or “Mentions légales” page, or on the decision.',
    recipient: (f, lang) => [
      f.administration,
      lang === 'fr' ? 'À l’attention du délégué à la protection des données' : 'For the attention of the data protection officer',
      f.administrationAddress,
    ],
    subject: (_f, lang) =>
      lang === 'fr'
        ? 'Demande d’accès à mes données personnelles (article 15 du RGPD)'
        : 'Request for access to my personal data (article 15 of the GDPR)',
    content: (f, lang) =>
      lang === 'fr'
        ? [
            `Je m’adresse à vous en votre qualité de délégué à la protection des données de ${f.administration}. Mon numéro de dossier est : ${f.fileNumber}.`,
            [
              'En application de l’article 15 du règlement (UE) 2016/679 du 27 avril 2016 (règlement général sur la protection des données, RGPD), je vous demande :',
              '– l’accès aux données personnelles me concernant que vous traitez ;',
              '– de m’indiquer s’il existe une prise de décision automatisée me concernant, y compris un profilage, visée à l’article 22 du RGPD ;',
              '– dans ce cas, des informations utiles concernant la logique sous-jacente, ainsi que l’importance et les conséquences prévues de ce traitement pour moi (article 15, paragraphe 1, point h, du RGPD).',
            ].join('\n'),
            'Je vous demande d’expliquer, de façon claire et concise, la procédure et les principes effectivement appliqués à mes données pour obtenir le résultat. La seule communication d’une formule ne suffirait pas.',
            'Conformément à l’article 12 du RGPD, vous disposez d’un mois pour répondre. Ce délai peut être prolongé de deux mois si la demande est complexe.',
            'Sans réponse dans ce délai, je pourrai adresser une réclamation à la Commission nationale de l’informatique et des libertés (CNIL).',
          ]
        : [
            `I am writing to you as the data protection officer of ${f.administration}. My file number is: ${f.fileNumber}.`,
            [
              'Under article 15 of Regulation (EU) 2016/679 of 27 April 2016 (General Data Protection Regulation, GDPR), I ask you for:',
              '– access to the personal data about me that you process;',
              '– whether there is automated decision-making concerning me, including profiling, referred to in article 22 of the GDPR;',
              '– if so, meaningful information about the logic involved, as well as the significance and the envisaged consequences of such processing for me (article 15(1)(h) of the GDPR).',
            ].join('\n'),
            'I ask you to explain, clearly and concisely, the procedure and principles actually applied to my data to obtain the result. Merely sending a formula would not be enough.',
            'Under article 12 of the GDPR, you have one month to answer. This period can be extended by two months if the request is complex.',
            'Without an answer within this period, I will be able to lodge a complaint with the CNIL (the French data protection authority).',
          ],
  },
  'cada-referral': {
    rights: ['cada-referral', 'algorithm-rules-on-request'],
    basis: ['crpa-l311-3-1', 'crpa-r311-3-1-2', 'crpa-r311-12', 'crpa-r311-13', 'crpa-l342-1', 'crpa-r343-1'],
    fields: [
      'fullName',
      'address',
      'administration',
      'administrationAddress',
      'requestDate',
      'decisionRef',
      'decisionDate',
      'fileNumber',
      'place',
      'today',
    ],
    title: { fr: 'Saisir la CADA après un refus ou un mois sans réponse', en: 'Turn to the CADA after a refusal or a month without an answer' },
    recipientHint: (lang) => {
      const cada = getContact('cada');
      return lang === 'fr'
        ? `Par courrier : ${cada.postal ?? ''}. Ou par courriel : ${cada.email ?? ''}. Dans les 2 mois après le refus.`
        : `By post: ${cada.postal ?? ''}. Or by e-mail: ${cada.email ?? ''}. Within 2 months of the refusal.`;
    },
    recipient: () => [getContact('cada').postal ?? ''],
    subject: (_f, lang) =>
      lang === 'fr'
        ? 'Saisine de la CADA : refus de communication des règles d’un traitement algorithmique'
        : 'Referral to the CADA: refusal to communicate the rules of an algorithmic processing',
    content: (f, lang) =>
      lang === 'fr'
        ? [
            `Le ${f.requestDate}, j’ai demandé à ${f.administration} (${f.administrationAddress}) de me communiquer, en application de l’article L. 311-3-1 du ${CRPA_FR}, les règles définissant le traitement algorithmique utilisé pour sa décision ${f.decisionRef} du ${f.decisionDate} me concernant (dossier n° ${f.fileNumber}), ainsi que les informations prévues à l’article R. 311-3-1-2 du même code.`,
            'Je n’ai pas obtenu ces informations : l’administration a refusé, ou n’a pas répondu dans le délai d’un mois, ce qui vaut refus (articles R.* 311-12 et R. 311-13 du code des relations entre le public et l’administration).',
            'En application des articles L. 342-1 et R. 343-1 du même code, je vous saisis de ce refus dans le délai de deux mois, et vous demande de rendre un avis sur la communication de ces informations.',
            [
              'Je joins :',
              `– la copie de ma demande du ${f.requestDate} ;`,
              '– la copie de la réponse de l’administration, si j’en ai reçu une ;',
              '– la copie de la décision.',
            ].join('\n'),
          ]
        : [
            `On ${f.requestDate}, I asked ${f.administration} (${f.administrationAddress}) to send me, under article L. 311-3-1 of the code of relations between the public and the administration, the rules defining the algorithmic processing used for its decision ${f.decisionRef} of ${f.decisionDate} concerning me (file no. ${f.fileNumber}), and the information listed in article R. 311-3-1-2 of the same code.`,
            'I have not obtained this information: the administration refused, or did not answer within one month, which amounts to a refusal (articles R.* 311-12 and R. 311-13 of the code of relations between the public and the administration).',
            'Under articles L. 342-1 and R. 343-1 of the same code, I refer this refusal to you within the two-month period, and ask you to give an opinion on the communication of this information.',
            [
              'I attach:',
              `– a copy of my request of ${f.requestDate};`,
              '– a copy of the administration’s answer, if I received one;',
              '– a copy of the decision.',
            ].join('\n'),
          ],
  },
  'human-review-appeal': {
    rights: ['fully-automated-decision-safeguards', 'automated-decision-human-appeal', 'contest-decision-deadlines'],
    basis: ['cc-2018-765-dc', 'lil-art-47', 'crpa-l311-3-1', 'gdpr-art-22', 'crpa-l411-2'],
    fields: ['fullName', 'address', 'administration', 'administrationAddress', 'decisionRef', 'decisionDate', 'fileNumber', 'place', 'today'],
    deadlineEvent: 'administrative-appeal-sent',
    title: {
      fr: 'Demander que la décision soit réexaminée par une personne (recours gracieux)',
      en: 'Ask for the decision to be re-examined by a person (administrative appeal)',
    },
    recipientHint: (lang) =>
      lang === 'fr'
        ? 'Le service qui a pris la décision, dans les 2 mois après l’avoir reçue. Si la décision prévoit un recours préalable obligatoire (RAPO, commission de recours amiable) ou une médiation obligatoire, envoyez ce recours à l’organisme qu’elle indique. Envoyez de préférence en recommandé avec accusé de réception.'
        : 'The office that took the decision, within 2 months of receiving it. If the decision provides for a compulsory prior appeal (RAPO, amicable appeals board) or compulsory mediation, send this appeal to the body it names. Preferably send it by registered post with acknowledgment of receipt.',
    recipient: toAdministration,
    subject: (f, lang) =>
      lang === 'fr'
        ? `Recours gracieux contre la décision ${f.decisionRef} du ${f.decisionDate} : demande de réexamen par un agent`
        : `Administrative appeal against decision ${f.decisionRef} of ${f.decisionDate}: request for re-examination by an official`,
    content: (f, lang) =>
      lang === 'fr'
        ? [
            `Par la présente, je forme un recours gracieux contre votre décision ${f.decisionRef} du ${f.decisionDate}, relative à mon dossier n° ${f.fileNumber}. Ce recours est formé dans le délai de recours contentieux, qu’il interrompt (article L. 411-2 du ${CRPA_FR}).`,
            'Cette décision a été prise sur le fondement d’un traitement algorithmique. Je vous demande de réexaminer ma situation, et que ce réexamen soit fait par un agent, sans vous fonder exclusivement sur l’algorithme.',
            'En effet, le Conseil constitutionnel a jugé (décision n° 2018-765 DC du 12 juin 2018) que, lorsqu’une décision administrative individuelle est prise sur le seul fondement d’un algorithme, l’administration saisie d’un recours administratif doit se prononcer sans se fonder exclusivement sur cet algorithme. C’est l’une des garanties qui permettent ces décisions au regard de l’article 22 du règlement (UE) 2016/679 (RGPD).',
            `Si cette décision a été prise sur le seul fondement d’un traitement automatisé, l’article 47 de la loi n° 78-17 du 6 janvier 1978 exige qu’elle comporte, à peine de nullité, la mention explicite prévue à l’article L. 311-3-1 du ${CRPA_FR}.`,
            `Mes observations : ${FREE_TEXT_PROMPTS.fr.reasons}`,
            'Je joins une copie de la décision.',
          ]
        : [
            `I hereby lodge an administrative appeal (recours gracieux) against your decision ${f.decisionRef} of ${f.decisionDate} on my file no. ${f.fileNumber}. This appeal is lodged within the time limit for going to court, which it interrupts (article L. 411-2 of the code of relations between the public and the administration).`,
            'This decision was taken on the basis of an algorithmic processing. I ask you to re-examine my situation, and that this re-examination be carried out by an official, without relying exclusively on the algorithm.',
            'The Constitutional Council ruled (decision no. 2018-765 DC of 12 June 2018) that, where an individual administrative decision is taken solely on the basis of an algorithm, the administration dealing with an administrative appeal must decide without relying exclusively on that algorithm. This is one of the safeguards that allow such decisions under article 22 of Regulation (EU) 2016/679 (GDPR).',
            'If this decision was taken solely on the basis of automated processing, article 47 of law no. 78-17 of 6 January 1978 requires it to carry, on pain of nullity, the explicit mention provided for in article L. 311-3-1 of the code of relations between the public and the administration.',
            `My observations: ${FREE_TEXT_PROMPTS.en.reasons}`,
            'I attach a copy of the decision.',
          ],
  },
  'human-contact-request': {
    rights: ['human-or-offline-route'],
    basis: ['ce-2022-452798'],
    fields: ['fullName', 'address', 'administration', 'administrationAddress', 'fileNumber', 'place', 'today'],
    title: {
      fr: 'Demander à joindre un agent, ou à faire la démarche autrement qu’en ligne',
      en: 'Ask to reach an official, or to do the procedure other than online',
    },
    recipientHint: (lang) =>
      lang === 'fr'
        ? 'Le service chargé de la démarche. Un espace France Services peut vous aider à l’envoyer.'
        : 'The office in charge of the procedure. A France Services desk can help you send it.',
    recipient: toAdministration,
    subject: (_f, lang) =>
      lang === 'fr'
        ? 'Demande de contact avec un agent, ou d’un autre moyen que le service en ligne'
        : 'Request to reach an official, or for a way other than the online service',
    content: (f, lang) =>
      lang === 'fr'
        ? [
            `Je dois faire la démarche suivante : ${FREE_TEXT_PROMPTS.fr.procedure}. Mon numéro de dossier est : ${f.fileNumber}.`,
            'Je n’arrive pas à la faire avec le service en ligne ou l’assistant automatisé de votre site. Je vous demande de m’indiquer comment joindre un agent, ou comment faire cette démarche autrement : au guichet, par courrier ou par téléphone.',
            'Le Conseil d’État a jugé (3 juin 2022, La Cimade et autres, n° 452798) que, lorsqu’une démarche doit être faite en ligne, l’accès normal des usagers au service public et l’exercice effectif de leurs droits doivent être garantis, compte tenu de la nature et de la complexité de la démarche et du public concerné, et que, pour les personnes qui en ont besoin, une solution de substitution doit être prévue.',
            'Je vous remercie de me répondre par courrier, à l’adresse indiquée ci-dessus.',
          ]
        : [
            `I need to carry out the following procedure: ${FREE_TEXT_PROMPTS.en.procedure}. My file number is: ${f.fileNumber}.`,
            'I cannot do it with the online service or the automated assistant of your site. I ask you to tell me how to reach an official, or how to carry out this procedure another way: at a desk, by post or by phone.',
            'The Conseil d’État ruled (3 June 2022, La Cimade and others, no. 452798) that, where a procedure must be done online, users’ normal access to the public service and the effective exercise of their rights must be guaranteed, given the nature and complexity of the procedure and the public concerned, and that, for the people who need it, a substitute solution must be provided.',
            'Please answer me by post, at the address given above.',
          ],
  },
};

const OPENING: Record<Lang, string> = { fr: 'Madame, Monsieur,', en: 'Dear Sir or Madam,' };
const CLOSING: Record<Lang, string> = {
  fr: 'Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.',
  en: 'Yours faithfully,',
};

function fill(fields: LetterFields, lang: Lang): { filled: Filled; missing: LetterFieldName[] } {
  const missing: LetterFieldName[] = [];
  const value = (name: Exclude<LetterFieldName, 'today'>): string => {
    const raw = fields[name];
    if (raw === undefined || raw === '') {
      missing.push(name);
      return PLACEHOLDERS[lang][name];
    }
    return name === 'decisionDate' || name === 'requestDate' ? formatLongDate(raw, lang) : raw;
  };
  const filled: Filled = {
    fullName: value('fullName'),
    address: value('address'),
    fileNumber: value('fileNumber'),
    decisionDate: value('decisionDate'),
    requestDate: value('requestDate'),
    administration: value('administration'),
    administrationAddress: value('administrationAddress'),
    decisionRef: value('decisionRef'),
    place: value('place'),
    today: formatLongDate(fields.today, lang),
  };
  return { filled, missing };
}

/**
 * Builds a letter. Throws a ZodError when the input is invalid (unknown letter, a field over its
 * length cap, a date that does not exist); `letterInputSchema.safeParse` checks first without throwing.
 */
export function buildLetter(input: LetterInput): Letter {
  const { letterId, lang, fields } = letterInputSchema.parse(input);
  const def = LETTERS[letterId];
  const { filled, missing } = fill(fields, lang);
  const subject = def.subject(filled, lang);
  const dateLine = lang === 'fr' ? `${filled.place}, le ${filled.today}` : `${filled.place}, ${filled.today}`;
  const sections = [
    ...(lang === 'en' ? [TRANSLATION_NOTICE.en] : []),
    [filled.fullName, filled.address].join('\n'),
    def.recipient(filled, lang).join('\n'),
    dateLine,
    lang === 'fr' ? `Objet : ${subject}` : `Subject: ${subject}`,
    OPENING[lang],
    ...def.content(filled, lang),
    CLOSING[lang],
    [filled.fullName, FREE_TEXT_PROMPTS[lang].signature].join('\n'),
  ];
  return {
    letterId,
    lang,
    subject: lang === 'en' ? `[Translation] ${subject}` : subject,
    body: `${sections.join('\n\n')}\n`,
    recipientHint: def.recipientHint(lang),
    articles: def.basis.map((id) => LEGAL_BASES[id].short),
    // Only the fields this letter writes count as missing.
    missing: missing.filter((name) => def.fields.includes(name)),
  };
}

export interface LetterInfo {
  id: LetterId;
  title: Localised;
  rights: readonly RightId[];
  basis: readonly BasisId[];
  fields: readonly LetterFieldName[];
  deadlineEvent?: DeadlineEvent;
}

/** What the popup needs to list the letters and ask only for their fields. */
export function letterInfo(id: LetterId): LetterInfo {
  const def = LETTERS[id];
  return {
    id,
    title: def.title,
    rights: def.rights,
    basis: def.basis,
    fields: def.fields,
    ...(def.deadlineEvent ? { deadlineEvent: def.deadlineEvent } : {}),
  };
}

/** The letters that exercise any of these rights, in LETTER_IDS order. */
export function lettersForRights(rightIds: readonly string[]): LetterId[] {
  return LETTER_IDS.filter((id) => LETTERS[id].rights.some((r) => rightIds.includes(r)));
}
