// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { applyDocumentLocale } from '../../lib/i18n/document-locale';
import { pluralKey, translatePlural } from '../../lib/i18n/plural';
import { createTranslator } from '../../lib/i18n/translate';

const messages = {
  hello: { message: 'Bonjour $NAME$ !', placeholders: { name: { content: '$1' } } },
  Mixed_Case: { message: 'ok' },
  two: { message: '$SECOND$ puis $FIRST$', placeholders: { first: { content: '$1' }, second: { content: '$2' } } },
  direct: { message: 'a=$1, b=$2' },
  dollars: { message: 'Prix : 5 $$ pour $WHO$', placeholders: { who: { content: '$1' } } },
  fixed: { message: 'Texte $BRAND$', placeholders: { brand: { content: 'Vigie' } } },
  lang_code: { message: 'fr' },
  page_title: { message: 'Titre de page' },
};

describe('createTranslator', () => {
  const t = createTranslator(messages);

  it.each([
    ['hello', 'Léa', 'Bonjour Léa !'],
    ['two', ['un', 'deux'], 'deux puis un'],
    ['direct', ['1', '2'], 'a=1, b=2'],
    ['dollars', 'vous', 'Prix : 5 $ pour vous'],
    ['fixed', undefined, 'Texte Vigie'],
  ] as const)('%s with %j gives %j', (key, substitutions, expected) => {
    expect(t(key, substitutions as string | string[] | undefined)).toBe(expected);
  });

  it('looks names up without regard to case, as browsers do', () => {
    expect(t('mixed_case')).toBe('ok');
    expect(t('HELLO', 'x')).toBe('Bonjour x !');
  });

  it('gives an empty string for unknown keys and missing substitutions', () => {
    expect(t('nope')).toBe('');
    expect(t('two', 'seul')).toBe(' puis seul');
  });

  it('does not read substitutions as patterns', () => {
    expect(t('hello', '$1 $$ $NAME$')).toBe('Bonjour $1 $$ $NAME$ !');
  });

  it('answers the predefined @@ messages', () => {
    expect(t('@@bidi_dir')).toBe('ltr');
    expect(createTranslator(messages, { bidiDir: 'rtl', uiLocale: 'ar' })('@@bidi_dir')).toBe('rtl');
    expect(createTranslator(messages, { uiLocale: 'en_GB' })('@@ui_locale')).toBe('en_GB');
  });

  it('refuses a message that uses an undefined placeholder, like browsers do', () => {
    expect(() => createTranslator({ bad: { message: 'x $MISSING$' } })).toThrow(/MISSING/);
  });

  it('refuses message names browsers reject', () => {
    expect(() => createTranslator({ 'has-dash': { message: 'x' } })).toThrow();
  });
});

describe('plurals', () => {
  const keys = { zero: 'k_zero', one: 'k_one', many: 'k_many' };

  it.each([
    [0, 'k_zero'],
    [1, 'k_one'],
    [2, 'k_many'],
    [200, 'k_many'],
  ])('%i → %s', (count, key) => {
    expect(pluralKey(keys, count)).toBe(key);
  });

  it('passes the count as $1', () => {
    const t = createTranslator({
      k_zero: { message: 'aucun' },
      k_one: { message: 'un' },
      k_many: { message: '$N$ choses', placeholders: { n: { content: '$1' } } },
    });
    expect(translatePlural(t, keys, 0)).toBe('aucun');
    expect(translatePlural(t, keys, 7)).toBe('7 choses');
  });
});

describe('applyDocumentLocale', () => {
  it('sets lang, dir and title from the messages in use', () => {
    applyDocumentLocale(document, createTranslator(messages, { bidiDir: 'rtl' }), 'page_title');
    expect(document.documentElement.lang).toBe('fr');
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.title).toBe('Titre de page');
    applyDocumentLocale(document, createTranslator({ lang_code: { message: 'en' } }));
    expect(document.documentElement.lang).toBe('en');
    expect(document.documentElement.dir).toBe('ltr');
  });
});
