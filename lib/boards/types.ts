// What every job-board adapter provides. Adapters are the only code that knows page selectors.
import type { StructuredPay } from './jsonld';

export type BoardId = 'linkedin' | 'indeed';

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
}

export interface BoardAdapter {
  id: BoardId;
  name: string;
  /** Manifest match patterns for the board's pages. */
  matches: string[];
  /** Whether a URL can display a posting at all; every other page gets no DOM work. */
  mayShowPosting(url: URL): boolean;
  /** The posting displayed now, or null. Never throws on unexpected markup. */
  findPosting(doc: Document, url: URL): Posting | null;
  /** Documents besides the top one whose changes can swap the posting (same-origin iframes). */
  extraDocuments?(doc: Document): Document[];
}
