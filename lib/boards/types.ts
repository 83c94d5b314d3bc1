// What every job-board adapter provides. Adapters are the only code that knows page selectors.
import type { StructuredPay } from './jsonld';

export type BoardId = 'linkedin' | 'indeed' | 'glassdoor' | 'ziprecruiter' | 'career-site';

/** The posting a page currently displays, read from its DOM. */
export interface Posting {
  board: BoardId;
  /** Stable identity of the posting: the board's job id when there is one, else its title. */
  key: string;
  title: string;
  /** The posting's details area: the panel sits beside it, never over it. */
  container: Element;
  salaryText?: string;
  /** Pay from the page's JobPosting JSON-LD, when it describes this same posting. */
  structuredPay?: StructuredPay;
  location?: string;
  /** The country the posting's JSON-LD gives (addressCountry), when it describes this posting. */
  addressCountry?: string;
}

/** A job card in a board's result list. */
export interface JobCard {
  /** The board's job id, or the title when the card has none. */
  key: string;
  title: string;
  /** The badge goes right after this element (the title's heading or link). */
  badgeAnchor: Element;
  /** What opens the card's posting (its link, or the board's "View" button), clicked when the badge is. */
  opener?: HTMLElement;
  salaryText?: string;
}

export interface BoardCards {
  /** Selector of one card's root element. */
  selector: string;
  /** Reads one card root; null when it has no title (a placeholder or an ad). */
  read(card: Element): JobCard | null;
  /** Just the card's title, cheaply: all the detector needs to know whether a list has our roles. */
  readTitle(card: Element): string | undefined;
}

export interface BoardAdapter {
  id: BoardId;
  name: string;
  /** Manifest match patterns for the board's pages. */
  matches: readonly string[];
  /** Whether a URL can display a posting at all; every other page gets no DOM work. */
  mayShowPosting(url: URL): boolean;
  /** The posting displayed now, or null. Never throws on unexpected markup. */
  findPosting(doc: Document, url: URL): Posting | null;
  /** Documents besides the top one whose changes can swap the posting (same-origin iframes). */
  extraDocuments?(doc: Document): Document[];
  /** The board's result-list cards, for badges. */
  cards?: BoardCards;
}
