import { useTranslate } from '../lib/i18n/context';
import { letterInfo, type Lang, type LetterId } from '../lib/rights';

export interface LetterChoiceProps {
  /** The letters to offer, in order (suggested first). */
  letters: readonly LetterId[];
  suggested: ReadonlySet<LetterId>;
  value: LetterId;
  lang: Lang;
  onChange: (letter: LetterId) => void;
}

/** A native radio group: Tab reaches the chosen letter, arrow keys move between letters. */
export function LetterChoice({ letters, suggested, value, lang, onChange }: LetterChoiceProps) {
  const t = useTranslate();
  return (
    <fieldset class="letter-choice" data-testid="letter-choice">
      <legend>{t('act_choice_legend')}</legend>
      {letters.map((id) => (
        <div class="radio-row" key={id}>
          <input
            type="radio"
            name="letter"
            id={`letter-${id}`}
            value={id}
            checked={id === value}
            onChange={() => onChange(id)}
            data-testid={`letter-radio-${id}`}
          />
          <label for={`letter-${id}`}>
            {letterInfo(id).title[lang]}
            {suggested.has(id) && (
              <>
                {' '}
                <span class="suggested">{t('act_choice_suggested')}</span>
              </>
            )}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
