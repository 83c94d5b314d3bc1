// Background: the "Look up in Role Lens" context menu on selected text, loading the panel's
// script where a detector found one of our roles, and keeping the career-site script registered
// for exactly the sites the user granted.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { loadPanelFor } from '../lib/extension/panel-loader';
import { createLookupMenu, LOOKUP_MENU_ID, openLookup } from '../lib/extension/selection-lookup';
import { syncCareerSiteScript } from '../lib/extension/site-access';

export default defineBackground(() => {
  const sync = () => void syncCareerSiteScript().catch(() => undefined);
  browser.runtime.onInstalled.addListener(() => {
    createLookupMenu();
    sync();
  });
  browser.runtime.onStartup.addListener(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId === LOOKUP_MENU_ID && info.selectionText) void openLookup(info.selectionText);
  });
  browser.runtime.onMessage.addListener((message, sender) => {
    // Not awaited: the detector needs no answer, and other messages are not ours to answer here.
    loadPanelFor(message, sender).catch(() => undefined);
    return undefined;
  });
});
