// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import { ActApp, type ActDeps } from '../../entrypoints/act/app';
import { createTranslator } from '../../lib/i18n/translate';
import { findingSchema, reportSchema, type Finding, type Report } from '../../lib/report/schema';
import {
  LETTER_IDS,
  PLACEHOLDERS,
  buildErrorReport,
  buildLetter,
  caveatText,
  computeDeadlines,
  formatLongDate,
  getLegalBasis,
  letterInfo,
  lettersForFinding,
  milestoneLabel,
  type LetterId,
} from '../../lib/rights';
import { LETTER_DRAFT_KEY, formFieldsOf } from '../../lib/ui/letter-draft';

const tFr = createTranslator(fr);
const tEn = createTranslator(en, { uiLocale: 'en' });
/** The fixed "now" of these tests: the letter is dated 27 November 2026. */
const NOW = new Date(2026, 10, 27, 10, 0, 0);
const TODAY = '2026-11-27';

function finding(over: Partial<Finding> & { ruleId: string }): Finding {
  return findingSchema.parse({
    id: over.ruleId,
    kind: 'decision-notice',
    level: 'detected',
    score: 0.9,
    evidence: [{ signal: 'text', matched: 'traitement algorithmique', where: 'main > p' }],
    ...over,
  });
}

const decision = finding({ ruleId: 'crpa-algorithmic-decision-mention', notice: { context: 'decision', cues: ['La présente décision'] } });

function makeReport(over: Partial<Report> = {}): Report {
  return reportSchema.parse({
    schemaVersion: 2,
    url: 'https://demarches.exemple.gouv.fr/dossier/42?num=DOS-1',
    scannedAt: '2026-11-27T09:00:00.000Z',
    publicService: { isPublicService: true, reason: 'national-service-domain', matched: 'gouv.fr' },
    findings: [decision],
    ...over,
  });
}

function deps(over: Partial<ActDeps> = {}): Partial<ActDeps> {
  return {
    getReport: vi.fn().mockResolvedValue(makeReport()),
    copy: vi.fn().mockResolvedValue(undefined),
    download: vi.fn(),
    print: vi.fn(),
    now: () => NOW,
    extensionVersion: () => '0.1.0',
    ...over,
  };
}

async function renderAct(d: Partial<ActDeps> = deps(), props: { tabId?: number; letter?: LetterId; t?: typeof tFr } = {}) {
  const view = render(<ActApp tabId={'tabId' in props ? props.tabId : 42} letter={props.letter} deps={d} t={props.t ?? tFr} />);
  await screen.findByTestId('letters');
  return view;
}

const preview = () => (screen.getByTestId('letter-text') as HTMLTextAreaElement).value;
const field = (name: string) => screen.getByTestId(`field-${name}`) as HTMLInputElement | HTMLTextAreaElement;
const type = (name: string, value: string) => fireEvent.input(field(name), { target: { value } });
const checkedLetter = () => (screen.getAllByRole('radio') as HTMLInputElement[]).find((r) => r.checked)?.value;
const stored = async () =>
  (await fakeBrowser.storage.local.get(LETTER_DRAFT_KEY))[LETTER_DRAFT_KEY] as { fields: Record<string, string> } | undefined;
const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim();

