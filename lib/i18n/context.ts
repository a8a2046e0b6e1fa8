import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { langOf, type Translate } from './translate';

// Without a provider, show the key itself: a forgotten provider is then visible at once.
const showKey: Translate = (key) => key;

/** Gives components the `Translate` of the page. The page roots provide it. */
export const TranslateContext = createContext<Translate>(showKey);

/** The `Translate` of the nearest `TranslateContext` provider. */
export function useTranslate(): Translate {
  return useContext(TranslateContext);
}

/** `langOf` for the page's `Translate`. */
export function useLang(): 'fr' | 'en' {
  return langOf(useTranslate());
}
