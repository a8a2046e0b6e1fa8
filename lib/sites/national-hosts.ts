/**
 * Registrable domains of the main national public services. The content script is declared
 * statically on these (and their sub-domains), so they are analysed with no opt-in and no
 * extra permission prompt. Kept short on purpose: every entry widens the install-time permission.
 */
export const NATIONAL_SERVICE_DOMAINS = [
  'gouv.fr',
  'service-public.fr',
  'caf.fr',
  'ameli.fr',
  'francetravail.fr',
  'urssaf.fr',
  'msa.fr',
  'lassuranceretraite.fr',
  'impots.gouv.fr',
  'info-retraite.fr',
  'franceconnect.gouv.fr',
  'ants.gouv.fr',
  'parcoursup.fr',
  'education.gouv.fr',
  'agirc-arrco.fr',
  'pole-emploi.fr',
  'cnav.fr',
  'monparcourshandicap.gouv.fr',
] as const;

/** Match patterns for the manifest: the domain itself and any sub-domain, any scheme we support. */
export function nationalServiceMatchPatterns(): string[] {
  // `*.gouv.fr` already covers impots.gouv.fr etc.; dropping covered entries keeps the manifest tidy.
  const roots = NATIONAL_SERVICE_DOMAINS.filter(
    (d) => !NATIONAL_SERVICE_DOMAINS.some((other) => other !== d && d.endsWith(`.${other}`)),
  );
  return roots.flatMap((d) => [`*://${d}/*`, `*://*.${d}/*`]);
}

// Longest first, so impots.gouv.fr is named rather than gouv.fr.
const BY_LENGTH = [...NATIONAL_SERVICE_DOMAINS].sort((a, b) => b.length - a.length);

/** The most specific national domain a host belongs to, if any (exact or sub-domain match). */
export function matchNationalDomain(host: string): string | undefined {
  const h = host.toLowerCase().replace(/\.$/, '');
  return BY_LENGTH.find((d) => h === d || h.endsWith(`.${d}`));
}
