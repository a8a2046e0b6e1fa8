/**
 * The tab a popup page is about, from `?tabId=N`. Present only when the popup was opened in a
 * tab of its own ("Ouvrir dans un onglet"), where the active tab is the popup itself.
 */
export function parseTabIdParam(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return undefined;
  const tabId = Number(raw);
  return Number.isSafeInteger(tabId) ? tabId : undefined;
}
