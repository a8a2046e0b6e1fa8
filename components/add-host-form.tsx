import { useId, useRef, useState } from 'preact/hooks';
import { useTranslate } from '../lib/i18n/context';
import { parseHostInput } from '../lib/storage/settings';

export interface AddHostFormProps {
  /** Id of the heading that names this form. */
  labelledBy: string;
  /**
   * Called with a valid host, synchronously inside the submit event, so that it may ask for a
   * permission (browsers require a user gesture). Resolves to an error message key, or undefined.
   */
  onAdd: (host: string) => Promise<string | undefined> | string | undefined;
}

/**
 * "Adresse du site" + "Ajouter". The error is tied to the field (aria-describedby + aria-invalid)
 * and focus goes back to the field, so a screen reader reads the error with the label.
 */
export function AddHostForm({ labelledBy, onAdd }: AddHostFormProps) {
  const t = useTranslate();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  const [errorKey, setErrorKey] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  const fail = (key: string) => {
    setErrorKey(key);
    inputRef.current?.focus();
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!value.trim()) return fail('options_error_empty');
    const host = parseHostInput(value);
    if (!host) return fail('options_error_invalid');
    // No await before onAdd: it may need the user gesture of this event.
    const result = onAdd(host);
    setBusy(true);
    void Promise.resolve(result)
      .then((key) => {
        if (key) return fail(key);
        setErrorKey(undefined);
        setValue('');
      })
      .finally(() => setBusy(false));
  };

  return (
    <form class="add-host" aria-labelledby={labelledBy} onSubmit={submit} noValidate>
      <label for={id}>{t('options_site_label')}</label>
      <p id={hintId} class="hint">
        {t('options_site_hint')}
      </p>
      <div class="add-host-row">
        <input
          ref={inputRef}
          id={id}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          value={value}
          onInput={(event) => setValue(event.currentTarget.value)}
          aria-describedby={errorKey ? `${errorId} ${hintId}` : hintId}
          aria-invalid={errorKey ? true : undefined}
        />
        <button type="submit">{t('options_add')}</button>
      </div>
      {errorKey && (
        <p id={errorId} class="field-error">
          {t(errorKey)}
        </p>
      )}
    </form>
  );
}
