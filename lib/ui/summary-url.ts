import { browser } from 'wxt/browser';

/** Path of the mediator summary page inside the extension (entrypoints/summary/). */
export const SUMMARY_PAGE_PATH = '/summary.html';

/** Document title of the summary page. */
export const SUMMARY_PAGE_TITLE_KEY = 'popup_mediator_page_title';

/**
 * Address of the mediator summary ("Résumé pour accompagner") of a tab: `summary.html?tabId=N`.
 * With `print`, the page opens the print dialog once it is shown (the popup's "Imprimer").
 */
export function summaryPageUrl(tabId: number, options: { print?: boolean } = {}): string {
  const query = new URLSearchParams({ tabId: String(tabId) });
  if (options.print) query.set('print', '1');
  // WXT types getURL with the pages it has generated types for; this one is ours, by construction.
  const getURL = browser.runtime.getURL as (path: string) => string;
  return `${getURL(SUMMARY_PAGE_PATH)}?${query.toString()}`;
}

/** True when the summary page was opened to print (`?print=1`). */
export function wantsPrint(search: string): boolean {
  return new URLSearchParams(search).get('print') === '1';
}
