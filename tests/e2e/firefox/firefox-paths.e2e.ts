// Firefox's own paths, in Debian's Firefox ESR: how the panel's script is injected (with and
// without the sender's documentId), and what happens when the user withholds host access, which
// Firefox lets them do for an MV3 extension (about:addons → Permissions, or the Extensions panel).
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { until } from '../driver';
import { LINKEDIN_GUEST_SEARCH, LINKEDIN_SEARCH, LINKEDIN_TITLE_PANE, LINKEDIN_VIEW, linkedinGuestSearch, linkedinSearch, linkedinView, switchLinkedinPostingInPage } from '../scenario-pages';
import { launchFirefoxExtensionBrowser, type FirefoxExtensionBrowser } from './browser';
import { clickToolbarButton, setHostAccess, tabIdOf, toolbarState } from './chrome-scope';
import { injections, instrumentedFirefoxBuild, resetInstrumentation } from './instrumented-build';

const LINKEDIN_ACCESS = ['*://*.linkedin.com/*'];
/** The panel's script as built (entrypoints/role-lens.content), the file the background injects. */
const PANEL_SCRIPT = '/content-scripts/role-lens.js';

/** The global a WXT content script defines in its world: `var detectLinkedin = (function () {…})()` for detect-linkedin.js. */
const scriptGlobal = (file: string) => basename(file, '.js').replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());

let ff: FirefoxExtensionBrowser;
let build: ReturnType<typeof instrumentedFirefoxBuild>;
let page: Page;
/** The globals of the manifest's content scripts (the boards' detectors) and of the panel's script. */
let globals: { detectors: string[]; panel: string };

