// Popup wiring: paints the Popup at once, then hands it each answer the browser gives.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup, type PopupProps } from '../../components/Popup';
import '../../components/role-lens.css';
import { GET_POSTING } from '../../lib/messages/names';
import { postingReportSchema, type PostingReport } from '../../lib/messages/protocol';
import { ROLE_LISTINGS } from '../../lib/data/listings';
import { loadRoleCatalog } from '../../lib/data/catalog';
import { takePendingQuery } from '../../lib/extension/selection-lookup';
import { readSettings, REGION_AUTO } from '../../lib/storage/settings';
import { tabSiteAccess } from '../../lib/extension/site-access';
import { t, uiTextLanguage } from '../../lib/i18n/messages';

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
 * takes a trip to the browser (the full data, settings, the active tab, the fuzzy search) as it
 * arrives: any wait before the first paint is a wait the user sees. Every request is sent before
 * that paint, and every answer is drawn after it.
 */
function start(): void {
  const container = document.getElementById('app')!;
  document.documentElement.lang = uiTextLanguage();
  let props: PopupProps = { listings: ROLE_LISTINGS, copyText: (text) => navigator.clipboard.writeText(text) };
  const draw = (more: Partial<PopupProps>) => {
    props = { ...props, ...more };
    render(<Popup {...props} />, container);
  };
  const fromUrl = new URLSearchParams(location.search).get('q') ?? undefined;

  const catalog = loadRoleCatalog();
  catalog.then(
    (loaded) => draw({ catalog: loaded }),
    () => draw({ dataError: true }),
  );
  // The chosen role's view is loaded after the first paint too: the list paints without it.
  import('../../components/ChosenRole').then(
    ({ ChosenRole }) => draw({ ChosenRoleView: ChosenRole }),
    () => draw({ dataError: true }),
  );
  Promise.all([import('../../lib/titles/lookup'), catalog])
    .then(([{ createRoleLookup }, { roles }]) => {
      draw({ lookup: createRoleLookup(roles) });
      performance.mark('role-lens-popup-search-ready');
    })
    .catch(() => undefined); // without it the six roles stay listed, unfiltered
  void readSettings().then((settings) => draw({ regionId: settings.region === REGION_AUTO ? 'us' : settings.region, showDuties: settings.showDuties }));
  // A handed-over query is used once, even when it also came in the URL.
  const pendingQuery = takePendingQuery().catch(() => undefined);
  // Opened as its own window (context-menu fallback), the popup has no site or posting of its own.
  if (fromUrl === undefined) {
    const activeTab = browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) => tab)
      .catch(() => undefined);
    void activeTab.then(tabSiteAccess).then(
      (siteAccess) => draw({ siteAccess }),
      () => undefined,
    );
    void Promise.all([pendingQuery, activeTab.then(tabPosting)]).then(([query, posting]) => {
      // A query handed over from a selection wins over the tab's posting.
      if (query !== undefined) draw({ initialQuery: query });
      else if (posting) draw({ initialRoleId: posting.roleId, initialRoleNote: t('fromPostingInTab', posting.postingTitle) });
    });
  }

  draw({ initialQuery: fromUrl });
  // Lets a profiler (and `npm run bench`) see when the popup became usable.
  performance.mark('role-lens-popup-interactive');
}

start();
