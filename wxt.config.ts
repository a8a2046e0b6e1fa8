import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { AUTO_SCAN_ORIGINS } from './lib/sites/auto-scan-origins';

// Pages served to the end-to-end tests on loopback are added as host permissions only in a
// build made for those tests (VIGIE_E2E=1), never in the build people install.
const e2e = process.env.VIGIE_E2E === '1';
const e2eHosts = e2e ? ['http://127.0.0.1/*'] : [];

/**
 * Extension pages run only the extension's own files: no inline or remote script, no plug-in, no
 * base or form target to be redirected, and no embedding by a page (docs/security.md).
 */
const CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export default defineConfig({
  // The test build goes to its own folder, so it never passes for the one people load.
  outDir: e2e ? '.output-e2e' : '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser, manifestVersion }) => {
    const optionalHosts = [...AUTO_SCAN_ORIGINS, '*://*/*'];
    return {
      name: '__MSG_ext_name__',
      description: '__MSG_ext_description__',
      default_locale: 'fr',
      permissions: ['storage', 'activeTab', 'scripting'],
      ...(manifestVersion === 3
        ? { optional_host_permissions: optionalHosts, host_permissions: e2eHosts }
        : { optional_permissions: optionalHosts }),
      action: { default_title: '__MSG_ext_name__' },
      content_security_policy: manifestVersion === 3 ? { extension_pages: CSP } : CSP,
      // Organisations preset mediator mode through enterprise policy (lib/storage/managed.ts).
      // Chrome only: Firefox reads the `3rdparty` section of policies.json and has no such key.
      ...(browser !== 'firefox' && { storage: { managed_schema: 'managed-schema.json' } }),
      icons: { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' },
      ...(browser === 'firefox' && {
        browser_specific_settings: {
          gecko: {
            id: 'vigie@vigie-extension.org',
            strict_min_version: '142.0',
            data_collection_permissions: { required: ['none'] },
          } as Record<string, unknown>,
        },
      }),
    };
  },
  zip: { excludeSources: ['tests/e2e/artifacts/**', '**/*.log', '.cache/**'] },
  vite: () => ({ plugins: [preact()] }),
});