beforeAll(async () => {
  build = instrumentedFirefoxBuild();
  const manifest = JSON.parse(readFileSync(join(build.dir, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[] }[] };
  globals = { detectors: manifest.content_scripts.flatMap((script) => script.js).map(scriptGlobal), panel: scriptGlobal(PANEL_SCRIPT) };
  ff = await launchFirefoxExtensionBrowser(build.dir);
});
afterAll(async () => {
  await ff?.close();
  build?.remove();
});
beforeEach(async () => {
  await ff.setStorage();
  await resetInstrumentation(ff.extensionPage);
  page = await ff.newPage();
  ff.errors.length = 0;
  return async () => {
    await page.close();
    await setHostAccess(ff, LINKEDIN_ACCESS, true);
    expect(ff.errors).toEqual([]);
    expect(ff.outboundAttempts).toEqual([]);
  };
});

const panelCount = (target: Page) => target.evaluate(() => document.querySelectorAll('role-lens-panel').length);
const panelRole = (target: Page) => target.evaluate(() => document.querySelector('role-lens-panel')?.getAttribute('data-role-id') ?? null);

/**
 * Runs a probe in the tab's content-script world, as the extension itself would
 * (scripting.executeScript from one of its pages): whether a detector and the panel's script have
 * run there (each defines its global in that world), or why Firefox refused.
 */
async function probeTab(tabId: number): Promise<{ detector: boolean; panel: boolean } | { refused: string }> {
  return ff.extensionPage.evaluate(async ({ id, names }) => {
    interface Scripting {
      executeScript(details: object): Promise<{ result: unknown }[]>;
    }
    const scripting = (globalThis as unknown as { browser: { scripting: Scripting } }).browser.scripting;
    try {
      const [injected] = await scripting.executeScript({
        target: { tabId: id },
        func: (detectors: string[], panel: string) => {
          const world = globalThis as unknown as Record<string, unknown>;
          return { detector: detectors.some((name) => typeof world[name] === 'object'), panel: typeof world[panel] === 'object' };
        },
        args: [names.detectors, names.panel],
      });
      return injected!.result as { detector: boolean; panel: boolean };
    } catch (error) {
      return { refused: (error as Error).message };
    }
  }, { id: tabId, names: globals });
}

/** What the tab's content script answers the popup (the popup's own question), or why nothing does. */
function askTabAsThePopupDoes(tabId: number): Promise<unknown> {
  return ff.extensionPage.evaluate(async (id) => {
    const tabs = (globalThis as unknown as { browser: { tabs: { sendMessage(id: number, message: unknown): Promise<unknown> } } }).browser.tabs;
    return tabs.sendMessage(id, { type: 'role-lens/get-posting' }).catch((error: Error) => `no answer: ${error.message}`);
  }, tabId);
}

/** A single-page switch on the LinkedIn search page: the URL changes, then the title is rendered anew. */
async function switchPosting(target: Page, title: string, jobId: string): Promise<void> {
  await target.evaluate(switchLinkedinPostingInPage, { title, jobId, pane: LINKEDIN_TITLE_PANE });
}

/** Opens `url` served with `html`; resolves with its tab id once the detector has run (or Firefox refused it the tab). */
async function openBoardPage(url: string, html: string, serveAt = url): Promise<number> {
  ff.serve(serveAt, html);
  await page.goto(url, { waitUntil: 'load' });
  const tabId = await tabIdOf(ff, url);
  await until(async () => {
    const probe = await probeTab(tabId);
    return 'refused' in probe || probe.detector;
  }, 'the detector to run, or Firefox to refuse the extension the tab');
  return tabId;
}

describe('loading the panel’s script (scripting.executeScript)', () => {
  it('Firefox 153 gives the detector’s message a documentId: the script goes into exactly that document, once one of our roles shows', async () => {
    const tabId = await openBoardPage(LINKEDIN_SEARCH, linkedinSearch('Customer Success Manager'), LINKEDIN_SEARCH.split('?')[0]);
    expect(await probeTab(tabId)).toEqual({ detector: true, panel: false });

    const switchedAt = Date.now();
    await switchPosting(page, 'Customer Support Manager', '2001');
    await until(async () => (await panelRole(page)) === 'customer-support-manager', 'the panel');

    const [injection, ...more] = await injections(ff.extensionPage);
    expect(more).toEqual([]);
    expect(injection!.at).toBeGreaterThanOrEqual(switchedAt);
    expect(injection).toMatchObject({ files: [PANEL_SCRIPT], ok: true, target: { tabId } });
    expect(injection!.target.documentIds).toEqual([expect.any(String)]);
    expect(injection!.target.frameIds).toBeUndefined();
    expect(await probeTab(tabId)).toEqual({ detector: true, panel: true });
  });

  it('Firefox 140–152 send no documentId: the script goes in by tab and frame, and the panel follows single-page switches', async () => {
    await resetInstrumentation(ff.extensionPage, true);
    const tabId = await openBoardPage(LINKEDIN_SEARCH, linkedinSearch('Customer Service Manager'), LINKEDIN_SEARCH.split('?')[0]);
    await until(async () => (await panelRole(page)) === 'customer-service-manager', 'the panel');
    await switchPosting(page, 'Director of Customer Care', '3001');
    await until(async () => (await panelRole(page)) === 'customer-care-director', 'the panel to follow the switch');

    const recorded = await injections(ff.extensionPage);
    expect(recorded).toEqual([expect.objectContaining({ files: [PANEL_SCRIPT], ok: true, target: { tabId, frameIds: [0] } })]);
  });
});

describe('host access withheld by the user', () => {
  it('a posting and a result list show nothing, the page console stays clean, and Firefox’s toolbar says permission is needed', async () => {
    await setHostAccess(ff, LINKEDIN_ACCESS, false);
    const contains = await ff.extensionPage.evaluate((origins) => {
      const permissions = (globalThis as unknown as { browser: { permissions: { contains(p: object): Promise<boolean> } } }).browser.permissions;
      return permissions.contains({ origins });
    }, LINKEDIN_ACCESS);
    expect(contains).toBe(false);

    const viewTab = await openBoardPage(LINKEDIN_VIEW, linkedinView('Customer Care Manager'));
    expect(await probeTab(viewTab)).toEqual({ refused: 'Missing host permission for the tab' });
    expect(await askTabAsThePopupDoes(viewTab)).toBe('no answer: Could not establish connection. Receiving end does not exist.');
    expect(await panelCount(page)).toBe(0);
    // Firefox's own word: the Extensions button shows "Permissions needed", and the panel's
    // Role Lens entry "Permission needed to read and change data".
    expect(await toolbarState(ff, LINKEDIN_VIEW)).toEqual({ attention: true, message: 'origin-controls-state-when-clicked' });

    const listTab = await openBoardPage(LINKEDIN_GUEST_SEARCH, linkedinGuestSearch(new Map([[1, 'Customer Support Manager'], [4, 'Director of Customer Care']])));
    expect(await probeTab(listTab)).toEqual({ refused: 'Missing host permission for the tab' });
    expect(await page.evaluate(() => document.querySelectorAll('role-lens-badge').length)).toBe(0);
    expect(await injections(ff.extensionPage)).toEqual([]);
  });

  it('clicking Role Lens in the toolbar runs it for this visit: the panel comes; a reload takes it away again', async () => {
    await setHostAccess(ff, LINKEDIN_ACCESS, false);
    const tabId = await openBoardPage(LINKEDIN_VIEW, linkedinView('Customer Care Manager'));
    expect(await panelCount(page)).toBe(0);

    await page.bringToFront(); // the toolbar button acts on the focused window's tab
    await clickToolbarButton(ff, LINKEDIN_VIEW);
    await until(async () => (await panelRole(page)) === 'customer-care-manager', 'the panel, for this visit');
    expect(await toolbarState(ff, LINKEDIN_VIEW)).toEqual({ attention: false, message: 'origin-controls-state-temporary-access' });
    await page.reload({ waitUntil: 'load' });
    expect(await probeTab(tabId)).toEqual({ refused: 'Missing host permission for the tab' });
    expect(await panelCount(page)).toBe(0);
    expect(await toolbarState(ff, LINKEDIN_VIEW)).toEqual({ attention: true, message: 'origin-controls-state-when-clicked' });
  });

  it('access withdrawn while a board page is open: the detector’s request is refused, quietly', async () => {
    const tabId = await openBoardPage(LINKEDIN_SEARCH, linkedinSearch('Customer Success Manager'), LINKEDIN_SEARCH.split('?')[0]);
    expect(await probeTab(tabId)).toEqual({ detector: true, panel: false });
    await setHostAccess(ff, LINKEDIN_ACCESS, false);

    await switchPosting(page, 'Customer Support Manager', '4001');
    await until(async () => (await injections(ff.extensionPage)).length > 0, 'the detector’s request to reach the background');
    expect(await injections(ff.extensionPage)).toEqual([
      expect.objectContaining({ files: [PANEL_SCRIPT], error: expect.stringMatching(/^Missing host permission for the tab/), target: expect.objectContaining({ tabId }) }),
    ]);
    expect(await panelCount(page)).toBe(0);
  });

  it('access given back: the next visit gets the panel again', async () => {
    await setHostAccess(ff, LINKEDIN_ACCESS, false);
    await setHostAccess(ff, LINKEDIN_ACCESS, true);
    await openBoardPage(LINKEDIN_VIEW, linkedinView('Customer Care Manager'));
    await until(async () => (await panelRole(page)) === 'customer-care-manager', 'the panel');
  });
});
