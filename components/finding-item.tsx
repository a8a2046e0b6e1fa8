import { useTranslate } from '../lib/i18n/context';
import type { ChatKind, Disclosure, Finding } from '../lib/report/schema';
import { findingTitle } from '../lib/ui/labels';
import { DeclarationDetails } from './declaration-details';
import { EvidenceList } from './evidence-list';
import { LevelBadge } from './level-badge';
import { NoticeDetails } from './notice-details';

const CHAT_KIND_KEYS: Record<ChatKind, string> = {
  ai_bot: 'popup_chat_kind_ai_bot',
  live_chat: 'popup_chat_kind_live_chat',
  hybrid: 'popup_chat_kind_hybrid',
};

export interface FindingItemProps {
  finding: Finding;
  /** Called by "Montrer sur la page"; without it the button is not shown. */
  onShow?: (finding: Finding) => void;
}

/** One finding: title, level, why (evidence), and a button to show it on the page. */
export function FindingItem({ finding, onShow }: FindingItemProps) {
  const t = useTranslate();
  const title = findingTitle(finding, t);
  // Repeated buttons and summaries need the finding in their accessible name to be told apart.
  const titleForName = <span class="visually-hidden"> ({title})</span>;
  return (
    <li class="finding" data-testid="finding" data-rule-id={finding.ruleId} data-level={finding.level}>
      <h3 class="finding-title">{title}</h3>
      <LevelBadge level={finding.level} />
      {finding.state === 'declared' && <p class="finding-declared">{t('popup_state_declared')}</p>}
      {finding.chatKind && (
        <p class="finding-chat-kind" data-testid="chat-kind" data-chat-kind={finding.chatKind}>
          {t(CHAT_KIND_KEYS[finding.chatKind])}
        </p>
      )}
      {finding.kind === 'ai-chat' && finding.disclosure && <ChatDisclosure disclosure={finding.disclosure} />}
      {finding.kind === 'missing-disclosure' && (
        <p class="finding-disclosure" data-testid="disclosure-missing">
          {finding.disclosure?.state === 'self-described' && finding.disclosure.matched
            ? `${t('popup_disclosure_self_described', finding.disclosure.matched)} `
            : ''}
          {t(finding.disclosure?.closed ? 'popup_disclosure_missing_closed' : 'popup_disclosure_missing')}
        </p>
      )}
      {finding.kind === 'decision-notice' && finding.notice && <NoticeDetails notice={finding.notice} ruleId={finding.ruleId} />}
      {finding.kind === 'ai-content' && <DeclarationDetails evidence={finding.evidence} scope={finding.scope} />}
      <details class="finding-why">
        <summary>
          {t('popup_why')}
          {titleForName}
        </summary>
        <EvidenceList evidence={finding.evidence} />
        <p class="finding-rule">{t('popup_finding_rule', finding.ruleId)}</p>
      </details>
      {/* An image file's declaration has no element on the page to outline. */}
      {onShow && finding.evidence[0]?.signal !== 'image-metadata' && (
        <button type="button" class="button-secondary" data-testid="show-finding" onClick={() => onShow(finding)}>
          {t('popup_show_on_page')}
          {titleForName}
        </button>
      )}
    </li>
  );
}

/**
 * What the assistant says of itself, as Vigie read it: that it is an AI (its words), only that it is
 * a virtual assistant or a chatbot (its words, and that this is not saying AI), or nothing readable
 * because its window is closed. "Says nothing" is the missing-disclosure observation's to tell.
 */
function ChatDisclosure({ disclosure }: { disclosure: Disclosure }) {
  const t = useTranslate();
  const state = disclosure.state ?? (disclosure.found ? 'explicit' : 'none');
  if (state === 'explicit')
    return (
      <p class="finding-disclosure" data-testid="disclosure" data-disclosure={state}>
        {t('popup_disclosure_found', disclosure.matched ?? '')}
      </p>
    );
  if (state === 'self-described' && disclosure.matched)
    return (
      <p class="finding-disclosure" data-testid="disclosure" data-disclosure={state}>
        {t('popup_disclosure_self_described', disclosure.matched)}
        {disclosure.closed ? ` ${t('popup_disclosure_window_not_open')}` : ''}
      </p>
    );
  if (state === 'not-checkable')
    return (
      <p class="finding-disclosure" data-testid="disclosure" data-disclosure={state}>
        {t('popup_disclosure_not_checkable')}
      </p>
    );
  return null;
}
