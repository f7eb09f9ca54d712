import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Comps',
    description:
      'Fair second-hand prices from the sold listings you browse. Everything stays on your computer.',
    permissions: ['storage', 'unlimitedStorage', 'tabs', 'scripting'],
    // The generic extractor runs only on shops the user turns on, one origin at a time.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'comps@comps.invalid',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: { excludeSources: ['test/e2e/certs/**', '**/*.pem', '**/*.key', '.output/**'] },
  webExt: { disabled: true },
});
