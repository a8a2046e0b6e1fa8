import { useEffect, useRef, useState } from 'preact/hooks';
import { useTranslate } from '../lib/i18n/context';
import { StatusMessage } from './status-message';

/**
 * Rows for a read-only text box so that the whole text shows without an inner scroll bar (about
 * 70 characters a line), within limits.
 */
export function rowsFor(text: string, min = 6, max = 60): number {
  const rows = text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / 70)), 0);
  return Math.min(max, Math.max(min, rows));
}

/**
 * A message for a polite live region. It is emptied first, so the same message twice in a row
 * ("Lettre copiée") is announced twice.
 */
export function useAnnounce(): [string, (message: string) => void] {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const announce = (next: string) => {
    setMessage('');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setMessage(next), 50);
  };
  return [message, announce];
}

export interface CopyButtonProps {
  text: string;
  /** Button text. */
  label: string;
  /** Said once the text is on the clipboard. */
  done: string;
  copy: (text: string) => Promise<void>;
  testId?: string;
}

/** "Copier", with a `role="status"` line saying it worked (or how to copy by hand when it did not). */
export function CopyButton({ text, label, done, copy, testId }: CopyButtonProps) {
  const t = useTranslate();
  const [status, announce] = useAnnounce();
  return (
    <>
      <button
        type="button"
        data-testid={testId}
        onClick={() => {
          copy(text).then(
            () => announce(done),
            () => announce(t('act_copy_failed')),
          );
        }}
      >
        {label}
      </button>
      <StatusMessage message={status} testId={testId ? `${testId}-status` : undefined} />
    </>
  );
}
