import { describe, expect, it } from 'vitest';
import {
  FREE_TEXT_PROMPTS,
  LEGAL_BASES,
  LETTER_IDS,
  PLACEHOLDERS,
  RIGHTS,
  buildLetter,
  getContact,
  letterInfo,
  letterInputSchema,
  type BasisId,
  type LetterFieldName,
  type LetterId,
} from '../../lib/rights';

const LANGS = ['fr', 'en'] as const;
const TODAY = '2026-11-26';

const FULL = {
  fullName: 'Camille Exemple',
  address: '12 rue des Tilleuls\n99999 Villexemple',
  fileNumber: 'DOS-2026-004512',
  decisionDate: '2026-10-05',
  requestDate: '2026-10-20',
  administration: 'Caisse exemple',
  administrationAddress: '1 place du Service public, 99998 Exempleville',
  decisionRef: 'DEC-778',
  place: 'Villexemple',
  today: TODAY,
};

const EMPTY = { fullName: '', address: '', today: TODAY };

const cases = LETTER_IDS.flatMap((id) => LANGS.map((lang) => [id, lang] as const));

/** What a field looks like once written: dates are written out, so look for the year and day. */
function written(name: LetterFieldName, value: string): RegExp {
  if (name === 'decisionDate' || name === 'requestDate' || name === 'today') {
    const [y, , d] = value.split('-');
    return new RegExp(`\\b${Number(d)}(?:er)? \\S+ ${y}\\b`, 'u');
  }
  return new RegExp(value.split('\n')[0]!.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'), 'u');
}

describe('letters', () => {
  it.each(cases)('%s (%s): every field the letter uses shows a placeholder when empty', (letterId, lang) => {
    const letter = buildLetter({ letterId, lang, fields: EMPTY });
    const used = letterInfo(letterId).fields.filter((f): f is Exclude<LetterFieldName, 'today'> => f !== 'today');
    for (const field of used) {
      expect(letter.body, `${field} placeholder`).toContain(PLACEHOLDERS[lang][field]);
    }
    expect([...letter.missing].sort()).toEqual([...used].sort());
  });

  it.each(cases)('%s (%s): with every field filled, no field placeholder is left and every value is written', (letterId, lang) => {
    const letter = buildLetter({ letterId, lang, fields: FULL });
    for (const placeholder of Object.values(PLACEHOLDERS[lang])) expect(letter.body).not.toContain(placeholder);
    expect(letter.missing).toEqual([]);
    for (const field of letterInfo(letterId).fields) expect(letter.body, field).toMatch(written(field, FULL[field]));
    // Whatever is left in brackets is a prompt for the person, not a field.
    const prompts = Object.values(FREE_TEXT_PROMPTS[lang]);
    for (const m of letter.body.matchAll(/\[[^\]]+\]/gu)) expect(prompts, m[0]).toContain(m[0]);
  });

  it.each(cases)('%s (%s): cites every article it lists, and a basis of each right it exercises', (letterId, lang) => {
    const info = letterInfo(letterId);
    const letter = buildLetter({ letterId, lang, fields: FULL });
    const text = `${letter.subject}\n${letter.body}`.toLowerCase();
    expect(letter.articles.length).toBeGreaterThan(0);
    expect(letter.articles).toEqual(info.basis.map((id) => LEGAL_BASES[id].short));
    for (const id of info.basis) expect(text, `${letterId} cites ${id}`).toContain(LEGAL_BASES[id].token.toLowerCase());
    const rights = RIGHTS.filter((r) => info.rights.includes(r.id as never));
    expect(rights.length).toBe(info.rights.length);
    for (const id of info.basis) {
      expect(
        rights.some((r) => r.legalBasis.includes(id)),
        `${letterId} cites ${id}, which none of its rights rests on`,
      ).toBe(true);
    }
    for (const right of rights) {
      expect(
        right.legalBasis.some((id) => text.includes(LEGAL_BASES[id as BasisId].token.toLowerCase())),
        `${letterId} cites no basis of ${right.id}`,
      ).toBe(true);
    }
  });

  it.each(LETTER_IDS)('%s: the English version says it is a translation and the French one is to be sent', (letterId) => {
    const en = buildLetter({ letterId, lang: 'en', fields: FULL });
    const fr = buildLetter({ letterId, lang: 'fr', fields: FULL });
    expect(en.body.split('\n')[0]).toMatch(/translation/iu);
    expect(en.body).toMatch(/French version/u);
    expect(en.subject).toMatch(/^\[Translation\]/u);
    expect(fr.body).not.toMatch(/translation|traduction/iu);
    expect(fr.body).toMatch(/Madame, Monsieur/u);
    expect(fr.recipientHint.length).toBeGreaterThan(10);
    expect(en.recipientHint).not.toBe(fr.recipientHint);
  });

  it('the request for rules asks for the four items of R. 311-3-1-2', () => {
    const body = buildLetter({ letterId: 'algorithm-rules-request', lang: 'fr', fields: FULL }).body;
    const items = body.split('\n').filter((l) => /^[1-4]° /u.test(l));
    expect(items).toHaveLength(4);
    expect(body).toMatch(/appliqués à ma situation/u);
  });

  it('the GDPR request asks for the logic of an automated decision (15(1)(h))', () => {
    const body = buildLetter({ letterId: 'gdpr-access-request', lang: 'fr', fields: FULL }).body;
    expect(body).toMatch(/logique sous-jacente/u);
    expect(body).toMatch(/point h/u);
  });

  it('the CADA referral is addressed to the CADA, with its verified address and e-mail', () => {
    const cada = getContact('cada');
    const letter = buildLetter({ letterId: 'cada-referral', lang: 'fr', fields: FULL });
    expect(letter.body).toContain(cada.postal!);
    expect(letter.recipientHint).toContain(cada.email!);
  });

  it('the appeal asks for a re-examination by a person and rests it on CC 2018-765 DC', () => {
    const body = buildLetter({ letterId: 'human-review-appeal', lang: 'fr', fields: FULL }).body;
    expect(body).toMatch(/réexamen soit fait par un agent/u);
    expect(body).toMatch(/2018-765 DC/u);
    expect(body).toContain(FREE_TEXT_PROMPTS.fr.reasons);
  });

  it('dates are written out in the letter language', () => {
    const fields = { ...FULL, decisionDate: '2026-03-01', today: '2026-12-31' };
    const fr = buildLetter({ letterId: 'human-review-appeal', lang: 'fr', fields }).body;
    expect(fr).toContain('1er mars 2026');
    expect(fr).toContain('le 31 décembre 2026');
    expect(buildLetter({ letterId: 'human-review-appeal', lang: 'en', fields }).body).toContain('1 March 2026');
  });
});

