// Popup wiring: where the first query comes from, then the Popup component.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import '../../components/role-lens.css';
import { GET_POSTING, postingReportSchema, type PostingReport } from '../../lib/messages';
import { loadRoleCatalog } from '../../lib/roles';
import { takePendingQuery } from '../../lib/selection-lookup';
import { readSettings, REGION_AUTO } from '../../lib/settings';

/** The popup waits this long at most for the tab's answer, so it always opens promptly. */
const TAB_ANSWER_TIMEOUT_MS = 150;

/** The posting the active tab's content script recognised, if any (none on other sites). */
async function askActiveTab(): Promise<PostingReport> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return null;
    const reply: unknown = await browser.tabs.sendMessage(tab.id, { type: GET_POSTING });
    const parsed = postingReportSchema.safeParse(reply);
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // no content script in that tab
  }
}

function activeTabPosting(): Promise<PostingReport> {
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), TAB_ANSWER_TIMEOUT_MS));
  return Promise.race([askActiveTab(), timeout]);
}

async function start(): Promise<void> {
  const fromUrl = new URLSearchParams(location.search).get('q') ?? undefined;
  const [catalog, settings, pendingQuery] = await Promise.all([loadRoleCatalog(), readSettings(), takePendingQuery()]);
  const initialQuery = fromUrl ?? pendingQuery;
  const posting = initialQuery === undefined ? await activeTabPosting() : null;
  render(
    <Popup
      catalog={catalog}
      initialQuery={initialQuery}
      initialRoleId={posting?.roleId}
      initialRoleNote={posting ? `From the posting in this tab: “${posting.postingTitle}”` : undefined}
      regionId={settings.region === REGION_AUTO ? 'us' : settings.region}
      showDuties={settings.showDuties}
      copyText={(text) => navigator.clipboard.writeText(text)}
    />,
    document.getElementById('app')!,
  );
}

void start();
