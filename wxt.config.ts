import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { BOARD_MATCHES } from './lib/boards/registry';
import { addBoardDetectors } from './lib/build/board-detectors';
import { boardSitesPlugin } from './lib/build/board-sites';
import { roleDataPlugin } from './lib/build/role-data';
import { payTransparencyPlugin } from './lib/build/pay-transparency';
import { stripSelectorNotesPlugin } from './lib/build/strip-selector-notes';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Every import is written out: auto-imports would turn a name that matches a component (as a
  // lazily loaded module's export does) into a static import and defeat the lazy load.
  imports: false,
  // MV3 everywhere: Firefox supports it, and run-time script registration needs it.
  manifestVersion: 3,
  vite: () => ({ plugins: [preact(), roleDataPlugin(new URL('./data/roles.json', import.meta.url)), boardSitesPlugin(), stripSelectorNotesPlugin(), payTransparencyPlugin(new URL('./data/pay-transparency.json', import.meta.url))] }),
  manifest: ({ browser }) => ({
    name: 'Role Lens',
    // The UI's words are the browser's i18n (public/_locales): English, German, French, Spanish.
    default_locale: 'en',
    description: '__MSG_extDescription__',
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting'],
    // The boards the content script already runs on, so that the panel's script can be loaded
    // there once a posting matches (scripting.executeScript needs them): no site beyond those.
    host_permissions: BOARD_MATCHES,
    // Career sites: asked for one site at a time, only when the user enables it.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandOpenLookup__',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'role-lens@role-lens.app',
          strict_min_version: '140.0',
          // Firefox's data-collection disclosure: Role Lens collects and transmits nothing.
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  hooks: {
    // Each board page gets its own board's detector (lib/build/board-detectors.ts).
    'entrypoints:resolved': addBoardDetectors,
  },
  zip: {
    // The sources zip Firefox's store asks for: everything needed to rebuild, nothing generated.
    excludeSources: ['test-results/**', 'bench-results.json'],
  },
});
