import { langOf, type Translate } from '../i18n/translate';
import { translatePlural, type PluralKeys } from '../i18n/plural';
import { MENTION_ELEMENTS, type Finding, type MentionElementId, type Report } from '../report/schema';
import {
  RESEARCH_DATE,
  contactsForHost,
  formatLongDate,
  lettersForFinding,
  noticeContextOf,
  provenanceOf,
  rightsForFindings,
  type Contact,
  type Lang,
} from '../rights';
import { KIND_ORDER, pageHost } from './labels';

/*
 * The mediator view: a one-page summary a mediator (France Services agent, conseiller
 * numérique) can read with, copy for, or print for the person they help. Pure: a function of the
 * report and of the bundled rights data, so the popup, the summary page and the tests build the
 * very same text. Simple French: short sentences, one idea per line, the few technical words
 * explained where they appear.
 */

/** One entry of a section: the first line is the idea, the next ones add to it (one idea each). */
export interface SummaryItem {
  lines: string[];
}

/** A contact, with only its verified ways in (or, for the page's own DPO, what the page wrote). */
export interface SummaryContact {
  id: string;
  name: string;
  phone?: string;
  web?: string;
  /** Where to click once on the site. */
  webHint?: string;
  email?: string;
  postal?: string;
  /** Said in words when the address is "yours" (your CAF's). */
  postalHint?: string;
}

/** Contacts under a small heading: the site's own route, the page's DPO, the national bodies. */
export interface SummaryContactGroup {
  id: 'sector' | 'page-dpo' | 'national';
  title: string;
  /** The sector's route (compulsory prior appeal…), shown when the page holds a decision. */
  steps: string[];
  contacts: SummaryContact[];
}

export interface SummarySource {
  label: string;
  url: string;
}

export interface MediatorSummary {
  lang: Lang;
  /** Host of the page; never the full address, which can hold a file number. */
  host: string;
  /** True when Vigie found nothing on the page. */
  empty: boolean;
  /** « Sur cette page ». */
  onPage: SummaryItem[];
  /** « Ce que cela veut dire »: one item per right, title then first sentence. */
  meaning: SummaryItem[];
  /** « Que faire maintenant »: one step per line. */
  nextSteps: string[];
  /** « Qui contacter ». */
  contacts: SummaryContactGroup[];
  footer: {
    /** « Information, pas un conseil juridique. » */
    disclaimer: string;
    /** « Vérifié le 26 novembre 2026. » */
    checked: string;
  };
  /** Legal texts and sources the rights and contacts rely on, each once. */
  sources: SummarySource[];
}

/** Section ids, in display order, with their heading key. */
export const SUMMARY_SECTIONS = [
  { id: 'on-page', headingKey: 'popup_mediator_on_page' },
  { id: 'meaning', headingKey: 'popup_mediator_meaning' },
  { id: 'next', headingKey: 'popup_mediator_next' },
  { id: 'contacts', headingKey: 'popup_mediator_contacts' },
] as const;
export type SummarySectionId = (typeof SUMMARY_SECTIONS)[number]['id'];

const LEVEL_KEYS = { detected: 'popup_mediator_level_detected', possible: 'popup_mediator_level_possible' } as const;

const CHAT_KIND_KEYS = {
  ai_bot: 'popup_mediator_chat_ai_bot',
  live_chat: 'popup_mediator_chat_live_chat',
  hybrid: 'popup_mediator_chat_hybrid',
} as const;

/** The four CRPA mention elements, in the words of the summary. */
export const ELEMENT_KEYS: Record<MentionElementId, string> = {
  purpose: 'popup_mediator_element_purpose',
  rightToRules: 'popup_mediator_element_right_to_rules',
  howToExercise: 'popup_mediator_element_how_to_exercise',
  cada: 'popup_mediator_element_cada',
};

const MISSING_KEYS: PluralKeys = {
  zero: 'popup_mediator_missing_zero',
  one: 'popup_mediator_missing_one',
  many: 'popup_mediator_missing_many',
};


