// Build time: data/pay-transparency.json is validated here (a malformed table fails the build),
// so the extension ships it as it is and never parses it at run time.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { parsePayTransparency } from '../posting/transparency';

export function payTransparencyPlugin(dataFile: URL): Plugin {
  return {
    name: 'role-lens:pay-transparency',
    buildStart() {
      this.addWatchFile(dataFile.pathname);
      parsePayTransparency(JSON.parse(readFileSync(dataFile, 'utf8')));
    },
  };
}
