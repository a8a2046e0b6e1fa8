import { z } from 'zod';
import { addMonths } from './dates';
import type { FactId } from './facts';
import type { BasisId } from './legal-bases';
import { deadlineEventSchema, isoDateSchema, type DeadlineEvent, type Lang, type Localised } from './schema';

/*
 * Key dates from the day a person received a decision or sent a request. Every period comes from
 * legal-facts.md ([P] or [S]); the caveats say what the date depends on. Dates are calendar dates
 * (see dates.ts): a period of N months ends on the same day number N months later, or on the last
 * day of that month when it is shorter (31 January + 1 month → 28 or 29 February). A period that
 * starts at the end of another is counted from the computed end (chained), not from the first date.
 * Weekends and public holidays are not moved and "délais francs" are not applied: every date
 * carries the `indicative-date` caveat, which says so and is shown with every computed date.
 */

export const deadlineInputSchema = z.object({ event: deadlineEventSchema, date: isoDateSchema });
export type DeadlineInput = z.infer<typeof deadlineInputSchema>;

export const MILESTONE_IDS = [
  'implicit-refusal',
  'cada-referral-deadline',
  'administrative-appeal-deadline',
  'court-appeal-deadline',
  'cada-refusal-confirmed',
  'court-deadline-after-cada',
  'implicit-rejection',
  'court-deadline-after-rejection',
  'gdpr-answer-due',
  'gdpr-answer-due-if-extended',
] as const;
export type MilestoneId = (typeof MILESTONE_IDS)[number];

export const CAVEAT_IDS = [
  'indicative-date',
  'month-end',
  'counted-from-date-given',
  'cada-runs-only-if-stated',
  'cada-from-express-refusal',
  'court-runs-only-if-stated',
  'check-compulsory-prior-appeal',
  'appeal-interrupts-court-deadline',
  'gdpr-extension',
  'gdpr-then-cnil',
  'cada-opinion-may-come-later',
  'counted-from-cada-registration',
] as const;
export type CaveatId = (typeof CAVEAT_IDS)[number];

interface MilestoneRule {
  id: MilestoneId;
  /** Counted from the event's date, or from the end of an earlier milestone of the same plan. */
  after: 'event' | MilestoneId;
  months: number;
  label: Localised;
  basis: readonly BasisId[];
  facts: readonly FactId[];
  caveats: readonly CaveatId[];
}

