import { useTranslate } from '../lib/i18n/context';
import { translatePlural } from '../lib/i18n/plural';
import type { Finding, Report } from '../lib/report/schema';
import { SUMMARY_KEYS, publicServiceText } from '../lib/ui/labels';
import { FindingGroups } from './finding-groups';
import { ImageCheck } from './image-check';
import { ContactsSection } from './contacts-section';
import { RightsSection } from './rights-section';
import { DiscussedSection } from './discussed-section';

export interface ReportViewProps {
  /** A report that passed `reportSchema`. */
  report: Report;
  onShowFinding?: (finding: Finding) => void;
  /** Receives the report with the image findings after "Vérifier les images" (see useCheckedReport). */
  onImagesChecked: (report: Report) => void;
}

/** The report of a page: summary first, then findings by kind, then the rights involved. */
export function ReportView({ report, onShowFinding, onImagesChecked }: ReportViewProps) {
  const t = useTranslate();
  const count = report.findings.length;
  const summary = (
    <p class="summary" data-testid="summary">
      {translatePlural(t, SUMMARY_KEYS, count)}
    </p>
  );
  return (
    <>
      <div class="overview">
        {count === 0 ? (
          // With nothing found, the summary is the empty state: saying it twice would be noise.
          <div class="empty-state" data-testid="empty-state">
            {summary}
            <p>{t('popup_empty_detail')}</p>
          </div>
        ) : (
          summary
        )}
        <p class="public-service" data-testid="public-service">
          {publicServiceText(report.publicService, t, report.url)}
        </p>
        {report.scan?.truncated && (
          <p class="notice" data-testid="truncated">
            {t('popup_scan_truncated')}
          </p>
        )}
      </div>
      {count > 0 && (
        <>
          <FindingGroups findings={report.findings} onShow={onShowFinding} />
          <RightsSection findings={report.findings} />
          <ContactsSection url={report.url} pageContacts={report.pageContacts} />
        </>
      )}
      {report.discussed && <DiscussedSection discussed={report.discussed} />}
      <ImageCheck onReport={onImagesChecked} />
    </>
  );
}
