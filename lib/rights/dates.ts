import type { Lang } from './schema';

/*
 * Calendar dates as `YYYY-MM-DD` strings, with no time and no time zone: a deadline is a day,
 * and going through `Date` objects in local time shifts days around midnight and DST changes.
 */

export interface CalendarDate {
  year: number;
  month: number; // 1–12
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses `YYYY-MM-DD`; undefined when the text is not a real calendar day (2027-02-29, 2026-04-31). */
export function parseIsoDate(iso: string): CalendarDate | undefined {
  const m = ISO_DATE.exec(iso);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function formatIsoDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface AddMonthsResult {
  date: string;
  /** True when the target month is too short for the day and the date was moved to its last day. */
  clampedToMonthEnd: boolean;
}

/**
 * Adds calendar months: same day number, `months` months later. When that month is shorter (31
 * January + 1 month), the result is its last day (28 or 29 February), and `clampedToMonthEnd`
 * says so. This is the usual reading of a deadline "of N months" from a date; the caveats of
 * deadlines.ts say the dates are indicative.
 */
export function addMonths(iso: string, months: number): AddMonthsResult {
  const d = parseIsoDate(iso);
  if (!d) throw new RangeError(`not a calendar date: ${iso}`);
  if (!Number.isInteger(months)) throw new RangeError(`months must be an integer: ${months}`);
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = daysInMonth(year, month);
  return { date: formatIsoDate({ year, month, day: Math.min(d.day, last) }), clampedToMonthEnd: d.day > last };
}

/** Negative when a is before b, 0 when equal, positive after (ISO strings sort as dates). */
export function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const MONTHS: Record<Lang, readonly string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "1er mars 2027" / "1 March 2027". Written out so it never depends on the browser's locale data. */
export function formatLongDate(iso: string, lang: Lang): string {
  const d = parseIsoDate(iso);
  if (!d) throw new RangeError(`not a calendar date: ${iso}`);
  const month = MONTHS[lang][d.month - 1];
  const day = lang === 'fr' && d.day === 1 ? '1er' : String(d.day);
  return `${day} ${month} ${d.year}`;
}
