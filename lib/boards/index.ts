// Every board adapter, in one typed registry: the content script's matches come from here.
import { glassdoorAdapter } from './glassdoor';
import { indeedAdapter } from './indeed';
import { linkedinAdapter } from './linkedin';
import type { BoardAdapter } from './types';
import { ziprecruiterAdapter } from './ziprecruiter';

export const BOARD_ADAPTERS: readonly BoardAdapter[] = [linkedinAdapter, indeedAdapter, glassdoorAdapter, ziprecruiterAdapter];

/** Manifest match patterns for every board. */
export const BOARD_MATCHES: string[] = BOARD_ADAPTERS.flatMap((adapter) => adapter.matches);

/** The adapter for a page's URL, or undefined on a site we do not annotate. */
export function adapterForUrl(url: URL): BoardAdapter | undefined {
  const host = url.hostname;
  return BOARD_ADAPTERS.find((adapter) =>
    adapter.matches.some((pattern) => {
      const patternHost = pattern.split('/')[2] ?? '';
      const base = patternHost.replace(/^\*\./, '');
      return host === base || host.endsWith(`.${base}`);
    }),
  );
}