describe('Agir page', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });
  afterEach(() => {
    cleanup();
  });

  describe('structure and context', () => {
    it('has one h1 and an h2 per section', async () => {
      await renderAct();
      expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
      expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
        'Lettres',
        'Délais',
        'Sources et vérification',
        'Signaler une erreur',
      ]);
    });

    it('names the page and sums up its findings in one sentence', async () => {
      await renderAct();
      const context = screen.getByTestId('context');
      expect(text(context)).toContain('Page concernée : demarches.exemple.gouv.fr');
      expect(text(context)).toContain('Vigie a repéré sur cette page : décisions prises avec un algorithme (1).');
    });

    it.each([
      ['no report', deps({ getReport: vi.fn().mockResolvedValue(null) })],
      ['no finding', deps({ getReport: vi.fn().mockResolvedValue(makeReport({ findings: [] })) })],
      ['a failing background', deps({ getReport: vi.fn().mockRejectedValue(new Error('gone')) })],
    ])('with %s, still offers all five letters', async (_name, d) => {
      await renderAct(d);
      expect(text(screen.getByTestId('context'))).toContain('Vous pouvez quand même préparer une lettre.');
      expect((screen.getAllByRole('radio') as HTMLInputElement[]).map((r) => r.value)).toEqual([...LETTER_IDS]);
      expect(screen.queryByText('(suggérée pour cette page)')).toBeNull();
      expect(checkedLetter()).toBe(LETTER_IDS[0]);
    });
  });

  describe('letter choice', () => {
    it('lists the letters the findings call for first, marked as suggested, and selects the first', async () => {
      const info = finding({ ruleId: 'crpa-algorithmic-decision-mention', id: 'info', notice: { context: 'about', cues: [] } });
      const chat = finding({ ruleId: 'dydu', id: 'chat', kind: 'ai-chat' });
      await renderAct(deps({ getReport: vi.fn().mockResolvedValue(makeReport({ findings: [chat, decision, info] })) }));
      const wanted = new Set([chat, decision, info].flatMap((f) => lettersForFinding(f)));
      const suggested = LETTER_IDS.filter((id) => wanted.has(id));
      expect(suggested.length).toBeGreaterThan(0);
      const radios = screen.getAllByRole('radio') as HTMLInputElement[];
      expect(radios.map((r) => r.value)).toEqual([...suggested, ...LETTER_IDS.filter((id) => !wanted.has(id))]);
      for (const radio of radios) {
        const label = text(radio.labels?.[0] ?? null) ?? '';
        expect(label.startsWith(letterInfo(radio.value as LetterId).title.fr)).toBe(true);
        expect(label.includes('(suggérée pour cette page)')).toBe(wanted.has(radio.value as LetterId));
      }
      expect(checkedLetter()).toBe(suggested[0]);
      expect(screen.getByRole('group', { name: /^Quelle lettre voulez-vous préparer/ })).toBeTruthy();
    });

    it('opens on the letter of ?letter=', async () => {
      await renderAct(deps(), { letter: 'cada-referral' });
      expect(checkedLetter()).toBe('cada-referral');
    });

    it.each(LETTER_IDS)('%s: asks only for its fields, labelled, and the preview cites its articles', async (id) => {
      await renderAct(deps(), { letter: id });
      const inputs = within(screen.getByTestId('letter-fields')).getAllByRole('textbox', { hidden: true });
      const dates = screen.getByTestId('letter-fields').querySelectorAll('input[type="date"]');
      const shown = [...inputs, ...dates].map((el) => (el as HTMLInputElement).name).sort();
      expect(shown).toEqual([...formFieldsOf(id)].sort());
      for (const el of [...inputs, ...dates]) expect((el as HTMLInputElement).labels?.[0]?.textContent).toBeTruthy();
      for (const basis of letterInfo(id).basis) expect(preview()).toContain(getLegalBasis(basis).token);
      const articles = within(screen.getByTestId('letter-articles')).getAllByRole('listitem').map((li) => li.textContent);
      expect(articles).toEqual(buildLetter({ letterId: id, lang: 'fr', fields: { fullName: '', address: '', today: TODAY } }).articles);
    });

    it('changing letter keeps what was typed', async () => {
      await renderAct();
      type('fullName', 'Camille Exemple');
      fireEvent.click(screen.getByTestId('letter-radio-cada-referral'));
      expect(checkedLetter()).toBe('cada-referral');
      expect(field('fullName').value).toBe('Camille Exemple');
      expect(preview()).toContain('Camille Exemple');
      expect(preview()).toContain(getLegalBasis('crpa-r343-1').token);
    });
  });

  describe('preview', () => {
    it('shows the placeholder of every empty field, and lists them', async () => {
      await renderAct(deps(), { letter: 'algorithm-rules-request' });
      const fields = letterInfo('algorithm-rules-request').fields.filter((f) => f !== 'today');
      for (const f of fields) expect(preview()).toContain(PLACEHOLDERS.fr[f as keyof typeof PLACEHOLDERS.fr]);
      expect(text(screen.getByTestId('letter-missing'))).toMatch(/^À compléter dans la lettre : Prénom et nom, Votre adresse/);
    });

    it('writes what the person types: the same text as buildLetter', async () => {
      await renderAct(deps(), { letter: 'algorithm-rules-request' });
      const values = {
        fullName: 'Camille Exemple',
        address: '12 rue des Tilleuls\n99999 Villexemple',
        administration: 'Caisse exemple',
        administrationAddress: '1 place du Service public',
        decisionRef: 'DEC-778',
        decisionDate: '2026-10-05',
        fileNumber: 'DOS-2026-004512',
        place: 'Villexemple',
      };
      for (const [name, value] of Object.entries(values)) type(name, value);
      const expected = buildLetter({ letterId: 'algorithm-rules-request', lang: 'fr', fields: { ...values, today: TODAY } });
      expect(preview()).toBe(expected.body);
      expect(preview()).toContain('Camille Exemple');
      expect(preview()).toContain('DOS-2026-004512');
      expect(preview()).toContain(formatLongDate('2026-10-05', 'fr'));
      for (const placeholder of Object.values(PLACEHOLDERS.fr)) expect(preview()).not.toContain(placeholder);
      expect(text(screen.getByTestId('letter-missing'))).toMatch(/^Toutes les informations sont remplies/);
      // The printed copy is the same text.
      expect(screen.getByTestId('letter-print').textContent).toBe(expected.body);
    });

    it('flags a value the letter cannot take, and shows its placeholder instead', async () => {
      await renderAct();
      type('address', 'l1\nl2\nl3\nl4\nl5\nl6\nl7');
      expect(field('address').getAttribute('aria-invalid')).toBe('true');
      expect(preview()).toContain(PLACEHOLDERS.fr.address);
      expect(screen.getByText(/Vigie ne peut pas utiliser ce texte/)).toBeTruthy();
    });

    it('copies, downloads as .txt and prints the French letter', async () => {
      const d = deps();
      await renderAct(d, { letter: 'cada-referral' });
      type('fullName', 'Camille Exemple');
      fireEvent.click(screen.getByTestId('copy-letter'));
      await waitFor(() => expect(text(screen.getByTestId('copy-letter-status'))).toMatch(/^Lettre copiée/));
      expect(d.copy).toHaveBeenCalledWith(preview());
      fireEvent.click(screen.getByTestId('download-letter'));
      expect(d.download).toHaveBeenCalledWith(`vigie-lettre-cada-${TODAY}.txt`, preview());
      fireEvent.click(screen.getByTestId('print-letter'));
      expect(d.print).toHaveBeenCalledTimes(1);
    });

    it('says how to copy by hand when the clipboard refuses', async () => {
      await renderAct(deps({ copy: vi.fn().mockRejectedValue(new Error('denied')) }));
      fireEvent.click(screen.getByTestId('copy-letter'));
      await waitFor(() => expect(text(screen.getByTestId('copy-letter-status'))).toMatch(/^La copie n’a pas marché/));
    });

    it('pre-fills the data-protection officer found on the page, to check, for the GDPR letter only', async () => {
      const pageContacts = { dpo: { email: 'dpo@exemple.gouv.fr', quote: 'Délégué à la protection des données : dpo@exemple.gouv.fr' }, privacyLinks: [] };
      await renderAct(deps({ getReport: vi.fn().mockResolvedValue(makeReport({ pageContacts })) }), { letter: 'gdpr-access-request' });
      expect(field('dpoAddress').value).toBe('dpo@exemple.gouv.fr');
      expect(text(screen.getByTestId('dpo-found'))).toBe('Adresse trouvée sur la page : dpo@exemple.gouv.fr. À vérifier.');
      expect(preview()).toContain('dpo@exemple.gouv.fr');
      fireEvent.click(screen.getByTestId('letter-radio-algorithm-rules-request'));
      expect(field('administrationAddress').value).toBe('');
      expect(preview()).not.toContain('dpo@exemple.gouv.fr');
    });
  });

  describe('English page', () => {
    it('keeps the French letter to send, with the English translation below, labelled as such', async () => {
      await renderAct(deps(), { t: tEn, letter: 'human-contact-request' });
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Take action: letters and deadlines');
      type('fullName', 'Camille Exemple');
      const fields = { fullName: 'Camille Exemple', address: '', today: TODAY };
      expect(preview()).toBe(buildLetter({ letterId: 'human-contact-request', lang: 'fr', fields }).body);
      expect(screen.getByLabelText('Letter to send, in French')).toBe(screen.getByTestId('letter-text'));
      const translation = screen.getByLabelText('Translation of the letter (do not send)') as HTMLTextAreaElement;
      expect(translation.value).toBe(buildLetter({ letterId: 'human-contact-request', lang: 'en', fields }).body);
      expect(screen.getByRole('heading', { level: 3, name: 'English translation' })).toBeTruthy();
    });
  });

  describe('draft', () => {
    it('stores nothing unless asked, then keeps the fields under one key, and deletes them when unticked', async () => {
      await renderAct();
      const box = screen.getByTestId('keep-draft') as HTMLInputElement;
      expect(box.checked).toBe(false);
      type('fullName', 'Camille Exemple');
      type('fileNumber', 'DOS-1');
      await new Promise((r) => setTimeout(r, 400));
      expect(await stored()).toBeUndefined();
      expect(await fakeBrowser.storage.local.get(null)).toEqual({});

      fireEvent.click(box);
      await waitFor(async () => expect((await stored())?.fields).toEqual({ fullName: 'Camille Exemple', fileNumber: 'DOS-1' }));
      expect(await stored()).toMatchObject({ version: 1, letterId: 'algorithm-rules-request' });
      await waitFor(() => expect(text(screen.getByTestId('draft-status'))).toBe('Brouillon gardé sur cet ordinateur.'));
      type('place', 'Villexemple');
      await waitFor(async () => expect((await stored())?.fields.place).toBe('Villexemple'));

      fireEvent.click(box);
      await waitFor(async () => expect(await stored()).toBeUndefined());
      await waitFor(() => expect(text(screen.getByTestId('draft-status'))).toBe('Brouillon effacé.'));
      type('fullName', 'Autre');
      await new Promise((r) => setTimeout(r, 400));
      expect(await stored()).toBeUndefined();
    });

    it('reopens a kept draft, ticked', async () => {
      await fakeBrowser.storage.local.set({
        [LETTER_DRAFT_KEY]: { version: 1, letterId: 'cada-referral', fields: { fullName: 'Camille Exemple' }, savedAt: '2026-11-20T10:00:00.000Z' },
      });
      await renderAct(deps({ getReport: vi.fn().mockResolvedValue(null) }));
      expect(checkedLetter()).toBe('cada-referral');
      expect(field('fullName').value).toBe('Camille Exemple');
      expect((screen.getByTestId('keep-draft') as HTMLInputElement).checked).toBe(true);
      await waitFor(() => expect(text(screen.getByTestId('draft-status'))).toBe('Votre brouillon a été repris.'));
    });

    it.each([['not an object', 'garbage'], ['another version', { version: 7, fields: { fullName: 'X' } }], ['an array', [1, 2]]])(
      'removes a draft it cannot read (%s) and says so',
      async (_name, value) => {
        await fakeBrowser.storage.local.set({ [LETTER_DRAFT_KEY]: value });
        await renderAct();
        expect(await stored()).toBeUndefined();
        expect((screen.getByTestId('keep-draft') as HTMLInputElement).checked).toBe(false);
        await waitFor(() => expect(text(screen.getByTestId('draft-status'))).toBe('Le brouillon enregistré était illisible. Vigie l’a effacé.'));
      },
    );

    it('repairs a draft read in part: keeps the good fields, drops the bad ones', async () => {
      await fakeBrowser.storage.local.set({
        [LETTER_DRAFT_KEY]: { version: 1, letterId: 'nope', fields: { fullName: 'Camille', decisionDate: '2026-02-30', fileNumber: 42, evil: 'x' } },
      });
      await renderAct();
      expect(field('fullName').value).toBe('Camille');
      expect(await stored()).toMatchObject({ version: 1, fields: { fullName: 'Camille' } });
      expect(Object.keys((await stored())?.fields ?? {})).toEqual(['fullName']);
      await waitFor(() => expect(text(screen.getByTestId('draft-status'))).toMatch(/^Une partie du brouillon était illisible/));
    });
  });

  describe('deadlines', () => {
    it.each([
      ['decision-received', '2026-11-27'],
      ['rules-request-sent', '2026-12-31'],
      ['administrative-appeal-sent', '2027-01-15'],
      ['gdpr-request-sent', '2027-01-31'],
    ] as const)('%s on %s: the milestones of computeDeadlines, in order, with their basis and caveats', async (event, date) => {
      await renderAct();
      fireEvent.change(screen.getByTestId('deadline-event'), { target: { value: event } });
      fireEvent.input(screen.getByTestId('deadline-date'), { target: { value: date } });
      fireEvent.click(screen.getByTestId('deadline-submit'));
      const items = await screen.findAllByTestId('milestone');
      const plan = computeDeadlines({ event, date });
      expect(items.map((li) => li.dataset.milestone)).toEqual(plan.milestones.map((m) => m.id));
      items.forEach((li, i) => {
        const m = plan.milestones[i]!;
        const time = li.querySelector('time');
        expect(time?.getAttribute('datetime')).toBe(m.date);
        expect(time?.textContent).toBe(formatLongDate(m.date, 'fr'));
        expect(li.textContent).toContain(milestoneLabel(m.id, 'fr'));
        for (const b of m.basis) expect(li.textContent).toContain(getLegalBasis(b).short);
        for (const c of m.caveats.filter((c) => c !== 'indicative-date')) expect(li.textContent).toContain(caveatText(c, 'fr'));
      });
      expect(text(screen.getByTestId('deadline-results'))).toContain(caveatText('indicative-date', 'fr'));
    });

    it('asks for a date when there is none', async () => {
      await renderAct();
      fireEvent.click(screen.getByTestId('deadline-submit'));
      expect(screen.getByTestId('deadline-date').getAttribute('aria-invalid')).toBe('true');
      expect(screen.getByText('Indiquez une date.')).toBeTruthy();
      expect(screen.queryByTestId('deadline-results')).toBeNull();
    });
  });

  describe('sources and error report', () => {
    it('says it is not legal advice, gives the check date and links each official text of the letter', async () => {
      await renderAct(deps(), { letter: 'cada-referral' });
      const sources = screen.getByTestId('sources');
      expect(sources.textContent).toContain('Information, pas un conseil juridique.');
      expect(sources.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-26');
      const links = within(sources).getAllByTestId('source-link') as HTMLAnchorElement[];
      for (const basis of letterInfo('cada-referral').basis) expect(links.map((a) => a.href)).toContain(getLegalBasis(basis).url);
      for (const a of links) {
        expect(a.rel).toBe('noreferrer');
        expect(a.target).toBe('_blank');
        expect(new URL(a.href).protocol).toBe('https:');
      }
    });

    it('prepares the report text locally, to copy, with no address', async () => {
      const d = deps();
      await renderAct(d, { letter: 'cada-referral' });
      fireEvent.input(screen.getByTestId('error-message'), { target: { value: 'Le délai cité est faux.' } });
      fireEvent.click(screen.getByTestId('error-submit'));
      const out = (await screen.findByTestId('error-text')) as HTMLTextAreaElement;
      const expected = buildErrorReport({
        lang: 'fr',
        item: { type: 'letter', id: 'cada-referral' },
        pageUrl: makeReport().url,
        message: 'Le délai cité est faux.',
        extensionVersion: '0.1.0',
      });
      expect(out.value).toBe(`${expected.subject}\n\n${expected.body}`);
      // Focus goes to the message that appeared under the button.
      await waitFor(() => expect(document.activeElement).toBe(out));
      // The query of the page (a file number) is not in the report.
      expect(out.value).not.toContain('DOS-1');
      expect(screen.getByText('Envoyez ce texte à la personne ou à l’organisation qui vous a installé Vigie.')).toBeTruthy();
      expect(document.querySelector('a[href^="mailto:"]')).toBeNull();
      fireEvent.click(screen.getByTestId('copy-error'));
      expect(d.copy).toHaveBeenCalledWith(out.value);
    });

    it('can report a right of the letter', async () => {
      await renderAct(deps(), { letter: 'human-contact-request' });
      const right = letterInfo('human-contact-request').rights[0]!;
      fireEvent.change(screen.getByTestId('error-item'), { target: { value: `right:${right}` } });
      fireEvent.click(screen.getByTestId('error-submit'));
      expect(((await screen.findByTestId('error-text')) as HTMLTextAreaElement).value).toContain(`(${right})`);
    });
  });
});
