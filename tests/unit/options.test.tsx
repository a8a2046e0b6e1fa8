// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import fr from '../../public/_locales/fr/messages.json';
import { OptionsApp, type OptionsDeps } from '../../entrypoints/options/app';
import { createTranslator } from '../../lib/i18n/translate';
import { AUTO_SCAN_ORIGINS } from '../../lib/sites/auto-scan-origins';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from '../../lib/storage/settings';

const t = createTranslator(fr);

async function stored(): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
}

async function store(value: unknown) {
  await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: value });
}

function permissions(granted = true) {
  return {
    requestOrigins: vi.fn((_origins: string[]) => Promise.resolve(granted)),
    removeOrigins: vi.fn((_origins: string[]) => Promise.resolve(true)),
  } satisfies Partial<OptionsDeps>;
}

/** Renders with the fake browser's storage (real) and fake permissions. */
async function renderOptions(deps: Partial<OptionsDeps> = permissions()) {
  const view = render(<OptionsApp deps={deps} t={t} />);
  await screen.findByRole('heading', { level: 2, name: 'Sites où Vigie est désactivé' });
  return view;
}

function section(testId: string) {
  return within(screen.getByTestId(testId));
}

async function addSite(testId: string, value: string) {
  const s = section(testId);
  fireEvent.input(s.getByLabelText('Adresse du site'), { target: { value } });
  fireEvent.click(s.getByRole('button', { name: 'Ajouter' }));
}

/** Hosts shown in a section's list (the visible host, not the one hidden in the button name). */
function listed(testId: string): string[] {
  return [...screen.getByTestId(testId).querySelectorAll('.host')].map((el) => el.textContent ?? '');
}

const savedAnnounced = () =>
  waitFor(() => expect(screen.getByTestId('status').textContent).toBe('Réglages enregistrés.'));

