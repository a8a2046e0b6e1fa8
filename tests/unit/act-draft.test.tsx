import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LETTER_IDS, PLACEHOLDERS, buildLetter, letterInfo } from '../../lib/rights';
import { actPageUrl, parseLetterParam } from '../../lib/ui/act-url';
import {
  LETTER_DRAFT_KEY,
  buildLetterFromForm,
  deleteDraft,
  formFieldsOf,
  letterFileName,
  loadDraft,
  makeDraft,
  readDraft,
  saveDraft,
} from '../../lib/ui/letter-draft';

const TODAY = '2026-11-27';
const NOW = new Date('2026-11-27T10:00:00.000Z');

describe('act page address', () => {
  it('is act.html with the tab, and the letter when it is one', () => {
    const url = new URL(actPageUrl(12, 'cada-referral'));
    expect(url.pathname).toBe('/act.html');
    expect(url.searchParams.get('tabId')).toBe('12');
    expect(url.searchParams.get('letter')).toBe('cada-referral');
    expect(new URL(actPageUrl(12, 'not-a-letter')).searchParams.has('letter')).toBe(false);
    expect(new URL(actPageUrl(12)).searchParams.has('letter')).toBe(false);
  });

  it.each([
    ['?tabId=1&letter=gdpr-access-request', 'gdpr-access-request'],
    ['?letter=nope', undefined],
    ['', undefined],
  ])('%s → %s', (search, letter) => expect(parseLetterParam(search)).toBe(letter));
});

describe('letter from the form', () => {
  it.each(LETTER_IDS)('%s: empty form → every placeholder, nothing invalid', (id) => {
    const { letter, invalid } = buildLetterFromForm(id, 'fr', {}, TODAY);
    expect(invalid).toEqual([]);
    expect(letter.body).toBe(buildLetter({ letterId: id, lang: 'fr', fields: { fullName: '', address: '', today: TODAY } }).body);
    for (const f of letterInfo(id).fields) if (f !== 'today') expect(letter.body).toContain(PLACEHOLDERS.fr[f]);
  });

  it('the GDPR letter takes the DPO address, the others the administration’s', () => {
    expect(formFieldsOf('gdpr-access-request')).toContain('dpoAddress');
    expect(formFieldsOf('gdpr-access-request')).not.toContain('administrationAddress');
    const values = { dpoAddress: 'dpo@exemple.gouv.fr', administrationAddress: '1 place du Service' };
    expect(buildLetterFromForm('gdpr-access-request', 'fr', values, TODAY).letter.body).toContain('dpo@exemple.gouv.fr');
    expect(buildLetterFromForm('gdpr-access-request', 'fr', values, TODAY).letter.body).not.toContain('1 place du Service');
    expect(buildLetterFromForm('cada-referral', 'fr', values, TODAY).letter.body).toContain('1 place du Service');
  });

  it('leaves out what the letter cannot take, and names it', () => {
    const { letter, invalid } = buildLetterFromForm('cada-referral', 'fr', { fullName: 'x'.repeat(121), decisionDate: '2026-02-30', place: 'Lyon' }, TODAY);
    expect(invalid.sort()).toEqual(['decisionDate', 'fullName']);
    expect(letter.body).toContain(PLACEHOLDERS.fr.fullName);
    expect(letter.body).toContain(PLACEHOLDERS.fr.decisionDate);
    expect(letter.body).toContain('Lyon');
  });

  it('names the file after the letter and its date', () => {
    expect(letterFileName('cada-referral', TODAY)).toBe('vigie-lettre-cada-2026-11-27.txt');
    expect(letterFileName('gdpr-access-request', 'bad')).toBe('vigie-lettre-acces-rgpd-sans-date.txt');
    for (const id of LETTER_IDS) expect(letterFileName(id, TODAY)).toMatch(/^vigie-lettre-[a-z-]+-2026-11-27\.txt$/);
  });
});

describe('draft', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps only non-empty fields, never the letter’s date', () => {
    const draft = makeDraft('cada-referral', { fullName: 'Camille', address: '', today: '2026-01-01' }, NOW);
    expect(draft).toEqual({ version: 1, letterId: 'cada-referral', fields: { fullName: 'Camille' }, savedAt: NOW.toISOString() });
    expect(readDraft(draft)).toEqual({ status: 'ok', draft });
  });

  it.each([
    ['nothing', undefined, 'none'],
    ['a string', 'x', 'corrupt'],
    ['a number', 3, 'corrupt'],
    ['an array', [], 'corrupt'],
    ['another version', { version: 2, letterId: 'cada-referral', fields: {}, savedAt: NOW.toISOString() }, 'corrupt'],
    ['no readable field', { version: 1, letterId: 'x', fields: { fullName: 3 } }, 'corrupt'],
    ['a bad field', { version: 1, letterId: 'cada-referral', fields: { fullName: 'A', place: 'y'.repeat(500) }, savedAt: NOW.toISOString() }, 'repaired'],
    ['an unknown field', { version: 1, letterId: 'cada-referral', fields: { fullName: 'A', iban: 'FR76' }, savedAt: NOW.toISOString() }, 'repaired'],
  ])('reads %s as %s', (_name, raw, status) => {
    const read = readDraft(raw);
    expect(read.status).toBe(status);
    if (read.status === 'repaired') expect(read.draft.fields).toEqual({ fullName: 'A' });
  });

  it('loads, repairs or removes what is stored', async () => {
    expect((await loadDraft()).status).toBe('none');
    await fakeBrowser.storage.local.set({ [LETTER_DRAFT_KEY]: { nope: true } });
    expect((await loadDraft()).status).toBe('corrupt');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    await fakeBrowser.storage.local.set({ [LETTER_DRAFT_KEY]: { version: 1, letterId: 'cada-referral', fields: { fullName: 'A', decisionDate: 'hier' } } });
    const read = await loadDraft();
    expect(read.status).toBe('repaired');
    expect((await fakeBrowser.storage.local.get(LETTER_DRAFT_KEY))[LETTER_DRAFT_KEY]).toMatchObject({ version: 1, fields: { fullName: 'A' } });
    const draft = makeDraft('human-contact-request', { fullName: 'B' }, NOW);
    await saveDraft(draft);
    expect(await loadDraft()).toEqual({ status: 'ok', draft });
    await deleteDraft();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
