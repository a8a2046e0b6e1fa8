/**
 * Site keys, without zod: the content script uses these and must stay small.
 */

/** Host key used in settings for a page URL (lower case, without a leading `www.`). */
export function siteKey(url: string): string | undefined {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    // A trailing dot (paris.fr.) names the same site.
    return u.hostname.toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** Reads `disabledSites` from a stored settings value of any shape; a corrupt value disables nothing. */
export function isSiteDisabled(storedSettings: unknown, url: string): boolean {
  const key = siteKey(url);
  if (key === undefined || typeof storedSettings !== 'object' || storedSettings === null) return false;
  const list = (storedSettings as { disabledSites?: unknown }).disabledSites;
  return Array.isArray(list) && list.includes(key);
}
