// Small DOM helpers the adapters share. Selectors themselves stay in each adapter's file.

/** Page text longer than this is not a title, location or pay line; it is cut, not parsed. */
const MAX_TEXT_CHARS = 500;

/** Where a link goes, resolved against the board's own site; undefined without a link or for a malformed one. */
export function linkTarget(link: Element | null | undefined, site: string): URL | undefined {
  const href = link?.getAttribute('href');
  if (!href) return undefined;
  try {
    return new URL(href, site);
  } catch {
    return undefined;
  }
}

/** The first element matching any selector, trying them in order (newest markup first). */
export function queryFirst(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const element = root.querySelector(selector);
    if (element) return element;
  }
  return null;
}

/** An element's visible text on one line, or undefined when empty. */
export function textOf(element: Element | null | undefined): string | undefined {
  const raw = element?.textContent;
  if (!raw) return undefined;
  const text = raw.slice(0, MAX_TEXT_CHARS * 4).replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT_CHARS);
  return text === '' ? undefined : text;
}

/** Longer than any real job description: the rest of a huge page is never read. */
const MAX_LONG_TEXT_CHARS = 20_000;

/** Elements that start a new line when shown: their text is kept apart from the next block's. */
const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'BR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'SECTION', 'ARTICLE', 'TR', 'TD', 'DT', 'DD', 'BLOCKQUOTE']);

/**
 * A block's text (a description) as a reader sees it: blocks kept apart by a space ("About the
 * job" and the next paragraph don't run together), whitespace collapsed, cut at a length no real
 * description reaches.
 */
export function longTextOf(element: Element | null | undefined): string | undefined {
  if (!element) return undefined;
  const parts: string[] = [];
  let length = 0;
  const walker = element.ownerDocument.createTreeWalker(element, 5 /* elements and text */);
  for (let node: Node | null = walker.currentNode; node && length < MAX_LONG_TEXT_CHARS * 2; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      parts.push(text);
      length += text.length;
    } else if (BLOCK_TAGS.has((node as Element).tagName)) {
      parts.push(' ');
    }
  }
  const text = parts.join('').replace(/\s+/g, ' ').trim().slice(0, MAX_LONG_TEXT_CHARS);
  return text || undefined;
}

/** The text of the first selector that has some. */
export function firstText(root: ParentNode, selectors: readonly string[]): string | undefined {
  for (const selector of selectors) {
    const text = textOf(root.querySelector(selector));
    if (text) return text;
  }
  return undefined;
}
