// Where the boards live and which country each site serves, without their selectors: extension
// pages (popup, settings, background) use this, made from the registry at build time.
import { MatchPattern } from 'wxt/utils/match-patterns';
import boardSites from 'virtual:board-sites';
import type { BoardSite } from './types';

/** Each board's id, label and sites, as the registry (./registry.ts) gives them. */
export interface BoardSummary {
  id: string;
  label: string;
  sites: readonly BoardSite[];
}

export const BOARD_SUMMARIES: readonly BoardSummary[] = boardSites;

const sitePatterns = BOARD_SUMMARIES.flatMap((board) => board.sites.map((site) => ({ site, pattern: new MatchPattern(site.match) })));

/** The board site an origin pattern ("https://uk.indeed.com/*", "*://*.linkedin.com/*") belongs to, if any. */
export function boardSiteOf(originPattern: string): BoardSite | undefined {
  const host = /^(?:\*|https?):\/\/(?:\*\.)?([^/*]+)\//.exec(originPattern)?.[1];
  return host === undefined ? undefined : sitePatterns.find(({ pattern }) => pattern.includes(`https://${host}/`))?.site;
}

/** Whether an origin pattern belongs to one of the boards. */
export function isBoardOrigin(originPattern: string): boolean {
  return boardSiteOf(originPattern) !== undefined;
}

/**
 * The country a board's site serves (ISO 3166-1 alpha-2): in.indeed.com → IN, uk.indeed.com →
 * GB, glassdoor.co.in → IN, au.linkedin.com → AU. Undefined where the site serves every country
 * (www.linkedin.com) or is not a board.
 */
export function countryForHost(hostname: string): string | undefined {
  const host = hostname.toLowerCase();
  const site = sitePatterns.find(({ pattern }) => pattern.includes(`https://${host}/`))?.site;
  if (!site) return undefined;
  const subdomain = host.split('.')[0] ?? '';
  if (site.countryBySubdomain && /^[a-z]{2}$/.test(subdomain)) return subdomain === 'uk' ? 'GB' : subdomain.toUpperCase();
  return site.country ?? undefined;
}
