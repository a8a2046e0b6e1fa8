import { z } from 'zod';

/**
 * Looks up a UI message. Same contract as `browser.i18n.getMessage`: an unknown key gives `''`,
 * `substitutions` fill `$1`…`$9`.
 */
export type Translate = (key: string, substitutions?: string | string[]) => string;

/** One entry of `_locales/<lang>/messages.json`, as Chrome and Firefox read it. */
export const messageEntrySchema = z.object({
  message: z.string(),
  /** Note for translators: context, length limit, what each placeholder holds. */
  description: z.string().optional(),
  placeholders: z
    .record(z.string(), z.object({ content: z.string(), example: z.string().optional() }))
    .optional(),
});
export type MessageEntry = z.infer<typeof messageEntrySchema>;

/** Browsers only accept ASCII letters, digits, `_` and `@` in message names. */
export const messagesFileSchema = z.record(z.string().regex(/^[A-Za-z0-9_@]+$/), messageEntrySchema);
export type MessagesFile = z.infer<typeof messagesFileSchema>;

export interface TranslatorOptions {
  /** Value of `@@bidi_dir`. */
  bidiDir?: 'ltr' | 'rtl';
  /** Value of `@@ui_locale`, e.g. `fr` or `en_US`. */
  uiLocale?: string;
}

// `$$` is a literal dollar; `$name$` a named placeholder; `$1`…`$9` a substitution.
const PLACEHOLDER = /\$\$|\$([A-Za-z0-9_@]+)\$/g;
const SUBSTITUTION = /\$\$|\$([1-9])/g;

/**
 * Resolves the named placeholders of one message, once, as browsers do when they load the file.
 * A placeholder used but not defined is an error: browsers then refuse to load the extension.
 */
function resolvePlaceholders(key: string, entry: MessageEntry): string {
  const placeholders = new Map(
    Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]),
  );
  return entry.message.replace(PLACEHOLDER, (whole, name: string | undefined) => {
    if (name === undefined) return whole;
    const content = placeholders.get(name.toLowerCase());
    if (content === undefined) throw new Error(`Message "${key}" uses $${name}$, which is not defined.`);
    return content;
  });
}

/**
 * A `Translate` over a parsed messages.json, following the browsers' rules: names are
 * case-insensitive, `$NAME$` takes its placeholder's `content`, then `$1`…`$9` take the
 * substitutions (missing ones become empty) and `$$` becomes `$`. Used by tests and by any page
 * that must render in a given language.
 */
export function createTranslator(messages: unknown, options: TranslatorOptions = {}): Translate {
  const parsed = messagesFileSchema.parse(messages);
  const resolved = new Map<string, string>();
  for (const [key, entry] of Object.entries(parsed)) resolved.set(key.toLowerCase(), resolvePlaceholders(key, entry));
  const predefined = new Map<string, string>([
    ['@@bidi_dir', options.bidiDir ?? 'ltr'],
    ['@@ui_locale', options.uiLocale ?? 'fr'],
  ]);

  return (key, substitutions) => {
    const name = key.toLowerCase();
    const template = predefined.get(name) ?? resolved.get(name);
    if (template === undefined) return '';
    const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return template.replace(SUBSTITUTION, (whole, index: string | undefined) =>
      index === undefined ? '$' : (values[Number(index) - 1] ?? ''),
    );
  };
}

/**
 * The language of the texts shown, for data written in both languages (lib/rights): the
 * language of the messages the browser actually uses, French otherwise.
 */
export function langOf(t: Translate): 'fr' | 'en' {
  return t('lang_code') === 'en' ? 'en' : 'fr';
}
