import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  parseHostInput,
  readSettings,
  settingsSchema,
  type Settings,
} from '../../lib/storage/settings';
import { isSiteDisabled, siteKey } from '../../lib/sites/site-key';

const EMPTY: Settings = { version: 2, disabledSites: [], autoScanPublicSector: false, extraSites: [], mediatorMode: false };

describe('readSettings', () => {
  it('is at version 2 with empty lists, the opt-in and mediator mode off by default', () => {
    expect(SETTINGS_VERSION).toBe(2);
    expect(DEFAULT_SETTINGS).toEqual(EMPTY);
  });

  it.each([undefined, null])('gives the defaults for a missing value (%s) without asking for a write', (stored) => {
    const read = readSettings(stored);
    expect(read.settings).toEqual(EMPTY);
    expect(read.repaired).toBe(false);
  });

  it.each([true, false])('returns a valid v2 value as it is, not repaired (mediator mode %s)', (mediatorMode) => {
    const stored = {
      version: 2,
      disabledSites: ['caf.fr', 'mairie-exemple.fr'],
      autoScanPublicSector: true,
      extraSites: ['perso.example.org'],
      mediatorMode,
    };
    const read = readSettings(stored);
    expect(read.settings).toEqual(stored);
    expect(read.repaired).toBe(false);
  });

  it('does not modify the stored object it was given', () => {
    const stored = { disabledHosts: ['CAF.fr', 'bad host'] };
    const copy = structuredClone(stored);
    readSettings(stored);
    expect(stored).toEqual(copy);
  });

  it.each([
    ['only legacy hosts', { disabledHosts: ['caf.fr', 'ameli.fr'] }, { ...EMPTY, disabledSites: ['caf.fr', 'ameli.fr'] }],
    ['legacy hosts to normalise', { disabledHosts: [' Caf.FR ', 'ameli.fr'] }, { ...EMPTY, disabledSites: ['caf.fr', 'ameli.fr'] }],
    ['legacy hosts with junk', { disabledHosts: ['caf.fr', 42, 'not a host', null] }, { ...EMPTY, disabledSites: ['caf.fr'] }],
    [
      'unversioned value with the other fields',
      { disabledHosts: ['caf.fr'], autoScanPublicSector: true, extraSites: ['perso.example.org'] },
      { ...EMPTY, disabledSites: ['caf.fr'], autoScanPublicSector: true, extraSites: ['perso.example.org'] },
    ],
    ['an empty object', {}, EMPTY],
    ['a non-integer version', { version: 0.5, disabledHosts: ['caf.fr'] }, { ...EMPTY, disabledSites: ['caf.fr'] }],
    ['a version as a string', { version: '1', disabledSites: ['caf.fr'] }, { ...EMPTY, disabledSites: ['caf.fr'] }],
  ])('migrates %s to the current version and asks for a write', (_name, stored, expected) => {
    const read = readSettings(stored);
    expect(read.settings).toEqual(expected);
    expect(read.repaired).toBe(true);
    expect(settingsSchema.safeParse(read.settings).success).toBe(true);
  });

  it.each([
    ['a string', 'caf.fr'],
    ['a number', 42],
    ['a boolean', true],
    ['an array', ['caf.fr']],
    ['a function', () => 1],
  ])('replaces %s with the defaults, repaired', (_name, stored) => {
    const read = readSettings(stored);
    expect(read.settings).toEqual(EMPTY);
    expect(read.repaired).toBe(true);
  });

  it.each([
    [
      'null fields',
      { version: 1, disabledSites: null, autoScanPublicSector: null, extraSites: null },
      EMPTY,
    ],
    [
      'wrong types',
      { version: 1, disabledSites: 'caf.fr', autoScanPublicSector: 'yes', extraSites: { 'caf.fr': true } },
      EMPTY,
    ],
    [
      'invalid hosts mixed with valid ones',
      {
        version: 1,
        disabledSites: ['caf.fr', 'https://www.caf.fr/', 'bad host', '-dash.fr', 'a'.repeat(64) + '.fr', '', 3, 'ameli.fr'],
        autoScanPublicSector: true,
        extraSites: [{ host: 'x.fr' }, 'perso.example.org', 'under_score.fr'],
      },
      { ...EMPTY, disabledSites: ['caf.fr', 'ameli.fr'], autoScanPublicSector: true, extraSites: ['perso.example.org'] },
    ],
    [
      'duplicates next to corrupt entries (also after normalisation)',
      { version: 1, disabledSites: ['caf.fr', 'CAF.FR', ' caf.fr', 'caf.fr', 7], autoScanPublicSector: false, extraSites: [] },
      { ...EMPTY, disabledSites: ['caf.fr'] },
    ],
    [
      'a missing field',
      { version: 1, disabledSites: ['caf.fr'], extraSites: [] },
      { ...EMPTY, disabledSites: ['caf.fr'] },
    ],
  ])('repairs %s field by field', (_name, stored, expected) => {
    const read = readSettings(stored);
    expect(read.settings).toEqual(expected);
    expect(read.repaired).toBe(true);
  });

  it('normalises hosts of an otherwise valid value and asks for a write', () => {
    const read = readSettings({ ...EMPTY, disabledSites: ['CAF.fr', ' ameli.fr '] });
    expect(read.settings.disabledSites).toEqual(['caf.fr', 'ameli.fr']);
    expect(read.repaired).toBe(true);
  });

  it('keeps at most 1000 hosts of a huge list (the first ones)', () => {
    const hosts = Array.from({ length: 5000 }, (_, i) => `site-${i}.fr`);
    const read = readSettings({ version: 1, disabledSites: hosts, autoScanPublicSector: false, extraSites: hosts });
    expect(read.repaired).toBe(true);
    expect(read.settings.disabledSites).toHaveLength(1000);
    expect(read.settings.extraSites).toHaveLength(1000);
    expect(read.settings.disabledSites[0]).toBe('site-0.fr');
    expect(read.settings.disabledSites[999]).toBe('site-999.fr');
    expect(settingsSchema.safeParse(read.settings).success).toBe(true);
  });

  it('accepts exactly 1000 hosts without repairing', () => {
    const hosts = Array.from({ length: 1000 }, (_, i) => `site-${i}.fr`);
    const read = readSettings({ ...EMPTY, disabledSites: hosts });
    expect(read.repaired).toBe(false);
    expect(read.settings.disabledSites).toHaveLength(1000);
  });

  it('reads a value from a newer version field by field', () => {
    const read = readSettings({
      version: 99,
      disabledSites: ['caf.fr', 'bad host'],
      autoScanPublicSector: true,
      extraSites: ['perso.example.org'],
      someFutureOption: { x: 1 },
    });
    expect(read.settings).toEqual({ ...EMPTY, disabledSites: ['caf.fr'], autoScanPublicSector: true, extraSites: ['perso.example.org'] });
    expect(read.repaired).toBe(true);
  });

  it('keeps a newer build’s mediator mode when it is a boolean', () => {
    const read = readSettings({ version: 3, disabledSites: [], autoScanPublicSector: false, extraSites: [], mediatorMode: true });
    expect(read.settings).toEqual({ ...EMPTY, mediatorMode: true });
  });

  describe('migration from version 1 (before mediator mode)', () => {
    const v1 = { version: 1, disabledSites: ['caf.fr'], autoScanPublicSector: true, extraSites: ['perso.example.org'] };

    it('adds mediator mode, off, keeps every other field, and asks for a write', () => {
      const read = readSettings(v1);
      expect(read.settings).toEqual({ version: 2, disabledSites: ['caf.fr'], autoScanPublicSector: true, extraSites: ['perso.example.org'], mediatorMode: false });
      expect(read.repaired).toBe(true);
    });

    it('is stable: the migrated value reads back as it is', () => {
      const once = readSettings(v1).settings;
      expect(readSettings(once)).toEqual({ settings: once, repaired: false });
    });

    it('still repairs a corrupt v1 value field by field', () => {
      const read = readSettings({ version: 1, disabledSites: ['caf.fr', 42], autoScanPublicSector: 'yes', extraSites: null, mediatorMode: 'on' });
      expect(read.settings).toEqual({ ...EMPTY, disabledSites: ['caf.fr'] });
      expect(read.repaired).toBe(true);
    });

    it('chains both migrations for an unversioned value', () => {
      expect(readSettings({ disabledHosts: ['ameli.fr'] }).settings).toEqual({ ...EMPTY, disabledSites: ['ameli.fr'] });
    });
  });

  it.each([
    ['a string', 'yes'],
    ['a number', 1],
    ['null', null],
  ])('repairs a v2 mediator mode that is %s to off, keeping the rest', (_name, mediatorMode) => {
    const read = readSettings({ ...EMPTY, disabledSites: ['caf.fr'], mediatorMode });
    expect(read.settings).toEqual({ ...EMPTY, disabledSites: ['caf.fr'] });
    expect(read.repaired).toBe(true);
  });

  it('does not apply the legacy migration to a newer version', () => {
    // `disabledHosts` is only read for unversioned values.
    const read = readSettings({ version: 99, disabledHosts: ['caf.fr'] });
    expect(read.settings).toEqual(EMPTY);
  });

  it.each([
    undefined,
    null,
    0,
    '',
    'x',
    [],
    [null],
    {},
    { version: null },
    { version: -1 },
    { version: Number.MAX_SAFE_INTEGER },
    { version: 1, disabledSites: [[['deep']]] },
    { version: 1, disabledSites: new Array(3) },
    { version: 1, extraSites: [Symbol('s')] },
    Object.create(null),
    new Date(0),
    new Map([['disabledSites', ['caf.fr']]]),
  ])('never throws and always returns valid settings (%#)', (stored) => {
    const read = readSettings(stored);
    expect(settingsSchema.parse(read.settings)).toEqual(read.settings);
  });
});

