import type { PublicService } from '../report/schema';
import { matchNationalDomain } from './national-hosts';
import { siteKey } from './site-key';

export interface PublicServiceLists {
  /** Hosts of the DINUM/Etalab public-sector list (lower case, no `www.`); undefined while not loaded. */
  publicSectorHosts?: ReadonlySet<string>;
  /** Hosts the person added. */
  extraSites: readonly string[];
}

/**
 * Says whether a page belongs to a public-service site, and why. The host list is matched exactly
 * (after dropping `www.`), never by parent domain: it holds shared hosts such as wordpress.com
 * whose other sub-domains are not public.
 */
export function classifyPublicService(url: string, lists: PublicServiceLists): PublicService {
  const host = siteKey(url);
  if (!host) return { isPublicService: false, reason: 'not-listed' };
  const national = matchNationalDomain(host);
  if (national) return { isPublicService: true, reason: 'national-service-domain', matched: national };
  if (lists.publicSectorHosts?.has(host)) return { isPublicService: true, reason: 'public-sector-host-list', matched: host };
  if (lists.extraSites.includes(host)) return { isPublicService: true, reason: 'user-added-site', matched: host };
  return { isPublicService: false, reason: 'not-listed' };
}

/** Parses the packaged host list (see scripts/build-host-list.mjs). Malformed input gives an empty set. */
export function parseHostList(data: unknown): Set<string> {
  if (typeof data !== 'object' || data === null) return new Set();
  const hosts = (data as { hosts?: unknown }).hosts;
  if (!Array.isArray(hosts)) return new Set();
  return new Set(hosts.filter((h): h is string => typeof h === 'string'));
}
