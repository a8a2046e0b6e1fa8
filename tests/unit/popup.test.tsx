// @vitest-environment happy-dom
import { OFFICIAL_LAW_HOSTS, rightsForFindings } from '../../lib/rights';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import { PopupApp, defaultPopupDeps, type PopupDeps } from '../../entrypoints/popup/app';
import { createTranslator } from '../../lib/i18n/translate';
import { findingSchema, reportSchema, type Finding, type Report } from '../../lib/report/schema';

const t = createTranslator(fr);

function finding(over: Partial<Finding> & { ruleId: string }): Finding {
  return findingSchema.parse({
    id: over.ruleId,
    kind: 'ai-chat',
    level: 'detected',
    score: 0.9,
    evidence: [{ signal: 'script-src', matched: 'https://static.zdassets.com/ekr/snippet.js', where: 'head > script' }],
    ...over,
  });
}

function makeReport(over: Partial<Report> = {}): Report {
  return reportSchema.parse({
    schemaVersion: 2,
    url: 'https://www.caf.fr/allocataires',
    scannedAt: '2025-03-14T10:00:00.000Z',
    publicService: { isPublicService: true, reason: 'public-sector-host-list', matched: 'caf.fr' },
    findings: [],
    ...over,
  });
}

const threeFindings = [
  finding({ ruleId: 'ai-chat-zendesk', vendor: 'Zendesk' }),
  finding({
    ruleId: 'decision-notice-crpa',
    kind: 'decision-notice',
    level: 'possible',
    evidence: [{ signal: 'text', matched: 'traitement algorithmique', where: 'main > p' }],
  }),
  finding({ ruleId: 'ai-chat-generic', level: 'possible', state: 'declared' }),
];

function deps(over: Partial<PopupDeps> = {}): Partial<PopupDeps> {
  return {
    getReport: vi.fn().mockResolvedValue(makeReport({ findings: threeFindings })),
    scanTab: vi.fn().mockResolvedValue(makeReport()),
    showFinding: vi.fn().mockResolvedValue({ shown: true }),
    activeTabId: vi.fn().mockResolvedValue(42),
    openInTab: vi.fn().mockResolvedValue(undefined),
    openOptions: vi.fn().mockResolvedValue(undefined),
    openSummary: vi.fn().mockResolvedValue(undefined),
    openAct: vi.fn().mockResolvedValue(undefined),
    download: vi.fn(),
    closeWindow: vi.fn(),
    ...over,
  };
}

async function renderPopup(d: Partial<PopupDeps>, props: { tabId?: number; inTab?: boolean } = {}) {
  const view = render(<PopupApp tabId={props.tabId ?? 42} inTab={props.inTab} deps={d} t={t} />);
  await screen.findByRole('heading', { level: 1 });
  await waitFor(() => expect(screen.queryByText('Chargement…')).toBeNull());
  return view;
}

const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim();
/** Texts of the paragraphs inside an element, in order. */
const paragraphs = (el: Element | null | undefined) => [...(el?.querySelectorAll('p') ?? [])].map(text);

