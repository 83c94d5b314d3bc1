// Every board adapter, in one typed registry; their sites (and so the manifest's matches) are in
// ./sites.
import { glassdoorAdapter } from './glassdoor';
import { indeedAdapter } from './indeed';
import { linkedinAdapter } from './linkedin';
import { hostMatches } from './sites';
import type { BoardAdapter } from './types';
import { ziprecruiterAdapter } from './ziprecruiter';

export const BOARD_ADAPTERS: readonly BoardAdapter[] = [linkedinAdapter, indeedAdapter, glassdoorAdapter, ziprecruiterAdapter];

/** The adapter for a page's URL, or undefined on a site we do not annotate. */
export function adapterForUrl(url: URL): BoardAdapter | undefined {
  return BOARD_ADAPTERS.find((adapter) => adapter.matches.some((pattern) => hostMatches(url.hostname, pattern)));
}
