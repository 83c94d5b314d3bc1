// Run-time access to the bundled role data. data/roles.json is validated by parseRoleData at
// build time (wxt.config.ts) and in the tests, so the extension does not re-parse it per page.
import rawRoleData from '../data/roles.json';
import type { Role, RoleData, RoleId, Source } from './schema';

export const roleData = rawRoleData as unknown as RoleData;
export const allRoles: readonly Role[] = roleData.roles;

const rolesById = new Map<RoleId, Role>(allRoles.map((role) => [role.id, role]));
const sourcesById = new Map<string, Source>(roleData.sources.map((source) => [source.id, source]));

export function getRole(id: RoleId): Role {
  const role = rolesById.get(id);
  if (!role) throw new Error(`Unknown role id ${id}`);
  return role;
}

export function getSource(id: string): Source | undefined {
  return sourcesById.get(id);
}
