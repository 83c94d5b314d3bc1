// The small script every board page (and every career site the user enabled) gets: it only
// looks for one of our roles — the displayed posting or a result card — and on the first one
// asks the background to load the panel's script (role-lens.content) into this frame, which
// then takes over. Pages without our roles never load the panel, its UI library or its data.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchBoardPage } from './board-page';
import type { BoardReader } from '../boards/types';
import { watchCards } from './card-watcher';
import { classifyTitle } from '../titles/classify';
import { START_PANEL } from '../messages/names';
import { handOver, type Handover } from './handover';

export function detectRole(ctx: ContentScriptContext, board: BoardReader): void {
  const signal = ctx.signal;

  const found = (what: Handover) => {
    if (signal.aborted) return;
    // The detector's job is done: retiring its context stops every observer and listener it has.
    ctx.abort();
    handOver(what);
    // A refusal (say, the site's access was just revoked) leaves the page as it is.
    browser.runtime.sendMessage({ type: START_PANEL }).catch(() => undefined);
  };

  // A title-only read: the panel's script reads the posting's location, pay and JSON-LD once.
  const page = watchBoardPage({
    board,
    readPosting: board.findPostingTitle,
    document,
    signal,
    onPosting: (posting) => {
      if (posting && classifyTitle(posting.title)) found({ board: board.id });
    },
    onCardList: (cards) =>
      watchCards({
        cards,
        document,
        signal,
        onCards: (elements) => {
          for (const element of elements) {
            const title = cards.readTitle(element);
            if (title && classifyTitle(title)) return found({ board: board.id });
          }
        },
      }),
  });
  // WXT fires this inside pushState, before the new posting renders; the page watcher's
  // mutation observer catches the render itself.
  ctx.addEventListener(window, 'wxt:locationchange', () => page.recheck());
}
