// Modules made at build time by the plugins in lib/role-data.ts.
declare module 'virtual:role-data' {
  /** data/roles.json, validated, gzip-compressed and base64-encoded. */
  const packedRoleData: string;
  export default packedRoleData;
}
