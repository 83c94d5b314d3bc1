// Follows one board page through single-page navigation: the posting it displays, and — once it
// is a job page (it may become one by navigation) — its list of result cards.
import type { BoardAdapter, BoardCards, Posting } from './boards/types';
import { watchPostings } from './posting-watcher';

export interface BoardPageOptions {
  adapter: BoardAdapter;
  document: Document;
  signal: AbortSignal;
  onPosting: (posting: Posting | null) => void;
  /** Called once, when the page first can list cards; follow them until `signal` aborts. */
  onCardList: (cards: BoardCards) => void;
}

export interface BoardPage {
  /** Re-reads the page after a URL change. */
  recheck(): void;
}

export function watchBoardPage({ adapter, document, signal, onPosting, onCardList }: BoardPageOptions): BoardPage {
  let listing = false;
  const startCardList = () => {
    if (listing || signal.aborted || !adapter.cards || !adapter.mayShowPosting(new URL(document.location.href))) return;
    listing = true;
    onCardList(adapter.cards);
  };
  const watcher = watchPostings({ adapter, document, signal, onChange: onPosting });
  startCardList();
  return {
    recheck() {
      watcher.recheck();
      startCardList();
    },
  };
}
