// Build- and test-time handling of data/roles.json: the zod schema plus the cross-references a
// schema alone cannot see, and the Vite plugin that ships the data validated and compressed.
// The extension itself never re-parses the data at run time.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { citedSourceIds } from './citations';
import { roleDataSchema, ROLE_IDS, type RoleData, type RoleListing } from './schema';

export class RoleDataError extends Error {
  override name = 'RoleDataError';
}

/** Parses untrusted JSON into RoleData, or throws a RoleDataError naming every problem. */
export function parseRoleData(raw: unknown): RoleData {
  const result = roleDataSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new RoleDataError(`data/roles.json is malformed:\n${problems.join('\n')}`);
  }
  const data = result.data;
  const problems: string[] = [];
  const sourceIds = new Set(data.sources.map((source) => source.id));
  const regionIds = new Set(data.regions.map((region) => region.id));
  if (sourceIds.size !== data.sources.length) problems.push('source ids are not unique');
  for (const id of [...data.roles.flatMap(citedSourceIds), data.exchangeRates.sourceId]) {
    if (!sourceIds.has(id)) problems.push(`unknown source id "${id}"`);
  }
  ROLE_IDS.forEach((id, index) => {
    if (data.roles[index]?.id !== id) problems.push(`roles[${index}] should be "${id}"`);
  });
  for (const role of data.roles) {
    const headline = role.salary.headline;
    if (headline && headline.range.min > headline.range.max) problems.push(`${role.id}: headline min > max`);
    if (!headline && role.salary.comparableRoleIds.length === 0) {
      problems.push(`${role.id}: no headline range and no comparable role`);
    }
    for (const figure of role.salary.figures) {
      if (!regionIds.has(figure.region)) problems.push(`${role.id}: unknown region "${figure.region}"`);
      if (figure.min !== undefined && figure.max !== undefined && figure.min > figure.max) {
        problems.push(`${role.id}: a ${figure.sourceId} figure has min > max`);
      }
      if ([figure.min, figure.max, figure.average, figure.median].every((value) => value === undefined)) {
        problems.push(`${role.id}: a ${figure.sourceId} figure has no amount`);
      }
    }
  }
  if (problems.length > 0) throw new RoleDataError(`data/roles.json is inconsistent:\n${problems.join('\n')}`);
  return data;
}

const PACKED_ID = 'virtual:role-data';
const LISTINGS_ID = 'virtual:role-listings';

/**
 * Serves data/roles.json, validated (a malformed file fails the build), as two modules:
 * `virtual:role-data`, the whole file minified, gzip-compressed and base64-encoded (lib/roles.ts
 * unpacks it), and `virtual:role-listings`, the six roles' titles and headline ranges as plain
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
      const listings: RoleListing[] = data.roles.map(({ id: roleId, title, salary }) => ({
        id: roleId,
        title,
        salary: { headline: salary.headline && { range: salary.headline.range } },
      }));
      return `export default ${JSON.stringify(listings)};`;
    },
  };
}
