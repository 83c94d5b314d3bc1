// Follows a board's result list: reports every card now, then each card a change touches.
// Lists grow by infinite scroll and virtualised lists reuse a card element for another job, so
// only the cards a mutation touched are reported again, never the whole list.
import type { BoardCards } from '../boards/types';

export const BADGE_TAG = 'role-lens-badge';

export interface CardWatcherOptions {
  cards: BoardCards;
  document: Document;
  /** Called with card root elements to (re-)read; never with our own badges' insides. */
  onCards: (cards: Iterable<Element>) => void;
  /** Stops observing when aborted. */
  signal: AbortSignal;
}

export function watchCards({ cards, document, onCards, signal }: CardWatcherOptions): void {
  const isOurs = (node: Node) => (node instanceof Element ? node : node.parentElement)?.closest(BADGE_TAG) != null;

  const touchedCards = (records: MutationRecord[]): Set<Element> => {
    const touched = new Set<Element>();
    for (const record of records) {
      if (isOurs(record.target)) continue;
      const target = record.target instanceof Element ? record.target : record.target.parentElement;
      const enclosing = target?.closest(cards.selector);
      if (enclosing) touched.add(enclosing);
      for (const added of record.addedNodes) {
        if (!(added instanceof Element) || added.localName === BADGE_TAG) continue;
        if (added.matches(cards.selector)) touched.add(added);
        for (const inner of added.querySelectorAll(cards.selector)) touched.add(inner);
      }
    }
    return touched;
  };

  const safely = (work: () => void) => {
    try {
      work();
    } catch {
      // Unexpected markup must never surface as an error on the host page.
    }
  };

  safely(() => onCards(document.querySelectorAll(cards.selector)));
  const observer = new MutationObserver((records) => safely(() => onCards(touchedCards(records))));
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
