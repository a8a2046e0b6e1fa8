import type { Translate } from '../i18n/translate';
import type { PluralKeys } from '../i18n/plural';
import type { Finding, FindingKind, FindingLevel, PublicService, SignalType } from '../report/schema';

/** Order of the finding groups in the popup: what people meet first, then what is missing. */
export const KIND_ORDER: readonly FindingKind[] = ['ai-chat', 'decision-notice', 'ai-content', 'missing-disclosure'];

/** Heading of each group of findings. */
export const KIND_HEADING_KEYS: Record<FindingKind, string> = {
  'ai-chat': 'popup_kind_ai_chat',
  'decision-notice': 'popup_kind_decision_notice',
  'ai-content': 'popup_kind_ai_content',
  'missing-disclosure': 'popup_kind_missing_disclosure',
};

/** Title of a finding when it has no vendor and its rule has no `rule_*` message. */
export const KIND_DEFAULT_TITLE_KEYS: Record<FindingKind, string> = {
  'ai-chat': 'popup_finding_default_ai_chat',
  'decision-notice': 'popup_finding_default_decision_notice',
  'ai-content': 'popup_finding_default_ai_content',
  'missing-disclosure': 'popup_finding_default_missing_disclosure',
};


/** A caveat shown under a group's heading, for kinds that need one before their findings. */
export const KIND_NOTE_KEYS: Partial<Record<FindingKind, string>> = {
  'missing-disclosure': 'popup_note_missing_disclosure',
};

/** Level badge text and its one-line explanation. */
export const LEVEL_KEYS: Record<FindingLevel, { label: string; help: string }> = {
  detected: { label: 'popup_level_detected', help: 'popup_level_detected_help' },
  possible: { label: 'popup_level_possible', help: 'popup_level_possible_help' },
};

/** Signal types in words. */
export const SIGNAL_KEYS: Record<SignalType, string> = {
  'script-src': 'popup_signal_script_src',
  'inline-script': 'popup_signal_inline_script',
  'iframe-src': 'popup_signal_iframe_src',
  selector: 'popup_signal_selector',
  text: 'popup_signal_text',
  'attribute-text': 'popup_signal_attribute_text',
  'json-ld': 'popup_signal_json_ld',
  meta: 'popup_signal_meta',
  'page-global': 'popup_signal_page_global',
  attribute: 'popup_signal_attribute',
  'image-metadata': 'popup_signal_image_metadata',
};

/** "N éléments repérés sur cette page". */
export const SUMMARY_KEYS: PluralKeys = {
  zero: 'popup_summary_zero',
  one: 'popup_summary_one',
  many: 'popup_summary_many',
};

/**
 * Message key that may name a rule: `rule_` + rule id with `-` turned into `_` (message names
 * cannot hold `-`). Optional: rule authors add it when the vendor alone is not a good title.
 */
export function ruleTitleKey(ruleId: string): string {
  return `rule_${ruleId.replaceAll('-', '_')}`;
}

/** Heading of a finding: its vendor, else its rule's own title, else a title for its kind. */
export function findingTitle(finding: Pick<Finding, 'kind' | 'ruleId' | 'vendor'>, t: Translate): string {
  const ruleTitle = t(ruleTitleKey(finding.ruleId)) || t(KIND_DEFAULT_TITLE_KEYS[finding.kind]);
  // An observation about a chat names both what is missing and which chat.
  if (finding.kind === 'missing-disclosure' && finding.vendor) return `${ruleTitle} (${finding.vendor})`;
  return finding.vendor || ruleTitle;
}

/** The host shown under the title; empty for pages without one. */
export function pageHost(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** One sentence on why the page counts, or not, as a public-service site. */
export function publicServiceText(publicService: PublicService, t: Translate, url: string): string {
  switch (publicService.reason) {
    case 'national-service-domain':
      return t('popup_public_service_national', publicService.matched ?? pageHost(url));
    case 'public-sector-host-list':
      return t('popup_public_service_host_list');
    case 'user-added-site':
      return t('popup_public_service_user_added');
    case 'not-listed':
      return t('popup_public_service_not_listed');
  }
}
