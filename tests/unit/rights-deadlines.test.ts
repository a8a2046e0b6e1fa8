import { describe, expect, it } from 'vitest';
import {
  BASIS_IDS,
  CAVEATS,
  CAVEAT_IDS,
  FACT_IDS,
  MILESTONE_IDS,
  addMonths,
  caveatText,
  computeDeadlines,
  daysInMonth,
  deadlineEventSchema,
  formatLongDate,
  isLeapYear,
  milestoneLabel,
  milestonesOf,
  parseIsoDate,
} from '../../lib/rights';

/** An independent oracle: UTC Date arithmetic, the end of month clamped by hand. */
function oracleAddMonths(iso: string, months: number): { date: string; clamped: boolean } {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const firstOfTarget = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  const date = new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth(), day)).toISOString().slice(0, 10);
  return { date, clamped: d > lastDay };
}

function everyDay(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

describe('calendar arithmetic', () => {
  it('knows leap years like the UTC calendar does (1896–2404)', () => {
    for (let y = 1896; y <= 2404; y += 1) {
      expect(isLeapYear(y), String(y)).toBe(new Date(Date.UTC(y, 1, 29)).getUTCMonth() === 1);
      for (let m = 1; m <= 12; m += 1) expect(daysInMonth(y, m)).toBe(new Date(Date.UTC(y, m, 0)).getUTCDate());
    }
  });

  it('adds months like the oracle for every day of 2027 and 2028, from 1 to 14 months', () => {
    for (const day of everyDay('2027-01-01', '2028-12-31')) {
      for (const n of [1, 2, 3, 12, 14]) {
        const got = addMonths(day, n);
        const want = oracleAddMonths(day, n);
        expect(got.date, `${day} + ${n}`).toBe(want.date);
        expect(got.clampedToMonthEnd, `${day} + ${n}`).toBe(want.clamped);
      }
    }
  });

  it.each([
    ['2027-01-31', 1, '2027-02-28', true],
    ['2028-01-31', 1, '2028-02-29', true],
    ['2028-01-29', 1, '2028-02-29', false],
    ['2100-01-29', 1, '2100-02-28', true], // 2100 is not a leap year
    ['2000-01-30', 1, '2000-02-29', true], // 2000 is
    ['2028-02-29', 12, '2029-02-28', true],
    ['2026-08-31', 1, '2026-09-30', true],
    ['2026-12-15', 2, '2027-02-15', false],
    ['2026-11-30', 3, '2027-02-28', true],
    ['2026-03-31', -1, '2026-02-28', true],
  ] as const)('%s + %i month(s) = %s (end of month: %s)', (from, n, date, clamped) => {
    expect(addMonths(from, n)).toEqual({ date, clampedToMonthEnd: clamped });
  });

  it.each(['2027-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '26-11-2026', '2026-1-1', ''])('rejects %j', (bad) => {
    expect(parseIsoDate(bad)).toBeUndefined();
    expect(() => addMonths(bad, 1)).toThrow();
  });

  it('writes dates out in French and English', () => {
    expect(formatLongDate('2027-03-01', 'fr')).toBe('1er mars 2027');
    expect(formatLongDate('2027-08-15', 'fr')).toBe('15 août 2027');
    expect(formatLongDate('2027-03-01', 'en')).toBe('1 March 2027');
  });
});

describe('deadlines', () => {
  const events = deadlineEventSchema.options;

  it.each(events)('%s: every milestone is after its start, counted by whole months, with caveats', (event) => {
    for (const date of ['2026-01-31', '2026-11-30', '2027-12-31', '2028-02-29', '2026-06-15']) {
      const plan = computeDeadlines({ event, date });
      expect(plan.from).toBe(date);
      expect(plan.milestones.map((m) => m.id)).toEqual([...milestonesOf(event)]);
      const byId = new Map(plan.milestones.map((m) => [m.id, m.date]));
      for (const m of plan.milestones) {
        const start = m.after === 'event' ? date : byId.get(m.after)!;
        expect(m.date > start, `${m.id} after ${start}`).toBe(true);
        expect(m.date).toBe(oracleAddMonths(start, m.months).date);
        expect(m.caveats).toContain('indicative-date');
        expect(m.caveats.includes('month-end')).toBe(oracleAddMonths(start, m.months).clamped);
        expect(m.basis.length).toBeGreaterThan(0);
        for (const b of m.basis) expect(BASIS_IDS).toContain(b);
        for (const f of m.facts) expect(FACT_IDS).toContain(f);
      }
    }
  });

  it('request for rules: one month of silence is a refusal, then two months for the CADA', () => {
    const plan = computeDeadlines({ event: 'rules-request-sent', date: '2026-11-30' });
    const [refusal, cada] = plan.milestones;
    expect(refusal).toMatchObject({ id: 'implicit-refusal', months: 1, after: 'event' });
    expect(cada).toMatchObject({ id: 'cada-referral-deadline', months: 2, after: 'implicit-refusal' });
    // The rule is the CRPA's (R.* 311-12, R. 311-13); décret 2017-330 only recalls it.
    expect(refusal!.basis).toEqual(['crpa-r311-12', 'crpa-r311-13']);
    // Chained: 30 Nov → 30 Dec → 28 Feb (not 30 Nov + 3 months, which also lands on 28 Feb here but not always).
    expect(cada!.date).toBe(oracleAddMonths(refusal!.date, 2).date);
    expect(cada!.caveats).toContain('cada-runs-only-if-stated');
  });

  it('CADA registered: two months of silence confirm the refusal, then two months for court (R. 343-5, CJA R. 421-2)', () => {
    const plan = computeDeadlines({ event: 'cada-referral-registered', date: '2027-03-10' });
    const [confirmed, court] = plan.milestones;
    expect(confirmed).toMatchObject({ id: 'cada-refusal-confirmed', months: 2, date: '2027-05-10', basis: ['crpa-r343-5'] });
    expect(court).toMatchObject({ id: 'court-deadline-after-cada', after: 'cada-refusal-confirmed', date: '2027-07-10', basis: ['cja-r421-2'] });
    // The CADA often answers late: the person is told not to wait for its opinion.
    expect(confirmed!.caveats).toContain('cada-opinion-may-come-later');
    expect(caveatText('cada-opinion-may-come-later', 'fr')).toContain('52 jours');
  });

  it('after an implicit rejection, the court deadline cites CJA R. 421-2 and the acknowledgement rule', () => {
    const plan = computeDeadlines({ event: 'administrative-appeal-sent', date: '2027-01-15' });
    const court = plan.milestones.find((m) => m.id === 'court-deadline-after-rejection')!;
    expect(court.basis).toEqual(expect.arrayContaining(['cja-r421-2', 'crpa-l112-6']));
  });

  it('every computed date says it ignores délais francs and the move to the next working day', () => {
    expect(caveatText('indicative-date', 'fr')).toMatch(/délais francs.*jour ouvré/su);
    expect(caveatText('indicative-date', 'en')).toMatch(/délais francs.*next working day/su);
    for (const event of ['rules-request-sent', 'cada-referral-registered', 'decision-received', 'administrative-appeal-sent', 'gdpr-request-sent'] as const)
      for (const m of computeDeadlines({ event, date: '2027-06-01' }).milestones) expect(m.caveats).toContain('indicative-date');
  });

  it('chaining differs from adding three months at once when the refusal falls on a short month', () => {
    const plan = computeDeadlines({ event: 'rules-request-sent', date: '2027-01-31' });
    expect(plan.milestones[0]!.date).toBe('2027-02-28');
    expect(plan.milestones[1]!.date).toBe(oracleAddMonths('2027-02-28', 2).date);
    expect(plan.milestones[1]!.date).not.toBe(oracleAddMonths('2027-01-31', 3).date);
  });

  it('decision received: two months for court, only if the decision states routes and deadlines', () => {
    const plan = computeDeadlines({ event: 'decision-received', date: '2028-02-29' });
    const court = plan.milestones.find((m) => m.id === 'court-appeal-deadline')!;
    expect(court.months).toBe(2);
    expect(court.caveats).toEqual(expect.arrayContaining(['court-runs-only-if-stated', 'check-compulsory-prior-appeal']));
    expect(court.basis).toEqual(expect.arrayContaining(['cja-r421-1', 'cja-r421-5']));
    expect(court.date).toBe('2028-04-29');
  });

  it('GDPR request: one month, three if extended', () => {
    const plan = computeDeadlines({ event: 'gdpr-request-sent', date: '2028-01-31' });
    const [due, extended] = plan.milestones;
    expect(due!.date).toBe('2028-02-29');
    expect(due!.caveats).toEqual(expect.arrayContaining(['month-end', 'gdpr-extension']));
    expect(extended!.months + due!.months).toBe(3);
    expect(extended!.date > due!.date).toBe(true);
  });

  it('rejects an unknown event or a date that does not exist', () => {
    expect(() => computeDeadlines({ event: 'nope' as never, date: '2026-11-26' })).toThrow();
    expect(() => computeDeadlines({ event: 'decision-received', date: '2027-02-29' })).toThrow();
  });

  it('every milestone and caveat has French and English text; caveats rest on known facts', () => {
    for (const id of MILESTONE_IDS) {
      expect(milestoneLabel(id, 'fr').length).toBeGreaterThan(5);
      expect(milestoneLabel(id, 'en')).not.toBe(milestoneLabel(id, 'fr'));
    }
    for (const id of CAVEAT_IDS) {
      expect(caveatText(id, 'fr').length).toBeGreaterThan(10);
      expect(caveatText(id, 'en')).not.toBe(caveatText(id, 'fr'));
      for (const f of CAVEATS[id].facts) expect(FACT_IDS).toContain(f);
    }
    // Every milestone id is produced by some event.
    expect(new Set(events.flatMap((e) => milestonesOf(e)))).toEqual(new Set(MILESTONE_IDS));
  });
});
