// Every board adapter, in one typed registry: the content script's matches come from here.
import { glassdoorAdapter } from './glassdoor';
import { indeedAdapter } from './indeed';
import { linkedinAdapter } from './linkedin';
import type { BoardAdapter } from './types';
import { ziprecruiterAdapter } from './ziprecruiter';

export const BOARD_ADAPTERS: readonly BoardAdapter[] = [linkedinAdapter, indeedAdapter, glassdoorAdapter, ziprecruiterAdapter];

/** Manifest match patterns for every board. */
export const BOARD_MATCHES: string[] = BOARD_ADAPTERS.flatMap((adapter) => adapter.matches);

/** Whether `host` is covered by a match pattern's host ("*://*.indeed.com/*" covers uk.indeed.com). */
function hostMatches(host: string, pattern: string): boolean {
  const base = (pattern.split('/')[2] ?? '').replace(/^\*\./, '');
  return host === base || host.endsWith(`.${base}`);
}

/** The adapter for a page's URL, or undefined on a site we do not annotate. */
export function adapterForUrl(url: URL): BoardAdapter | undefined {
  return BOARD_ADAPTERS.find((adapter) => adapter.matches.some((pattern) => hostMatches(url.hostname, pattern)));
}

/** Whether an origin pattern ("https://uk.indeed.com/*") belongs to one of the boards. */
export function isBoardOrigin(originPattern: string): boolean {
  const host = originPattern.split('/')[2] ?? '';
  return BOARD_MATCHES.some((pattern) => hostMatches(host, pattern));
}
