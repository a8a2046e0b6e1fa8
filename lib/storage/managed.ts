import { z } from 'zod';
import type { Settings } from './settings';

/*
 * What an organisation presets for its mediators (France Services, associations, schools) through
 * the browser's enterprise policies: Chrome reads them against public/managed-schema.json, Firefox
 * from the `3rdparty` section of policies.json. Read-only for the extension. Anything that does
 * not match is ignored field by field: a bad policy must never lock a person out.
 */

export const managedPolicySchema = z.object({
  /** Open the "Résumé pour accompagner" first in the popup. Wins over the person's own setting. */
  mediatorMode: z.boolean().optional(),
  /** Shown in the options page next to "Réglé par votre organisation". */
  organisationName: z.string().trim().min(1).max(80).optional(),
});
export type ManagedPolicy = z.infer<typeof managedPolicySchema>;

/** Keeps the fields of a managed value that are valid, drops the others. Never throws. */
export function readManagedPolicy(raw: unknown): ManagedPolicy {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const value = raw as Record<string, unknown>;
  const policy: ManagedPolicy = {};
  const mode = managedPolicySchema.shape.mediatorMode.safeParse(value.mediatorMode);
  if (mode.success && mode.data !== undefined) policy.mediatorMode = mode.data;
  const name = managedPolicySchema.shape.organisationName.safeParse(value.organisationName);
  if (name.success && name.data !== undefined && !/[\u0000-\u001f\u007f]/.test(name.data)) policy.organisationName = name.data;
  return policy;
}

/** The managed storage area, or the part of it we use. */
export interface ManagedArea {
  get: (keys?: string | string[] | null) => Promise<Record<string, unknown>>;
}

/**
 * Reads the policy. Firefox rejects when no enterprise policy names the extension, Chrome may have
 * no managed area at all (or none under test): both mean "no policy".
 */
export async function loadManagedPolicy(area: ManagedArea | undefined): Promise<ManagedPolicy> {
  if (!area) return {};
  try {
    return readManagedPolicy(await area.get(['mediatorMode', 'organisationName']));
  } catch {
    return {};
  }
}

export interface EffectiveMediatorMode {
  on: boolean;
  /** `organisation` when a managed policy set it: the person cannot change it. */
  source: 'organisation' | 'person';
  organisationName?: string;
}

/** The managed value wins when set; otherwise the person's setting. */
export function effectiveMediatorMode(settings: Pick<Settings, 'mediatorMode'>, policy: ManagedPolicy): EffectiveMediatorMode {
  if (policy.mediatorMode !== undefined) {
    return {
      on: policy.mediatorMode,
      source: 'organisation',
      ...(policy.organisationName ? { organisationName: policy.organisationName } : {}),
    };
  }
  return { on: settings.mediatorMode, source: 'person' };
}
