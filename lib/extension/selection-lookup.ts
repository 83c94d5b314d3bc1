// "Look up in Role Lens" on selected text: hands the selection to the popup as its query.
import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { validatedItem } from '../storage/validated-item';
import { t } from '../i18n/messages';

export const LOOKUP_MENU_ID = 'role-lens-lookup-selection';
const MAX_QUERY_CHARS = 200;

const pendingQueryItem = validatedItem('session:pendingQuery', z.string().check(z.maxLength(MAX_QUERY_CHARS)), () => '');

/** Registers the context-menu entry (on install and update). */
export function createLookupMenu(): void {
  browser.contextMenus.create({ id: LOOKUP_MENU_ID, title: t('menuLookUp'), contexts: ['selection'] });
}

/** Opens the lookup with `selection` as the query: the toolbar popup, or a popup window where the browser can't. */
export async function openLookup(selection: string): Promise<void> {
  const query = selection.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_CHARS);
  await pendingQueryItem.write(query);
  const action = browser.action ?? browser.browserAction;
  try {
    await action.openPopup();
  } catch {
    await browser.windows.create({
      url: `${browser.runtime.getURL('/popup.html')}?q=${encodeURIComponent(query)}`,
      type: 'popup',
      width: 440,
      height: 640,
    });
  }
}

/** The query a context-menu lookup left for the popup, once: it is cleared when read. */
export async function takePendingQuery(): Promise<string | undefined> {
  const query = await pendingQueryItem.read();
  await pendingQueryItem.remove().catch(() => undefined);
  return query === '' ? undefined : query;
}
