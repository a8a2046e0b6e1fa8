import { useTranslate } from '../lib/i18n/context';
import type { Discussed } from '../lib/report/schema';
import { RightsSection } from './rights-section';

/**
 * A page that talks about the law on algorithmic decisions (an article, a guide, a privacy policy)
 * notifies nothing: it is no finding and nothing on the badge. The popup says so quietly, quotes
 * what made it read so, and offers the general rights only when the person opens them.
 */
export function DiscussedSection({ discussed }: { discussed: readonly Discussed[] }) {
  const t = useTranslate();
  if (discussed.length === 0) return null;
  const cues = [...new Set(discussed.flatMap((d) => d.cues))].slice(0, 4);
  return (
    <section class="discussed" aria-labelledby="discussed-heading" data-testid="discussed">
      <h2 id="discussed-heading">{t('popup_discussed_heading')}</h2>
      <p>{t('popup_notice_context_information')}</p>
      {cues.length > 0 && <p class="notice-cues">{t('popup_notice_cues', cues.join(' · '))}</p>}
      <details class="discussed-rights" data-testid="discussed-rights">
        <summary>{t('popup_discussed_show_rights')}</summary>
        <RightsSection findings={discussed.map((d) => ({ kind: d.kind, ruleId: d.ruleId, notice: { context: 'about' as const } }))} />
      </details>
    </section>
  );
}
