// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import { MediatorSummaryView } from '../../components/mediator-summary';
import { OptionsApp, type OptionsDeps } from '../../entrypoints/options/app';
import { PopupApp, type PopupDeps } from '../../entrypoints/popup/app';
import { SummaryApp } from '../../entrypoints/summary/app';
import { TranslateContext } from '../../lib/i18n/context';
import { createTranslator } from '../../lib/i18n/translate';
import { findingSchema, reportSchema, type Report } from '../../lib/report/schema';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '../../lib/storage/settings';
import { buildMediatorSummary, summaryAsText } from '../../lib/ui/mediator-summary';

const t = createTranslator(fr);
const tEn = createTranslator(en);

const chat = findingSchema.parse({
  id: 'dydu',
  kind: 'ai-chat',
  ruleId: 'dydu',
  vendor: 'Dydu',
  chatKind: 'ai_bot',
  level: 'detected',
  score: 0.95,
  evidence: [{ signal: 'selector', matched: '#dydu-root', where: 'body' }],
});

function makeReport(over: Partial<Report> = {}): Report {
  return reportSchema.parse({
    schemaVersion: 2,
    url: 'https://www.caf.fr/aide-logement',
    scannedAt: '2026-12-01T10:00:00.000Z',
    publicService: { isPublicService: true, reason: 'national-service-domain', matched: 'caf.fr' },
    findings: [chat],
    ...over,
  });
}

const sectionNames = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);

afterEach(() => cleanup());
beforeEach(() => fakeBrowser.reset());

describe('MediatorSummaryView', () => {
  function renderView(over: { copy?: (text: string) => Promise<void>; onPrint?: () => void } = {}, tr = t) {
    const summary = buildMediatorSummary(makeReport(), tr);
    const copy = over.copy ?? vi.fn().mockResolvedValue(undefined);
    const onPrint = over.onPrint ?? vi.fn();
    render(
      <TranslateContext.Provider value={tr}>
        <MediatorSummaryView summary={summary} onPrint={onPrint} copy={copy} />
      </TranslateContext.Provider>,
    );
    return { summary, copy, onPrint };
  }

  it('has an h2 per section, in order, lists under them, and the CAF route with its link', () => {
    renderView();
    expect(sectionNames()).toEqual(['Sur cette page', 'Ce que cela veut dire', 'Que faire maintenant', 'Qui contacter']);
    const onPage = within(screen.getByTestId('ms-on-page'));
    expect(onPage.getByRole('listitem').textContent).toContain('Vigie l’a repéré.');
    const contacts = within(screen.getByTestId('ms-contacts'));
    expect(contacts.getByRole('heading', { level: 3, name: 'Pour ce site\u00a0: Caf (allocations familiales)' })).toBeTruthy();
    expect(contacts.getByRole('link', { name: 'www.caf.fr' }).getAttribute('href')).toBe('https://www.caf.fr/');
  });

  it('keeps the trust line discreet: not legal advice, the check date, and the sources behind a disclosure', () => {
    const { summary } = renderView();
    const footer = screen.getByTestId('ms-footer');
    expect(footer.textContent).toContain('Information, pas un conseil juridique. Vérifié le 26 novembre 2026.');
    expect(within(footer).getByText(`Sources (${summary.sources.length})`).tagName).toBe('SUMMARY');
    expect(within(footer).getAllByRole('link', { hidden: true })).toHaveLength(summary.sources.length);
  });

  it('copies the plain text and confirms it in a status region', async () => {
    const { summary, copy } = renderView();
    fireEvent.click(screen.getByRole('button', { name: 'Copier le résumé' }));
    expect(copy).toHaveBeenCalledWith(summaryAsText(summary, t));
    await waitFor(() => expect(screen.getByTestId('ms-copy-status').textContent).toBe('Résumé copié. Vous pouvez le coller dans un message.'));
    expect(screen.getByTestId('ms-copy-status').getAttribute('role')).toBe('status');
  });

  it('says when copying failed', async () => {
    renderView({ copy: vi.fn().mockRejectedValue(new Error('denied')) });
    fireEvent.click(screen.getByRole('button', { name: 'Copier le résumé' }));
    await waitFor(() => expect(screen.getByTestId('ms-copy-status').textContent).toBe('La copie n’a pas marché. Sélectionnez le texte à la main.'));
  });

  it('prints through its callback', () => {
    const { onPrint } = renderView();
    fireEvent.click(screen.getByRole('button', { name: 'Imprimer' }));
    expect(onPrint).toHaveBeenCalledOnce();
  });

  it('speaks English', () => {
    renderView({}, tEn);
    expect(sectionNames()).toEqual(['On this page', 'What it means', 'What to do next', 'Who to contact']);
    expect(screen.getByRole('button', { name: 'Copy the summary' })).toBeTruthy();
  });
});

