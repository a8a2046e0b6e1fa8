import { useRef, useState } from 'preact/hooks';
import { useTranslate } from '../lib/i18n/context';
import type { Translate } from '../lib/i18n/translate';
import {
  caveatText,
  computeDeadlines,
  deadlineInputSchema,
  formatLongDate,
  getLegalBasis,
  milestoneLabel,
  type DeadlineEvent,
  type DeadlinePlan,
  type Lang,
} from '../lib/rights';
import { useAnnounce } from './letter-copy-button';
import { StatusMessage } from './status-message';

/** The events of `computeDeadlines`, in the order people meet them. */
export const DEADLINE_EVENTS: readonly DeadlineEvent[] = ['decision-received', 'rules-request-sent', 'cada-referral-registered', 'administrative-appeal-sent', 'gdpr-request-sent'];

function eventLabel(event: DeadlineEvent, t: Translate): string {
  switch (event) {
    case 'decision-received':
      return t('act_event_decision_received');
    case 'rules-request-sent':
      return t('act_event_rules_request_sent');
    case 'cada-referral-registered':
      return t('act_event_cada_referral_registered');
    case 'administrative-appeal-sent':
      return t('act_event_administrative_appeal_sent');
    case 'gdpr-request-sent':
      return t('act_event_gdpr_request_sent');
  }
}

export interface DeadlinePlannerProps {
  lang: Lang;
  /** Event selected at first. */
  initialEvent?: DeadlineEvent;
}

/** "Délais": from what happened and when, the key dates with their legal basis and caveats. */
export function DeadlinePlanner({ lang, initialEvent = 'decision-received' }: DeadlinePlannerProps) {
  const t = useTranslate();
  const [event, setEvent] = useState<DeadlineEvent>(initialEvent);
  const [date, setDate] = useState('');
  const [plan, setPlan] = useState<DeadlinePlan | null>(null);
  const [error, setError] = useState(false);
  const [status, announce] = useAnnounce();
  const dateInput = useRef<HTMLInputElement>(null);

  const onSubmit = (e: Event) => {
    e.preventDefault();
    const input = deadlineInputSchema.safeParse({ event, date });
    if (!input.success) {
      setError(true);
      setPlan(null);
      dateInput.current?.focus();
      return;
    }
    setError(false);
    const next = computeDeadlines(input.data);
    setPlan(next);
    announce(t('act_deadlines_done'));
  };

  return (
    <section class="deadlines" aria-labelledby="deadlines-heading" data-testid="deadlines">
      <h2 id="deadlines-heading">{t('act_deadlines_heading')}</h2>
      <p>{t('act_deadlines_intro')}</p>
      <form class="deadline-form" onSubmit={onSubmit} noValidate>
        <div class="field">
          <label for="deadline-event">{t('act_deadlines_event_label')}</label>
          <select
            id="deadline-event"
            value={event}
            data-testid="deadline-event"
            onChange={(e) => setEvent((e.currentTarget as HTMLSelectElement).value as DeadlineEvent)}
          >
            {DEADLINE_EVENTS.map((ev) => (
              <option key={ev} value={ev}>
                {eventLabel(ev, t)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="deadline-date">{t('act_deadlines_date_label')}</label>
          <p class="hint" id="deadline-date-hint">
            {t('act_deadlines_date_hint')}
          </p>
          <input
            ref={dateInput}
            type="date"
            id="deadline-date"
            value={date}
            autocomplete="off"
            aria-describedby={error ? 'deadline-date-hint deadline-date-error' : 'deadline-date-hint'}
            aria-invalid={error ? 'true' : undefined}
            data-testid="deadline-date"
            onInput={(e) => setDate((e.currentTarget as HTMLInputElement).value)}
          />
          {error && (
            <p class="field-error" id="deadline-date-error">
              {t('act_deadlines_date_error')}
            </p>
          )}
        </div>
        <button type="submit" data-testid="deadline-submit">
          {t('act_deadlines_submit')}
        </button>
      </form>
      <StatusMessage message={status} testId="deadline-status" />
      {plan && (
        <div class="deadline-results" data-testid="deadline-results">
          <h3>
            {eventLabel(plan.event, t)}
            {lang === 'fr' ? '\u00a0: ' : ': '}
            <time dateTime={plan.from}>{formatLongDate(plan.from, lang)}</time>
          </h3>
          <p class="notice">
            <strong>{t('act_deadlines_indicative')}</strong> {caveatText('indicative-date', lang)}
          </p>
          <ol class="milestones">
            {plan.milestones.map((m) => (
              <li key={m.id} data-testid="milestone" data-milestone={m.id}>
                <p class="milestone-date">
                  <time dateTime={m.date}>{formatLongDate(m.date, lang)}</time>
                </p>
                <p class="milestone-label">{milestoneLabel(m.id, lang)}</p>
                <p class="milestone-basis">
                  {t('act_deadlines_basis')}{' '}
                  <span lang="fr">{m.basis.map((b) => getLegalBasis(b).short).join(lang === 'fr' ? '\u00a0; ' : '; ')}</span>
                </p>
                {m.caveats.some((c) => c !== 'indicative-date') && (
                  <ul class="caveats">
                    {m.caveats
                      .filter((c) => c !== 'indicative-date')
                      .map((c) => (
                        <li key={c}>{caveatText(c, lang)}</li>
                      ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