const PLANS: Record<DeadlineEvent, readonly MilestoneRule[]> = {
  'rules-request-sent': [
    {
      id: 'implicit-refusal',
      after: 'event',
      months: 1,
      label: {
        fr: 'Sans réponse à cette date, c’est un refus (refus implicite)',
        en: 'No answer by this date means a refusal (implicit refusal)',
      },
      basis: ['crpa-r311-12', 'crpa-r311-13'],
      facts: ['rules-request-silence-one-month'],
      caveats: ['counted-from-date-given', 'indicative-date'],
    },
    {
      id: 'cada-referral-deadline',
      after: 'implicit-refusal',
      months: 2,
      label: { fr: 'Date limite pour saisir la CADA', en: 'Deadline to turn to the CADA' },
      basis: ['crpa-r343-1'],
      facts: ['cada-two-months-after-refusal', 'cada-compulsory-before-court'],
      caveats: ['cada-from-express-refusal', 'cada-runs-only-if-stated', 'indicative-date'],
    },
  ],
  'decision-received': [
    {
      id: 'administrative-appeal-deadline',
      after: 'event',
      months: 2,
      label: { fr: 'Date limite pour envoyer un recours gracieux', en: 'Deadline to send an administrative appeal' },
      basis: ['crpa-l411-2'],
      facts: ['administrative-appeal-interrupts'],
      caveats: ['appeal-interrupts-court-deadline', 'check-compulsory-prior-appeal', 'indicative-date'],
    },
    {
      id: 'court-appeal-deadline',
      after: 'event',
      months: 2,
      label: { fr: 'Date limite pour saisir le tribunal administratif', en: 'Deadline to go to the administrative court' },
      basis: ['cja-r421-1', 'cja-r421-5'],
      facts: ['court-two-months-if-stated', 'compulsory-prior-appeal-stated'],
      caveats: ['court-runs-only-if-stated', 'check-compulsory-prior-appeal', 'indicative-date'],
    },
  ],
  'cada-referral-registered': [
    {
      id: 'cada-refusal-confirmed',
      after: 'event',
      months: 2,
      label: {
        fr: 'Si l’administration se tait jusqu’à cette date, son refus est confirmé',
        en: 'If the administration stays silent until this date, its refusal is confirmed',
      },
      basis: ['crpa-r343-5'],
      facts: ['cada-silence-confirms-refusal'],
      caveats: ['counted-from-cada-registration', 'cada-opinion-may-come-later', 'indicative-date'],
    },
    {
      id: 'court-deadline-after-cada',
      after: 'cada-refusal-confirmed',
      months: 2,
      label: { fr: 'Date limite pour saisir le tribunal administratif', en: 'Deadline to go to the administrative court' },
      basis: ['cja-r421-2'],
      facts: ['cada-silence-confirms-refusal', 'implicit-rejection-court-deadline'],
      caveats: ['cada-opinion-may-come-later', 'court-runs-only-if-stated', 'indicative-date'],
    },
  ],
  'administrative-appeal-sent': [
    {
      id: 'implicit-rejection',
      after: 'event',
      months: 2,
      label: {
        fr: 'Sans réponse à cette date, votre recours est rejeté (rejet implicite)',
        en: 'No answer by this date means your appeal is rejected (implicit rejection)',
      },
      basis: ['crpa-l231-4'],
      facts: ['appeal-silence-two-months-rejection'],
      caveats: ['counted-from-date-given', 'indicative-date'],
    },
    {
      id: 'court-deadline-after-rejection',
      after: 'implicit-rejection',
      months: 2,
      label: { fr: 'Date limite pour saisir le tribunal après ce rejet', en: 'Deadline to go to court after this rejection' },
      basis: ['cja-r421-2', 'cja-r421-5', 'crpa-l112-6'],
      facts: ['court-two-months-if-stated', 'implicit-rejection-court-deadline'],
      caveats: ['court-runs-only-if-stated', 'indicative-date'],
    },
  ],
  'gdpr-request-sent': [
    {
      id: 'gdpr-answer-due',
      after: 'event',
      months: 1,
      label: { fr: 'Date limite de réponse à votre demande', en: 'Deadline for the answer to your request' },
      basis: ['gdpr-art-12'],
      facts: ['gdpr-answer-one-month'],
      caveats: ['counted-from-date-given', 'gdpr-extension', 'gdpr-then-cnil', 'indicative-date'],
    },
    {
      id: 'gdpr-answer-due-if-extended',
      after: 'gdpr-answer-due',
      months: 2,
      label: {
        fr: 'Date limite si le délai est prolongé (demande complexe)',
        en: 'Deadline if the period is extended (complex request)',
      },
      basis: ['gdpr-art-12'],
      facts: ['gdpr-answer-one-month'],
      caveats: ['gdpr-then-cnil', 'indicative-date'],
    },
  ],
};

interface CaveatData {
  text: Localised;
  /** Facts it states; empty for a caveat about how Vigie computes. */
  facts: readonly FactId[];
}

