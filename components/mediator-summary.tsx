import { copyText } from '../lib/ui/clipboard';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useTranslate } from '../lib/i18n/context';
import {
  SUMMARY_SECTIONS,
  contactLines,
  summaryAsText,
  type MediatorSummary,
  type SummaryContact,
  type SummaryItem,
  type SummarySectionId,
} from '../lib/ui/mediator-summary';
import { StatusMessage } from './status-message';
import './mediator-summary.css';


export interface MediatorSummaryViewProps {
  summary: MediatorSummary;
  /** "Imprimer": the summary page prints itself; the popup opens the summary page to print it. */
  onPrint: () => void;
  /** Replaced in tests. */
  copy?: (text: string) => Promise<void>;
}

/** A web address as people read it aloud: no scheme, no trailing slash. */
function readableUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

function Lines({ lines }: { lines: readonly string[] }) {
  return (
    <>
      {lines.map((line, i) => (
        <span key={i} class={i === 0 ? 'ms-line ms-line-main' : 'ms-line'}>
          {line}
        </span>
      ))}
    </>
  );
}

function Items({ items, testId }: { items: readonly SummaryItem[]; testId: string }) {
  return (
    <ul class="ms-list">
      {items.map((item, i) => (
        <li key={i} data-testid={testId}>
          <Lines lines={item.lines} />
        </li>
      ))}
    </ul>
  );
}

function ContactCard({ contact }: { contact: SummaryContact }) {
  const t = useTranslate();
  return (
    <li data-testid="ms-contact" data-contact={contact.id}>
      <span class="ms-line ms-line-main">{contact.name}</span>
      {contactLines(contact, t).map((line) =>
        line.kind === 'web' && line.url ? (
          <span key={line.kind} class="ms-line">
            {t('popup_mediator_web_label')}{' '}
            <a href={line.url} target="_blank" rel="noreferrer">
              {readableUrl(line.url)}
            </a>
          </span>
        ) : (
          <span key={line.kind} class="ms-line">
            {line.text}
          </span>
        ),
      )}
    </li>
  );
}

/**
 * The mediator summary ("Résumé pour accompagner"): four sections under an h2 each, a discreet
 * footer (not legal advice, check date, sources), and "Copier le résumé" / "Imprimer".
 */
export function MediatorSummaryView({ summary, onPrint, copy = copyText }: MediatorSummaryViewProps) {
  const t = useTranslate();
  const [status, setStatus] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const announce = (message: string) => {
    // Emptied first so that a second copy is announced again.
    setStatus('');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setStatus(message), 50);
  };

  const onCopy = () => {
    void copy(summaryAsText(summary, t)).then(
      () => announce(t('popup_mediator_copied')),
      () => announce(t('popup_mediator_copy_failed')),
    );
  };

  const body: Record<SummarySectionId, preact.ComponentChildren> = {
    'on-page': <Items items={summary.onPage} testId="ms-on-page-item" />,
    meaning: <Items items={summary.meaning} testId="ms-meaning-item" />,
    next: (
      <ul class="ms-list">
        {summary.nextSteps.map((step) => (
          <li key={step} data-testid="ms-step">
            {step}
          </li>
        ))}
      </ul>
    ),
    contacts: summary.contacts.map((group) => (
      <div key={group.id} class="ms-contact-group" data-testid="ms-contact-group" data-group={group.id}>
        <h3>{group.title}</h3>
        {group.steps.map((step) => (
          <p key={step} class="ms-step-note">
            {step}
          </p>
        ))}
        <ul class="ms-list">
          {group.contacts.map((c) => (
            <ContactCard key={c.id} contact={c} />
          ))}
        </ul>
      </div>
    )),
  };

  return (
    <div class="mediator-summary" data-testid="mediator-summary" lang={summary.lang}>
      <p class="ms-intro">{t('popup_mediator_intro')}</p>
      {/* Near the top: the summary is long, and copying or printing it is what people came for. */}
      <div class="ms-actions" role="group" aria-label={t('popup_mediator_actions')}>
        <button type="button" data-testid="ms-copy" onClick={onCopy}>
          {t('popup_mediator_copy')}
        </button>
        <button type="button" class="button-secondary" data-testid="ms-print" onClick={onPrint}>
          {t('popup_mediator_print')}
        </button>
      </div>
      <StatusMessage message={status} testId="ms-copy-status" />
      {SUMMARY_SECTIONS.map(({ id, headingKey }) => (
        // Not a labelled region: the popup's detail view can hold a region of the same name.
        <section key={id} class="ms-section" data-testid={`ms-${id}`}>
          <h2 id={`ms-${id}`}>{t(headingKey)}</h2>
          {body[id]}
        </section>
      ))}
      <div class="ms-footer" data-testid="ms-footer">
        <p>
          {summary.footer.disclaimer} {summary.footer.checked}
        </p>
        {summary.sources.length > 0 && (
          <details class="ms-sources">
            <summary>{t('popup_mediator_sources', String(summary.sources.length))}</summary>
            <ul>
              {summary.sources.map((s) => (
                <li key={s.url}>
                  <a href={s.url} target="_blank" rel="noreferrer">
                    {s.label}
                  </a>
                </li>
              ))}
            </ul>
          </details>
        )}
      </div>
    </div>
  );
}