describe('popup in mediator mode', () => {
  function deps(over: Partial<PopupDeps> = {}): Partial<PopupDeps> {
    return {
      getReport: vi.fn().mockResolvedValue(makeReport()),
      scanTab: vi.fn().mockResolvedValue(makeReport()),
      showFinding: vi.fn().mockResolvedValue({ shown: true }),
      openInTab: vi.fn().mockResolvedValue(undefined),
      openOptions: vi.fn().mockResolvedValue(undefined),
      openSummary: vi.fn().mockResolvedValue(undefined),
      openAct: vi.fn().mockResolvedValue(undefined),
      download: vi.fn(),
      closeWindow: vi.fn(),
      loadMediatorMode: vi.fn().mockResolvedValue({ on: true, source: 'person' }),
      ...over,
    };
  }

  it('shows the summary first; "Voir le détail" reveals the usual report', async () => {
    render(<PopupApp tabId={42} inTab={false} deps={deps()} t={t} />);
    await screen.findByTestId('mediator-summary');
    expect(screen.getByText('Résumé pour accompagner')).toBeTruthy();
    expect(sectionNames().slice(0, 4)).toEqual(['Sur cette page', 'Ce que cela veut dire', 'Que faire maintenant', 'Qui contacter']);
    const detail = screen.getByTestId('report-detail');
    expect(detail.hidden).toBe(true);
    const toggle = screen.getByRole('button', { name: 'Voir le détail' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-controls')).toBe('report-detail');
    // The summary comes before the button, the button before the detail.
    expect(screen.getByTestId('mediator-summary').compareDocumentPosition(toggle) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(detail.hidden).toBe(false);
    expect(within(detail).getByTestId('summary').textContent).toMatch(/1\s+élément repéré/);
  });

  it('the summary also lists what "Vérifier les images" found in the detail', async () => {
    const withImage = makeReport({
      findings: [
        ...makeReport().findings,
        {
          id: 'image-c2pa-ai-declaration',
          kind: 'ai-content',
          ruleId: 'image-c2pa-ai-declaration',
          level: 'detected',
          state: 'present',
          score: 0.95,
          evidence: [{ signal: 'image-metadata', matched: 'C2PA digitalSourceType: trainedAlgorithmicMedia', where: 'https://www.caf.fr/a.jpg' }],
          frameId: 0,
          legalRefs: [],
        },
      ],
    });
    // The image check finds its tab in the popup's address, as in a tab.
    history.replaceState(null, '', '/popup.html?tabId=42');
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ report: withImage, summary: { checked: 1, skippedOtherOrigin: 0, withC2pa: 1, withAiDeclaration: 1, failed: 0 } }));
    render(<PopupApp tabId={42} inTab={false} deps={deps()} t={t} />);
    const summary = await screen.findByTestId('mediator-summary');
    const before = summary.textContent ?? '';
    fireEvent.click(screen.getByRole('button', { name: 'Voir le détail' }));
    fireEvent.click(screen.getByRole('button', { name: 'Vérifier les images' }));
    await waitFor(() => expect(screen.getAllByTestId('finding').map((li) => li.dataset.ruleId)).toContain('image-c2pa-ai-declaration'));
    expect(screen.getByTestId('mediator-summary').textContent).not.toBe(before);
  });

  it('"Imprimer" opens the summary page to print, and closes the toolbar popup', async () => {
    const d = deps();
    render(<PopupApp tabId={42} inTab={false} deps={d} t={t} />);
    await screen.findByTestId('mediator-summary');
    fireEvent.click(screen.getByRole('button', { name: 'Imprimer' }));
    expect(d.openSummary).toHaveBeenCalledWith(42, true);
    await waitFor(() => expect(d.closeWindow).toHaveBeenCalled());
  });

  it('shows the usual popup when the mode is off, or cannot be read', async () => {
    for (const loadMediatorMode of [vi.fn().mockResolvedValue({ on: false, source: 'organisation' }), vi.fn().mockRejectedValue(new Error('x'))]) {
      render(<PopupApp tabId={42} deps={deps({ loadMediatorMode })} t={t} />);
      await screen.findByTestId('summary');
      expect(screen.queryByTestId('mediator-summary')).toBeNull();
      expect(screen.queryByRole('button', { name: 'Voir le détail' })).toBeNull();
      cleanup();
    }
  });

  it('reads the person’s setting from storage by default', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, mediatorMode: true } });
    const { loadMediatorMode: _, ...rest } = deps();
    render(<PopupApp tabId={42} deps={rest} t={t} />);
    await screen.findByTestId('mediator-summary');
  });
});

