import { z } from 'zod';
import { browser } from 'wxt/browser';
import {
  buildLetter,
  letterIdSchema,
  letterInfo,
  letterInputSchema,
  type Lang,
  type Letter,
  type LetterFieldName,
  type LetterFields,
  type LetterId,
} from '../rights';

/*
 * What the person types into a letter form, and the optional draft of it. Nothing is stored unless
 * the person ticks "Garder un brouillon": then the values go to `storage.local` under one key, and
 * unticking deletes it. The stored value is checked on every read: a value this build cannot read
 * (corrupted, edited by hand, written by another version) is repaired field by field or removed.
 */

/**
 * Fields of the form. `dpoAddress` stands for `administrationAddress` in the letters written to the
 * data-protection officer: that address is not the one of the office that took the decision, so it
 * is kept apart (and can be pre-filled from the page).
 */
export const FORM_FIELD_NAMES = [
  'fullName',
  'address',
  'administration',
  'administrationAddress',
  'dpoAddress',
  'decisionRef',
  'decisionDate',
  'requestDate',
  'fileNumber',
  'place',
  'today',
] as const;
export type FormFieldName = (typeof FORM_FIELD_NAMES)[number];
export type LetterFormValues = Partial<Record<FormFieldName, string>>;

/** Letters addressed to the administration's data-protection officer. */
export const DPO_LETTERS: readonly LetterId[] = ['gdpr-access-request'];

/** Longest value of each field (the caps of `letterFieldsSchema`); the inputs use them as `maxlength`. */
export const FIELD_MAX_LENGTH: Partial<Record<FormFieldName, number>> = {
  fullName: 120,
  address: 300,
  fileNumber: 60,
  administration: 200,
  administrationAddress: 300,
  dpoAddress: 300,
  decisionRef: 120,
  place: 80,
};

/** Fields written over several lines (a postal address). */
export const MULTILINE_FIELDS: ReadonlySet<FormFieldName> = new Set(['address', 'administrationAddress', 'dpoAddress']);
export const DATE_FIELDS: ReadonlySet<FormFieldName> = new Set(['decisionDate', 'requestDate', 'today']);

/** The form field a letter field is typed into, for this letter. */
export function formFieldFor(letterId: LetterId, field: LetterFieldName): FormFieldName {
  return field === 'administrationAddress' && DPO_LETTERS.includes(letterId) ? 'dpoAddress' : field;
}

/** The form fields a letter asks for, in the letter's order. */
export function formFieldsOf(letterId: LetterId): FormFieldName[] {
  return letterInfo(letterId).fields.map((f) => formFieldFor(letterId, f));
}

/** Today as `YYYY-MM-DD` in local time: the date the person writes the letter. */
export function localIsoDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface BuiltLetter {
  letter: Letter;
  /** Form fields whose value the letter could not use (too long, too many lines, not a date): shown as placeholders. */
  invalid: FormFieldName[];
}

/**
 * Builds the letter from the form. Never throws: a value the letter cannot take is left out (its
 * placeholder shows) and named in `invalid`, so the form can say which field to fix.
 */
export function buildLetterFromForm(letterId: LetterId, lang: Lang, values: LetterFormValues, today: string): BuiltLetter {
  const fields: Record<string, string> = { fullName: '', address: '', today };
  for (const name of letterInfo(letterId).fields) {
    const value = (values[formFieldFor(letterId, name)] ?? '').trim() === '' ? '' : (values[formFieldFor(letterId, name)] ?? '');
    if (name === 'today') fields.today = value || today;
    else if (value !== '') fields[name] = value;
  }
  const first = letterInputSchema.safeParse({ letterId, lang, fields });
  const invalid = new Set<FormFieldName>();
  if (!first.success) {
    for (const issue of first.error.issues) {
      const name = issue.path[0] === 'fields' ? issue.path[1] : undefined;
      if (typeof name !== 'string') continue;
      invalid.add(formFieldFor(letterId, name as LetterFieldName));
      if (name === 'today') fields.today = today;
      else if (name === 'fullName' || name === 'address') fields[name] = '';
      else delete fields[name];
    }
  }
  return { letter: buildLetter({ letterId, lang, fields: fields as LetterFields }), invalid: [...invalid] };
}

/** `vigie-lettre-cada-2026-11-27.txt`: short French names, safe everywhere. */
const FILE_SLUGS: Record<LetterId, string> = {
  'algorithm-rules-request': 'regles-algorithme',
  'gdpr-access-request': 'acces-rgpd',
  'cada-referral': 'cada',
  'human-review-appeal': 'recours-gracieux',
  'human-contact-request': 'contact-agent',
};

export function letterFileName(letterId: LetterId, date: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : 'sans-date';
  return `vigie-lettre-${FILE_SLUGS[letterId]}-${day}.txt`;
}

// ---------------------------------------------------------------------------------------------
// The draft

