import { useTranslate } from '../lib/i18n/context';
import type { FindingLevel } from '../lib/report/schema';
import { LEVEL_KEYS } from '../lib/ui/labels';

/** The level of a finding in words, with its meaning next to it (never colour alone). */
export function LevelBadge({ level }: { level: FindingLevel }) {
  const t = useTranslate();
  const keys = LEVEL_KEYS[level];
  return (
    <p class="level">
      <span class={`badge badge-${level}`}>
        {t(keys.label)}
        {/* A pause for screen readers between the badge and its explanation. */}
        <span class="visually-hidden">. </span>
      </span>{' '}
      <span class="level-help">{t(keys.help)}</span>
    </p>
  );
}
