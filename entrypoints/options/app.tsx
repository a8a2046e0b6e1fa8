import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AddHostForm } from '../../components/add-host-form';
import { HostList } from '../../components/host-list';
import { StatusMessage } from '../../components/status-message';
import { TranslateContext } from '../../lib/i18n/context';
import type { Translate } from '../../lib/i18n/translate';
import { AUTO_SCAN_ORIGINS, hostOriginPattern } from '../../lib/sites/auto-scan-origins';
import { effectiveMediatorMode, loadManagedPolicy, type ManagedArea, type ManagedPolicy } from '../../lib/storage/managed';
import { SETTINGS_KEY, readSettings, settingsSchema, type Settings } from '../../lib/storage/settings';

/** What the options page needs from the browser; tests pass fakes. */
export interface OptionsDeps {
  /** The raw stored value under `SETTINGS_KEY`, whatever its shape. */
  loadSettings: () => Promise<unknown>;
  saveSettings: (settings: Settings) => Promise<void>;
  /**
   * Must start the browser's request synchronously: browsers only grant it inside a user gesture.
   * Resolves to true when granted.
   */
  requestOrigins: (origins: string[]) => Promise<boolean>;
  removeOrigins: (origins: string[]) => Promise<boolean>;
  /** Calls back with the new raw value when another page changes the settings; returns an unsubscribe. */
  watchSettings: (listener: (stored: unknown) => void) => () => void;
  /** What the organisation preset through managed storage (empty when nothing, or on error). */
  loadPolicy: () => Promise<ManagedPolicy>;
}

/** The real browser. */
export const defaultOptionsDeps: OptionsDeps = {
  loadSettings: async () => (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY],
  saveSettings: (settings) => browser.storage.local.set({ [SETTINGS_KEY]: settings }),
  requestOrigins: (origins) => browser.permissions.request({ origins }),
  removeOrigins: (origins) => browser.permissions.remove({ origins }),
  watchSettings: (listener) => {
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const change = changes[SETTINGS_KEY];
      if (area === 'local' && change) listener(change.newValue);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  },
  loadPolicy: () => loadManagedPolicy((browser.storage as { managed?: ManagedArea }).managed),
};

export interface OptionsAppProps {
  deps?: Partial<OptionsDeps>;
  t: Translate;
}

