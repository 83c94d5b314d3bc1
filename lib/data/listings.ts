// The six roles' titles and labelled US headlines, unpacked and there at once: enough for a list that
// paints before the full data (./catalog) is loaded. Made from data/roles.json at build time.
import roleListings from 'virtual:role-listings';
import type { RoleListing } from './schema';

export const ROLE_LISTINGS: readonly RoleListing[] = roleListings;
