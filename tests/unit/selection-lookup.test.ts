import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createLookupMenu, LOOKUP_MENU_ID, openLookup, takePendingQuery } from '../../lib/extension/selection-lookup';

describe('"Look up in Role Lens" on selected text', () => {
  it('adds a context-menu entry for selections only', () => {
    const create = vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(() => LOOKUP_MENU_ID);
    createLookupMenu();
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ id: LOOKUP_MENU_ID, contexts: ['selection'] }));
  });

  it('opens the popup with the selection as its query, once', async () => {
    const openPopup = vi.fn(async () => {});
    Object.assign(fakeBrowser, { action: { ...fakeBrowser.action, openPopup } });
    await openLookup('  Sr. Manager,\n Customer   Care ');
    expect(openPopup).toHaveBeenCalled();
    expect(await takePendingQuery()).toBe('Sr. Manager, Customer Care');
    expect(await takePendingQuery()).toBeUndefined();
  });

  it('falls back to a popup window with ?q= where the browser cannot open the popup', async () => {
    Object.assign(fakeBrowser, {
      action: { ...fakeBrowser.action, openPopup: vi.fn(async () => Promise.reject(new Error('not allowed'))) },
    });
    const create = vi.spyOn(fakeBrowser.windows, 'create').mockImplementation(async () => ({}) as never);
    await openLookup('customer service director');
    const url = new URL(create.mock.calls[0]?.[0]?.url as string);
    expect(url.pathname).toBe('/popup.html');
    expect(url.searchParams.get('q')).toBe('customer service director');
  });

  it('caps huge selections and ignores a corrupt pending value', async () => {
    Object.assign(fakeBrowser, { action: { ...fakeBrowser.action, openPopup: vi.fn(async () => {}) } });
    await openLookup('x'.repeat(10_000));
    expect((await takePendingQuery())?.length).toBe(200);
    await fakeBrowser.storage.session.set({ pendingQuery: { evil: true } });
    expect(await takePendingQuery()).toBeUndefined();
  });
});