describe('parseHostInput', () => {
  it.each([
    ['https://www.Caf.fr/x', 'caf.fr'],
    ['caf.fr', 'caf.fr'],
    ['  caf.fr  ', 'caf.fr'],
    ['WWW.CAF.FR', 'caf.fr'],
    ['http://mairie-exemple.fr:8080/page?q=1#a', 'mairie-exemple.fr'],
    ['mairie-exemple.fr:8080', 'mairie-exemple.fr'],
    ['caf.fr/mon-compte', 'caf.fr'],
    ['HTTPS://Perso.Example.ORG', 'perso.example.org'],
    ['www.www.caf.fr', 'www.caf.fr'],
    ['www2.caf.fr', 'www2.caf.fr'],
    // IDN: the browser's URL parser gives punycode, the form the packaged host list uses.
    ['lucé.fr', 'xn--luc-dma.fr'],
    ['https://www.LUCÉ.fr/', 'xn--luc-dma.fr'],
  ])('%j → %j', (input, expected) => {
    expect(parseHostInput(input)).toBe(expected);
  });

  it.each([
    '',
    '   ',
    'not a host',
    'https://',
    'www.',
    '*.caf.fr',
    '-caf.fr',
    'caf_fr.fr',
    'caf.fr:99999',
    'javascript:alert(1)',
    `${'a'.repeat(64)}.fr`,
    `${'abcdefghi.'.repeat(26)}fr`,
    'http://[::1]/',
  ])('rejects %j', (input) => {
    expect(parseHostInput(input)).toBeUndefined();
  });

  it('gives hosts that the settings schema accepts as they are', () => {
    for (const input of ['https://www.Caf.fr/x', 'lucé.fr', 'a.b.c.d.example.org']) {
      const host = parseHostInput(input)!;
      expect(readSettings({ ...EMPTY, disabledSites: [host] })).toEqual({
        settings: { ...EMPTY, disabledSites: [host] },
        repaired: false,
      });
    }
  });
});

