import { z } from 'zod';

/**
 * Settings are stored under one key, with a version number. `readSettings` migrates old versions
 * and repairs what is corrupt field by field, so a bad value never locks a person out.
 */
export { SETTINGS_KEY } from './settings-key';
export const SETTINGS_VERSION = 2;

const hostSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(/^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/);

export const settingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  /** Hosts where Vigie never analyses the page. */
  disabledSites: z.array(hostSchema).max(1000),
  /** Opt-in: analyse hosts of the public-sector list automatically (asks for a host permission). */
  autoScanPublicSector: z.boolean(),
  /** Hosts the person added to the automatic analysis. */
  extraSites: z.array(hostSchema).max(1000),
  /**
   * Mediator mode: the popup opens on the "Résumé pour accompagner". An organisation can
   * set it through managed storage (lib/storage/managed.ts), which then wins over this value.
   */
  mediatorMode: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  disabledSites: [],
  autoScanPublicSector: false,
  extraSites: [],
  mediatorMode: false,
};

/** Migrations from version N to N+1, applied in order. Version 0 = anything unversioned. */
const migrations: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  // Before versioning, a draft build stored `{ disabledHosts: string[] }`.
  0: (old) => ({
    version: 1,
    disabledSites: old.disabledSites ?? old.disabledHosts ?? [],
    autoScanPublicSector: old.autoScanPublicSector ?? false,
    extraSites: old.extraSites ?? [],
  }),
  // Version 2 adds mediator mode, off: the popup stays as people knew it.
  1: (old) => ({ ...old, version: 2, mediatorMode: false }),
};

function unique(hosts: string[]): string[] {
  return [...new Set(hosts)];
}

function keepValidHosts(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const hosts = new Set<string>();
  for (const item of value.slice(0, 1000)) {
    const parsed = hostSchema.safeParse(item);
    if (parsed.success) hosts.add(parsed.data);
  }
  return [...hosts];
}

export interface SettingsRead {
  settings: Settings;
  /** True when the stored value was missing, old or corrupt and should be written back. */
  repaired: boolean;
}

/** Turns whatever is in storage into valid settings. Never throws. */
export function readSettings(stored: unknown): SettingsRead {
  if (stored === undefined || stored === null) return { settings: { ...DEFAULT_SETTINGS }, repaired: false };
  let value: Record<string, unknown> =
    typeof stored === 'object' && !Array.isArray(stored) ? { ...(stored as Record<string, unknown>) } : {};
  let version = typeof value.version === 'number' && Number.isInteger(value.version) ? value.version : 0;
  // A value from a newer build (downgrade) is read as the current version, field by field.
  if (version > SETTINGS_VERSION) version = SETTINGS_VERSION;
  while (version < SETTINGS_VERSION) {
    const migrate = migrations[version];
    value = migrate ? migrate(value) : value;
    version += 1;
  }
  const exact = settingsSchema.safeParse(value);
  if (exact.success) {
    const settings = { ...exact.data, disabledSites: unique(exact.data.disabledSites), extraSites: unique(exact.data.extraSites) };
    // Written back only when something really changed (migration, case, duplicates, extra keys);
    // key order alone is no change.
    const raw = stored as Record<string, unknown>;
    const canonical = {
      version: raw.version,
      disabledSites: raw.disabledSites,
      autoScanPublicSector: raw.autoScanPublicSector,
      extraSites: raw.extraSites,
      mediatorMode: raw.mediatorMode,
    };
    const same = Object.keys(raw).length === Object.keys(settings).length && JSON.stringify(canonical) === JSON.stringify(settings);
    return { settings, repaired: !same };
  }
  const settings: Settings = {
    version: SETTINGS_VERSION,
    disabledSites: keepValidHosts(value.disabledSites),
    autoScanPublicSector: typeof value.autoScanPublicSector === 'boolean' ? value.autoScanPublicSector : false,
    extraSites: keepValidHosts(value.extraSites),
    mediatorMode: typeof value.mediatorMode === 'boolean' ? value.mediatorMode : false,
  };
  return { settings, repaired: true };
}

/** Normalises what a person types ("https://www.Caf.fr/x") into a host, or undefined. */
export function parseHostInput(input: string): string | undefined {
  let text = input.trim();
  if (!text) return undefined;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) text = `https://${text}`;
  try {
    const host = new URL(text).hostname.replace(/^www\./, '');
    const parsed = hostSchema.safeParse(host);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export { siteKey, isSiteDisabled } from '../sites/site-key';
