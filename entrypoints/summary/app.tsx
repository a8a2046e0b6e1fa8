import { useEffect, useRef, useState } from 'preact/hooks';
import { MediatorSummaryView } from '../../components/mediator-summary';
import { StatusMessage } from '../../components/status-message';
import { TranslateContext } from '../../lib/i18n/context';
import type { Translate } from '../../lib/i18n/translate';
import type { Report } from '../../lib/report/schema';
import * as client from '../../lib/ui/client';
import { pageHost } from '../../lib/ui/labels';
import { buildMediatorSummary } from '../../lib/ui/mediator-summary';

/** What the summary page needs from the browser; tests pass fakes. */
export interface SummaryDeps {
  getReport: (tabId: number) => Promise<Report | null>;
  scanTab: (tabId: number) => Promise<Report | null>;
  print: () => void;
}

export const defaultSummaryDeps: SummaryDeps = {
  getReport: (tabId) => client.getReport(tabId),
  scanTab: (tabId) => client.scanTab(tabId),
  print: () => window.print(),
};

export interface SummaryAppProps {
  /** From `?tabId=N`; the page says so when it is missing. */
  tabId: number | undefined;
  /** From `?print=1`: print once the summary is shown (the popup's "Imprimer"). */
  print?: boolean;
  deps?: Partial<SummaryDeps>;
  t: Translate;
}

type State = { phase: 'loading' } | { phase: 'done'; report: Report } | { phase: 'problem'; key: string };

/** The "Résumé pour accompagner" page of one tab: readable, copyable, printable. */
export function SummaryApp({ tabId, print = false, deps: partialDeps, t }: SummaryAppProps) {
  const deps: SummaryDeps = { ...defaultSummaryDeps, ...partialDeps };
  const [state, setState] = useState<State>(tabId === undefined ? { phase: 'problem', key: 'popup_no_tab' } : { phase: 'loading' });
  const printed = useRef(false);

  useEffect(() => {
    if (tabId === undefined) return;
    let cancelled = false;
    void (async () => {
      try {
        // A tab not analysed yet is analysed now, as the popup does.
        const report = (await deps.getReport(tabId)) ?? (await deps.scanTab(tabId));
        if (cancelled) return;
        setState(report ? { phase: 'done', report } : { phase: 'problem', key: 'popup_cannot_scan' });
      } catch {
        if (!cancelled) setState({ phase: 'problem', key: 'popup_error' });
      }
    })();
    return () => {
      cancelled = true;
    };
    // Runs once: the page is about one tab.
  }, []);

  useEffect(() => {
    if (print && state.phase === 'done' && !printed.current) {
      printed.current = true;
      // After the paint, so that the print preview has the summary in it.
      requestAnimationFrame(() => setTimeout(() => deps.print(), 0));
    }
  }, [state.phase]);

  const host = state.phase === 'done' ? pageHost(state.report.url) : '';
  return (
    <TranslateContext.Provider value={t}>
      <header class="page-header">
        <p class="brand">{t('ext_name')}</p>
        <h1>{t('popup_mediator_title')}</h1>
        {host && <p class="page-host">{t('popup_page_host', host)}</p>}
      </header>
      <StatusMessage message={state.phase === 'loading' ? t('popup_loading') : ''} testId="status" />
      <main aria-busy={state.phase === 'loading' ? 'true' : undefined}>
        {state.phase === 'done' && <MediatorSummaryView summary={buildMediatorSummary(state.report, t)} onPrint={() => deps.print()} />}
        {state.phase === 'problem' && (
          <p class="problem-title" data-testid="problem">
            {t(state.key)}
          </p>
        )}
      </main>
    </TranslateContext.Provider>
  );
}
