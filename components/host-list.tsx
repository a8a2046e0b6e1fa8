import { useTranslate } from '../lib/i18n/context';

export interface HostListProps {
  hosts: readonly string[];
  onRemove: (host: string) => void;
  /** Test id of the list, for the end-to-end tests. */
  testId?: string;
}

/** A list of sites, each with a "Retirer" button whose accessible name includes the site. */
export function HostList({ hosts, onRemove, testId }: HostListProps) {
  const t = useTranslate();
  if (hosts.length === 0) return <p class="list-empty">{t('options_list_empty')}</p>;
  return (
    <ul class="host-list" data-testid={testId}>
      {hosts.map((host) => (
        <li key={host}>
          <span class="host">{host}</span>{' '}
          <button type="button" class="button-secondary" onClick={() => onRemove(host)}>
            {t('options_remove')}
            <span class="visually-hidden"> {host}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