function findingLines(finding: Finding, t: Translate): string[] {
  const lines: string[] = [];
  switch (finding.kind) {
    case 'ai-chat':
      lines.push(finding.vendor ? t('popup_mediator_chat_vendor', finding.vendor) : t('popup_mediator_chat'));
      if (finding.chatKind) lines.push(t(CHAT_KIND_KEYS[finding.chatKind]));
      break;
    case 'missing-disclosure':
      lines.push(t('popup_mediator_missing_disclosure'));
      break;
    case 'ai-content':
      lines.push(t('popup_mediator_ai_content'));
      break;
    case 'decision-notice': {
      const context = noticeContextOf(finding);
      if (context === 'decision') lines.push(t('popup_mediator_decision'));
      else if (context === 'procedure') lines.push(t('popup_mediator_procedure'), t('popup_mediator_not_a_decision'));
      else lines.push(t('popup_mediator_decision_information'), t('popup_mediator_not_a_decision'));
      const elements = finding.notice?.elements;
      if (elements) {
        const missing = MENTION_ELEMENTS.filter((id) => !elements[id].present);
        lines.push(translatePlural(t, MISSING_KEYS, missing.length));
        if (missing.length > 0) lines.push(t('popup_mediator_missing_list', missing.map((id) => t(ELEMENT_KEYS[id])).join(', ')));
      }
      break;
    }
  }
  if (finding.state === 'declared') lines.push(t('popup_mediator_declared'));
  lines.push(t(LEVEL_KEYS[finding.level]));
  return lines;
}

/** Findings in the popup's order (what people meet first), each once. */
function ordered(findings: readonly Finding[]): Finding[] {
  return KIND_ORDER.flatMap((kind) => findings.filter((f) => f.kind === kind));
}

function nextSteps(findings: readonly Finding[], t: Translate): string[] {
  const steps: string[] = [];
  const add = (key: string) => {
    const text = t(key);
    if (!steps.includes(text)) steps.push(text);
  };
  const notices = findings.filter((f) => f.kind === 'decision-notice');
  const decisions = notices.filter((f) => noticeContextOf(f) === 'decision');
  if (decisions.length > 0) {
    add('popup_mediator_step_ask_rules');
    if (decisions.some((f) => lettersForFinding(f).length > 0)) add('popup_mediator_step_letter');
    add('popup_mediator_step_note_date');
  } else if (notices.length > 0) {
    add('popup_mediator_step_may_ask_rules');
  }
  if (findings.some((f) => f.kind === 'ai-chat')) {
    add('popup_mediator_step_human');
    add('popup_mediator_step_check_answer');
  }
  if (findings.some((f) => f.kind === 'missing-disclosure')) add('popup_mediator_step_ask_if_ai');
  if (findings.some((f) => f.kind === 'ai-content')) add('popup_mediator_step_check_content');
  if (findings.length === 0) add('popup_mediator_step_nothing');
  // Whatever the page: a written decision is what every later step relies on.
  add(decisions.length > 0 ? 'popup_mediator_step_keep_copy' : 'popup_mediator_step_keep_copies');
  return steps;
}

function summaryContact(contact: Contact, lang: Lang): SummaryContact {
  return {
    id: contact.id,
    name: contact.name[lang],
    ...(contact.phone ? { phone: contact.phone } : {}),
    ...(contact.web ? { web: contact.web } : {}),
    ...(contact.webHint ? { webHint: contact.webHint[lang] } : {}),
    ...(contact.email ? { email: contact.email } : {}),
    ...(contact.postal ? { postal: contact.postal } : {}),
    ...(contact.postalHint ? { postalHint: contact.postalHint[lang] } : {}),
  };
}

function contactGroups(report: Report, hasDecision: boolean, lang: Lang, t: Translate): SummaryContactGroup[] {
  const { sector, sectorContacts, national } = contactsForHost(report.url);
  const groups: SummaryContactGroup[] = [];
  if (sector) {
    groups.push({
      id: 'sector',
      title: t('popup_mediator_sector', sector.name[lang]),
      steps: hasDecision ? [...(sector.steps?.[lang] ?? [])] : [],
      contacts: sectorContacts.map((c) => summaryContact(c, lang)),
    });
  }
  const dpo = report.pageContacts?.dpo;
  if (dpo && (dpo.email || dpo.postal)) {
    groups.push({
      id: 'page-dpo',
      title: t('popup_mediator_dpo_heading'),
      steps: [],
      contacts: [
        {
          id: 'page-dpo',
          name: t('popup_mediator_dpo_name'),
          ...(dpo.email ? { email: dpo.email } : {}),
          ...(dpo.postal ? { postal: dpo.postal } : {}),
        },
      ],
    });
  }
  groups.push({ id: 'national', title: t('popup_mediator_national'), steps: [], contacts: national.map((c) => summaryContact(c, lang)) });
  return groups;
}

function sourceLabel(url: string): string {
  try {
    const u = new URL(url);
    const path = u.pathname === '/' ? '' : u.pathname;
    const label = `${u.hostname.replace(/^www\./, '')}${path}`;
    return label.length > 70 ? `${label.slice(0, 69)}…` : label;
  } catch {
    return url;
  }
}

