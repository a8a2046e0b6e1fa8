import { useTranslate } from '../lib/i18n/context';
import { translatePlural } from '../lib/i18n/plural';
import { MENTION_ELEMENTS, type MentionElement, type MentionElementId, type Notice, type NoticeContext } from '../lib/report/schema';

const ELEMENT_KEYS: Record<MentionElementId, string> = {
  purpose: 'popup_mention_purpose',
  rightToRules: 'popup_mention_right_to_rules',
  howToExercise: 'popup_mention_how_to_exercise',
  cada: 'popup_mention_cada',
};

/**
 * Parcoursup has its own regime (code de l'éducation art. L. 612-3): the candidate asks for the
 * criteria and the pedagogical reasons, not for an algorithm's rules.
 */
function adviceKey(ruleId: string, context: NoticeContext, law: 'fr' | 'eu'): string {
  if (law === 'eu') return context === 'decision' ? 'popup_notice_advice_decision_eu' : 'popup_notice_advice_information_eu';
  if (ruleId === 'parcoursup-examination-notice') return context === 'decision' ? 'popup_notice_advice_parcoursup' : 'popup_notice_advice_information_parcoursup';
  if (context === 'procedure') return 'popup_notice_advice_procedure';
  return context === 'decision' ? 'popup_notice_advice_decision' : 'popup_notice_advice_information';
}

const CONTEXT_KEYS: Record<NoticeContext, string> = {
  decision: 'popup_notice_context_decision',
  procedure: 'popup_notice_context_procedure',
  about: 'popup_notice_context_information',
};

const SUMMARY_KEYS = { zero: 'popup_mention_summary_zero', one: 'popup_mention_summary_one', many: 'popup_mention_summary_many' };

/** What the popup says of one element: present (with the words), not clearly said, or missing. */
function elementState(element: MentionElement): 'present' | 'unclear' | 'missing' {
  if (element.present) return 'present';
  return element.unclear ? 'unclear' : 'missing';
}

/**
 * How Vigie read a decision notice: addressed to the reader, the administration's own notice for
 * one of its procedures, or a page about the law (with the page's words that say so); for a
 * decision or a procedure notice, which of the four required elements its mention holds, each
 * present, missing or "not clearly said". Quotes come from the page: text children only.
 */
export function NoticeDetails({ notice, ruleId }: { notice: Notice; ruleId: string }) {
  const t = useTranslate();
  const law = notice.law ?? 'fr';
  const states = notice.elements ? MENTION_ELEMENTS.map((id) => elementState(notice.elements![id])) : [];
  const missing = states.filter((s) => s !== 'present').length;
  return (
    <div class="notice-reading" data-testid="notice" data-context={notice.context} data-law={law}>
      <p class="notice-context">{t(CONTEXT_KEYS[notice.context])}</p>
      {law === 'eu' && <p class="notice-law">{t('popup_notice_law_eu')}</p>}
      {notice.cues.length > 0 && <p class="notice-cues">{t('popup_notice_cues', notice.cues.join(' · '))}</p>}
      <p class="notice-advice">{t(adviceKey(ruleId, notice.context, law))}</p>
      {notice.context !== 'about' && notice.elements && (
        <div class="mention-check" data-testid="mention-elements">
          <h4>{t('popup_mention_heading')}</h4>
          <p data-testid="mention-summary">{translatePlural(t, SUMMARY_KEYS, missing)}</p>
          <ul class="mention-elements">
            {MENTION_ELEMENTS.map((id, i) => {
              const element = notice.elements![id];
              const state = states[i]!;
              return (
                <li key={id} data-testid="mention-element" data-element={id} data-present={String(element.present)} data-state={state} class={`is-${state}`}>
                  <span class="mention-element-name">{t(ELEMENT_KEYS[id])}</span>{' '}
                  <span class="mention-element-state">
                    {state === 'present'
                      ? t('popup_mention_present', element.matched ?? '')
                      : state === 'unclear'
                        ? t('popup_mention_unclear', element.matched ?? '')
                        : t('popup_mention_missing')}
                  </span>
                </li>
              );
            })}
          </ul>
          <p class="mention-basis">{t('popup_mention_basis')}</p>
        </div>
      )}
    </div>
  );
}
