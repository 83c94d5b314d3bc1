// Typo-tolerant lookup of our six roles for the popup: fuse.js over names and aliases, after
// the classifier's normalisation, with an exact classifier match always first.
import Fuse from 'fuse.js/basic';
import { classifyTitle, tokenizeTitle } from './classify';
import type { Role, RoleId } from '../data/schema';

/** Shorthands people type that the classifier does not expand ("cs" may be support or service). */
const QUERY_SHORTHANDS: Record<string, string> = {
  cs: 'customer service support',
  cx: 'customer',
  cust: 'customer',
};

/** A title or query as plain lower-case words: "Sr. Mgr, Customer-Care" → "senior manager customer care". */
function normaliseQuery(text: string): string {
  return tokenizeTitle(text)
    .filter((token) => /^[\p{L}\p{N}]/u.test(token))
    .map((word) => QUERY_SHORTHANDS[word] ?? word)
    .join(' ');
}

/** Families we don't cover: "customer success manager" must not fuzzily become a support manager. */
const OTHER_FAMILIES = new Set(['success', 'experience']);

interface Entry {
  roleId: RoleId;
  text: string;
}

export type RoleLookup = (query: string) => Role[];

/** Builds the lookup once per popup; each call returns matching roles, best first (empty: none). */
export function createRoleLookup(roles: readonly Role[]): RoleLookup {
  const entries: Entry[] = roles.flatMap((role) =>
    [role.title, role.shortTitle, ...role.aliases].map((name) => ({ roleId: role.id, text: normaliseQuery(name) })),
  );
  const fuse = new Fuse(entries, { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: 0.45 });
  const byId = new Map(roles.map((role) => [role.id, role]));

  return (query) => {
    const normalised = normaliseQuery(query.slice(0, 200));
    if (normalised === '') return [...roles];
    if (normalised.split(' ').some((word) => OTHER_FAMILIES.has(word))) return [];
    const ranked: RoleId[] = [];
    const exact = classifyTitle(query);
    if (exact) ranked.push(exact.roleId);
    for (const { item } of fuse.search(normalised)) if (!ranked.includes(item.roleId)) ranked.push(item.roleId);
    return ranked.map((id) => byId.get(id)!);
  };
}