describe('popup', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });
  afterEach(() => {
    cleanup();
  });

  describe('summary', () => {
    it.each([
      [0, 'Rien n’a été repéré sur cette page.'],
      [1, '1 élément repéré sur cette page.'],
      [3, '3 éléments repérés sur cette page.'],
    ])('%i finding(s) → %s', async (count, summary) => {
      await renderPopup(deps({ getReport: vi.fn().mockResolvedValue(makeReport({ findings: threeFindings.slice(0, count) })) }));
      expect(text(await screen.findByTestId('summary'))).toBe(summary);
      expect(screen.queryAllByTestId('finding')).toHaveLength(count);
    });

    it('shows the page host under the title', async () => {
      await renderPopup(deps());
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Vigie');
      expect(screen.getByText('Page analysée : www.caf.fr')).toBeTruthy();
    });

    it.each([
      [{ isPublicService: true, reason: 'national-service-domain', matched: 'impots.gouv.fr' }, 'Site d’un service public national (impots.gouv.fr).'],
      [{ isPublicService: true, reason: 'public-sector-host-list' }, 'Site listé parmi les sites du secteur public (liste DINUM/Etalab).'],
      [{ isPublicService: true, reason: 'user-added-site' }, 'Site que vous avez ajouté.'],
      [{ isPublicService: false, reason: 'not-listed' }, 'Ce site ne figure pas dans nos listes de sites publics.'],
    ] as const)('public-service line for %j', async (publicService, line) => {
      await renderPopup(deps({ getReport: vi.fn().mockResolvedValue(makeReport({ publicService })) }));
      expect(text(screen.getByTestId('public-service'))).toBe(line);
    });

    it('says when the analysis is partial, and only then', async () => {
      const scan = { trigger: 'static', frames: 1, durationMs: 80, truncated: true } as const;
      await renderPopup(deps({ getReport: vi.fn().mockResolvedValue(makeReport({ scan })) }));
      expect(text(screen.getByTestId('truncated'))).toMatch(/^Analyse partielle : la page est très grande/);
      cleanup();
      await renderPopup(deps({ getReport: vi.fn().mockResolvedValue(makeReport({ scan: { ...scan, truncated: false } })) }));
      expect(screen.queryByTestId('truncated')).toBeNull();
    });
  });

  describe('empty state', () => {
    it('says nothing was found and that this is no proof', async () => {
      await renderPopup(deps({ getReport: vi.fn().mockResolvedValue(makeReport()) }));
      const empty = screen.getByTestId('empty-state');
      expect(paragraphs(empty)).toEqual([
        'Rien n’a été repéré sur cette page.',
        'Cela ne prouve pas qu’il n’y a pas d’IA : certains outils ne laissent pas de trace visible.',
      ]);
      expect(screen.queryByRole('heading', { level: 2, name: 'Vos droits' })).toBeNull();
    });
  });

  describe('findings', () => {
    it('groups findings under one h2 per kind, in a fixed order, with h3 titles', async () => {
      await renderPopup(deps());
      const h2 = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
      expect(h2).toEqual(['Assistants et discussions en ligne', 'Décisions prises avec un algorithme', 'Vos droits', 'Qui contacter', 'Actions']);
      const chatGroup = screen.getByRole('region', { name: 'Assistants et discussions en ligne' });
      const titles = within(chatGroup).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
      // Detected first, then possible; a finding without vendor gets its kind's title.
      expect(titles).toEqual(['Zendesk', 'Assistant de discussion']);
      const items = screen.getAllByTestId('finding');
      expect(items.map((li) => [li.dataset.ruleId, li.dataset.level])).toEqual([
        ['ai-chat-zendesk', 'detected'],
        ['ai-chat-generic', 'possible'],
        ['decision-notice-crpa', 'possible'],
      ]);
    });

    it('shows the level as words with its meaning', async () => {
      await renderPopup(deps());
      const [detected, possible] = screen.getAllByTestId('finding');
      expect(text(detected!.querySelector('.level'))).toBe('Détecté. Signal fort ou déclaration du site.');
      expect(text(possible!.querySelector('.level'))).toBe('Possible. Indices faibles, à vérifier.');
    });

    it('explains a declared finding', async () => {
      await renderPopup(deps());
      const [detected, declared] = screen.getAllByTestId('finding');
      const sentence = 'Prévu par le site, chargé seulement si vous l’acceptez (gestionnaire de cookies).';
      expect(within(declared!).getByText(sentence)).toBeTruthy();
      expect(within(detected!).queryByText(sentence)).toBeNull();
    });

    it('lists the evidence in a "Pourquoi ?" disclosure, signal in words', async () => {
      await renderPopup(deps());
      const item = screen.getAllByTestId('finding')[0]!;
      const details = item.querySelector('details')!;
      expect(text(details.querySelector('summary'))).toBe('Pourquoi ? (Zendesk)');
      expect(details.open).toBe(false);
      expect(paragraphs(details.querySelector('.evidence li'))).toEqual([
        'Adresse d’un script',
        'Trouvé : https://static.zdassets.com/ekr/snippet.js',
        'Où : head > script',
      ]);
      expect(details.querySelector('code')?.textContent).toBe('https://static.zdassets.com/ekr/snippet.js');
      expect(text(details.querySelector('.finding-rule'))).toBe('Règle : ai-chat-zendesk');
    });

    it('renders page-derived strings as text only', async () => {
      const payload = '<img src=x onerror=alert(1)>';
      const hostile = finding({
        ruleId: 'ai-chat-hostile',
        vendor: '<b>Vendor</b>',
        evidence: [{ signal: 'attribute-text', matched: payload, where: '<svg onload=alert(2)>' }],
      });
      const report = makeReport({ url: 'https://evil.example/<script>', findings: [hostile] });
      const { container } = await renderPopup(deps({ getReport: vi.fn().mockResolvedValue(report) }));
      expect(container.querySelector('img, svg, b, script')).toBeNull();
      expect(screen.getByText(payload).tagName).toBe('CODE');
      expect(screen.getByText('<svg onload=alert(2)>').tagName).toBe('CODE');
      expect(within(screen.getByTestId('finding')).getByRole('heading', { level: 3 }).textContent).toBe('<b>Vendor</b>');
    });

    it('advises a Parcoursup candidate to ask for the criteria and reasons, not for an algorithm’s rules', async () => {
      const notice = { context: 'decision' as const, cues: ['Numéro de candidat : 1234567'] };
      const report = makeReport({ findings: [finding({ ruleId: 'parcoursup-examination-notice', kind: 'decision-notice', notice })] });
      await renderPopup(deps({ getReport: vi.fn().mockResolvedValue(report) }));
      const advice = text(screen.getByTestId('notice').querySelector('.notice-advice'));
      expect(advice).toBe(fr.popup_notice_advice_parcoursup.message);
      expect(advice).not.toBe(fr.popup_notice_advice_decision.message);
    });

    it('lists the rights that apply, each with its legal basis linked to the official text, and the caveat under missing notices', async () => {
      const findings = [
        finding({ ruleId: 'decision-notice-crpa', kind: 'decision-notice', notice: { context: 'decision', cues: ['Dossier n° 12345'] } }),
        finding({ ruleId: 'missing-crpa', kind: 'missing-disclosure', level: 'possible' }),
      ];
      const report = makeReport({ findings });
      await renderPopup(deps({ getReport: vi.fn().mockResolvedValue(report) }));
      const rights = screen.getByTestId('rights');
      const expected = rightsForFindings(findings);
      expect(expected.length).toBeGreaterThan(2);
      const items = within(rights).getAllByTestId('right');
      expect(items.map((li) => li.dataset.rightId)).toEqual(expected.map((r) => r.id));
      expect(text(items[0]!.querySelector('summary'))).toBe(expected[0]!.title.fr);
      for (const [i, item] of items.entries()) {
        const links = [...item.querySelectorAll('[data-testid="right-basis"] a')].map((a) => new URL((a as HTMLAnchorElement).href).hostname);
        expect(links).toHaveLength(expected[i]!.legalBasis.length);
        for (const host of links) expect(OFFICIAL_LAW_HOSTS).toContain(host);
      }
      expect(text(screen.getByTestId('trust-note'))).toMatch(/pas un conseil juridique/);
      const missing = screen.getByRole('region', { name: 'Mentions attendues non trouvées' });
      expect(within(missing).getByText(/^Cette absence est une observation, pas une preuve/)).toBeTruthy();
    });
  });

  describe('show on the page', () => {
    it('has a button per finding whose name includes the finding title, and announces the result', async () => {
      const d = deps();
      await renderPopup(d);
      const button = screen.getByRole('button', { name: 'Montrer sur la page (Zendesk)' });
      expect(button.dataset.testid).toBe('show-finding');
      expect(screen.getAllByTestId('show-finding')).toHaveLength(3);
      fireEvent.click(button);
      await waitFor(() => expect(text(screen.getByRole('status'))).toBe('Élément mis en évidence sur la page.'));
      expect(d.showFinding).toHaveBeenCalledWith(42, 'ai-chat-zendesk');
    });

    it('announces when the element is gone, and when the page does not answer', async () => {
      const showFinding = vi.fn().mockResolvedValueOnce({ shown: false }).mockRejectedValueOnce(new Error('gone'));
      await renderPopup(deps({ showFinding }));
      fireEvent.click(screen.getAllByTestId('show-finding')[0]!);
      await waitFor(() => expect(text(screen.getByRole('status'))).toBe('Élément introuvable sur la page.'));
      fireEvent.click(screen.getAllByTestId('show-finding')[0]!);
      await waitFor(() => expect(text(screen.getByRole('status'))).toMatch(/^La page ne répond pas/));
    });
  });

  describe('loading and scanning', () => {
    it('scans when the tab has no report yet, saying so, then shows the report', async () => {
      let finish!: (report: Report) => void;
      const scanTab = vi.fn(() => new Promise<Report>((resolve) => (finish = resolve)));
      render(<PopupApp tabId={9} deps={deps({ getReport: vi.fn().mockResolvedValue(null), scanTab })} t={t} />);
      const status = screen.getByRole('status');
      expect(status.getAttribute('aria-live')).toBe('polite');
      await waitFor(() => expect(text(status)).toBe('Analyse en cours…'));
      expect(scanTab).toHaveBeenCalledWith(9);
      finish(makeReport({ findings: threeFindings.slice(0, 1) }));
      expect(text(await screen.findByTestId('summary'))).toBe('1 élément repéré sur cette page.');
      await waitFor(() => expect(text(screen.getByRole('status'))).toBe('Analyse terminée.'));
    });

    it('says plainly when the page cannot be analysed', async () => {
      render(<PopupApp tabId={9} deps={deps({ getReport: vi.fn().mockResolvedValue(null), scanTab: vi.fn().mockResolvedValue(null) })} t={t} />);
      expect(await screen.findByText('Vigie ne peut pas analyser cette page.')).toBeTruthy();
      expect(screen.queryByTestId('summary')).toBeNull();
      expect(screen.queryByTestId('export-json')).toBeNull();
    });

    it('shows an error state, never the data, when the background answers something invalid', async () => {
      fakeBrowser.runtime.onMessage.addListener(() =>
        Promise.resolve({ schemaVersion: 2, url: 'https://x.fr/', findings: '<img src=x onerror=alert(1)>' }),
      );
      // Real client, real schema: only the transport is the fake browser.
      const { container } = render(<PopupApp tabId={5} deps={{ ...deps(), getReport: defaultPopupDeps.getReport }} t={t} />);
      expect(await screen.findByText('Vigie n’a pas pu obtenir le résultat de l’analyse.')).toBeTruthy();
      expect(container.textContent).not.toContain('onerror');
      expect(screen.queryByTestId('summary')).toBeNull();
    });

    it('uses the active tab when no tabId is given', async () => {
      const d = deps({ activeTabId: vi.fn().mockResolvedValue(17) });
      render(<PopupApp deps={d} t={t} />);
      await screen.findByTestId('summary');
      expect(d.getReport).toHaveBeenCalledWith(17);
      // A toolbar popup offers to open itself in a tab.
      expect(screen.getByRole('button', { name: 'Ouvrir dans un onglet' })).toBeTruthy();
    });

    it('says so when there is no tab', async () => {
      render(<PopupApp deps={deps({ activeTabId: vi.fn().mockResolvedValue(undefined) })} t={t} />);
      expect(await screen.findByText('Aucun onglet à analyser.')).toBeTruthy();
    });

    it('"Analyser à nouveau" scans again and shows the new report', async () => {
      const d = deps({ scanTab: vi.fn().mockResolvedValue(makeReport({ findings: threeFindings.slice(0, 1) })) });
      await renderPopup(d);
      expect(screen.getAllByTestId('finding')).toHaveLength(3);
      fireEvent.click(screen.getByRole('button', { name: 'Analyser à nouveau' }));
      await waitFor(() => expect(screen.getAllByTestId('finding')).toHaveLength(1));
      expect(d.scanTab).toHaveBeenCalledWith(42);
      await waitFor(() => expect(text(screen.getByRole('status'))).toBe('Analyse terminée.'));
    });
  });

  describe('actions', () => {
    it('exports the validated report as pretty JSON named after host and date', async () => {
      const d = deps();
      await renderPopup(d);
      fireEvent.click(screen.getByTestId('export-json'));
      expect(d.download).toHaveBeenCalledTimes(1);
      const [fileName, json] = vi.mocked(d.download!).mock.calls[0]!;
      expect(fileName).toBe('vigie-rapport-www.caf.fr-2025-03-14.json');
      expect(JSON.parse(json)).toEqual(makeReport({ findings: threeFindings }));
      expect(json.split('\n')[1]).toBe('  "schemaVersion": 2,');
    });

    it('downloads through a Blob and a temporary link', async () => {
      const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:vigie');
      const revokeObjectURL = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
      const clicked: HTMLAnchorElement[] = [];
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
        clicked.push(this);
      });
      await renderPopup({ ...deps(), download: defaultPopupDeps.download });
      fireEvent.click(screen.getByRole('button', { name: 'Exporter le rapport (JSON)' }));
      expect(clicked[0]?.download).toBe('vigie-rapport-www.caf.fr-2025-03-14.json');
      expect(clicked[0]?.getAttribute('href')).toBe('blob:vigie');
      const blob = (createObjectURL.mock.calls[0] as unknown as [Blob])[0];
      expect(JSON.parse(await blob.text()).findings).toHaveLength(3);
      await waitFor(() => expect(revokeObjectURL).toHaveBeenCalledWith('blob:vigie'));
    });

    it('opens itself in a tab, then closes the popup', async () => {
      const d = deps();
      await renderPopup(d, { inTab: false });
      fireEvent.click(screen.getByRole('button', { name: 'Ouvrir dans un onglet' }));
      expect(d.openInTab).toHaveBeenCalledWith(42);
      await waitFor(() => expect(d.closeWindow).toHaveBeenCalled());
    });

    it('hides "Ouvrir dans un onglet" when already in a tab', async () => {
      await renderPopup(deps(), { tabId: 42 });
      expect(screen.queryByRole('button', { name: 'Ouvrir dans un onglet' })).toBeNull();
    });

    it('opens the letters page and the simple summary about this tab, then closes the popup', async () => {
      const d = deps();
      await renderPopup(d, { inTab: false });
      fireEvent.click(screen.getByRole('button', { name: 'Préparer une lettre et voir les délais' }));
      expect(d.openAct).toHaveBeenCalledWith(42);
      fireEvent.click(screen.getByRole('button', { name: 'Résumé simple à imprimer' }));
      expect(d.openSummary).toHaveBeenCalledWith(42, false);
      await waitFor(() => expect(d.closeWindow).toHaveBeenCalledTimes(2));
    });

    it('offers no letter when nothing was found', async () => {
      await renderPopup(deps({ getReport: vi.fn().mockResolvedValue(makeReport({ findings: [] })) }));
      expect(screen.queryByTestId('open-act')).toBeNull();
      expect(screen.getByTestId('open-summary')).toBeTruthy();
    });

    it('opens the settings', async () => {
      const d = deps();
      await renderPopup(d, { inTab: false });
      fireEvent.click(screen.getByRole('button', { name: 'Réglages' }));
      expect(d.openOptions).toHaveBeenCalled();
    });

    it('the default "open in a tab" opens popup.html with the tab id', async () => {
      const tab = await defaultPopupDeps.openInTab(42);
      expect(tab).toMatchObject({ url: 'chrome-extension://test-extension-id/popup.html?tabId=42' });
    });
  });

  it('renders in English with the English messages', async () => {
    render(<PopupApp tabId={1} deps={deps()} t={createTranslator(en)} />);
    expect(text(await screen.findByTestId('summary'))).toBe('3 items found on this page.');
    expect(screen.getByRole('button', { name: 'Show on the page (Zendesk)' })).toBeTruthy();
  });

  it('uses no role="button" and only native controls', async () => {
    const { container } = await renderPopup(deps());
    expect(container.querySelector('[role="button"], [onclick], [tabindex]')).toBeNull();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });
});
