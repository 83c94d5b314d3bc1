// Which sites each board lives on. Kept apart from the adapters so that extension pages (popup,
// settings, background) can tell a board's site from a career site without bundling any adapter.
import type { BoardId } from './types';

export const BOARD_SITES = {
  linkedin: ['*://*.linkedin.com/*'],
  indeed: ['*://*.indeed.com/*'],
  glassdoor: ['*://*.glassdoor.com/*', '*://*.glassdoor.co.uk/*', '*://*.glassdoor.ca/*', '*://*.glassdoor.com.au/*', '*://*.glassdoor.co.in/*', '*://*.glassdoor.com.br/*', '*://*.glassdoor.de/*', '*://*.glassdoor.fr/*'],
  ziprecruiter: ['*://*.ziprecruiter.com/*', '*://*.ziprecruiter.ca/*', '*://*.ziprecruiter.co.uk/*'],
} as const satisfies Record<Exclude<BoardId, 'career-site'>, readonly string[]>;

/** Manifest match patterns for every board: the content script's matches and host permissions. */
export const BOARD_MATCHES: string[] = Object.values(BOARD_SITES).flat();

/** Whether `host` is covered by a match pattern's host ("*://*.indeed.com/*" covers uk.indeed.com). */
export function hostMatches(host: string, pattern: string): boolean {
  const base = (pattern.split('/')[2] ?? '').replace(/^\*\./, '');
  return host === base || host.endsWith(`.${base}`);
}

/** Whether an origin pattern ("https://uk.indeed.com/*") belongs to one of the boards. */
export function isBoardOrigin(originPattern: string): boolean {
  const host = originPattern.split('/')[2] ?? '';
  return BOARD_MATCHES.some((pattern) => hostMatches(host, pattern));
}
