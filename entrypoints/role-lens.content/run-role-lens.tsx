// Role Lens in full, once a detector found one of our roles: watches for postings, shows the
// panel and badges, follows settings, and answers the popup's "what posting is this?".
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchBoardPage, type BoardPage } from '../../lib/page/board-page';
import type { BoardCards, BoardReader, Posting } from '../../lib/boards/types';
import { badgeCards } from '../../lib/page/card-badger';
import { classifyTitle } from '../../lib/titles/classify';
import { getPostingRequestSchema, type PostingReport } from '../../lib/messages/protocol';
import { loadRoleCatalog } from '../../lib/data/catalog';
import { readSettings, watchSettings } from '../../lib/storage/settings';
import { createBadgeRenderer } from './badges';
import { createPanelUi, type PanelUi, type Shown } from './panel-ui';

export async function runRoleLens(ctx: ContentScriptContext, board: BoardReader): Promise<void> {
  let settings = await readSettings();
  // The panel's UI is built on the first recognised posting: other pages pay nothing for it.
  let panel: Promise<PanelUi> | undefined;
  let shown: Shown | null = null;

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

  const startBadges = (cards: BoardCards, signal: AbortSignal) => {
    loadRoleCatalog()
      .then((catalog) => {
        if (!signal.aborted) badgeCards({ cards, document, classify: classifyTitle, renderer: createBadgeRenderer(catalog, () => settings.region), signal });
      })
      .catch(() => undefined);
  };

  /** Watches the page only while the board is switched on in settings. */
  let watching: { stop: AbortController; page: BoardPage } | undefined;
  const applyBoardSetting = () => {
    const enabled = settings.boards[board.id] ?? true;
    if (enabled && !watching) {
      const stop = new AbortController();
      ctx.onInvalidated(() => stop.abort());
      const page = watchBoardPage({ board, readPosting: board.findPosting, document, signal: stop.signal, onPosting, onCardList: (cards) => startBadges(cards, stop.signal) });
      watching = { stop, page };
    } else if (!enabled && watching) {
      watching.stop.abort();
      watching = undefined;
      show(null);
    }
  };
  applyBoardSetting();

  // WXT fires this inside pushState, before the new posting renders; the page watcher's
  // mutation observer catches the render itself.
  ctx.addEventListener(window, 'wxt:locationchange', () => watching?.page.recheck());

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
