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

/** The text of the first selector that has some. */
export function firstText(root: ParentNode, selectors: readonly string[]): string | undefined {
  for (const selector of selectors) {
    const text = textOf(root.querySelector(selector));
    if (text) return text;
  }
  return undefined;
}
