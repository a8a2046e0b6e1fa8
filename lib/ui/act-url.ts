import { browser } from 'wxt/browser';
import type { Translate } from '../i18n/translate';
import { letterIdSchema, type LetterId } from '../rights';

/**
 * The "Agir" page (letters, deadlines, error report) about one tab: `act.html?tabId=N`, and
 * `&letter=<id>` to open it on one letter. The popup links here; the page opens in a normal tab.
 */
export function actPageUrl(tabId: number, letter?: LetterId | string): string {
  const params = new URLSearchParams({ tabId: String(tabId) });
  if (letter !== undefined && letterIdSchema.safeParse(letter).success) params.set('letter', letter);
  return `${browser.runtime.getURL('/act.html')}?${params.toString()}`;
}

/** The letter asked for by `?letter=<id>`; undefined when absent or unknown. */
export function parseLetterParam(search: string): LetterId | undefined {
  const parsed = letterIdSchema.safeParse(new URLSearchParams(search).get('letter'));
  return parsed.success ? parsed.data : undefined;
}

/** Title of the page's browser tab. */
export function actPageTitle(t: Translate): string {
  return t('act_page_title');
}