describe('options: mediator mode', () => {
  const base: Partial<OptionsDeps> = {
    requestOrigins: vi.fn().mockResolvedValue(true),
    removeOrigins: vi.fn().mockResolvedValue(true),
  };
  const stored = async () => (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];

  it('is a native checkbox with its help text; checking it saves the setting', async () => {
    render(<OptionsApp deps={{ ...base, loadPolicy: async () => ({}) }} t={t} />);
    const box = (await screen.findByRole('checkbox', { name: 'Mode accompagnement\u00a0: ouvrir le résumé simple en premier' })) as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect(box.disabled).toBe(false);
    expect(document.getElementById(box.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(/^Pour les personnes qui aident/);
    fireEvent.click(box);
    await waitFor(async () => expect(await stored()).toEqual({ ...DEFAULT_SETTINGS, mediatorMode: true }));
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    await waitFor(async () => expect(await stored()).toEqual(DEFAULT_SETTINGS));
  });

  it('shows the organisation’s preset, disabled, and says who set it', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, mediatorMode: false } });
    render(<OptionsApp deps={{ ...base, loadPolicy: async () => ({ mediatorMode: true, organisationName: 'France Services de Lons' }) }} t={t} />);
    await screen.findByTestId('mediator-managed');
    const box = screen.getByTestId('mediator-checkbox') as HTMLInputElement;
    expect(box.checked).toBe(true);
    expect(box.disabled).toBe(true);
    expect(screen.getByTestId('mediator-managed').textContent).toBe('Réglé par votre organisation\u00a0: France Services de Lons.');
    expect(box.getAttribute('aria-describedby')).toBe('mediator-managed mediator-help');
  });

  it('says "Réglé par votre organisation." without a name', async () => {
    render(<OptionsApp deps={{ ...base, loadPolicy: async () => ({ mediatorMode: false }) }} t={t} />);
    expect((await screen.findByTestId('mediator-managed')).textContent).toBe('Réglé par votre organisation.');
  });
});

describe('summary page', () => {
  it('shows the title, the host and the summary; prints once when asked', async () => {
    const print = vi.fn();
    render(<SummaryApp tabId={7} print deps={{ getReport: vi.fn().mockResolvedValue(makeReport()), scanTab: vi.fn(), print }} t={t} />);
    await screen.findByTestId('mediator-summary');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Résumé pour accompagner');
    expect(document.querySelector('.page-host')?.textContent).toBe('Page analysée\u00a0: www.caf.fr');
    await waitFor(() => expect(print).toHaveBeenCalledOnce());
    fireEvent.click(screen.getByRole('button', { name: 'Imprimer' }));
    expect(print).toHaveBeenCalledTimes(2);
  });

  it('analyses a tab that has no report yet', async () => {
    const scanTab = vi.fn().mockResolvedValue(makeReport({ findings: [] }));
    render(<SummaryApp tabId={7} deps={{ getReport: vi.fn().mockResolvedValue(null), scanTab, print: vi.fn() }} t={t} />);
    await screen.findByText('Cela ne prouve pas qu’il n’y a pas d’IA.');
    expect(scanTab).toHaveBeenCalledWith(7);
  });

  it.each([
    ['no tab', undefined, null, 'Aucun onglet à analyser.'],
    ['a page that cannot be analysed', 7, null, 'Vigie ne peut pas analyser cette page.'],
  ])('says so for %s', async (_name, tabId, report, message) => {
    render(<SummaryApp tabId={tabId} deps={{ getReport: vi.fn().mockResolvedValue(report), scanTab: vi.fn().mockResolvedValue(report), print: vi.fn() }} t={t} />);
    expect((await screen.findByTestId('problem')).textContent).toBe(message);
  });
});
