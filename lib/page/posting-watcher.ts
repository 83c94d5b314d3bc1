// Keeps track of the posting a board page displays, across single-page navigation.
// Boards swap postings without a page load: the URL may change before the pane re-renders,
// the pane may re-render with no URL change, and the title may arrive late. So the watcher
// re-reads the page on DOM mutations *and* on URL changes, and reports only real changes.
import type { BoardReader, Posting, PostingTitle } from '../boards/types';

export interface PostingWatcherOptions<P extends PostingTitle> {
  board: Pick<BoardReader, 'mayShowPosting' | 'extraDocuments'>;
  /** Reads the displayed posting (its title only, or all of it). */
  readPosting: (doc: Document, url: URL) => P | null;
  document: Document;
  /** Called with the displayed posting whenever it changes; null when none is displayed. */
  onChange: (posting: P | null) => void;
  /** Stops all observation when aborted (WXT's content-script context signal). */
  signal: AbortSignal;
}

export interface PostingWatcher {
  /** Re-reads the page now, e.g. after a URL change. */
  recheck(): void;
}

const MUTATIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true };

function identityOf(posting: (PostingTitle & Partial<Posting>) | null): string {
  return posting ? `${posting.key}\n${posting.title}\n${posting.location ?? ''}\n${posting.salaryText ?? ''}` : '';
}

export function watchPostings<P extends PostingTitle>({ board, readPosting, document, onChange, signal }: PostingWatcherOptions<P>): PostingWatcher {
  let reported = '';
  let observer: MutationObserver | null = null;
  let observedDocuments = new WeakSet<Document>();

  const report = (posting: P | null) => {
    const identity = identityOf(posting);
    if (identity === reported) return;
    reported = identity;
    onChange(posting);
  };

  const observe = (doc: Document) => {
    if (!observer || observedDocuments.has(doc) || !doc.documentElement) return;
    observedDocuments.add(doc);
    observer.observe(doc.documentElement, MUTATIONS);
  };

  const stopObserving = () => {
    observer?.disconnect();
    observer = null;
    observedDocuments = new WeakSet<Document>();
  };

  const check = () => {
    if (signal.aborted) return;
    try {
      const url = new URL(document.location.href);
      if (!board.mayShowPosting(url)) {
        // Not a posting page: no observer, no work until the URL changes again.
        stopObserving();
        report(null);
        return;
      }
      if (!observer) {
        observer = new MutationObserver(check);
        observe(document);
      }
      for (const extra of board.extraDocuments?.(document) ?? []) observe(extra);
      report(readPosting(document, url));
    } catch {
      // Unexpected markup must never surface as an error on the host page.
      report(null);
    }
  };

  // A same-origin iframe pane loads a new document: load events don't bubble, so capture.
  const onLoad = (event: Event) => {
    if (event.target instanceof HTMLIFrameElement) check();
  };
  document.addEventListener('load', onLoad, { capture: true, signal });
  signal.addEventListener('abort', stopObserving, { once: true });
  check();
  return { recheck: check };
}