/** The options page: disabled sites, opt-in automatic analysis, credits. */
export function OptionsApp({ deps: partialDeps, t }: OptionsAppProps) {
  const deps: OptionsDeps = { ...defaultOptionsDeps, ...partialDeps };
  const [settings, setSettings] = useState<Settings | null>(null);
  const [repaired, setRepaired] = useState(false);
  const [status, setStatus] = useState('');
  const [autoScanError, setAutoScanError] = useState<string | undefined>();
  const [autoScanBusy, setAutoScanBusy] = useState(false);
  const [policy, setPolicy] = useState<ManagedPolicy>({});
  // Handlers chain several awaits; they must build on the latest saved value, not a stale render.
  const current = useRef<Settings | null>(null);
  const statusTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const announce = (message: string) => {
    // Emptied first so that "Réglages enregistrés" is announced again on the next change.
    setStatus('');
    clearTimeout(statusTimer.current);
    statusTimer.current = setTimeout(() => setStatus(message), 50);
  };

  const show = (next: Settings) => {
    current.current = next;
    setSettings(next);
  };

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      let stored: unknown;
      try {
        stored = await deps.loadSettings();
      } catch {
        stored = undefined;
      }
      const read = readSettings(stored);
      if (cancelled) return;
      show(read.settings);
      if (read.repaired) {
        setRepaired(true);
        await deps.saveSettings(read.settings).catch(() => announce(t('options_save_error')));
      }
    })();
    void deps
      .loadPolicy()
      .catch(() => ({}))
      .then((p) => {
        if (!cancelled) setPolicy(p);
      });
    const unwatch = deps.watchSettings((stored) => {
      // A value we just wrote comes back here too; reading it again is harmless.
      if (!cancelled) show(readSettings(stored).settings);
    });
    return () => {
      cancelled = true;
      unwatch();
      clearTimeout(statusTimer.current);
    };
    // Runs once: later changes arrive through watchSettings.
  }, []);

  /** Saves the full validated object; on failure the page keeps showing what is really stored. */
  const save = async (change: (previous: Settings) => Settings): Promise<boolean> => {
    const previous = current.current;
    if (!previous) return false;
    const next = settingsSchema.parse(change(previous));
    try {
      await deps.saveSettings(next);
    } catch {
      announce(t('options_save_error'));
      return false;
    }
    show(next);
    announce(t('options_saved'));
    return true;
  };

  if (!settings) {
    return (
      <TranslateContext.Provider value={t}>
        <main>
          <h1>{t('options_page_title')}</h1>
          <StatusMessage message={t('options_loading')} />
        </main>
      </TranslateContext.Provider>
    );
  }

  const addDisabledSite = async (host: string): Promise<string | undefined> => {
    if (current.current?.disabledSites.includes(host)) return 'options_error_duplicate';
    const saved = await save((s) => ({ ...s, disabledSites: [...s.disabledSites, host] }));
    return saved ? undefined : 'options_save_error';
  };

  const addExtraSite = (host: string): Promise<string | undefined> | string => {
    if (current.current?.extraSites.includes(host)) return 'options_error_duplicate';
    // Called inside the submit event: the permission request needs that user gesture.
    const granted = deps.requestOrigins([hostOriginPattern(host)]);
    return granted.then(
      async (ok) => {
        if (!ok) return 'options_extra_refused';
        const saved = await save((s) => ({ ...s, extraSites: [...s.extraSites, host] }));
        return saved ? undefined : 'options_save_error';
      },
      () => 'options_permission_error',
    );
  };

  const removeExtraSite = async (host: string) => {
    const saved = await save((s) => ({ ...s, extraSites: s.extraSites.filter((h) => h !== host) }));
    // Give the permission back: Vigie keeps only the access it uses.
    if (saved) await deps.removeOrigins([hostOriginPattern(host)]).catch(() => false);
  };

  const onAutoScanClick = (event: MouseEvent) => {
    const box = event.currentTarget as HTMLInputElement;
    const wantOn = box.checked;
    // The box shows the saved state only: it gets checked once the permission is granted.
    event.preventDefault();
    if (autoScanBusy) return;
    setAutoScanError(undefined);
    if (wantOn) {
      // First statement with an effect: the request must happen within the click.
      const granted = deps.requestOrigins(AUTO_SCAN_ORIGINS);
      setAutoScanBusy(true);
      void granted
        .then(
          async (ok) => {
            if (!ok) return setAutoScanError('options_auto_refused');
            await save((s) => ({ ...s, autoScanPublicSector: true }));
          },
          () => setAutoScanError('options_permission_error'),
        )
        .finally(() => setAutoScanBusy(false));
    } else {
      setAutoScanBusy(true);
      void save((s) => ({ ...s, autoScanPublicSector: false }))
        .then((saved) => (saved ? deps.removeOrigins(AUTO_SCAN_ORIGINS).catch(() => false) : false))
        .finally(() => setAutoScanBusy(false));
    }
  };

  return (
    <TranslateContext.Provider value={t}>
      <main>
        <h1>{t('options_page_title')}</h1>
        {repaired && (
          <p class="notice" data-testid="repaired">
            {t('options_repaired')}
          </p>
        )}

        <section aria-labelledby="disabled-heading" data-testid="disabled-sites">
          <h2 id="disabled-heading">{t('options_disabled_heading')}</h2>
          <p>{t('options_disabled_intro')}</p>
          <HostList
            hosts={settings.disabledSites}
            testId="disabled-list"
            onRemove={(host) => void save((s) => ({ ...s, disabledSites: s.disabledSites.filter((h) => h !== host) }))}
          />
          <AddHostForm labelledBy="disabled-heading" onAdd={addDisabledSite} />
        </section>

        <section aria-labelledby="auto-heading" data-testid="auto-scan">
          <h2 id="auto-heading">{t('options_auto_heading')}</h2>
          <p id="auto-explain">{t('options_auto_explain')}</p>
          <p id="auto-permission">{t('options_auto_permission')}</p>
          <label class="checkbox-row">
            <input
              type="checkbox"
              data-testid="auto-scan-checkbox"
              checked={settings.autoScanPublicSector}
              aria-describedby={autoScanError ? 'auto-error auto-explain' : 'auto-explain'}
              onClick={onAutoScanClick}
            />
            <span>{t('options_auto_checkbox')}</span>
          </label>
          {autoScanError && (
            <p id="auto-error" class="field-error" role="alert">
              {t(autoScanError)}
            </p>
          )}
        </section>

        <section aria-labelledby="extra-heading" data-testid="extra-sites">
          <h2 id="extra-heading">{t('options_extra_heading')}</h2>
          <p>{t('options_extra_intro')}</p>
          <HostList hosts={settings.extraSites} testId="extra-list" onRemove={(host) => void removeExtraSite(host)} />
          <AddHostForm labelledBy="extra-heading" onAdd={addExtraSite} />
        </section>

        <MediatorModeSection
          settings={settings}
          policy={policy}
          t={t}
          onChange={(on) => void save((s) => ({ ...s, mediatorMode: on }))}
        />

        <section aria-labelledby="credits-heading">
          <h2 id="credits-heading">{t('options_credits_heading')}</h2>
          <p>{t('options_credits_host_list')}</p>
          <p>{t('options_credits_privacy')}</p>
        </section>
      </main>
      <StatusMessage message={status} testId="status" />
    </TranslateContext.Provider>
  );
}

/**
 * Mediator mode: the popup opens on the simple summary. When the organisation set it
 * through managed storage, its value shows, the box is disabled and the page says who set it.
 */
function MediatorModeSection({
  settings,
  policy,
  t,
  onChange,
}: {
  settings: Settings;
  policy: ManagedPolicy;
  t: Translate;
  onChange: (on: boolean) => void;
}) {
  const mode = effectiveMediatorMode(settings, policy);
  const managed = mode.source === 'organisation';
  return (
    <section aria-labelledby="mediator-heading" data-testid="mediator-mode">
      <h2 id="mediator-heading">{t('options_mediator_heading')}</h2>
      <label class="checkbox-row">
        <input
          type="checkbox"
          data-testid="mediator-checkbox"
          checked={mode.on}
          disabled={managed}
          aria-describedby={managed ? 'mediator-managed mediator-help' : 'mediator-help'}
          onChange={(event) => onChange((event.currentTarget as HTMLInputElement).checked)}
        />
        <span>{t('options_mediator_checkbox')}</span>
      </label>
      <p id="mediator-help" class="field-help">
        {t('options_mediator_help')}
      </p>
      {managed && (
        <p id="mediator-managed" class="notice" data-testid="mediator-managed">
          {mode.organisationName ? t('options_mediator_managed_by', mode.organisationName) : t('options_mediator_managed')}
        </p>
      )}
    </section>
  );
}