export const CAVEATS: Readonly<Record<CaveatId, CaveatData>> = {
  'indicative-date': {
    text: {
      fr: 'Vigie calcule cette date pour vous aider. Elle est indicative : Vigie ne tient pas compte des « délais francs », ni du report au jour ouvré suivant quand un délai finit un samedi, un dimanche ou un jour férié. Vérifiez les délais écrits sur vos documents, et agissez plus tôt si vous pouvez.',
      en: 'Vigie works out this date to help you. It is indicative: Vigie does not apply “délais francs” (whole days not counted) nor move a deadline that ends on a Saturday, Sunday or public holiday to the next working day. Check the deadlines written on your documents, and act earlier if you can.',
    },
    facts: [],
  },
  'month-end': {
    text: {
      fr: 'Le mois d’arrivée n’a pas ce jour-là : Vigie a pris le dernier jour du mois.',
      en: 'The final month has no such day: Vigie used the last day of that month.',
    },
    facts: [],
  },
  'counted-from-date-given': {
    text: {
      fr: 'Vigie compte à partir de la date que vous avez donnée. Si le délai compte à partir du jour où l’administration a reçu votre courrier, la vraie date est un peu plus tard. Gardez une preuve d’envoi.',
      en: 'Vigie counts from the date you gave. If the period counts from the day the administration received your letter, the real date is a little later. Keep a proof of sending.',
    },
    facts: [],
  },
  'cada-runs-only-if-stated': {
    text: {
      fr: 'Ce délai compte seulement si le refus, ou l’accusé de réception de votre demande, indiquait les recours et leurs délais.',
      en: 'This deadline only runs if the refusal, or the acknowledgment of your request, stated the routes of appeal and their deadlines.',
    },
    facts: ['cada-compulsory-before-court'],
  },
  'cada-from-express-refusal': {
    text: {
      fr: 'Si l’administration vous envoie un refus écrit avant, les 2 mois comptent à partir de ce refus.',
      en: 'If the administration sends you a written refusal earlier, the 2 months count from that refusal.',
    },
    facts: ['cada-compulsory-before-court'],
  },
  'court-runs-only-if-stated': {
    text: {
      fr: 'Ce délai compte seulement si la décision indique les recours possibles et leurs délais. Sinon, en principe, vous avez un délai raisonnable d’un an.',
      en: 'This deadline only runs if the decision states the possible routes of appeal and their deadlines. Otherwise, in principle, you have a reasonable time of one year.',
    },
    facts: ['court-two-months-if-stated'],
  },
  'check-compulsory-prior-appeal': {
    text: {
      fr: 'Regardez sur la décision si un recours préalable obligatoire (RAPO, commission de recours amiable) ou une médiation obligatoire est prévu. Si oui, faites-le d’abord : sinon le tribunal peut refuser d’examiner votre demande.',
      en: 'Check on the decision whether a compulsory prior appeal (RAPO, amicable appeals board) or compulsory mediation applies. If so, do it first: otherwise the court may refuse to examine your case.',
    },
    facts: ['compulsory-prior-appeal-stated'],
  },
  'appeal-interrupts-court-deadline': {
    text: {
      fr: 'Un recours gracieux envoyé dans ce délai arrête le délai pour aller au tribunal. Un nouveau délai de 2 mois commence après le rejet de votre recours.',
      en: 'An administrative appeal sent within this period stops the deadline for going to court. A new 2-month period starts after your appeal is rejected.',
    },
    facts: ['administrative-appeal-interrupts', 'court-two-months-if-stated'],
  },
  'gdpr-extension': {
    text: {
      fr: 'L’administration peut prolonger ce délai de 2 mois si la demande est complexe.',
      en: 'The administration may extend this period by 2 months if the request is complex.',
    },
    facts: ['gdpr-answer-one-month'],
  },
  'cada-opinion-may-come-later': {
    text: {
      fr: 'La CADA met souvent plus d’un mois à donner son avis (52 jours en moyenne en 2023). N’attendez pas son avis au-delà de ces dates.',
      en: 'The CADA often takes more than a month to give its opinion (52 days on average in 2023). Do not wait for it past these dates.',
    },
    facts: ['cada-takes-longer-than-a-month'],
  },
  'counted-from-cada-registration': {
    text: {
      fr: 'Les 2 mois comptent à partir du jour où la CADA a enregistré votre demande : elle vous l’indique. Entrez cette date si vous l’avez.',
      en: 'The 2 months count from the day the CADA registered your request: it tells you that date. Enter it if you have it.',
    },
    facts: ['cada-silence-confirms-refusal'],
  },
  'gdpr-then-cnil': {
    text: {
      fr: 'Sans réponse à temps, vous pouvez porter plainte auprès de la CNIL (Commission nationale de l’informatique et des libertés).',
      en: 'Without an answer in time, you can complain to the CNIL, the French data protection authority.',
    },
    facts: ['cnil-complaint-after-organisation'],
  },
};

export interface Milestone {
  id: MilestoneId;
  /** `YYYY-MM-DD`. */
  date: string;
  after: 'event' | MilestoneId;
  months: number;
  basis: BasisId[];
  facts: FactId[];
  caveats: CaveatId[];
}

export interface DeadlinePlan {
  event: DeadlineEvent;
  from: string;
  milestones: Milestone[];
}

/** The key dates after `event` on `date`. Throws a ZodError on an unknown event or a date that does not exist. */
export function computeDeadlines(input: DeadlineInput): DeadlinePlan {
  const { event, date } = deadlineInputSchema.parse(input);
  const computed = new Map<MilestoneId, string>();
  const milestones = PLANS[event].map((rule): Milestone => {
    const start = rule.after === 'event' ? date : computed.get(rule.after);
    if (!start) throw new Error(`milestone ${rule.id} counted from ${rule.after}, which comes later in the plan`);
    const { date: end, clampedToMonthEnd } = addMonths(start, rule.months);
    computed.set(rule.id, end);
    return {
      id: rule.id,
      date: end,
      after: rule.after,
      months: rule.months,
      basis: [...rule.basis],
      facts: [...rule.facts],
      caveats: clampedToMonthEnd ? ['month-end', ...rule.caveats] : [...rule.caveats],
    };
  });
  return { event, from: date, milestones };
}

export function milestoneLabel(id: MilestoneId, lang: Lang): string {
  for (const rules of Object.values(PLANS)) {
    const rule = rules.find((r) => r.id === id);
    if (rule) return rule.label[lang];
  }
  throw new Error(`unknown milestone ${id}`);
}

export function caveatText(id: CaveatId, lang: Lang): string {
  return CAVEATS[id].text[lang];
}

/** The milestones each event gives, for docs and tests. */
export function milestonesOf(event: DeadlineEvent): readonly MilestoneId[] {
  return PLANS[event].map((r) => r.id);
}
