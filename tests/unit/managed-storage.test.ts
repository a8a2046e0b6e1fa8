import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { effectiveMediatorMode, loadManagedPolicy, managedPolicySchema, readManagedPolicy } from '../../lib/storage/managed';

describe('readManagedPolicy', () => {
  it.each([
    [{ mediatorMode: true }, { mediatorMode: true }],
    [{ mediatorMode: false, organisationName: ' France Services de Lons ' }, { mediatorMode: false, organisationName: 'France Services de Lons' }],
    [{}, {}],
  ])('keeps a valid policy %j', (raw, expected) => {
    expect(readManagedPolicy(raw)).toEqual(expected);
  });

  it.each([
    ['a string for the mode', { mediatorMode: 'true' }, {}],
    ['a number for the mode', { mediatorMode: 1 }, {}],
    ['null', { mediatorMode: null, organisationName: null }, {}],
    ['an empty name', { mediatorMode: true, organisationName: '   ' }, { mediatorMode: true }],
    ['a huge name', { mediatorMode: true, organisationName: 'x'.repeat(500) }, { mediatorMode: true }],
    ['a name with control characters', { organisationName: 'Org\u0000\n<b>' }, {}],
    ['a name that is an object', { mediatorMode: false, organisationName: { fr: 'x' } }, { mediatorMode: false }],
  ])('ignores corrupt fields one by one: %s', (_name, raw, expected) => {
    expect(readManagedPolicy(raw)).toEqual(expected);
  });

  it.each([undefined, null, 'mediatorMode', 42, [true], () => true])('gives no policy for %j', (raw) => {
    expect(readManagedPolicy(raw)).toEqual({});
  });

  it('only ever returns what the schema accepts', () => {
    const out = readManagedPolicy({ mediatorMode: true, organisationName: 'Asso', extra: 'dropped' });
    expect(managedPolicySchema.strict().parse(out)).toEqual({ mediatorMode: true, organisationName: 'Asso' });
  });
});

describe('loadManagedPolicy', () => {
  it('reads the managed area', async () => {
    const get = vi.fn().mockResolvedValue({ mediatorMode: true, organisationName: 'Médiathèque' });
    expect(await loadManagedPolicy({ get })).toEqual({ mediatorMode: true, organisationName: 'Médiathèque' });
    expect(get).toHaveBeenCalledWith(['mediatorMode', 'organisationName']);
  });

  it('means "no policy" when Firefox rejects (no enterprise policy) or there is no managed area', async () => {
    const get = vi.fn().mockRejectedValue(new Error('Managed storage manifest not found'));
    expect(await loadManagedPolicy({ get })).toEqual({});
    expect(await loadManagedPolicy(undefined)).toEqual({});
  });

  it('ignores a corrupt value from the area', async () => {
    expect(await loadManagedPolicy({ get: async () => ({ mediatorMode: 'yes' }) })).toEqual({});
  });
});

describe('effectiveMediatorMode', () => {
  it.each([
    [false, {}, { on: false, source: 'person' }],
    [true, {}, { on: true, source: 'person' }],
    [false, { mediatorMode: true }, { on: true, source: 'organisation' }],
    // The preset wins both ways: an organisation can also keep the usual popup.
    [true, { mediatorMode: false, organisationName: 'Asso' }, { on: false, source: 'organisation', organisationName: 'Asso' }],
    // A name alone sets nothing.
    [true, { organisationName: 'Asso' }, { on: true, source: 'person' }],
  ])('person %s + policy %j → %j', (mediatorMode, policy, expected) => {
    expect(effectiveMediatorMode({ mediatorMode }, policy)).toEqual(expected);
  });
});

describe('public/managed-schema.json', () => {
  const schema = JSON.parse(readFileSync(new URL('../../public/managed-schema.json', import.meta.url), 'utf8'));

  it('declares exactly the fields lib/storage/managed.ts reads, with the same types', () => {
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(managedPolicySchema.shape).sort());
    expect(schema.properties.mediatorMode.type).toBe('boolean');
    expect(schema.properties.organisationName.type).toBe('string');
  });

  it('is declared in the Chrome manifest only', () => {
    const config = readFileSync(new URL('../../wxt.config.ts', import.meta.url), 'utf8');
    expect(config).toMatch(/browser !== 'firefox' && \{ storage: \{ managed_schema: 'managed-schema\.json' \} \}/);
  });
});