describe('letter input', () => {
  const base = { letterId: 'algorithm-rules-request' as LetterId, lang: 'fr' as const };

  it('is plain text: markup is written as typed, never interpreted or added', () => {
    const letter = buildLetter({ ...base, fields: { ...FULL, fullName: '<b>Camille</b> & <script>x</script>' } });
    expect(letter.body).toContain('<b>Camille</b> & <script>x</script>');
    expect(letter.body.replaceAll('<b>Camille</b> & <script>x</script>', '')).not.toMatch(/[<>]/u);
    expect(letter.body).not.toMatch(/&(?:lt|gt|amp);/u);
  });

  it('drops control and bidi-override characters, and keeps line breaks only where allowed', () => {
    const letter = buildLetter({
      ...base,
      fields: { ...FULL, fullName: 'Camille\u202e elpmexE\u0007\nMartin', address: 'Ligne 1\r\n\r\n\r\nLigne 2\u2066' },
    });
    expect(letter.body).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u202a-\u202e\u2066-\u2069]/u);
    expect(letter.body).toContain('Camille elpmexE Martin');
    expect(letter.body).toContain('Ligne 1\n\nLigne 2');
  });

  it.each([
    ['a name over 120 characters', { fullName: 'x'.repeat(121) }],
    ['an address over 300 characters', { address: 'x'.repeat(301) }],
    ['an address over 6 lines', { address: 'a\nb\nc\nd\ne\nf\ng' }],
    ['a file number over 60 characters', { fileNumber: '1'.repeat(61) }],
    ['a date that does not exist', { decisionDate: '2027-02-29' }],
    ['a date in another format', { requestDate: '26/11/2026' }],
    ['no date of the letter', { today: undefined }],
  ])('rejects %s', (_label, over) => {
    expect(letterInputSchema.safeParse({ ...base, fields: { ...FULL, ...over } }).success).toBe(false);
    expect(() => buildLetter({ ...base, fields: { ...FULL, ...over } as never })).toThrow();
  });

  it('rejects an unknown letter or language', () => {
    expect(letterInputSchema.safeParse({ letterId: 'nope', lang: 'fr', fields: FULL }).success).toBe(false);
    expect(letterInputSchema.safeParse({ ...base, lang: 'de', fields: FULL }).success).toBe(false);
  });

  it('accepts 29 February in a leap year', () => {
    expect(letterInputSchema.safeParse({ ...base, fields: { ...FULL, decisionDate: '2028-02-29' } }).success).toBe(true);
  });
});
