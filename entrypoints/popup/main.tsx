// Popup wiring: where the first query comes from, then the Popup component.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup, type PopupProps } from '../../components/Popup';
import '../../components/role-lens.css';
import { GET_POSTING } from '../../lib/message-types';
import { postingReportSchema, type PostingReport } from '../../lib/messages';
import { loadRoleCatalog, ROLE_LISTINGS } from '../../lib/roles';
import { takePendingQuery } from '../../lib/selection-lookup';
import { readSettings, REGION_AUTO } from '../../lib/settings';
import { isBoardOrigin } from '../../lib/boards/sites';
import { enableOnSite, originPattern } from '../../lib/site-access';
import type { SiteAccessProps } from '../../components/SiteAccess';

/** "Enable on this site" for the active tab, when it is a site the boards' adapters don't cover. */
async function siteAccessFor(tab: { id?: number; url?: string } | undefined): Promise<SiteAccessProps | undefined> {
  const pattern = originPattern(tab?.url);
  if (!tab?.id || !pattern || isBoardOrigin(pattern)) return undefined;
  const tabId = tab.id;
  const host = new URL(tab.url!).hostname;
  const enabled = await browser.permissions.contains({ origins: [pattern] });
  return { host, state: enabled ? 'enabled' : 'available', onEnable: () => enableOnSite(tabId, tab.url!) };
}

/** The popup waits this long at most for the tab's answer, so it always opens promptly. */
const TAB_ANSWER_TIMEOUT_MS = 150;

/** The posting the active tab's content script recognised, if any (none on other sites). */
async function askTab(tab: { id?: number } | undefined): Promise<PostingReport> {
  try {
    if (tab?.id === undefined) return null;
    const reply: unknown = await browser.tabs.sendMessage(tab.id, { type: GET_POSTING });
    const parsed = postingReportSchema.safeParse(reply);
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // no content script in that tab
  }
}

function tabPosting(tab: { id?: number } | undefined): Promise<PostingReport> {
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), TAB_ANSWER_TIMEOUT_MS));
  return Promise.race([askTab(tab), timeout]);
}

/**
 * Paints the list of roles at once, from data that needs no unpacking, then adds each thing that
 * takes a trip to the browser (storage, the active tab, the full data, the fuzzy search) as it
 * arrives: any wait before the first paint is a wait the user sees.
 */
async function start(): Promise<void> {
  const container = document.getElementById('app')!;
  let props: PopupProps = { listings: ROLE_LISTINGS, copyText: (text) => navigator.clipboard.writeText(text) };
  const draw = (more: Partial<PopupProps>) => {
    props = { ...props, ...more };
    render(<Popup {...props} />, container);
  };
  const fromUrl = new URLSearchParams(location.search).get('q') ?? undefined;
  draw({ initialQuery: fromUrl });
  // Lets a profiler (and `npm run bench`) see when the popup became usable.
  performance.mark('role-lens-popup-interactive');

  const catalog = loadRoleCatalog();
  const lookup = Promise.all([import('../../lib/lookup'), catalog]).then(([{ createRoleLookup }, { roles }]) => createRoleLookup(roles));
  const activeTab = browser.tabs
    .query({ active: true, currentWindow: true })
    .then(([tab]) => tab)
    .catch(() => undefined);
  // Opened as its own window (context-menu fallback), the popup has no site or posting of its own.
  const tabFacts = fromUrl === undefined ? activeTab.then((tab) => Promise.all([siteAccessFor(tab).catch(() => undefined), tabPosting(tab)])) : undefined;
  const [loadedCatalog, settings, pendingQuery, [siteAccess, tabReport] = [undefined, null]] = await Promise.all([
    catalog,
    readSettings(),
    takePendingQuery(),
    tabFacts,
  ]);
  const initialQuery = fromUrl ?? pendingQuery;
  // A query handed over from a selection wins over the tab's posting.
  const posting = initialQuery === undefined ? tabReport : null;
  draw({
    catalog: loadedCatalog,
    initialQuery,
    initialRoleId: posting?.roleId,
    initialRoleNote: posting ? `From the posting in this tab: “${posting.postingTitle}”` : undefined,
    regionId: settings.region === REGION_AUTO ? 'us' : settings.region,
    showDuties: settings.showDuties,
    siteAccess,
  });
  draw({ lookup: await lookup });
}

void start();
