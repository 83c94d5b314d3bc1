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

/** The country each board's national domain serves; Indeed and LinkedIn also use subdomains. */
const DOMAIN_COUNTRIES: Record<string, string> = {
  'indeed.com': 'US',
  'glassdoor.com': 'US',
  'glassdoor.co.uk': 'GB',
  'glassdoor.ca': 'CA',
  'glassdoor.com.au': 'AU',
  'glassdoor.co.in': 'IN',
  'glassdoor.com.br': 'BR',
  'glassdoor.de': 'DE',
  'glassdoor.fr': 'FR',
  'ziprecruiter.com': 'US',
  'ziprecruiter.ca': 'CA',
  'ziprecruiter.co.uk': 'GB',
};

/**
 * The country a board's site serves (ISO 3166-1 alpha-2): in.indeed.com → IN, uk.indeed.com →
 * GB, glassdoor.co.in → IN, au.linkedin.com → AU. Undefined where the site serves every country
 * (www.linkedin.com) or is not a board.
 */
export function countryForHost(hostname: string): string | undefined {
  const host = hostname.toLowerCase();
  const subdomain = host.split('.')[0] ?? '';
  if ((host.endsWith('.indeed.com') || host.endsWith('.linkedin.com')) && /^[a-z]{2}$/.test(subdomain)) {
    return subdomain === 'uk' ? 'GB' : subdomain.toUpperCase();
  }
  const domain = Object.keys(DOMAIN_COUNTRIES).find((candidate) => host === candidate || host.endsWith(`.${candidate}`));
  return domain && DOMAIN_COUNTRIES[domain];
}
