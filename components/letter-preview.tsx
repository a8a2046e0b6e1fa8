import { useTranslate } from '../lib/i18n/context';
import { getLegalBasis, letterInfo, type Lang, type Letter } from '../lib/rights';
import { formFieldFor } from '../lib/ui/letter-draft';
import { CopyButton, rowsFor } from './letter-copy-button';
import { fieldLabel } from './letter-fields';

export interface LetterPreviewProps {
  /** The French letter: the one to send, copy, download and print. */
  letter: Letter;
  /** The English translation, shown under it when the page is in English. */
  translation?: Letter;
  lang: Lang;
  copy: (text: string) => Promise<void>;
  onDownload: () => void;
  onPrint: () => void;
}

/**
 * The letter as plain text in a read-only `<textarea>` (never HTML), the texts it cites, and what
 * to do with it. Placeholders of empty fields stay visible in brackets.
 */
export function LetterPreview({ letter, translation, lang, copy, onDownload, onPrint }: LetterPreviewProps) {
  const t = useTranslate();
  const info = letterInfo(letter.letterId);
  const bases = info.basis.map((id) => getLegalBasis(id));
  const missing = letter.missing.map((name) => fieldLabel(formFieldFor(letter.letterId, name), t));
  const hint = (translation ?? letter).recipientHint;
  return (
    <div class="letter-preview" data-testid="letter-preview">
      <h3>{t('act_preview_heading')}</h3>
      <p>
        <strong>{t('act_recipient_label')}</strong> {hint}
      </p>
      {missing.length > 0 ? (
        <p class="notice" data-testid="letter-missing">
          {t('act_missing', missing.join(', '))}
        </p>
      ) : (
        <p data-testid="letter-missing">{t('act_missing_none')}</p>
      )}
      <label for="letter-text" class="block-label">
        {lang === 'fr' ? t('act_preview_label') : t('act_preview_label_french')}
      </label>
      <textarea id="letter-text" class="letter-text" readOnly rows={rowsFor(letter.body)} value={letter.body} data-testid="letter-text" lang="fr" />
      <p id="letter-articles-label" class="articles-label">
        {t('act_articles_label')}
      </p>
      <ul class="articles" aria-labelledby="letter-articles-label" data-testid="letter-articles">
        {bases.map((b) => (
          <li key={b.id} data-token={b.token} lang="fr">
            {b.short}
          </li>
        ))}
      </ul>
      <div class="letter-actions">
        <CopyButton text={letter.body} label={t('act_copy')} done={t('act_copy_done')} copy={copy} testId="copy-letter" />
        <button type="button" class="button-secondary" data-testid="download-letter" onClick={onDownload}>
          {t('act_download')}
        </button>
        <button type="button" class="button-secondary" data-testid="print-letter" onClick={onPrint}>
          {t('act_print')}
        </button>
      </div>
      {translation && (
        <div class="translation">
          <h3>{t('act_translation_heading')}</h3>
          <p class="hint" id="letter-translation-hint">
            {t('act_translation_hint')}
          </p>
          <label for="letter-translation" class="block-label">
            {t('act_translation_label')}
          </label>
          <textarea
            id="letter-translation"
            class="letter-text"
            readOnly
            rows={rowsFor(translation.body)}
            value={translation.body}
            aria-describedby="letter-translation-hint"
            data-testid="letter-translation"
            lang="en"
          />
        </div>
      )}
    </div>
  );
}
