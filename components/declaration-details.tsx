import { useTranslate } from '../lib/i18n/context';
import type { Evidence, SignalType } from '../lib/report/schema';

/** Where a kind of signal puts an AI declaration, in the words the popup uses. */
const WHERE_KEYS: Partial<Record<SignalType, string>> = {
  text: 'popup_declared_where_visible',
  'attribute-text': 'popup_declared_where_visible',
  'json-ld': 'popup_declared_where_data',
  meta: 'popup_declared_where_data',
  attribute: 'popup_declared_where_markup',
  selector: 'popup_declared_where_markup',
  'image-metadata': 'popup_declared_where_image',
};

/**
 * For AI content: what the site itself declared, quoted, and where the declaration sits. Only
 * the strongest piece of evidence is shown here; the others stay under "Pourquoi ?".
 */
export function DeclarationDetails({ evidence, scope = 'page' }: { evidence: readonly Evidence[]; scope?: 'page' | 'site' }) {
  const t = useTranslate();
  const first = evidence[0];
  if (!first) return null;
  const where = WHERE_KEYS[first.signal];
  return (
    <div class="declaration" data-testid="declaration" data-signal={first.signal} data-scope={scope}>
      <p>{t('popup_declared_what', first.matched)}</p>
      {/* A site's statement on its use of AI covers its content in general, maybe not this page. */}
      {scope === 'site' ? <p>{t('popup_declared_site_scope')}</p> : where && <p>{t(where)}</p>}
    </div>
  );
}
