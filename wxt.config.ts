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
    permissions: ['storage', 'unlimitedStorage', 'tabs', ...(browser === 'firefox' ? [] : ['scripting'])],
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