/** The `storage.local` key of the draft. */
export const LETTER_DRAFT_KEY = 'letterDraft';

const fieldValueSchema = (name: FormFieldName) =>
  DATE_FIELDS.has(name) ? z.union([z.literal(''), z.iso.date()]) : z.string().max(FIELD_MAX_LENGTH[name] ?? 300);

/** Stored fields: the letter's own date is not kept, a draft reopened later is dated that day. */
const DRAFT_FIELD_NAMES = FORM_FIELD_NAMES.filter((name) => name !== 'today');

const draftFieldsSchema = z.strictObject(
  Object.fromEntries(DRAFT_FIELD_NAMES.map((name) => [name, fieldValueSchema(name).optional()])) as unknown as Record<
    Exclude<FormFieldName, 'today'>,
    z.ZodOptional<z.ZodType<string>>
  >,
);

export const letterDraftSchema = z.strictObject({
  version: z.literal(1),
  letterId: letterIdSchema,
  fields: draftFieldsSchema,
  /** When it was last saved (ISO date-time). */
  savedAt: z.iso.datetime(),
});
export type LetterDraft = z.infer<typeof letterDraftSchema>;

export type DraftRead =
  | { status: 'none' }
  | { status: 'ok'; draft: LetterDraft }
  /** Part of it could not be read: the rest was kept. */
  | { status: 'repaired'; draft: LetterDraft }
  /** Nothing could be read: the caller removes it. */
  | { status: 'corrupt' };

/** Reads a stored value, whatever its shape. */
export function readDraft(raw: unknown): DraftRead {
  if (raw === undefined || raw === null) return { status: 'none' };
  const parsed = letterDraftSchema.safeParse(raw);
  if (parsed.success) return { status: 'ok', draft: parsed.data };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { status: 'corrupt' };
  const value = raw as Record<string, unknown>;
  // Only a draft of this version is repaired: another shape could mean anything.
  if (value.version !== 1 || typeof value.fields !== 'object' || value.fields === null || Array.isArray(value.fields)) return { status: 'corrupt' };
  const rawFields = value.fields as Record<string, unknown>;
  const fields: LetterFormValues = {};
  for (const name of DRAFT_FIELD_NAMES) {
    const field = fieldValueSchema(name).safeParse(rawFields[name]);
    if (field.success && field.data !== '') fields[name] = field.data;
  }
  const letterId = letterIdSchema.safeParse(value.letterId);
  if (Object.keys(fields).length === 0 && !letterId.success) return { status: 'corrupt' };
  const savedAt = z.iso.datetime().safeParse(value.savedAt);
  return {
    status: 'repaired',
    draft: {
      version: 1,
      letterId: letterId.success ? letterId.data : 'algorithm-rules-request',
      fields,
      savedAt: savedAt.success ? savedAt.data : new Date().toISOString(),
    },
  };
}

/** The draft to store for these values: empty fields and the letter's date are left out. */
export function makeDraft(letterId: LetterId, values: LetterFormValues, now: Date = new Date()): LetterDraft {
  const fields: LetterFormValues = {};
  for (const name of DRAFT_FIELD_NAMES) {
    const value = values[name];
    if (value !== undefined && value !== '') fields[name] = value.slice(0, FIELD_MAX_LENGTH[name] ?? 300);
  }
  // A value the schema refuses (an impossible date) is dropped rather than stored.
  const checked = readDraft({ version: 1, letterId, fields, savedAt: now.toISOString() });
  return checked.status === 'ok' || checked.status === 'repaired' ? checked.draft : { version: 1, letterId, fields: {}, savedAt: now.toISOString() };
}

/** Where drafts live; tests pass a fake. */
export interface DraftStorage {
  get: (key: string) => Promise<Record<string, unknown>>;
  set: (items: Record<string, unknown>) => Promise<void>;
  remove: (key: string) => Promise<void>;
}

const localArea = (): DraftStorage => browser.storage.local;

/**
 * Loads the draft. A value that cannot be read is removed (`corrupt`), one read in part is
 * written back repaired (`repaired`).
 */
export async function loadDraft(storage: DraftStorage = localArea()): Promise<DraftRead> {
  const stored = (await storage.get(LETTER_DRAFT_KEY))[LETTER_DRAFT_KEY];
  const read = readDraft(stored);
  if (read.status === 'corrupt') await storage.remove(LETTER_DRAFT_KEY);
  if (read.status === 'repaired') await storage.set({ [LETTER_DRAFT_KEY]: read.draft });
  return read;
}

export async function saveDraft(draft: LetterDraft, storage: DraftStorage = localArea()): Promise<void> {
  await storage.set({ [LETTER_DRAFT_KEY]: letterDraftSchema.parse(draft) });
}

export async function deleteDraft(storage: DraftStorage = localArea()): Promise<void> {
  await storage.remove(LETTER_DRAFT_KEY);
}
