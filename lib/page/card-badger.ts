// Keeps a badge by the title of every result-list card that is one of our roles; a reused
// card's badge is updated or removed.
import type { BoardCards, JobCard } from '../boards/types';
import { BADGE_TAG, watchCards } from './card-watcher';
import type { RoleMatch } from '../titles/classify';

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

  watchCards({
    cards,
    document,
    signal,
    onCards: (touched) => {
      for (const card of touched) updateCard(card);
    },
  });
  signal.addEventListener('abort', () => document.querySelectorAll(BADGE_TAG).forEach((badge) => badge.remove()), { once: true });
}
