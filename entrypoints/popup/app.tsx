import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { MediatorSummaryView } from '../../components/mediator-summary';
import { ReportView } from '../../components/report-view';
import { useCheckedReport } from '../../components/image-check';
import { StatusMessage } from '../../components/status-message';
import { TranslateContext } from '../../lib/i18n/context';
import type { Translate } from '../../lib/i18n/translate';
import type { ShowFindingResponse } from '../../lib/messaging/protocol';
import type { Finding, Report } from '../../lib/report/schema';
import { effectiveMediatorMode, loadManagedPolicy, type EffectiveMediatorMode } from '../../lib/storage/managed';
import { SETTINGS_KEY, readSettings } from '../../lib/storage/settings';
import * as client from '../../lib/ui/client';
import { buildMediatorSummary } from '../../lib/ui/mediator-summary';
import { actPageUrl } from '../../lib/ui/act-url';
import { summaryPageUrl } from '../../lib/ui/summary-url';
import { pageHost } from '../../lib/ui/labels';
import { downloadTextFile, reportFileName, reportToJson } from '../../lib/ui/report-export';

/** What the popup needs from the browser; tests pass fakes. */
export interface PopupDeps {
  getReport: (tabId: number) => Promise<Report | null>;
  scanTab: (tabId: number) => Promise<Report | null>;
  showFinding: (tabId: number, findingId: string) => Promise<ShowFindingResponse>;
  /** Id of the active tab of the current window, if any. */
  activeTabId: () => Promise<number | undefined>;
  openInTab: (tabId: number) => Promise<unknown>;
  openOptions: () => Promise<unknown>;
  download: (fileName: string, text: string) => void;
  /** Closes the toolbar popup (not called when the popup is in a tab). */
  closeWindow: () => void;
  /** Whether the popup opens on the mediator summary: the organisation's policy, else the person's setting. */
  loadMediatorMode: () => Promise<EffectiveMediatorMode>;
  /** Opens the summary page of a tab (to print it, with `print`). */
  openSummary: (tabId: number, print: boolean) => Promise<unknown>;
  /** Opens the "Agir" page (letters, deadlines) about the tab. */
  openAct: (tabId: number) => Promise<unknown>;
}

/** Mediator mode as stored; any failure means the usual popup. */
export async function loadMediatorModeFromBrowser(): Promise<EffectiveMediatorMode> {
  const stored = await browser.storage.local.get(SETTINGS_KEY).catch(() => ({}) as Record<string, unknown>);
  const { settings } = readSettings((stored as Record<string, unknown>)[SETTINGS_KEY]);
  // `storage.managed` is missing in some test browsers; Firefox rejects when no policy exists.
  const policy = await loadManagedPolicy((browser.storage as { managed?: Parameters<typeof loadManagedPolicy>[0] }).managed);
  return effectiveMediatorMode(settings, policy);
}

/** The real browser. */
export const defaultPopupDeps: PopupDeps = {
  getReport: (tabId) => client.getReport(tabId),
  scanTab: (tabId) => client.scanTab(tabId),
  showFinding: (tabId, findingId) => client.showFinding(tabId, findingId),
  activeTabId: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id,
  openInTab: (tabId) => browser.tabs.create({ url: `${browser.runtime.getURL('/popup.html')}?tabId=${tabId}` }),
  openOptions: () => browser.runtime.openOptionsPage(),
  download: (fileName, text) => downloadTextFile(fileName, text),
  closeWindow: () => window.close(),
  loadMediatorMode: loadMediatorModeFromBrowser,
  openSummary: (tabId, print) => browser.tabs.create({ url: summaryPageUrl(tabId, { print }) }),
  openAct: (tabId) => browser.tabs.create({ url: actPageUrl(tabId) }),
};

export interface PopupAppProps {
  /** Tab to report on; when absent, the active tab of the current window. */
  tabId?: number;
  /** True when the popup is shown in a tab; hides "Ouvrir dans un onglet". Defaults to `tabId !== undefined`. */
  inTab?: boolean;
  deps?: Partial<PopupDeps>;
  t: Translate;
}

