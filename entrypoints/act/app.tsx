import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { downloadTextFile } from '../../lib/ui/report-export';
import { copyText } from '../../lib/ui/clipboard';
import { browser } from 'wxt/browser';
import { DeadlinePlanner } from '../../components/deadline-planner';
import { ErrorReportForm } from '../../components/error-report';
import { LetterChoice } from '../../components/letter-choice';
import { LetterDraftToggle, type DraftEvent } from '../../components/letter-draft-toggle';
import { LetterFields } from '../../components/letter-fields';
import { LetterPageHeader } from '../../components/letter-page-header';
import { LetterPreview } from '../../components/letter-preview';
import { LetterSection } from '../../components/letter-section';
import { SourceNotes } from '../../components/source-notes';
import { TranslateContext } from '../../lib/i18n/context';
import type { Translate } from '../../lib/i18n/translate';
import type { Report } from '../../lib/report/schema';
import { LETTER_IDS, letterInfo, lettersForFinding, type LetterId } from '../../lib/rights';
import { langOf } from '../../lib/i18n/translate';
import * as client from '../../lib/ui/client';
import {
  buildLetterFromForm,
  deleteDraft,
  letterFileName,
  loadDraft,
  localIsoDate,
  makeDraft,
  saveDraft,
  type DraftStorage,
  type FormFieldName,
  type LetterFormValues,
} from '../../lib/ui/letter-draft';

/** What the Agir page needs from the browser; tests pass fakes. */
export interface ActDeps {
  getReport: (tabId: number) => Promise<Report | null>;
  /** Where the draft goes, only when the person asks for it. */
  draftStorage: DraftStorage;
  copy: (text: string) => Promise<void>;
  download: (fileName: string, text: string) => void;
  print: () => void;
  now: () => Date;
  extensionVersion: () => string | undefined;
}

/** The real browser. */
export const defaultActDeps: ActDeps = {
  getReport: (tabId) => client.getReport(tabId),
  draftStorage: {
    get: (key) => browser.storage.local.get(key),
    set: (items) => browser.storage.local.set(items),
    remove: (key) => browser.storage.local.remove(key),
  },
  copy: copyText,
  download: (fileName, text) => downloadTextFile(fileName, text, document, 'text/plain;charset=utf-8'),
  print: () => window.print(),
  now: () => new Date(),
  extensionVersion: () => browser.runtime.getManifest().version,
};

/** The letters the findings of a report call for, each once, in `LETTER_IDS` order. */
export function suggestedLetters(report: Report | null): LetterId[] {
  const wanted = new Set((report?.findings ?? []).flatMap((f) => lettersForFinding(f)));
  return LETTER_IDS.filter((id) => wanted.has(id));
}

/** The data-protection officer's address the page shows, one line each for post and e-mail. */
export function dpoAddressOf(report: Report | null): string | undefined {
  const dpo = report?.pageContacts?.dpo;
  const lines = [dpo?.postal, dpo?.email].filter((l): l is string => Boolean(l));
  return lines.length > 0 ? lines.join('\n') : undefined;
}

export interface ActAppProps {
  /** The tab whose report the letters are about; the page still works without one. */
  tabId?: number;
  /** Letter to open on (`?letter=`). */
  letter?: LetterId;
  deps?: Partial<ActDeps>;
  t: Translate;
}

const DRAFT_SAVE_DELAY_MS = 300;

