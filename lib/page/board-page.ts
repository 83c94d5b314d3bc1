// Follows one board page through single-page navigation: the posting it displays, and — once it
// is a job page (it may become one by navigation) — its list of result cards. The one page-watch
// lifecycle the detector and the panel's script share; `signal` ends all of it.
import type { BoardCards, BoardReader, PostingTitle } from '../boards/types';
import { watchPostings } from './posting-watcher';

export interface BoardPageOptions<P extends PostingTitle> {
  board: BoardReader;
  /** How much of the posting to read: the detector reads its title, the panel's script all of it. */
  readPosting: (doc: Document, url: URL) => P | null;
  document: Document;
  signal: AbortSignal;
  onPosting: (posting: P | null) => void;
  /** Called once, when the page first can list cards; follow them until `signal` aborts. */
  onCardList: (cards: BoardCards) => void;
}

export interface BoardPage {
  /** Re-reads the page after a URL change. */
  recheck(): void;
}

export function watchBoardPage<P extends PostingTitle>({ board, readPosting, document, signal, onPosting, onCardList }: BoardPageOptions<P>): BoardPage {
  let listing = false;
  const startCardList = () => {
    if (listing || signal.aborted || !board.cards || !board.mayShowPosting(new URL(document.location.href))) return;
    listing = true;
    onCardList(board.cards);
  };
  const watcher = watchPostings({ board, readPosting, document, signal, onChange: onPosting });
  startCardList();
  return {
    recheck() {
      watcher.recheck();
      startCardList();
    },
  };
}
