import { readFileSync } from 'node:fs';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { parseRoleData } from './lib/role-data';

/** Malformed bundled data fails the build, not the user. */
function validateBundledData(): void {
  parseRoleData(JSON.parse(readFileSync(new URL('./data/roles.json', import.meta.url), 'utf8')));
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // JSON.parse of a string starts faster than an object literal of the same data.
  vite: () => ({ plugins: [preact()], json: { stringify: true } }),
  hooks: {
    'build:before': validateBundledData,
  },
  manifest: {
    name: 'Role Lens',
    description:
      'Typical pay, experience and duties for Customer Support, Service and Care Director and Manager postings. Offline: nothing leaves your browser.',
    permissions: ['storage'],
  },
});
