import { useTranslate } from '../lib/i18n/context';
import { RESEARCH_DATE, formatLongDate, provenanceOf, type Lang, type LetterId } from '../lib/rights';

/** Link text for a source address: host and path, without the scheme. */
function sourceText(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}${u.pathname === '/' ? '' : u.pathname}${u.search}`;
  } catch {
    return url;
  }
}

export interface SourceNotesProps {
  letterId: LetterId;
  lang: Lang;
}

/**
 * "Sources et vérification", in small print: information, not legal advice; the check date; a link
 * to each official text and source the letter relies on. Links open in a new tab, without referrer.
 */
export function SourceNotes({ letterId, lang }: SourceNotesProps) {
  const t = useTranslate();
  const info = provenanceOf({ type: 'letter', id: letterId });
  const checkedOn = info?.checkedOn ?? RESEARCH_DATE;
  const bases = info?.legalBasis ?? [];
  const bySource = new Set(bases.map((b) => b.url));
  const others = (info?.sources ?? []).filter((s) => !bySource.has(s));
  const newTab = <span class="visually-hidden"> {t('act_new_tab')}</span>;
  return (
    <section class="source-notes" aria-labelledby="sources-heading" data-testid="sources">
      <h2 id="sources-heading">{t('act_sources_heading')}</h2>
      <p>
        <strong>{t('act_sources_not_advice')}</strong> {t('act_sources_not_advice_detail')}
      </p>
      <p>
        {t('act_sources_checked')} <time dateTime={checkedOn}>{formatLongDate(checkedOn, lang)}</time>
      </p>
      {bases.length > 0 && (
        <>
          <p id="sources-bases">{t('act_sources_bases', info?.title[lang] ?? '')}</p>
          <ul aria-labelledby="sources-bases">
            {bases.map((b) => (
              <li key={b.id}>
                <a href={b.url} target="_blank" rel="noreferrer" data-testid="source-link">
                  {b.title[lang]}
                  {newTab}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      {others.length > 0 && (
        <>
          <p id="sources-others">{t('act_sources_others')}</p>
          <ul aria-labelledby="sources-others">
            {others.map((url) => (
              <li key={url}>
                <a href={url} target="_blank" rel="noreferrer" data-testid="source-link">
                  {sourceText(url)}
                  {newTab}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
