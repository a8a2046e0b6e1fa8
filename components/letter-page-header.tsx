import { useTranslate } from '../lib/i18n/context';
import type { Translate } from '../lib/i18n/translate';
import type { FindingKind, Report } from '../lib/report/schema';
import { KIND_HEADING_KEYS, KIND_ORDER, pageHost } from '../lib/ui/labels';

/** A heading used inside a sentence: lower-case first letter, unless it starts an acronym ("AI"). */
function inSentence(text: string): string {
  const [first = '', second = ''] = text;
  return second && second === second.toLowerCase() ? first.toLowerCase() + text.slice(1) : text;
}

/** "décisions prises avec un algorithme (1), assistants et discussions en ligne (2)". */
function kindsList(report: Report, t: Translate): string {
  const counts = new Map<FindingKind, number>();
  for (const f of report.findings) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  return KIND_ORDER.filter((k) => counts.has(k))
    .map((k) => `${inSentence(t(KIND_HEADING_KEYS[k]))} (${counts.get(k)})`)
    .join(', ');
}

export interface LetterPageHeaderProps {
  /** The tab's report; null when there is none (or no tab). */
  report: Report | null;
  loading: boolean;
}

/** The page's one `<h1>`, then which page the letters are about and what Vigie found there. */
export function LetterPageHeader({ report, loading }: LetterPageHeaderProps) {
  const t = useTranslate();
  const host = report ? pageHost(report.url) : '';
  const count = report?.findings.length ?? 0;
  return (
    <header class="page-header">
      <h1>{t('act_heading')}</h1>
      <p class="lead">{t('act_intro')}</p>
      {loading ? (
        <p data-testid="context">{t('act_loading')}</p>
      ) : (
        <div class="context" data-testid="context">
          {host && <p>{t('act_context_host', host)}</p>}
          {report && count > 0 && <p>{t('act_context_findings', kindsList(report, t))}</p>}
          {report && count === 0 && <p>{t('act_context_nothing')}</p>}
          {!report && <p>{t('act_context_no_report')}</p>}
          {(!report || count === 0) && <p>{t('act_context_still')}</p>}
        </div>
      )}
    </header>
  );
}
