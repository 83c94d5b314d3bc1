// Modules made at build time by the plugins in lib/build/.
declare module 'virtual:role-data' {
  /** data/roles.json, validated, gzip-compressed and base64-encoded. */
  const packedRoleData: string;
  export default packedRoleData;
}

declare module 'virtual:role-listings' {
  /** Each role's id, title and labelled US headline, unpacked. */
  const roleListings: readonly import('./data/schema').RoleListing[];
  export default roleListings;
}

declare module 'virtual:board-sites' {
  /** The registry's boards without their selectors: id, label, sites (lib/build/board-sites.ts). */
  const boardSites: readonly import('./boards/sites').BoardSummary[];
  export default boardSites;
}
