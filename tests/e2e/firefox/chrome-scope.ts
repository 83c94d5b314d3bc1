// What a Firefox user does and sees outside the page, reached through the browser's own (chrome)
// scope: the host-access switches of about:addons and the Extensions panel, the toolbar button,
// and the state Firefox shows for the extension on a tab.
import type { FirefoxExtensionBrowser } from './browser';

const js = JSON.stringify;

/** Chrome-scope code that finds the tab showing `url` (as `tab`, `win`) and runs `body` with it. */
const withTab = (url: string, body: string) => `(async () => {
  for (const win of Services.wm.getEnumerator('navigator:browser')) {
    for (const tab of win.gBrowser.tabs) {
      if (tab.linkedBrowser.currentURI.spec !== ${js(url)}) continue;
      const policy = WebExtensionPolicy.getByID(EXTENSION_ID);
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      ${body}
    }
  }
  throw new Error('no tab shows ' + ${js(url)});
})()`;

function run<T>(ff: FirefoxExtensionBrowser, code: string): Promise<T> {
  return ff.chromeEval<T>(`(() => { const EXTENSION_ID = ${js(ff.geckoId)}; return ${code}; })()`);
}

/**
 * Grants or withholds host access to `origins`, as the user does with the switches in about:addons
 * (Permissions) or "Always allow on …" in the Extensions panel: Firefox lets the user withhold an
 * MV3 extension's host permissions.
 */
export function setHostAccess(ff: FirefoxExtensionBrowser, origins: string[], granted: boolean): Promise<void> {
  return run(
    ff,
    `(async () => {
      const { ExtensionPermissions } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
      const policy = WebExtensionPolicy.getByID(EXTENSION_ID);
      await ExtensionPermissions.${granted ? 'add' : 'remove'}(EXTENSION_ID, { permissions: [], origins: ${js(origins)} }, policy.extension);
    })()`,
  );
}

/** The tab id the extension APIs use for the tab showing `url`. */
export function tabIdOf(ff: FirefoxExtensionBrowser, url: string): Promise<number> {
  return run(ff, withTab(url, `return ExtensionParent.apiManager.global.tabTracker.getBrowserData(tab.linkedBrowser).tabId;`));
}

export interface ToolbarState {
  /** Firefox's Extensions button asks for attention ("Extensions — Permissions needed"). */
  attention: boolean;
  /** The Fluent id of the line under the extension's name in the Extensions panel. */
  message: string;
}

/** What Firefox's toolbar shows for the extension while the tab showing `url` is selected. */
export function toolbarState(ff: FirefoxExtensionBrowser, url: string): Promise<ToolbarState> {
  return run(
    ff,
    withTab(
      url,
      `win.gBrowser.selectedTab = tab;
      const { OriginControls } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
      const { attention } = OriginControls.getAttentionState(policy, win);
      const ids = OriginControls.getStateMessageIDs({ policy, tab, isAction: true, hasPopup: true });
      return { attention, message: ids ? ids.default : 'none' };`,
    ),
  );
}

/** Clicks the extension's toolbar button with the tab showing `url` selected (as the user does: the popup opens). */
export function clickToolbarButton(ff: FirefoxExtensionBrowser, url: string): Promise<void> {
  return run(
    ff,
    withTab(
      url,
      `win.gBrowser.selectedTab = tab;
      ExtensionParent.apiManager.global.browserActionFor(policy.extension).triggerAction(win);
      return null;`,
    ),
  );
}
