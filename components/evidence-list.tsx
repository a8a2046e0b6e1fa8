import { useTranslate } from '../lib/i18n/context';
import type { Evidence } from '../lib/report/schema';
import { SIGNAL_KEYS } from '../lib/ui/labels';

/**
 * What matched on the page and where. `matched` and `where` come from the page, which is
 * untrusted: they are only ever text children, so Preact escapes them.
 */
export function EvidenceList({ evidence }: { evidence: readonly Evidence[] }) {
  const t = useTranslate();
  return (
    <ul class="evidence">
      {evidence.map((item, index) => (
        <li key={index}>
          <p class="evidence-signal">{t(SIGNAL_KEYS[item.signal])}</p>
          <p>
            <span class="evidence-label">{t('popup_evidence_matched')}</span> <code>{item.matched}</code>
          </p>
          {item.where && (
            <p>
              <span class="evidence-label">{t('popup_evidence_where')}</span> <code>{item.where}</code>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
