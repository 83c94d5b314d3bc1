import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { roleDataPlugin } from './lib/role-data';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact(), roleDataPlugin(new URL('./data/roles.json', import.meta.url))] }),
  manifest: {
    name: 'Role Lens',
    description:
      'Typical pay, experience and duties for Customer Support, Service and Care Director and Manager postings. Offline: nothing leaves your browser.',
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting'],
    // Career sites: asked for one site at a time, only when the user enables it.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Open the Role Lens lookup',
      },
    },
  },
});
