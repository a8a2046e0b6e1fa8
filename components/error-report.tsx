import { useEffect, useRef, useState } from 'preact/hooks';
import { useTranslate } from '../lib/i18n/context';
import { buildErrorReport, getRight, letterInfo, type Lang, type LetterId, type ReportedItem } from '../lib/rights';
import { CopyButton, rowsFor } from './letter-copy-button';

export interface ErrorReportFormProps {
  lang: Lang;
  /** The letters shown on the page. */
  letters: readonly LetterId[];
  /** The letter chosen: selected at first, and its rights are offered too. */
  letterId: LetterId;
  /** The page the letters are about (only origin and path go into the report). */
  pageUrl?: string;
  extensionVersion?: string;
  copy: (text: string) => Promise<void>;
}

const itemValue = (item: ReportedItem) => `${item.type}:${item.id}`;

function parseItem(value: string): ReportedItem {
  const [type, id = ''] = value.split(':');
  return type === 'right' ? { type: 'right', id } : { type: 'letter', id: id as LetterId };
}

/**
 * "Signaler une erreur": prepares a plain-text report to copy. No network call: Vigie has no
 * address to send it to, so the person passes it on to whoever installed Vigie for them.
 */
export function ErrorReportForm({ lang, letters, letterId, pageUrl, extensionVersion, copy }: ErrorReportFormProps) {
  const t = useTranslate();
  const [item, setItem] = useState<string | undefined>(undefined);
  const [message, setMessage] = useState('');
  const [report, setReport] = useState<string | null>(null);
  const output = useRef<HTMLTextAreaElement>(null);
  // The message appears under the button: focus goes to it, so nobody has to look for it.
  const [focusSeq, setFocusSeq] = useState(0);
  useEffect(() => {
    if (focusSeq > 0) output.current?.focus();
  }, [focusSeq]);
  const rights = letterInfo(letterId).rights;
  // A choice made for another letter (one of its rights) is no longer offered: fall back.
  const offered = [...letters.map((id) => itemValue({ type: 'letter', id })), ...rights.map((id) => itemValue({ type: 'right', id }))];
  const selected = item !== undefined && offered.includes(item) ? item : itemValue({ type: 'letter', id: letterId });

  const onSubmit = (e: Event) => {
    e.preventDefault();
    const built = buildErrorReport({ lang, item: parseItem(selected), pageUrl, message: message.slice(0, 2000), extensionVersion });
    setReport(`${built.subject}\n\n${built.body}`);
    setFocusSeq((n) => n + 1);
  };

  return (
    <section class="error-report" aria-labelledby="error-heading" data-testid="error-report">
      <h2 id="error-heading">{t('act_error_heading')}</h2>
      <p>{t('act_error_intro')}</p>
      <form onSubmit={onSubmit} noValidate>
        <div class="field">
          <label for="error-item">{t('act_error_item_label')}</label>
          <select id="error-item" value={selected} data-testid="error-item" onChange={(e) => setItem((e.currentTarget as HTMLSelectElement).value)}>
            <optgroup label={t('act_error_group_letters')}>
              {letters.map((id) => (
                <option key={id} value={itemValue({ type: 'letter', id })}>
                  {letterInfo(id).title[lang]}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('act_error_group_rights')}>
              {rights.map((id) => (
                <option key={id} value={itemValue({ type: 'right', id })}>
                  {getRight(id).title[lang]}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
        <div class="field">
          <label for="error-message">{t('act_error_message_label')}</label>
          <p class="hint" id="error-message-hint">
            {t('act_error_message_hint')}
          </p>
          <textarea
            id="error-message"
            rows={4}
            maxLength={2000}
            value={message}
            aria-describedby="error-message-hint"
            data-testid="error-message"
            onInput={(e) => setMessage((e.currentTarget as HTMLTextAreaElement).value)}
          />
        </div>
        <button type="submit" data-testid="error-submit">
          {t('act_error_submit')}
        </button>
      </form>
      {report !== null && (
        <div class="error-output">
          <label for="error-text" class="block-label">
            {t('act_error_output_label')}
          </label>
          <textarea ref={output} id="error-text" class="letter-text" readOnly rows={rowsFor(report)} value={report} data-testid="error-text" />
          <p>{t('act_error_send_to')}</p>
          <div class="letter-actions">
            <CopyButton text={report} label={t('act_copy')} done={t('act_error_copy_done')} copy={copy} testId="copy-error" />
          </div>
        </div>
      )}
    </section>
  );
}