type Phase = 'loading' | 'scanning' | 'done';
/** Why there is no report to show. */
type Problem = 'none' | 'unavailable' | 'error' | 'no-tab';

interface PopupState {
  phase: Phase;
  report: Report | null;
  problem: Problem;
}

/** The toolbar popup: the report of one tab, and what can be done with it. */
export function PopupApp({ tabId: givenTabId, inTab = givenTabId !== undefined, deps: partialDeps, t }: PopupAppProps) {
  const deps: PopupDeps = { ...defaultPopupDeps, ...partialDeps };
  const [tabId, setTabId] = useState<number | undefined>(givenTabId);
  const [state, setState] = useState<PopupState>({ phase: 'loading', report: null, problem: 'none' });
  const [announcement, setAnnouncement] = useState('');
  // Undefined until read: the popup must not flash the usual view before the summary.
  const [mediator, setMediator] = useState<EffectiveMediatorMode | undefined>(undefined);
  const [showDetail, setShowDetail] = useState(false);
  const announceTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Answers of an older scan must not overwrite a newer one.
  const requestSeq = useRef(0);

  const announce = (message: string) => {
    // Emptied first so that the same message twice in a row is announced twice.
    setAnnouncement('');
    clearTimeout(announceTimer.current);
    announceTimer.current = setTimeout(() => setAnnouncement(message), 50);
  };

  const scan = async (id: number, announceEnd: boolean) => {
    const seq = ++requestSeq.current;
    setState((previous) => ({ ...previous, phase: 'scanning' }));
    let next: PopupState;
    try {
      const report = await deps.scanTab(id);
      next = { phase: 'done', report, problem: report ? 'none' : 'unavailable' };
    } catch {
      next = { phase: 'done', report: null, problem: 'error' };
    }
    if (seq !== requestSeq.current) return;
    setState(next);
    if (announceEnd) announce(t('popup_scan_done'));
  };

  useEffect(() => {
    let cancelled = false;
    void deps
      .loadMediatorMode()
      .catch((): EffectiveMediatorMode => ({ on: false, source: 'person' }))
      .then((mode) => {
        if (!cancelled) setMediator(mode);
      });
    void (async () => {
      const id = givenTabId ?? (await deps.activeTabId().catch(() => undefined));
      if (cancelled) return;
      setTabId(id);
      if (id === undefined) {
        setState({ phase: 'done', report: null, problem: 'no-tab' });
        return;
      }
      const seq = ++requestSeq.current;
      try {
        const report = await deps.getReport(id);
        if (cancelled || seq !== requestSeq.current) return;
        if (report) setState({ phase: 'done', report, problem: 'none' });
        else await scan(id, true);
      } catch {
        if (!cancelled && seq === requestSeq.current) setState({ phase: 'done', report: null, problem: 'error' });
      }
    })();
    return () => {
      cancelled = true;
      clearTimeout(announceTimer.current);
    };
    // Runs once: the popup is about one tab for its whole life.
  }, []);

  const onShowFinding = async (finding: Finding) => {
    if (tabId === undefined) return;
    try {
      const { shown } = await deps.showFinding(tabId, finding.id);
      announce(t(shown ? 'popup_show_done' : 'popup_show_missing'));
    } catch {
      announce(t('popup_show_error'));
    }
  };

  const { phase, problem } = state;
  // After "Vérifier les images", the report with the image findings, for the summary and the detail alike.
  const [report, setCheckedReport] = useCheckedReport(state.report);
  const mediatorOn = mediator?.on === true;
  const busy = phase !== 'done' || mediator === undefined;
  const host = report ? pageHost(report.url) : '';
  const status = phase === 'loading' ? t('popup_loading') : phase === 'scanning' ? t('popup_scanning') : announcement;

  return (
    <TranslateContext.Provider value={t}>
      <header class="page-header">
        <h1>{t('ext_name')}</h1>
        {mediatorOn && <p class="mode-label">{t('popup_mediator_title')}</p>}
        {host && <p class="page-host">{t('popup_page_host', host)}</p>}
      </header>
      <StatusMessage message={status} testId="status" />
      <main aria-busy={busy ? 'true' : undefined}>
        {report && mediator !== undefined && !mediatorOn && <ReportView report={report} onShowFinding={onShowFinding} onImagesChecked={setCheckedReport} />}
        {report && mediatorOn && (
          <>
            <MediatorSummaryView
              summary={buildMediatorSummary(report, t)}
              onPrint={() => {
                if (tabId === undefined) return;
                void deps.openSummary(tabId, true).then(() => {
                  if (!inTab) deps.closeWindow();
                });
              }}
            />
            <p class="detail-toggle">
              <button
                type="button"
                class="button-secondary"
                data-testid="show-detail"
                aria-expanded={showDetail ? 'true' : 'false'}
                aria-controls="report-detail"
                onClick={() => setShowDetail((shown) => !shown)}
              >
                {t('popup_mediator_show_detail')}
              </button>
            </p>
            {/* Kept mounted when hidden: an image check done in the detail survives closing it. */}
            <div id="report-detail" data-testid="report-detail" hidden={!showDetail}>
              <ReportView report={report} onShowFinding={onShowFinding} onImagesChecked={setCheckedReport} />
            </div>
          </>
        )}
        {!report && phase === 'done' && <ProblemMessage problem={problem} t={t} />}
      </main>
      <section class="actions" aria-labelledby="actions-heading">
        <h2 id="actions-heading" class="visually-hidden">
          {t('popup_actions_heading')}
        </h2>
        <ul class="action-list">
          {report && report.findings.length > 0 && tabId !== undefined && (
            <li>
              <button
                type="button"
                data-testid="open-act"
                onClick={() => {
                  void deps.openAct(tabId).then(() => {
                    if (!inTab) deps.closeWindow();
                  });
                }}
              >
                {t('popup_open_act')}
              </button>
            </li>
          )}
          {report && !mediatorOn && tabId !== undefined && (
            <li>
              <button
                type="button"
                data-testid="open-summary"
                onClick={() => {
                  void deps.openSummary(tabId, false).then(() => {
                    if (!inTab) deps.closeWindow();
                  });
                }}
              >
                {t('popup_open_summary')}
              </button>
            </li>
          )}
          {report && (
            <li>
              <button
                type="button"
                data-testid="export-json"
                onClick={() => deps.download(reportFileName(report), reportToJson(report))}
              >
                {t('popup_export_json')}
              </button>
            </li>
          )}
          {tabId !== undefined && (
            <li>
              <button
                type="button"
                data-testid="rescan"
                // aria-disabled rather than disabled: focus stays on the button during the scan.
                aria-disabled={busy ? 'true' : undefined}
                onClick={() => {
                  if (!busy) void scan(tabId, true);
                }}
              >
                {t('popup_rescan')}
              </button>
            </li>
          )}
          {tabId !== undefined && !inTab && (
            <li>
              <button
                type="button"
                data-testid="open-in-tab"
                onClick={() => {
                  void deps.openInTab(tabId).then(() => deps.closeWindow());
                }}
              >
                {t('popup_open_in_tab')}
              </button>
            </li>
          )}
          <li>
            <button
              type="button"
              data-testid="open-settings"
              onClick={() => {
                void deps.openOptions().then(() => {
                  if (!inTab) deps.closeWindow();
                });
              }}
            >
              {t('popup_settings')}
            </button>
          </li>
        </ul>
      </section>
    </TranslateContext.Provider>
  );
}

function ProblemMessage({ problem, t }: { problem: Problem; t: Translate }) {
  switch (problem) {
    case 'unavailable':
      return (
        <div class="problem" data-testid="unavailable">
          <p class="problem-title">{t('popup_cannot_scan')}</p>
          <p>{t('popup_cannot_scan_detail')}</p>
        </div>
      );
    case 'error':
      return (
        <div class="problem" data-testid="error">
          <p class="problem-title">{t('popup_error')}</p>
          <p>{t('popup_error_detail')}</p>
        </div>
      );
    case 'no-tab':
      return (
        <div class="problem" data-testid="no-tab">
          <p class="problem-title">{t('popup_no_tab')}</p>
        </div>
      );
    case 'none':
      return null;
  }
}
