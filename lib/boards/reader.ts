// The shared reader: reads a board's selector tables (title, location, pay, company, job key,
// cards) so a board file holds only its tables and its real quirks. Quiet on any markup.
import { firstText, longTextOf, queryFirst, textOf } from './dom';
import { structuredDataFor } from './jsonld';
import type { BoardDefinition, BoardReader, JobCard, Posting, PostingTitle, SelectorTable } from './types';

/** Where a whole-page posting is read when no pane matches. */
const WHOLE_PAGE_SCOPES = ['main', 'body'];

const cssOf = (table: SelectorTable | undefined): string[] => (table ?? []).map((entry) => entry.css);

export function createBoardReader(board: BoardDefinition): BoardReader {
  const { posting, cards, hooks } = board;
  const pane = cssOf(posting.pane);
  const title = cssOf(posting.title);
  const location = cssOf(posting.location);
  const pay = cssOf(posting.pay);
  const company = cssOf(posting.company);
  const description = cssOf(posting.description);
  const clean = (text: string | undefined) => (text && hooks?.cleanTitle ? hooks.cleanTitle(text) : text) || undefined;

  /** The posting's scope, title element and key in one document, or null. */
  function locate(doc: Document, url: URL): { scope: Element; titleElement: Element; read: PostingTitle } | null {
    const scope = queryFirst(doc, pane) ?? (posting.isWholePage?.(url) ? queryFirst(doc, WHOLE_PAGE_SCOPES) : null);
    if (!scope) return null;
    const titleElement = queryFirst(scope, title) ?? hooks?.fallbackTitle?.(scope, url) ?? null;
    const text = clean(textOf(titleElement));
    if (!titleElement || !text) return null;
    const key = `${board.id}:${posting.jobKey(url, titleElement) ?? text}`;
    return { scope, titleElement, read: { board: board.id, key, title: text } };
  }

  function inDocuments<T>(doc: Document, read: (target: Document) => T | null): T | null {
    const found = read(doc);
    if (found) return found;
    for (const extra of hooks?.extraDocuments?.(doc) ?? []) {
      const inExtra = read(extra);
      if (inExtra) return inExtra;
    }
    return null;
  }

  /**
   * The JSON-LD and the description of the posting read last: the watcher re-reads the page on
   * every DOM change, but these are read once per posting (the description again only until it
   * has appeared).
   */
  let read: { doc: Document; key: string; structured: ReturnType<typeof structuredDataFor>; description?: string } | undefined;
  const readOnce = (target: Document, found: NonNullable<ReturnType<typeof locate>>, url: URL) => {
    if (read?.doc !== target || read.key !== `${found.read.key}\n${found.read.title}`) {
      read = { doc: target, key: `${found.read.key}\n${found.read.title}`, structured: structuredDataFor(target, found.read.title) };
    }
    // On a page that is one posting throughout, the description may sit outside the top card.
    read.description ??= longTextOf(queryFirst(found.scope, description) ?? (posting.isWholePage?.(url) ? queryFirst(target, description) : null));
    return read;
  };

  const reader: BoardReader = {
    id: board.id,
    mayShowPosting: (url) => board.mayShowPosting(url),
    extraDocuments: hooks?.extraDocuments,
    findPostingTitle: (doc, url) => inDocuments(doc, (target) => locate(target, url)?.read ?? null),
    findPosting: (doc, url) =>
      inDocuments(doc, (target): Posting | null => {
        const found = locate(target, url);
        if (!found) return null;
        const { structured, description: text } = readOnce(target, found, url);
        return {
          ...found.read,
          container: found.scope,
          location: firstText(found.scope, location),
          salaryText: firstText(found.scope, pay),
          company: firstText(found.scope, company),
          description: text,
          ...structured,
        };
      }),
  };

  if (cards) {
    const cardTitle = cssOf(cards.title);
    const badgeAnchor = cssOf(cards.badgeAnchor);
    const opener = cssOf(cards.opener);
    const cardPay = cssOf(cards.pay);
    const readTitle = (card: Element) => clean(firstText(card, cardTitle));
    reader.cards = {
      selector: cssOf(cards.root).join(', '),
      readTitle,
      read(card): JobCard | null {
        const titleElement = queryFirst(card, cardTitle);
        const text = readTitle(card);
        const openerElement = queryFirst(card, opener);
        const anchor = badgeAnchor.length > 0 ? queryFirst(card, badgeAnchor) : titleElement;
        if (!text || !anchor) return null;
        return {
          key: `${board.id}:${cards.jobKey(card, openerElement) ?? text}`,
          title: text,
          badgeAnchor: anchor,
          opener: openerElement instanceof HTMLElement ? openerElement : undefined,
          salaryText: firstText(card, cardPay),
        };
      },
    };
  }
  return reader;
}
