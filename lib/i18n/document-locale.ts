import type { Translate } from './translate';

/**
 * Sets `<html lang dir>` and the page title from the messages the browser actually uses.
 *
 * Why `lang_code` rather than `@@ui_locale`: when the browser's language has no translation,
 * the browser falls back to the default locale (fr), and `lang` must name the language shown.
 */
export function applyDocumentLocale(doc: Document, t: Translate, titleKey?: string): void {
  const lang = t('lang_code');
  const dir = t('@@bidi_dir');
  if (lang) doc.documentElement.lang = lang;
  doc.documentElement.dir = dir === 'rtl' ? 'rtl' : 'ltr';
  if (titleKey) {
    const title = t(titleKey);
    if (title) doc.title = title;
  }
}
