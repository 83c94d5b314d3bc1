// Run-time access to the bundled role data. data/roles.json is validated by parseRoleData and
// gzip-packed at build time (roleDataPlugin in lib/build/role-data.ts): the extension ships a third of
// its size and never re-parses it against the schema. It is loaded and unpacked once, on first
// use (./role-listings has the roles' titles and ranges unpacked, for a list that can't wait).
import type { ExchangeRates, Region, Role, RoleData, RoleId, Source } from './schema';

export class RoleCatalog {
  readonly roles: readonly Role[];
  readonly regions: readonly Region[];
  readonly exchangeRates: ExchangeRates;
  private readonly rolesById: Map<RoleId, Role>;
  private readonly sourcesById: Map<string, Source>;

  constructor(data: RoleData) {
    this.roles = data.roles;
    this.regions = data.regions;
    this.exchangeRates = data.exchangeRates;
    this.rolesById = new Map(data.roles.map((role) => [role.id, role]));
    this.sourcesById = new Map(data.sources.map((source) => [source.id, source]));
  }

  /** Every role id exists: the build checks that all six roles are present. */
  role(id: RoleId): Role {
    return this.rolesById.get(id)!;
  }

  source(id: string): Source | undefined {
    return this.sourcesById.get(id);
  }

  regionLabel(id: string): string {
    return this.regions.find((region) => region.id === id)?.label ?? id;
  }
}

/** Loads the packed data (a chunk of its own on extension pages, which list roles without it) and unpacks it. */
async function unpack(): Promise<RoleData> {
  const { default: base64 } = await import('virtual:role-data');
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  const json = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return (await new Response(json).json()) as RoleData;
}

let catalog: Promise<RoleCatalog> | undefined;

/** The bundled roles, unpacked on first call and shared after. */
export function loadRoleCatalog(): Promise<RoleCatalog> {
  catalog ??= unpack().then((data) => new RoleCatalog(data));
  return catalog;
}