describe('siteKey', () => {
  it.each([
    ['https://www.caf.fr/mon-compte', 'caf.fr'],
    ['http://CAF.fr:8080/', 'caf.fr'],
    ['https://wwwd.caf.fr/', 'wwwd.caf.fr'],
    ['https://www2.caf.fr/', 'www2.caf.fr'],
    ['https://wwwcaf.fr/', 'wwwcaf.fr'],
    ['https://www.www.caf.fr/', 'www.caf.fr'],
    ['https://lucé.fr/', 'xn--luc-dma.fr'],
    ['https://user:pw@caf.fr/', 'caf.fr'],
  ])('%s → %s', (url, expected) => {
    expect(siteKey(url)).toBe(expected);
  });

  it.each(['ftp://caf.fr/', 'file:///etc/hosts', 'chrome://extensions', 'about:blank', 'data:text/html,hi', 'not a url', ''])(
    'has no key for %j',
    (url) => {
      expect(siteKey(url)).toBeUndefined();
    },
  );
});

describe('isSiteDisabled', () => {
  const url = 'https://www.caf.fr/mon-compte';

  it('is true when the page host is listed', () => {
    expect(isSiteDisabled({ version: 1, disabledSites: ['ameli.fr', 'caf.fr'] }, url)).toBe(true);
  });

  it.each([
    ['another host', { disabledSites: ['ameli.fr'] }, url],
    ['a parent domain only', { disabledSites: ['caf.fr'] }, 'https://wwwd.caf.fr/'],
    ['a non-http page', { disabledSites: ['caf.fr'] }, 'ftp://caf.fr/'],
    ['an invalid URL', { disabledSites: ['caf.fr'] }, 'caf.fr'],
  ])('is false for %s', (_name, stored, pageUrl) => {
    expect(isSiteDisabled(stored, pageUrl)).toBe(false);
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string holding the host', 'caf.fr'],
    ['an array holding the host', ['caf.fr']],
    ['a number', 1],
    ['disabledSites as a string holding the host', { disabledSites: 'caf.fr' }],
    ['disabledSites as an object', { disabledSites: { 'caf.fr': true } }],
    ['disabledSites null', { disabledSites: null }],
    ['disabledSites with junk', { disabledSites: [null, 42, {}, ['caf.fr']] }],
  ])('disables nothing for a corrupt value: %s', (_name, stored) => {
    expect(isSiteDisabled(stored, url)).toBe(false);
  });
});