/** The "Agir" page: ready-to-send letters, key dates, sources, and "report an error". */
export function ActApp({ tabId, letter: letterParam, deps: partialDeps, t }: ActAppProps) {
  const deps: ActDeps = { ...defaultActDeps, ...partialDeps };
  const lang = langOf(t);
  const today = useMemo(() => localIsoDate(deps.now()), []);
  const [loading, setLoading] = useState(true);
  const [report, setReport] = useState<Report | null>(null);
  const [letterId, setLetterId] = useState<LetterId>(letterParam ?? LETTER_IDS[0]);
  const [values, setValues] = useState<LetterFormValues>({});
  const [keepDraft, setKeepDraft] = useState(false);
  const [draftEvent, setDraftEvent] = useState<{ type: DraftEvent; seq: number } | undefined>();
  const draftSeq = useRef(0);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const tellDraft = (type: DraftEvent) => setDraftEvent({ type, seq: ++draftSeq.current });

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const found = tabId === undefined ? null : await deps.getReport(tabId).catch(() => null);
      const draft = await loadDraft(deps.draftStorage).catch(() => ({ status: 'none' as const }));
      if (cancelled) return;
      const restored = draft.status === 'ok' || draft.status === 'repaired' ? draft.draft : undefined;
      // The letter is dated today unless the person changes it (a draft never keeps the date).
      const initial: LetterFormValues = { ...restored?.fields, today };
      const dpo = dpoAddressOf(found);
      if (dpo && !initial.dpoAddress) initial.dpoAddress = dpo;
      setReport(found);
      setLetterId(letterParam ?? restored?.letterId ?? suggestedLetters(found)[0] ?? LETTER_IDS[0]);
      setValues(initial);
      setKeepDraft(restored !== undefined);
      if (draft.status === 'ok') tellDraft('restored');
      else if (draft.status === 'repaired') tellDraft('repaired');
      else if (draft.status === 'corrupt') tellDraft('corrupt');
      setLoading(false);
    })();
    return () => {
      cancelled = true;
    };
    // Runs once: the page is about one tab for its whole life.
  }, []);

  // While the person keeps a draft, each change is saved (once typing pauses). Never otherwise.
  useEffect(() => {
    if (loading || !keepDraft) return undefined;
    saveTimer.current = setTimeout(() => {
      saveDraft(makeDraft(letterId, values, deps.now()), deps.draftStorage).catch(() => tellDraft('error'));
    }, DRAFT_SAVE_DELAY_MS);
    return () => clearTimeout(saveTimer.current);
  }, [values, letterId, keepDraft, loading]);

  const onToggleDraft = (keep: boolean) => {
    clearTimeout(saveTimer.current);
    setKeepDraft(keep);
    const done = keep ? saveDraft(makeDraft(letterId, values, deps.now()), deps.draftStorage) : deleteDraft(deps.draftStorage);
    done.then(
      () => tellDraft(keep ? 'saved' : 'deleted'),
      () => tellDraft('error'),
    );
  };

  const onField = (name: FormFieldName, value: string) => setValues((previous) => ({ ...previous, [name]: value }));

  const suggested = useMemo(() => suggestedLetters(report), [report]);
  const order = [...suggested, ...LETTER_IDS.filter((id) => !suggested.includes(id))];
  const french = buildLetterFromForm(letterId, 'fr', values, today);
  const english = lang === 'en' ? buildLetterFromForm(letterId, 'en', values, today).letter : undefined;
  const letterDate = values.today || today;

  return (
    <TranslateContext.Provider value={t}>
      <div class="screen-only">
        <LetterPageHeader report={report} loading={loading} />
        <main aria-busy={loading ? 'true' : undefined}>
          {!loading && (
            <>
              <LetterSection>
                <LetterChoice letters={order} suggested={new Set(suggested)} value={letterId} lang={lang} onChange={setLetterId} />
                <LetterFields
                  letterId={letterId}
                  values={values}
                  invalid={french.invalid}
                  onChange={onField}
                  dpoFound={dpoAddressOf(report)?.replace('\n', ', ')}
                >
                  <LetterDraftToggle checked={keepDraft} onToggle={onToggleDraft} event={draftEvent} />
                </LetterFields>
                <LetterPreview
                  letter={french.letter}
                  translation={english}
                  lang={lang}
                  copy={deps.copy}
                  onDownload={() => deps.download(letterFileName(letterId, letterDate), french.letter.body)}
                  onPrint={() => deps.print()}
                />
              </LetterSection>
              <DeadlinePlanner lang={lang} initialEvent={letterInfo(letterId).deadlineEvent} />
              <SourceNotes letterId={letterId} lang={lang} />
              <ErrorReportForm
                lang={lang}
                letters={order}
                letterId={letterId}
                pageUrl={report?.url}
                extensionVersion={deps.extensionVersion()}
                copy={deps.copy}
              />
            </>
          )}
        </main>
      </div>
      {!loading && (
        // Printed alone (style.css, @media print): the letter's text, nothing else.
        <div class="letter-print" data-testid="letter-print" lang="fr">
          {french.letter.body}
        </div>
      )}
    </TranslateContext.Provider>
  );
}
