import { useTranslate } from '../lib/i18n/context';
import { translatePlural } from '../lib/i18n/plural';
import { MENTION_ELEMENTS, type MentionElementId, type Notice } from '../lib/report/schema';

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
function adviceKey(ruleId: string, decision: boolean): string {
  if (ruleId === 'parcoursup-examination-notice') return decision ? 'popup_notice_advice_parcoursup' : 'popup_notice_advice_information_parcoursup';
  return decision ? 'popup_notice_advice_decision' : 'popup_notice_advice_information';
}

const SUMMARY_KEYS = { zero: 'popup_mention_summary_zero', one: 'popup_mention_summary_one', many: 'popup_mention_summary_many' };

/**
 * How Vigie read a decision notice: addressed to the reader or in a page about the law (with the
 * page's words that say so), and for a decision, which of the four required elements its mention
 * holds. Quotes come from the page: text children only.
 */
export function NoticeDetails({ notice, ruleId }: { notice: Notice; ruleId: string }) {
  const t = useTranslate();
  const decision = notice.context === 'decision';
  const missing = notice.elements ? MENTION_ELEMENTS.filter((id) => !notice.elements![id].present).length : 0;
  return (
    <div class="notice-reading" data-testid="notice" data-context={notice.context}>
      <p class="notice-context">{t(decision ? 'popup_notice_context_decision' : 'popup_notice_context_information')}</p>
      {notice.cues.length > 0 && <p class="notice-cues">{t('popup_notice_cues', notice.cues.join(' · '))}</p>}
      <p class="notice-advice">{t(adviceKey(ruleId, decision))}</p>
      {decision && notice.elements && (
        <div class="mention-check" data-testid="mention-elements">
          <h4>{t('popup_mention_heading')}</h4>
          <p data-testid="mention-summary">{translatePlural(t, SUMMARY_KEYS, missing)}</p>
          <ul class="mention-elements">
            {MENTION_ELEMENTS.map((id) => {
              const element = notice.elements![id];
              return (
                <li key={id} data-testid="mention-element" data-element={id} data-present={String(element.present)} class={element.present ? 'is-present' : 'is-missing'}>
                  <span class="mention-element-name">{t(ELEMENT_KEYS[id])}</span>{' '}
                  <span class="mention-element-state">
                    {element.present ? t('popup_mention_present', element.matched ?? '') : t('popup_mention_missing')}
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
