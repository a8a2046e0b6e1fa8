/**
 * Origins asked for when a person turns on "analyse public-sector sites automatically".
 *
 * Why not `*://*\/*`: the public-sector host list is 86 % `.fr`, and adding the French regional and
 * overseas top-level domains covers 87 % of it. Asking for these alone keeps the permission narrower
 * than "all sites". Hosts of the list under generic domains (.com, .org, .eu…) are analysed once the
 * person adds them one by one, which asks for that single host.
 */
export const AUTO_SCAN_TLDS = ['fr', 'bzh', 're', 'corsica', 'nc', 'alsace', 'pf', 'yt', 'paris', 'mq', 'gp', 'eus'] as const;

export const AUTO_SCAN_ORIGINS: string[] = AUTO_SCAN_TLDS.map((tld) => `*://*.${tld}/*`);

/** The origin pattern to ask for one host the person adds. */
export function hostOriginPattern(host: string): string {
  return `*://${host}/*`;
}

export function isCoveredByAutoScanOrigins(host: string): boolean {
  return AUTO_SCAN_TLDS.some((tld) => host.endsWith(`.${tld}`));
}
