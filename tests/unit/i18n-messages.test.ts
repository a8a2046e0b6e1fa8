import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createTranslator, messagesFileSchema, type MessagesFile } from '../../lib/i18n/translate';
import {
  KIND_DEFAULT_TITLE_KEYS,
  KIND_HEADING_KEYS,
  KIND_NOTE_KEYS,
  LEVEL_KEYS,
  SIGNAL_KEYS,
  SUMMARY_KEYS,
} from '../../lib/ui/labels';

const root = fileURLToPath(new URL('../..', import.meta.url));
const LOCALES = ['fr', 'en'] as const;

function load(lang: string): MessagesFile {
  return messagesFileSchema.parse(JSON.parse(readFileSync(join(root, 'public/_locales', lang, 'messages.json'), 'utf8')));
}
const files = Object.fromEntries(LOCALES.map((lang) => [lang, load(lang)])) as Record<(typeof LOCALES)[number], MessagesFile>;

/** `$NAME$` placeholders and `$1` references of a message, sorted. */
function references(message: string): string[] {
  return [...message.matchAll(/\$([A-Za-z0-9_@]+)\$|\$([1-9])/g)].map((m) => (m[1] ?? m[2] ?? '').toLowerCase()).sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

// The sources that show messages: the pages, and the background for the toolbar badge tooltip.
const UI_DIRS = ['entrypoints/popup', 'entrypoints/options', 'entrypoints/act', 'entrypoints/summary', 'components', 'lib/ui', 'lib/i18n', 'lib/background'];
const sources = UI_DIRS.flatMap((dir) => (existsSync(join(root, dir)) ? sourceFiles(join(root, dir)) : [])).map((path) => ({
  path: relative(root, path),
  text: readFileSync(path, 'utf8'),
}));
const manifestSource = readFileSync(join(root, 'wxt.config.ts'), 'utf8');

describe('messages.json', () => {
  it('fr and en have exactly the same keys', () => {
    expect(Object.keys(files.en).sort()).toEqual(Object.keys(files.fr).sort());
  });

  it.each(LOCALES)('%s: every message has a text and a description for translators', (lang) => {
    for (const [key, entry] of Object.entries(files[lang])) {
      expect(entry.message.trim(), key).not.toBe('');
      expect(entry.description?.trim().length ?? 0, key).toBeGreaterThan(10);
    }
  });

  it('fr and en use the same placeholders', () => {
    for (const [key, fr] of Object.entries(files.fr)) {
      const en = files.en[key];
      expect(en, key).toBeDefined();
      if (!en) continue;
      expect(references(en.message), key).toEqual(references(fr.message));
      expect(
        Object.entries(en.placeholders ?? {}).map(([name, p]) => `${name}=${p.content}`).sort(),
        key,
      ).toEqual(Object.entries(fr.placeholders ?? {}).map(([name, p]) => `${name}=${p.content}`).sort());
    }
  });

  it.each(LOCALES)('%s: every placeholder defined is used, and every one used is defined', (lang) => {
    for (const [key, entry] of Object.entries(files[lang])) {
      const used = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => (m[1] ?? '').toLowerCase()).sort();
      expect([...new Set(used)], key).toEqual(Object.keys(entry.placeholders ?? {}).sort());
    }
    // The translator throws on an undefined placeholder, as browsers refuse such a file.
    expect(() => createTranslator(files[lang])).not.toThrow();
  });

  it.each(LOCALES)('%s: keys are snake_case', (lang) => {
    for (const key of Object.keys(files[lang])) expect(key).toMatch(/^[a-z][a-z0-9_]*$/);
  });

  it.each(LOCALES)('%s: lang_code names the folder language', (lang) => {
    expect(files[lang].lang_code?.message).toBe(lang);
  });

  it.each(LOCALES)('%s: the manifest texts fit the stores', (lang) => {
    expect(files[lang].ext_name?.message).toBe('Vigie');
    expect(files[lang].ext_description?.message.length).toBeLessThanOrEqual(132);
  });

  it.each(LOCALES)('%s: apostrophes are typographic (’), never straight', (lang) => {
    for (const [key, entry] of Object.entries(files[lang])) expect(entry.message, key).not.toContain("'");
  });

  it('fr: a non-breaking space, never a plain one, before : ; ? ! » and after «', () => {
    for (const [key, entry] of Object.entries(files.fr)) {
      expect(entry.message, key).not.toMatch(/ [:;?!»]|« /);
      expect(entry.message, key).not.toMatch(/[^\s\u00a0\u202f][;?!»]|«[^\s\u00a0\u202f]/u);
    }
  });
});

describe('keys used by the UI', () => {
  // Every `t('key'` call, and every key-looking literal (label tables hold keys as plain strings).
  const used = new Map<string, string>();
  for (const { path, text } of sources) {
    for (const m of text.matchAll(/\bt\(\s*'([^']+)'/g)) used.set(m[1] ?? '', path);
    for (const m of text.matchAll(/'((?:popup|options|badge|ext|lang)_[a-z0-9_]+)'/g)) used.set(m[1] ?? '', path);
  }
  for (const m of manifestSource.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) used.set(m[1] ?? '', 'wxt.config.ts');

  it('finds the keys (guards the scan itself)', () => {
    expect(used.size).toBeGreaterThan(50);
    expect(used.has('popup_why')).toBe(true);
    expect(used.has('ext_description')).toBe(true);
  });

  it('every key used exists in messages.json', () => {
    const missing = [...used].filter(([key]) => !key.startsWith('@@') && !(key in files.fr)).map(([k, p]) => `${k} (${p})`);
    expect(missing).toEqual([]);
  });

  it('every message is used somewhere (rule_* titles are looked up by rule id)', () => {
    const unused = Object.keys(files.fr).filter((key) => !used.has(key) && !key.startsWith('rule_'));
    expect(unused).toEqual([]);
  });

  it('label tables only hold existing keys', () => {
    const tables = [
      ...Object.values(KIND_HEADING_KEYS),
      ...Object.values(KIND_DEFAULT_TITLE_KEYS),
      ...Object.values(KIND_NOTE_KEYS),
      ...Object.values(LEVEL_KEYS).flatMap((k) => [k.label, k.help]),
      ...Object.values(SIGNAL_KEYS),
      ...Object.values(SUMMARY_KEYS),
    ];
    for (const key of tables) expect(files.fr, key).toHaveProperty([key]);
  });

  it('no source renders HTML from strings', () => {
    // Page-derived strings must stay text: the UI never injects markup.
    for (const { path, text } of sources) expect(text, path).not.toMatch(/dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML/);
  });
});
