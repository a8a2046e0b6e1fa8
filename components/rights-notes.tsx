import { useTranslate } from '../lib/i18n/context';
import type { FindingKind } from '../lib/report/schema';
import { KIND_ORDER, KIND_RIGHTS_KEYS } from '../lib/ui/labels';

/** One line on the right involved per kind of finding present; nothing when no right applies. */
export function RightsNotes({ kinds }: { kinds: ReadonlySet<FindingKind> }) {
  const t = useTranslate();
  const keys = KIND_ORDER.filter((kind) => kinds.has(kind)).flatMap((kind) => KIND_RIGHTS_KEYS[kind] ?? []);
  if (keys.length === 0) return null;
  return (
    <section class="rights" aria-labelledby="rights-heading" data-testid="rights">
      <h2 id="rights-heading">{t('popup_rights_heading')}</h2>
      <ul>
        {keys.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    </section>
  );
}
