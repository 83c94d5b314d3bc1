// Background: the "Look up in Role Lens" context menu on selected text.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createLookupMenu, LOOKUP_MENU_ID, openLookup } from '../lib/selection-lookup';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(createLookupMenu);
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId === LOOKUP_MENU_ID && info.selectionText) void openLookup(info.selectionText);
  });
});
