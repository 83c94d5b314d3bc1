// Keeps a badge by the title of every result-list card that is one of our roles.
// Lists grow by infinite scroll and virtualised lists reuse a card element for another job, so
// each change re-reads only the cards it touched, and a reused card's badge is updated or removed.
import type { BoardCards, JobCard } from './boards/types';
import type { RoleMatch } from './classify';

export const BADGE_TAG = 'role-lens-badge';

export interface BadgeRenderer {
  /** Creates or updates the badge for `card` in `host` (a `<role-lens-badge>` element). */
  render(host: HTMLElement, card: JobCard, match: RoleMatch): void;
}

export interface CardBadgerOptions {
  cards: BoardCards;
  document: Document;
  classify: (title: string) => RoleMatch | null;
  renderer: BadgeRenderer;
  signal: AbortSignal;
}

/** The badge that belongs to `card`: right after its anchor. */
function badgeAfter(anchor: Element): HTMLElement | null {
  const next = anchor.nextElementSibling;
  return next instanceof HTMLElement && next.localName === BADGE_TAG ? next : null;
}

/** Badges every card now, then follows the list's changes until `signal` aborts. */
export function badgeCards({ cards, document, classify, renderer, signal }: CardBadgerOptions): void {
  const updateCard = (cardElement: Element) => {
    const card = cards.read(cardElement);
    const match = card ? classify(card.title) : null;
    const current = card && match ? badgeAfter(card.badgeAnchor) : null;
    // A reused card may still hold a badge for its previous job: only the current one stays.
    for (const badge of cardElement.querySelectorAll(BADGE_TAG)) if (badge !== current) badge.remove();
    if (!card || !match) return;
    const host = current ?? document.createElement(BADGE_TAG);
    const identity = `${card.key}\n${card.title}`;
    if (host.dataset.roleId === match.roleId && host.dataset.for === identity) return;
    host.dataset.roleId = match.roleId;
    host.dataset.for = identity;
    renderer.render(host, card, match);
    if (!current) card.badgeAnchor.after(host);
  };

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

  safely(() => document.querySelectorAll(cards.selector).forEach(updateCard));
  const observer = new MutationObserver((records) => safely(() => touchedCards(records).forEach(updateCard)));
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    document.querySelectorAll(BADGE_TAG).forEach((badge) => badge.remove());
  }, { once: true });
}
