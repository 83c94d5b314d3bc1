// Shared by the board content script and the career-site one: watches for postings, shows the
// panel and badges, follows settings, and answers the popup's "what posting is this?".
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { BoardAdapter, Posting } from '../../lib/boards/types';
import { badgeCards } from '../../lib/card-badger';
import { classifyTitle } from '../../lib/classify';
import { getPostingRequestSchema, type PostingReport } from '../../lib/messages';
import { watchPostings, type PostingWatcher } from '../../lib/posting-watcher';
import { loadRoleCatalog } from '../../lib/roles';
import { readSettings, watchSettings } from '../../lib/settings';
import { createBadgeRenderer } from './badges';
import { createPanelUi, type PanelUi, type Shown } from './panel-ui';

export async function runRoleLens(ctx: ContentScriptContext, adapter: BoardAdapter): Promise<void> {
  let settings = await readSettings();
  // The panel's UI is built on the first recognised posting: other pages pay nothing for it.
  let panel: Promise<PanelUi> | undefined;
  let shown: Shown | null = null;
  let watching: { stop: AbortController; watcher: PostingWatcher } | undefined;

  const show = (next: Shown | null) => {
    shown = next;
    if (!next && !panel) return;
    panel ??= createPanelUi(ctx, () => settings);
    // A failure stays quiet: the host page's console is not ours to fill.
    panel.then((ui) => ui.show(next)).catch(() => undefined);
  };

  const onPosting = (posting: Posting | null) => {
    const match = posting ? classifyTitle(posting.title) : null;
    show(posting && match ? { posting, match } : null);
  };

  /** Badges result cards once the page is a job page (it may become one by navigation). */
  let badging: AbortController | undefined;
  const startBadges = (signal: AbortSignal) => {
    const cards = adapter.cards;
    if (!cards || badging || !adapter.mayShowPosting(new URL(location.href))) return;
    const controller = new AbortController();
    badging = controller;
    signal.addEventListener('abort', () => {
      controller.abort();
      badging = undefined;
    }, { once: true });
    loadRoleCatalog()
      .then((catalog) => {
        if (controller.signal.aborted) return;
        badgeCards({ cards, document, classify: classifyTitle, renderer: createBadgeRenderer(catalog), signal: controller.signal });
      })
      .catch(() => undefined);
  };

  /** Watches the page only while the board is switched on in settings. */
  const applyBoardSetting = () => {
    const enabled = settings.boards[adapter.id];
    if (enabled && !watching) {
      const stop = new AbortController();
      ctx.onInvalidated(() => stop.abort());
      watching = { stop, watcher: watchPostings({ adapter, document, signal: stop.signal, onChange: onPosting }) };
      startBadges(stop.signal);
    } else if (!enabled && watching) {
      watching.stop.abort();
      watching = undefined;
      show(null);
    }
  };
  applyBoardSetting();

  // WXT fires this inside pushState, before the new posting renders; the watcher's
  // mutation observer catches the render itself.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (!watching) return;
    watching.watcher.recheck();
    startBadges(watching.stop.signal);
  });

  ctx.onInvalidated(
    watchSettings((next) => {
      settings = next;
      applyBoardSetting();
      panel?.then((ui) => ui.refresh()).catch(() => undefined);
    }),
  );

  const answerPopup = (message: unknown): Promise<PostingReport> | undefined => {
    if (!getPostingRequestSchema.safeParse(message).success) return undefined;
    return Promise.resolve(shown ? { roleId: shown.match.roleId, postingTitle: shown.posting.title } : null);
  };
  browser.runtime.onMessage.addListener(answerPopup);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(answerPopup));
}
