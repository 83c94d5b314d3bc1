// Small DOM helpers the adapters share. Selectors themselves stay in each adapter's file.

/** Page text longer than this is not a title, location or pay line; it is cut, not parsed. */
const MAX_TEXT_CHARS = 500;

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

/** A block's text (a description), whitespace collapsed, cut at a length no real description reaches. */
export function longTextOf(element: Element | null | undefined): string | undefined {
  const text = element?.textContent?.slice(0, MAX_LONG_TEXT_CHARS * 2).replace(/\s+/g, ' ').trim().slice(0, MAX_LONG_TEXT_CHARS);
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
