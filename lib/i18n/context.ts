import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translate } from './translate';

// Without a provider, show the key itself: a forgotten provider is then visible at once.
const showKey: Translate = (key) => key;

/** Gives components the `Translate` of the page. The page roots provide it. */
export const TranslateContext = createContext<Translate>(showKey);

/** The `Translate` of the nearest `TranslateContext` provider. */
export function useTranslate(): Translate {
  return useContext(TranslateContext);
}

/**
 * The language of the texts shown, for data written in both languages (lib/rights): the
 * language of the messages the browser actually uses, French otherwise.
 */
export function useLang(): 'fr' | 'en' {
  return useTranslate()('lang_code') === 'en' ? 'en' : 'fr';
}
