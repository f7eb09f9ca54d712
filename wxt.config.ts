import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { localeFile } from './utils/i18n';
import { LANGUAGES } from './utils/i18n/types';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting'],
    // The generic extractor runs only on shops the user turns on, one origin at a time.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    ...(browser === 'firefox'
      ? {
          // WXT drops optional_host_permissions from MV2 manifests: Firefox wants them here.
          optional_permissions: ['https://*/*', 'http://*/*'],
          browser_specific_settings: {
            gecko: {
              id: 'comps@comps.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  // The store's reviewers rebuild from the sources: they need no saved pages, certificates or keys.
  zip: { excludeSources: ['test/e2e/certs/**', 'test/fixtures/**', '**/*.pem', '**/*.key', '.output/**'] },
  webExt: { disabled: true },
  hooks: {
    // The in-page view (entrypoints/inpage.ts) is imported by the site content scripts where they
    // show something. Chrome lets a content script import only web-accessible files: listed for the
    // marketplaces only, under a per-session URL (pages cannot probe for it). Firefox imports
    // extension files into content scripts without that (measured), so its manifest lists nothing.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser === 'firefox') return;
      const matches = [
        ...new Set((manifest.content_scripts ?? []).flatMap((script) => script.matches ?? [])),
      ];
      manifest.web_accessible_resources = [
        ...((manifest.web_accessible_resources as object[] | undefined) ?? []),
        { resources: ['inpage.js'], matches, use_dynamic_url: true },
      ] as typeof manifest.web_accessible_resources;
    },
    // The UI strings live in typed tables (utils/i18n); the browser wants _locales/*/messages.json.
    'build:publicAssets': (_wxt, files) => {
      for (const language of LANGUAGES) {
        files.push({
          relativeDest: `_locales/${language}/messages.json`,
          contents: JSON.stringify(localeFile(language), null, 2),
        });
      }
    },
  },
});
