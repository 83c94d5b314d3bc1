// Build time: serves data/roles.json, validated, to the extension as two virtual modules.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { figureShownFirst } from '../data/figures';
import { parseRoleData, sourcesOf } from '../data/validate';
import type { RoleData, RoleListing } from '../data/schema';

const PACKED_ID = 'virtual:role-data';
const LISTINGS_ID = 'virtual:role-listings';

/**
 * Serves data/roles.json, validated (a malformed file fails the build), as two modules:
 * `virtual:role-data`, the whole file minified, gzip-compressed and base64-encoded (lib/data/catalog.ts
 * unpacks it), and `virtual:role-listings`, the six roles' titles and US headline figures as plain
 * data, for a list that must paint before anything is loaded or unpacked.
 */
export function roleDataPlugin(dataFile: URL): Plugin {
  /** Parsed once per build (both modules come from it), again after the file changes. */
  let parsed: RoleData | undefined;
  return {
    name: 'role-lens:role-data',
    buildStart() {
      parsed = undefined;
    },
    watchChange(id) {
      if (id === dataFile.pathname) parsed = undefined;
    },
    resolveId: (id) => (id === PACKED_ID || id === LISTINGS_ID ? `\0${id}` : undefined),
    load(id) {
      if (id !== `\0${PACKED_ID}` && id !== `\0${LISTINGS_ID}`) return undefined;
      this.addWatchFile(dataFile.pathname);
      const data = (parsed ??= parseRoleData(JSON.parse(readFileSync(dataFile, 'utf8'))));
      if (id === `\0${PACKED_ID}`) return `export default ${JSON.stringify(gzipSync(JSON.stringify(data), { level: 9 }).toString('base64'))};`;
      const sources = sourcesOf(data);
      const listings: RoleListing[] = data.roles.map((role) => {
        const { figure } = figureShownFirst(role, ['us'], sources);
        const region = figure && data.regions.find(({ id }) => id === figure.region);
        const source = figure && sources.source(figure.sourceId);
        return { id: role.id, title: role.title, ...(figure && region && source && { headline: { figure, region, source } }) };
      });
      return `export default ${JSON.stringify(listings)};`;
    },
  };
}
