import type { ComponentChildren } from 'preact';
import { useTranslate } from '../lib/i18n/context';

/** The "Lettres" section of the Agir page. */
export function LetterSection({ children }: { children: ComponentChildren }) {
  const t = useTranslate();
  return (
    <section class="letters" aria-labelledby="letters-heading" data-testid="letters">
      <h2 id="letters-heading">{t('act_letters_heading')}</h2>
      {children}
    </section>
  );
}
