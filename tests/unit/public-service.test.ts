import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publicServiceSchema } from '../../lib/report/schema';
import { AUTO_SCAN_ORIGINS, AUTO_SCAN_TLDS, hostOriginPattern, isCoveredByAutoScanOrigins } from '../../lib/sites/auto-scan-origins';
import { NATIONAL_SERVICE_DOMAINS, matchNationalDomain, nationalServiceMatchPatterns } from '../../lib/sites/national-hosts';
import { classifyPublicService, parseHostList } from '../../lib/sites/public-service';
import { parseHostInput } from '../../lib/storage/settings';

const packaged = JSON.parse(readFileSync(new URL('../../public/data/public-sector-hosts.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;

/** Host part of a match pattern `<scheme>://<host>/<path>` matches a host, as browsers read it. */
function patternMatchesHost(pattern: string, host: string): boolean {
  const m = /^\*:\/\/(\*\.)?([^/*]+)\/\*$/.exec(pattern);
  if (!m) return false;
  const [, wildcard, base] = m;
  return host === base || (wildcard !== undefined && host.endsWith(`.${base}`));
}

describe('classifyPublicService', () => {
  const lists = {
    publicSectorHosts: new Set(['mairie-exemple.fr', 'wordpress.com', 'caf.fr', 'both.example.org']),
    extraSites: ['perso.example.org', 'both.example.org'],
  };

  it.each([
    ['https://caf.fr/', 'caf.fr'],
    ['https://www.caf.fr/particuliers', 'caf.fr'],
    ['http://wwwd.caf.fr/wps/portal', 'caf.fr'],
    ['https://CAF.FR./', 'caf.fr'],
    ['https://www.ameli.fr/assure', 'ameli.fr'],
    ['https://www.service-public.fr/', 'service-public.fr'],
    ['https://gouv.fr/', 'gouv.fr'],
    ['https://www.legifrance.gouv.fr/', 'gouv.fr'],
    // The most specific listed domain is named: impots.gouv.fr rather than gouv.fr.
    ['https://www.impots.gouv.fr/accueil', 'impots.gouv.fr'],
    ['https://franceconnect.gouv.fr/', 'franceconnect.gouv.fr'],
    ['https://espace-candidat.francetravail.fr/', 'francetravail.fr'],
  ])('%s is a national service domain (%s)', (url, matched) => {
    const result = classifyPublicService(url, lists);
    expect(result).toEqual({ isPublicService: true, reason: 'national-service-domain', matched });
    expect(publicServiceSchema.safeParse(result).success).toBe(true);
  });

  it.each([
    ['https://mairie-exemple.fr/', 'mairie-exemple.fr'],
    ['https://www.mairie-exemple.fr/demarches', 'mairie-exemple.fr'],
    ['http://MAIRIE-EXEMPLE.FR:8080/', 'mairie-exemple.fr'],
    ['https://wordpress.com/', 'wordpress.com'],
    ['https://www.wordpress.com/', 'wordpress.com'],
    ['https://both.example.org/', 'both.example.org'],
  ])('%s is on the public-sector host list (%s)', (url, matched) => {
    expect(classifyPublicService(url, lists)).toEqual({ isPublicService: true, reason: 'public-sector-host-list', matched });
  });

  it('is a user-added site when the person added the host', () => {
    expect(classifyPublicService('https://www.perso.example.org/a', lists)).toEqual({
      isPublicService: true,
      reason: 'user-added-site',
      matched: 'perso.example.org',
    });
  });

  it('still knows user-added sites while the host list is not loaded', () => {
    const unloaded = { extraSites: ['perso.example.org'] };
    expect(classifyPublicService('https://perso.example.org/', unloaded).reason).toBe('user-added-site');
    expect(classifyPublicService('https://mairie-exemple.fr/', unloaded).reason).toBe('not-listed');
    expect(classifyPublicService('https://www.caf.fr/', unloaded).reason).toBe('national-service-domain');
  });

  it.each([
    // Exact host match only: a parent domain on the list does not cover its sub-domains.
    'https://foo.wordpress.com/',
    'https://services.mairie-exemple.fr/',
    'https://sub.perso.example.org/',
    // Look-alikes of national domains.
    'https://notcaf.fr/',
    'https://caf.fr.example.com/',
    'https://gouv.fr.evil.example/',
    'https://example.org/',
    // Not web pages.
    'ftp://caf.fr/',
    'file:///home/caf.fr',
    'chrome://extensions/',
    'about:blank',
    'data:text/html,caf.fr',
    'caf.fr',
    '',
  ])('%j is not listed', (url) => {
    expect(classifyPublicService(url, lists)).toEqual({ isPublicService: false, reason: 'not-listed' });
  });
});

describe('parseHostList', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'caf.fr'],
    ['a number', 42],
    ['an array of hosts', ['caf.fr']],
    ['no hosts field', { source: 'x' }],
    ['hosts as a string', { hosts: 'caf.fr' }],
    ['hosts as an object', { hosts: { 'caf.fr': true } }],
    ['hosts null', { hosts: null }],
  ])('gives an empty set for %s', (_name, data) => {
    const set = parseHostList(data);
    expect(set).toBeInstanceOf(Set);
    expect(set.size).toBe(0);
  });

  it('keeps the strings of the list and drops the rest', () => {
    const set = parseHostList({ hosts: ['caf.fr', 3, null, { host: 'x.fr' }, ['y.fr'], 'mairie-exemple.fr', 'caf.fr'] });
    expect([...set].sort()).toEqual(['caf.fr', 'mairie-exemple.fr']);
  });
});

describe('packaged public-sector host list', () => {
  const hosts = parseHostList(packaged);
  const raw = packaged.hosts as unknown[];

  it('has its credits', () => {
    expect(packaged.source).toMatch(/DINUM/);
    expect(packaged.source).toMatch(/Etalab/);
    expect(packaged.licence).toBe('Licence Ouverte 2.0');
    expect(packaged.sourceUpdated).toBe('2024-12-11');
  });

  it('has more than 31,000 distinct string hosts', () => {
    expect(Array.isArray(raw)).toBe(true);
    expect(raw.every((h) => typeof h === 'string')).toBe(true);
    expect(hosts.size).toBeGreaterThan(31_000);
    expect(hosts.size).toBe(raw.length);
  });

  it('holds only lower-case ASCII hosts (punycode for IDN), none starting with www.', () => {
    const bad = [...hosts].filter((h) => !/^[a-z0-9.-]+$/.test(h) || h.startsWith('www.') || h.startsWith('.') || h.endsWith('.'));
    expect(bad).toEqual([]);
    expect(hosts.has('xn--luc-dma.fr')).toBe(true);
  });

  it('holds hosts as a person would type them in the options page', () => {
    // Same normalisation, so a host typed by a person can be compared with the list.
    const differing = [...hosts].filter((h) => parseHostInput(h) !== h);
    expect(differing).toEqual([]);
  });

  it.each(['caf.fr', 'ameli.fr', 'service-public.fr', 'impots.gouv.fr', 'paris.fr', 'lyon.fr', 'bordeaux.fr', 'wordpress.com'])(
    'includes %s',
    (host) => {
      expect(hosts.has(host)).toBe(true);
    },
  );

  it.each(['www.caf.fr', 'foo.wordpress.com', 'example.org'])('does not include %s', (host) => {
    expect(hosts.has(host)).toBe(false);
  });

  it('classifies a host of the list that is not a national domain through the list', () => {
    expect(classifyPublicService('https://www.paris.fr/', { publicSectorHosts: hosts, extraSites: [] })).toEqual({
      isPublicService: true,
      reason: 'public-sector-host-list',
      matched: 'paris.fr',
    });
  });
});

describe('national service domains', () => {
  const patterns = nationalServiceMatchPatterns();

  it('gives valid match patterns without duplicates', () => {
    expect(patterns.length).toBeGreaterThan(0);
    for (const p of patterns) expect(p).toMatch(/^\*:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\/\*$/);
    expect(new Set(patterns).size).toBe(patterns.length);
  });

  it('covers each domain and its sub-domains', () => {
    for (const d of NATIONAL_SERVICE_DOMAINS) {
      for (const host of [d, `www.${d}`, `a.b.${d}`]) {
        expect(patterns.some((p) => patternMatchesHost(p, host)), host).toBe(true);
      }
    }
    expect(patterns).toEqual(expect.arrayContaining(['*://gouv.fr/*', '*://*.gouv.fr/*', '*://caf.fr/*', '*://*.caf.fr/*']));
  });

  it('leaves out entries already covered by *.gouv.fr', () => {
    const covered = NATIONAL_SERVICE_DOMAINS.filter((d) => d.endsWith('.gouv.fr'));
    expect(covered.length).toBeGreaterThan(0);
    for (const d of covered) expect(patterns.some((p) => p.includes(`//${d}/`) || p.includes(`*.${d}/`)), d).toBe(false);
    const roots = NATIONAL_SERVICE_DOMAINS.length - covered.length;
    expect(patterns).toHaveLength(2 * roots);
  });

  it('does not match hosts outside the domains', () => {
    for (const host of ['notcaf.fr', 'caf.fr.example.com', 'gouv.fr.example', 'example.org', 'fr']) {
      expect(patterns.some((p) => patternMatchesHost(p, host)), host).toBe(false);
    }
  });

  it.each([
    ['caf.fr', 'caf.fr'],
    ['WWW.CAF.FR', 'caf.fr'],
    ['caf.fr.', 'caf.fr'],
    ['impots.gouv.fr', 'impots.gouv.fr'],
    ['sub.impots.gouv.fr', 'impots.gouv.fr'],
    ['msa.fr', 'msa.fr'],
    ['notcaf.fr', undefined],
    ['caf.fr.example.com', undefined],
    ['fr', undefined],
    ['', undefined],
  ])('matchNationalDomain(%j) → %j', (host, expected) => {
    expect(matchNationalDomain(host)).toBe(expected);
  });
});

describe('auto-scan origins', () => {
  it('asks for one wildcard origin per top-level domain', () => {
    expect(AUTO_SCAN_ORIGINS).toHaveLength(AUTO_SCAN_TLDS.length);
    for (const origin of AUTO_SCAN_ORIGINS) expect(origin).toMatch(/^\*:\/\/\*\.[a-z]+\/\*$/);
    expect(AUTO_SCAN_ORIGINS).toContain('*://*.fr/*');
    expect(new Set(AUTO_SCAN_ORIGINS).size).toBe(AUTO_SCAN_ORIGINS.length);
  });

  it('never asks for all sites', () => {
    expect(AUTO_SCAN_ORIGINS).not.toContain('*://*/*');
    expect(AUTO_SCAN_ORIGINS).not.toContain('<all_urls>');
  });

  it('builds the origin of one host', () => {
    expect(hostOriginPattern('perso.example.org')).toBe('*://perso.example.org/*');
    expect(patternMatchesHost(hostOriginPattern('perso.example.org'), 'perso.example.org')).toBe(true);
    expect(patternMatchesHost(hostOriginPattern('perso.example.org'), 'sub.perso.example.org')).toBe(false);
  });

  it.each([
    ['mairie-exemple.fr', true],
    ['www.ville.paris', true],
    ['commune.re', true],
    ['region.bzh', true],
    ['mairie.nc', true],
    ['wordpress.com', false],
    ['strasbourg.eu', false],
    ['example.france', false],
    ['example.frx', false],
  ])('isCoveredByAutoScanOrigins(%s) → %s', (host, expected) => {
    expect(isCoveredByAutoScanOrigins(host)).toBe(expected);
    // Agrees with the patterns actually requested.
    expect(AUTO_SCAN_ORIGINS.some((p) => patternMatchesHost(p, host))).toBe(expected);
  });

  it('covers most of the packaged list, as documented (about 87 %)', () => {
    const hosts = [...parseHostList(packaged)];
    const share = hosts.filter(isCoveredByAutoScanOrigins).length / hosts.length;
    expect(share).toBeGreaterThan(0.85);
    expect(share).toBeLessThan(1);
  });
});
