import { useEffect } from 'preact/hooks';
import { useTranslate } from '../lib/i18n/context';
import type { Translate } from '../lib/i18n/translate';
import { useAnnounce } from './letter-copy-button';
import { StatusMessage } from './status-message';

/** What just happened to the draft. */
export type DraftEvent = 'saved' | 'deleted' | 'restored' | 'repaired' | 'corrupt' | 'error';

function eventText(event: DraftEvent, t: Translate): string {
  switch (event) {
    case 'saved':
      return t('act_draft_saved');
    case 'deleted':
      return t('act_draft_deleted');
    case 'restored':
      return t('act_draft_restored');
    case 'repaired':
      return t('act_draft_repaired');
    case 'corrupt':
      return t('act_draft_corrupt');
    case 'error':
      return t('act_draft_error');
  }
}

export interface LetterDraftToggleProps {
  checked: boolean;
  onToggle: (keep: boolean) => void;
  /** The last thing that happened to the draft, with a sequence number so a repeat is announced again. */
  event?: { type: DraftEvent; seq: number };
}

/** "Garder un brouillon sur cet ordinateur": unchecked by default; unchecking deletes the draft. */
export function LetterDraftToggle({ checked, onToggle, event }: LetterDraftToggleProps) {
  const t = useTranslate();
  const [status, announce] = useAnnounce();
  useEffect(() => {
    if (event) announce(eventText(event.type, t));
  }, [event?.seq]);
  return (
    <div class="draft">
      <div class="checkbox-row">
        <input
          type="checkbox"
          id="keep-draft"
          checked={checked}
          aria-describedby="keep-draft-hint"
          data-testid="keep-draft"
          onChange={(e) => onToggle((e.currentTarget as HTMLInputElement).checked)}
        />
        <label for="keep-draft">{t('act_draft_checkbox')}</label>
      </div>
      <p class="hint" id="keep-draft-hint">
        {checked ? t('act_draft_on_hint') : t('act_draft_off_hint')}
      </p>
      <StatusMessage message={status} testId="draft-status" />
    </div>
  );
}