function sourcesOf(rightIds: readonly string[], contactIds: readonly string[]): SummarySource[] {
  const seen = new Set<string>();
  const out: SummarySource[] = [];
  const push = (label: string, url: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    out.push({ label, url });
  };
  const provenances = [
    ...rightIds.map((id) => provenanceOf({ type: 'right', id })),
    ...contactIds.map((id) => provenanceOf({ type: 'contact', id })),
  ];
  // The law first, labelled as people cite it; then the pages the facts were checked on.
  for (const p of provenances) for (const basis of p?.legalBasis ?? []) push(basis.short, basis.url);
  for (const p of provenances) for (const url of p?.sources ?? []) push(sourceLabel(url), url);
  return out;
}

/**
 * The summary of a report. `t` gives the UI words (and the language of the rights texts,
 * through `lang_code`).
 */
export function buildMediatorSummary(report: Report, t: Translate): MediatorSummary {
  const lang = langOf(t);
  const findings = ordered(report.findings);
  const empty = findings.length === 0;

  const onPage: SummaryItem[] = empty
    ? [{ lines: [t('popup_mediator_nothing_found'), t('popup_mediator_nothing_proof')] }]
    : findings.map((f) => ({ lines: findingLines(f, t) }));
  if (report.scan?.truncated) onPage.push({ lines: [t('popup_mediator_truncated')] });

  const rights = rightsForFindings(findings);
  const meaning: SummaryItem[] =
    rights.length > 0
      ? rights.map((r) => ({ lines: [r.title[lang], r.explanation[lang][0] ?? ''].filter(Boolean) }))
      : [{ lines: [t('popup_mediator_meaning_none')] }];

  const hasDecision = findings.some((f) => noticeContextOf(f) === 'decision');
  const contacts = contactGroups(report, hasDecision, lang, t);
  const contactIds = contacts.flatMap((g) => g.contacts.map((c) => c.id)).filter((id) => id !== 'page-dpo');

  return {
    lang,
    host: pageHost(report.url),
    empty,
    onPage,
    meaning,
    nextSteps: nextSteps(findings, t),
    contacts,
    footer: {
      disclaimer: t('popup_mediator_disclaimer'),
      checked: t('popup_mediator_checked', formatLongDate(RESEARCH_DATE, lang)),
    },
    sources: sourcesOf(
      rights.map((r) => r.id),
      contactIds,
    ),
  };
}

/** One way in to a contact, worded; `web` also carries the address, for a link. */
export interface ContactLine {
  kind: 'phone' | 'web' | 'web-hint' | 'email' | 'postal' | 'postal-hint';
  text: string;
  url?: string;
}

/** The lines of a contact after its name, one way in per line: phone, site, e-mail, post. */
export function contactLines(contact: SummaryContact, t: Translate): ContactLine[] {
  const lines: ContactLine[] = [];
  if (contact.phone) lines.push({ kind: 'phone', text: t('popup_mediator_phone', contact.phone) });
  if (contact.web) lines.push({ kind: 'web', text: t('popup_mediator_web', contact.web), url: contact.web });
  if (contact.webHint) lines.push({ kind: 'web-hint', text: t('popup_mediator_web_hint', contact.webHint) });
  if (contact.email) lines.push({ kind: 'email', text: t('popup_mediator_email', contact.email) });
  if (contact.postal) lines.push({ kind: 'postal', text: t('popup_mediator_postal', contact.postal) });
  // Under an address, the hint is a note on it ("Gratuit : ne mettez pas de timbre."); alone, it is the address.
  if (contact.postalHint) {
    lines.push({ kind: 'postal-hint', text: contact.postal ? contact.postalHint : t('popup_mediator_postal_hint', contact.postalHint) });
  }
  return lines;
}

/**
 * The same content as plain text, for pasting into a message or a file: the title, then each
 * section under its heading, one idea per line. Sources are left out (links do not paste well);
 * the check date and the disclaimer stay.
 */
export function summaryAsText(summary: MediatorSummary, t: Translate): string {
  const out: string[] = [t('popup_mediator_text_title', summary.host || '—'), ''];
  const section = (headingKey: string, body: string[]) => {
    out.push(t(headingKey).toUpperCase(), ...body, '');
  };
  const items = (list: SummaryItem[]) => list.flatMap(({ lines }) => lines.map((line, i) => (i === 0 ? `- ${line}` : `  ${line}`)));
  section('popup_mediator_on_page', items(summary.onPage));
  section('popup_mediator_meaning', items(summary.meaning));
  section(
    'popup_mediator_next',
    summary.nextSteps.map((step) => `- ${step}`),
  );
  section(
    'popup_mediator_contacts',
    summary.contacts.flatMap((group) => [
      `${group.title}`,
      ...group.steps.map((step) => `  ${step}`),
      ...group.contacts.flatMap((c) => [`- ${c.name}`, ...contactLines(c, t).map((line) => `  ${line.text}`)]),
    ]),
  );
  out.push(summary.footer.disclaimer, summary.footer.checked);
  return `${out.join('\n')}\n`;
}
