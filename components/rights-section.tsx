import { useLang, useTranslate } from '../lib/i18n/context';
import { formatLongDate, getLegalBasis, getFact, rightsForFindings, type BasisId, type FactId, type FindingForRights, type Right } from '../lib/rights';

/**
 * The rights that apply to what was found, one per finding kind and context (lib/rights): each
 * under a native disclosure, with its plain-language explanation, its legal basis linked to the
 * official text, its sources and the date the facts were checked.
 */
export function RightsSection({ findings }: { findings: readonly FindingForRights[] }) {
  const t = useTranslate();
  const lang = useLang();
  const rights = rightsForFindings(findings);
  if (rights.length === 0) return null;
  return (
    <section class="rights" aria-labelledby="rights-heading" data-testid="rights">
      <h2 id="rights-heading">{t('popup_rights_heading')}</h2>
      <p class="rights-intro">{t('popup_rights_intro')}</p>
      <ul class="rights-list">
        {rights.map((right) => (
          <RightItem key={right.id} right={right} lang={lang} />
        ))}
      </ul>
      <p class="trust-note" data-testid="trust-note">
        {t('popup_rights_not_advice', formatLongDate(newestCheck(rights), lang))}
      </p>
    </section>
  );
}

function RightItem({ right, lang }: { right: Right; lang: 'fr' | 'en' }) {
  const t = useTranslate();
  const bases = right.legalBasis.map((id) => getLegalBasis(id as BasisId));
  const sources = [...new Set(right.facts.flatMap((id) => getFact(id as FactId).sources))];
  return (
    <li class="right" data-testid="right" data-right-id={right.id}>
      <details>
        <summary>{right.title[lang]}</summary>
        <ul class="right-explanation">
          {right.explanation[lang].map((sentence, i) => (
            <li key={i}>{sentence}</li>
          ))}
        </ul>
        {right.caveat && <p class="right-caveat">{right.caveat[lang]}</p>}
        <p class="right-basis-label">{t('popup_rights_basis')}</p>
        <ul class="right-basis" data-testid="right-basis">
          {bases.map((basis) => (
            <li key={basis.id}>
              <a href={basis.url} target="_blank" rel="noreferrer">
                {basis.short}
              </a>{' '}
              <span class="right-basis-title">({basis.title[lang]})</span>
            </li>
          ))}
        </ul>
        <details class="right-sources">
          <summary>
            {t('popup_rights_sources')}
            <span class="visually-hidden"> ({right.title[lang]})</span>
          </summary>
          <ul>
            {sources.map((url) => (
              <li key={url}>
                <a href={url} target="_blank" rel="noreferrer">
                  {hostOf(url)}
                </a>
              </li>
            ))}
          </ul>
          <p>{t('popup_rights_checked_on', formatLongDate(right.checkedOn, lang))}</p>
        </details>
      </details>
    </li>
  );
}

function newestCheck(rights: readonly Right[]): string {
  return rights.map((r) => r.checkedOn).sort().at(-1)!;
}

function hostOf(url: string): string {
  try {
    const u = new URL(url);
    return u.hostname + (u.pathname.length > 1 ? u.pathname.slice(0, 40) + (u.pathname.length > 40 ? '…' : '') : '');
  } catch {
    return url;
  }
}
