// What a job board is to Role Lens: one declarative definition per board file (sites, selector
// tables, hooks for real quirks only), read by the shared reader in ./reader.ts.
import type { StructuredPay } from './jsonld';

/** One CSS selector and the layout it serves, with the date it was seen: tables list the newest first. */
export interface Selector {
  css: string;
  serves: string;
}
export type SelectorTable = readonly Selector[];

export interface BoardSite {
  /** Manifest match pattern: the content script's matches and host permissions come from these. */
  match: string;
  /**
   * The country the site serves (ISO 3166-1 alpha-2): what a bare "$" and the default region mean
   * there. null for a site that serves every country (www.linkedin.com).
   */
  country: string | null;
  /** Country sites on two-letter subdomains (in.indeed.com → IN, uk. → GB); `country` is then www's. */
  countryBySubdomain?: boolean;
}

export interface BoardDefinition {
  /** Stable id: settings keys, job keys and DOM attributes use it. */
  id: string;
  /** The board's name as users know it. */
  label: string;
  sites: readonly BoardSite[];
  /** Pages to check by hand when the board changes its markup. */
  exampleUrls: readonly string[];
  /** Whether a URL can display a posting or a result list at all; every other page gets no DOM work. */
  mayShowPosting(url: URL): boolean;
  /** The displayed posting (a job page, or a search page's details pane). */
  posting: {
    /** The posting's details area: the panel sits beside it, never over it. */
    pane: SelectorTable;
    /** Pages that are one posting throughout: read from `main` or `body` when no pane matches, and their description found anywhere. */
    isWholePage?(url: URL): boolean;
    /** Inside the pane. */
    title: SelectorTable;
    location?: SelectorTable;
    pay?: SelectorTable;
    company?: SelectorTable;
    /** The posting's description: read as plain text, once, for what the posting asks. */
    description?: SelectorTable;
    /** The board's job id, from the URL (or the title element, where a board keeps it there). */
    jobKey(url: URL, titleElement: Element): string | undefined;
  };
  /** The result list's cards, for badges. */
  cards?: {
    /** One card's root element. */
    root: SelectorTable;
    title: SelectorTable;
    /** The badge goes right after this element (default: the title's element). */
    badgeAnchor?: SelectorTable;
    /** What opens the card's posting, clicked when the badge is. */
    opener?: SelectorTable;
    pay?: SelectorTable;
    /** The card's job id, from its attributes or its opener's link. */
    jobKey(card: Element, opener: Element | null): string | undefined;
  };
  /** Only what a board really needs beyond its tables. */
  hooks?: {
    /** Tidies a title read from the page (Indeed's screen-reader suffix " - job post"). */
    cleanTitle?(title: string): string;
    /** A title element found by structure when no table entry matches (unclassed layouts). */
    fallbackTitle?(pane: Element, url: URL): Element | null;
    /** Documents besides the top one whose content can be the posting (same-origin iframe panes). */
    extraDocuments?(doc: Document): Document[];
  };
}

/** The board ids, from the registry's definitions and the career-site reader. */
export type BoardId = string;

/** What the detector needs of the displayed posting: a title-only read. */
export interface PostingTitle {
  board: BoardId;
  /** Stable identity of the posting: the board's job id when there is one, else its title. */
  key: string;
  title: string;
}

/** The posting a page currently displays, read from its DOM (once per posting, in the panel script). */
export interface Posting extends PostingTitle {
  /** The posting's details area: the panel sits beside it, never over it. */
  container: Element;
  salaryText?: string;
  /** Pay from the page's JobPosting JSON-LD, when it describes this same posting. */
  structuredPay?: StructuredPay;
  location?: string;
  company?: string;
  /** The description as plain text (cut to a length that holds any real one). */
  description?: string;
  /** The country the posting's JSON-LD gives (addressCountry), when it describes this posting. */
  addressCountry?: string;
  /** When the posting was published (JSON-LD datePosted, "2026-03-01"), when it says. */
  datePosted?: string;
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

/** A board as the page watchers use it: the definition's reads, bound. */
export interface BoardReader {
  id: BoardId;
  mayShowPosting(url: URL): boolean;
  /** The displayed posting in full, or null. Never throws on unexpected markup. */
  findPosting(doc: Document, url: URL): Posting | null;
  /** The displayed posting's title and key only: the detector's cheap read. */
  findPostingTitle(doc: Document, url: URL): PostingTitle | null;
  extraDocuments?(doc: Document): Document[];
  cards?: BoardCards;
}

export interface BoardCards {
  /** Selector of one card's root element. */
  selector: string;
  /** Reads one card root; null when it has no title (a placeholder or an ad). */
  read(card: Element): JobCard | null;
  /** Just the card's title, cheaply: all the detector needs to know whether a list has our roles. */
  readTitle(card: Element): string | undefined;
}
