import type { ComponentChildren } from 'preact';
import { useTranslate } from '../lib/i18n/context';
import type { Translate } from '../lib/i18n/translate';
import type { LetterId } from '../lib/rights';
import {
  DATE_FIELDS,
  FIELD_MAX_LENGTH,
  MULTILINE_FIELDS,
  formFieldsOf,
  type FormFieldName,
  type LetterFormValues,
} from '../lib/ui/letter-draft';

/** Label of a form field. */
export function fieldLabel(name: FormFieldName, t: Translate): string {
  switch (name) {
    case 'fullName':
      return t('act_field_full_name');
    case 'address':
      return t('act_field_address');
    case 'administration':
      return t('act_field_administration');
    case 'administrationAddress':
      return t('act_field_administration_address');
    case 'dpoAddress':
      return t('act_field_dpo_address');
    case 'decisionRef':
      return t('act_field_decision_ref');
    case 'decisionDate':
      return t('act_field_decision_date');
    case 'requestDate':
      return t('act_field_request_date');
    case 'fileNumber':
      return t('act_field_file_number');
    case 'place':
      return t('act_field_place');
    case 'today':
      return t('act_field_today');
  }
}

function fieldHint(name: FormFieldName, t: Translate): string {
  switch (name) {
    case 'fileNumber':
      return t('act_hint_file_number');
    case 'decisionRef':
      return t('act_hint_decision_ref');
    case 'requestDate':
      return t('act_hint_request_date');
    case 'administrationAddress':
      return t('act_hint_administration_address');
    case 'dpoAddress':
      return t('act_hint_dpo_address');
    default:
      return '';
  }
}

/** `autocomplete` tokens: the person's own details only; "off" where a browser would wrongly fill in the person's address. */
const AUTOCOMPLETE: Partial<Record<FormFieldName, string>> = {
  fullName: 'name',
  address: 'street-address',
  place: 'address-level2',
  administration: 'off',
  administrationAddress: 'off',
  dpoAddress: 'off',
  decisionRef: 'off',
  fileNumber: 'off',
};

export interface LetterFieldsProps {
  letterId: LetterId;
  values: LetterFormValues;
  /** Fields whose value the letter could not use. */
  invalid: readonly FormFieldName[];
  onChange: (name: FormFieldName, value: string) => void;
  /** The data-protection officer's address found on the page, when the letter asks for it. */
  dpoFound?: string;
  /** The "keep a draft" checkbox, shown at the end of the fields. */
  children?: ComponentChildren;
}

/** The fields a letter asks for, with their labels, hints and errors. */
export function LetterFields({ letterId, values, invalid, onChange, dpoFound, children }: LetterFieldsProps) {
  const t = useTranslate();
  return (
    <fieldset class="letter-fields" data-testid="letter-fields">
      <legend>{t('act_fields_legend')}</legend>
      <p class="hint">{t('act_fields_intro')}</p>
      <p class="hint">{t('act_fields_private')}</p>
      {formFieldsOf(letterId).map((name) => {
        const id = `field-${name}`;
        const hint = fieldHint(name, t);
        const found = name === 'dpoAddress' && dpoFound ? t('act_dpo_found', dpoFound) : '';
        const isInvalid = invalid.includes(name);
        const describedBy = [hint && `${id}-hint`, found && `${id}-found`, isInvalid && `${id}-error`].filter(Boolean).join(' ') || undefined;
        const common = {
          id,
          name,
          value: values[name] ?? '',
          'aria-describedby': describedBy,
          'aria-invalid': isInvalid ? ('true' as const) : undefined,
          autocomplete: AUTOCOMPLETE[name],
          maxLength: FIELD_MAX_LENGTH[name],
          'data-testid': id,
          onInput: (event: Event) => onChange(name, (event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
        };
        return (
          <div class="field" key={name}>
            <label for={id}>{fieldLabel(name, t)}</label>
            {hint && (
              <p class="hint" id={`${id}-hint`}>
                {hint}
              </p>
            )}
            {found && (
              <p class="notice found" id={`${id}-found`} data-testid="dpo-found">
                {found}
              </p>
            )}
            {MULTILINE_FIELDS.has(name) ? (
              <textarea {...common} rows={3} />
            ) : DATE_FIELDS.has(name) ? (
              <input {...common} type="date" />
            ) : (
              <input {...common} type="text" />
            )}
            {isInvalid && (
              <p class="field-error" id={`${id}-error`}>
                {t('act_field_invalid')}
              </p>
            )}
          </div>
        );
      })}
      {children}
    </fieldset>
  );
}
