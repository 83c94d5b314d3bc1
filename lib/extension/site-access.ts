// Opt-in access to career sites: the career-site content script runs only on the origins the
// user granted (permissions.request from the popup or settings), registered at run time. And the
// boards' own access, when the user has withheld it (Firefox lets them; so does Chrome's "on click").
import { browser } from 'wxt/browser';
import { boardSiteOf, isBoardOrigin } from '../boards/sites';

export const CAREER_SITE_SCRIPT_ID = 'role-lens-career-sites';
const CAREER_SITE_SCRIPT_FILE = '/content-scripts/career-site.js';

/** "https://jobs.lever.co/acme/123" → "https://jobs.lever.co/*"; null for pages we can't serve. */
export function originPattern(pageUrl: string | undefined): string | null {
  if (!pageUrl) return null;
  try {
    const url = new URL(pageUrl);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return `${url.protocol}//${url.hostname}/*`;
  } catch {
    return null;
  }
}

/** Origins the user granted for career sites (the boards' own access excluded). */
export async function grantedCareerSites(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((origin) => !isBoardOrigin(origin) && !origin.includes('*://*/'));
}

/** Makes the registered career-site script match exactly the granted origins. */
export async function syncCareerSiteScript(): Promise<void> {
  const origins = await grantedCareerSites();
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [CAREER_SITE_SCRIPT_ID] });
  if (origins.length === 0) {
    if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [CAREER_SITE_SCRIPT_ID] });
    return;
  }
  const script = { id: CAREER_SITE_SCRIPT_ID, matches: origins, js: [CAREER_SITE_SCRIPT_FILE], runAt: 'document_idle' as const };
  if (registered.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}

/** Asks for access to the tab's site; on a yes, registers the script and runs it in the tab now. */
export async function enableOnSite(tabId: number, pageUrl: string): Promise<boolean> {
  if (!(await enableSite(pageUrl))) return false;
  await browser.scripting.executeScript({ target: { tabId }, files: [CAREER_SITE_SCRIPT_FILE] });
  return true;
}

/** Asks for access to the site of `address` (from settings); registers the script on a yes. */
export async function enableSite(address: string): Promise<boolean> {
  const pattern = originPattern(address);
  if (!pattern || isBoardOrigin(pattern)) return false;
  if (!(await browser.permissions.request({ origins: [pattern] }))) return false;
  await syncCareerSiteScript();
  return true;
}

/** What the popup offers for the active tab's site: enabling a career site, or giving a board back its access. */
export interface TabSiteAccess {
  kind: 'career-site' | 'board';
  host: string;
  state: 'available' | 'enabled';
  onEnable: () => Promise<boolean>;
}

/**
 * The active tab's site access, or undefined where there is nothing to offer: a page that is no
 * web site, or a board whose access the user has not withheld (the usual case, which says nothing).
 */
export async function tabSiteAccess(tab: { id?: number; url?: string } | undefined): Promise<TabSiteAccess | undefined> {
  const pattern = originPattern(tab?.url);
  if (tab?.id === undefined || !pattern) return undefined;
  const { id: tabId, url } = tab as { id: number; url: string };
  const host = new URL(url).hostname;
  const enabled = await browser.permissions.contains({ origins: [pattern] });
  const board = boardSiteOf(pattern);
  if (board) return enabled ? undefined : { kind: 'board', host, state: 'available', onEnable: () => allowBoard(tabId, board.match) };
  return { kind: 'career-site', host, state: enabled ? 'enabled' : 'available', onEnable: () => enableOnSite(tabId, url) };
}

/** Asks for the board's access back; on a yes, reloads the tab so that the board's scripts run in it. */
export async function allowBoard(tabId: number, match: string): Promise<boolean> {
  if (!(await browser.permissions.request({ origins: [match] }))) return false;
  await browser.tabs.reload(tabId);
  return true;
}

/** Withdraws access to a site; its script stops matching at once. */
export async function revokeSite(pattern: string): Promise<void> {
  await browser.permissions.remove({ origins: [pattern] });
  await syncCareerSiteScript();
}