describe('options', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });
  afterEach(() => {
    cleanup();
  });

  it('shows the defaults and the credits', async () => {
    await renderOptions();
    expect(section('disabled-sites').getByText('Aucun site pour l’instant.')).toBeTruthy();
    expect((screen.getByTestId('auto-scan-checkbox') as HTMLInputElement).checked).toBe(false);
    expect(screen.getByText(/^Liste des sites du secteur public : DINUM \/ Etalab, « Liste de noms de domaine/)).toBeTruthy();
    expect(screen.getByText('Vigie ne fait aucune requête réseau et n’envoie aucune donnée.')).toBeTruthy();
    expect(await stored()).toBeUndefined();
  });

  describe('disabled sites', () => {
    it('adds a site typed as a URL, as its host, and saves the full settings', async () => {
      await renderOptions();
      await addSite('disabled-sites', '  https://www.Caf.fr/mon-compte ');
      await waitFor(() => expect(listed('disabled-sites')).toEqual(['caf.fr']));
      expect(await stored()).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['caf.fr'] });
      await savedAnnounced();
      // The field is emptied for the next site.
      expect((section('disabled-sites').getByLabelText('Adresse du site') as HTMLInputElement).value).toBe('');
    });

    it('removes a site with a button named after it', async () => {
      await store({ ...DEFAULT_SETTINGS, disabledSites: ['caf.fr', 'ameli.fr'] });
      await renderOptions();
      fireEvent.click(await screen.findByRole('button', { name: 'Retirer caf.fr' }));
      await waitFor(() => expect(screen.queryByRole('button', { name: 'Retirer caf.fr' })).toBeNull());
      expect(await stored()).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['ameli.fr'] });
      await savedAnnounced();
    });

    it.each([
      ['', 'Écrivez l’adresse d’un site.'],
      ['pas une adresse !', 'Cette adresse n’est pas valide.'],
      ['ameli.fr', 'Ce site est déjà dans la liste.'],
    ])('refuses %j with an error tied to the field', async (value, error) => {
      await store({ ...DEFAULT_SETTINGS, disabledSites: ['ameli.fr'] });
      await renderOptions();
      await addSite('disabled-sites', value);
      const message = await section('disabled-sites').findByText(error);
      const input = section('disabled-sites').getByLabelText('Adresse du site');
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(input.getAttribute('aria-describedby')?.split(' ')).toContain(message.id);
      expect(document.activeElement).toBe(input);
      expect(await stored()).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['ameli.fr'] });
    });

    it('clears the error once a valid site is added', async () => {
      await renderOptions();
      await addSite('disabled-sites', 'nope nope');
      await section('disabled-sites').findByText('Cette adresse n’est pas valide.');
      await addSite('disabled-sites', 'service-public.fr');
      await waitFor(() => expect(section('disabled-sites').queryByText('Cette adresse n’est pas valide.')).toBeNull());
      expect(section('disabled-sites').getByLabelText('Adresse du site').hasAttribute('aria-invalid')).toBe(false);
    });
  });

  describe('stored value', () => {
    it('repairs a corrupt value, writes it back and says so', async () => {
      await store({ version: 1, disabledSites: ['ok.fr', 'bad host!', 42], autoScanPublicSector: 'yes', extraSites: 'x' });
      await renderOptions();
      expect(listed('disabled-sites')).toEqual(['ok.fr']);
      expect(screen.getByTestId('repaired').textContent).toBe(
        'Certains réglages étaient illisibles. Vigie les a corrigés et enregistrés.',
      );
      await waitFor(async () => expect(await stored()).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['ok.fr'] }));
    });

    it('migrates the unversioned draft format', async () => {
      await store({ disabledHosts: ['caf.fr'] });
      await renderOptions();
      expect(listed('disabled-sites')).toEqual(['caf.fr']);
      await waitFor(async () => expect(await stored()).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['caf.fr'] }));
    });

    it('follows changes made elsewhere (popup, other window)', async () => {
      await renderOptions();
      await store({ ...DEFAULT_SETTINGS, disabledSites: ['impots.gouv.fr'] });
      await waitFor(() => expect(listed('disabled-sites')).toEqual(['impots.gouv.fr']));
    });

    it('says when saving fails and keeps showing what is stored', async () => {
      const saveSettings = vi.fn((_settings: Settings) => Promise.reject(new Error('QUOTA')));
      await renderOptions({ ...permissions(), saveSettings });
      await addSite('disabled-sites', 'caf.fr');
      await waitFor(() =>
        expect(screen.getByTestId('status').textContent).toBe('Les réglages n’ont pas pu être enregistrés. Réessayez.'),
      );
      expect(listed('disabled-sites')).toEqual([]);
    });
  });

  describe('automatic analysis', () => {
    it('asks for the public-sector origins within the click, and turns on when granted', async () => {
      const perms = permissions(true);
      await renderOptions(perms);
      const box = screen.getByRole('checkbox', { name: 'Analyser automatiquement les sites publics' }) as HTMLInputElement;
      fireEvent.click(box);
      // Synchronously: browsers only allow the request inside the user gesture.
      expect(perms.requestOrigins).toHaveBeenCalledWith(AUTO_SCAN_ORIGINS);
      await waitFor(() => expect(box.checked).toBe(true));
      expect(await stored()).toEqual({ ...DEFAULT_SETTINGS, autoScanPublicSector: true });
      await savedAnnounced();
    });

    it('stays off and says why when the permission is refused', async () => {
      const perms = permissions(false);
      await renderOptions(perms);
      const box = screen.getByTestId('auto-scan-checkbox') as HTMLInputElement;
      fireEvent.click(box);
      // Not even briefly checked while the browser asks.
      expect(box.checked).toBe(false);
      const error = await screen.findByText('L’analyse automatique reste désactivée, car vous n’avez pas donné l’autorisation.');
      expect(box.checked).toBe(false);
      expect(box.getAttribute('aria-describedby')?.split(' ')).toContain(error.id);
      expect(await stored()).toBeUndefined();
    });

    it('reports a failed permission request', async () => {
      await renderOptions({ ...permissions(), requestOrigins: vi.fn(() => Promise.reject(new Error('no gesture'))) });
      fireEvent.click(screen.getByTestId('auto-scan-checkbox'));
      expect(await screen.findByText('Le navigateur n’a pas pu demander l’autorisation. Réessayez.')).toBeTruthy();
      expect((screen.getByTestId('auto-scan-checkbox') as HTMLInputElement).checked).toBe(false);
    });

    it('turning it off gives the origins back', async () => {
      await store({ ...DEFAULT_SETTINGS, autoScanPublicSector: true });
      const perms = permissions();
      await renderOptions(perms);
      const box = screen.getByTestId('auto-scan-checkbox') as HTMLInputElement;
      expect(box.checked).toBe(true);
      fireEvent.click(box);
      await waitFor(() => expect(perms.removeOrigins).toHaveBeenCalledWith(AUTO_SCAN_ORIGINS));
      expect(box.checked).toBe(false);
      expect(perms.requestOrigins).not.toHaveBeenCalled();
      expect(await stored()).toEqual(DEFAULT_SETTINGS);
    });
  });

  describe('sites added to the automatic analysis', () => {
    it('asks for that single host within the submit, then saves', async () => {
      const perms = permissions(true);
      await renderOptions(perms);
      await addSite('extra-sites', 'https://www.mairie-exemple.com/');
      expect(perms.requestOrigins).toHaveBeenCalledWith(['*://mairie-exemple.com/*']);
      await waitFor(() => expect(listed('extra-sites')).toEqual(['mairie-exemple.com']));
      expect(await stored()).toEqual({ ...DEFAULT_SETTINGS, extraSites: ['mairie-exemple.com'] });
    });

    it('does not add the site when the permission is refused', async () => {
      await renderOptions(permissions(false));
      await addSite('extra-sites', 'mairie-exemple.com');
      expect(
        await section('extra-sites').findByText('Le site n’a pas été ajouté, car vous n’avez pas donné l’autorisation.'),
      ).toBeTruthy();
      expect(section('extra-sites').getByText('Aucun site pour l’instant.')).toBeTruthy();
      expect(await stored()).toBeUndefined();
    });

    it('removes the site and its permission', async () => {
      await store({ ...DEFAULT_SETTINGS, extraSites: ['mairie-exemple.com'] });
      const perms = permissions();
      await renderOptions(perms);
      fireEvent.click(screen.getByRole('button', { name: 'Retirer mairie-exemple.com' }));
      await waitFor(() => expect(perms.removeOrigins).toHaveBeenCalledWith(['*://mairie-exemple.com/*']));
      expect(await stored()).toEqual(DEFAULT_SETTINGS);
    });
  });

  it('uses the real browser permissions API by default', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    await renderOptions({});
    fireEvent.click(screen.getByTestId('auto-scan-checkbox'));
    expect(request).toHaveBeenCalledWith({ origins: AUTO_SCAN_ORIGINS });
    expect(await screen.findByText(/^L’analyse automatique reste désactivée/)).toBeTruthy();
  });
});
