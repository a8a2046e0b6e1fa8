/**
 * A polite live region. It stays in the page even when empty: screen readers only announce
 * changes to regions that already existed.
 */
export function StatusMessage({ message, testId }: { message: string; testId?: string }) {
  return (
    <p class="status" role="status" aria-live="polite" aria-atomic="true" data-testid={testId}>
      {message}
    </p>
  );
}
