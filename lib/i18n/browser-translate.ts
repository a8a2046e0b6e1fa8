import { browser } from 'wxt/browser';
import type { Translate } from './translate';

// WXT types `getMessage` with the keys of our messages.json; UI code passes plain strings (keys
// come from label tables), and the unit tests check that every key used exists.
type GetMessage = (key: string, substitutions?: string | string[]) => string;

/** `Translate` backed by the browser's own i18n (the language the browser picked for the extension). */
export const browserTranslate: Translate = (key, substitutions) =>
  (browser.i18n.getMessage as unknown as GetMessage)(key, substitutions);
