// Launches Debian's Firefox ESR with the built extension over WebDriver BiDi (puppeteer-core),
// serving saved pages at the boards' real URLs. Nothing reaches the network: every request that
// is not a served page is aborted, and any connection Firefox itself would open goes to a dead
// local proxy.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/firefox-mv3');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The moz-extension:// host Firefox gives the extension (fixed by a pref, so tests know it up front). */
/**
 * A private copy of a build, removed by the caller: a browser reads an unpacked extension's files
 * as it needs them, so a rebuild of .output/ during a run (`wxt zip` in store.e2e.ts, or
 * another build) can't take them away from it.
 */
export function snapshotBuild(dir: string): { dir: string; remove(): void } {
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`Build the extension first (no ${dir}): npm run build && npm run build:firefox`);
  const copy = mkdtempSync(join(tmpdir(), 'role-lens-build-'));
  cpSync(dir, copy, { recursive: true });
  return { dir: copy, remove: () => rmSync(copy, { recursive: true, force: true }) };
}

export const FIREFOX_EXTENSION_UUID = '5e1f3b7a-2c4d-4e8f-9a0b-1c2d3e4f5a6b';
export const FIREFOX_EXTENSION_ORIGIN = `moz-extension://${FIREFOX_EXTENSION_UUID}`;

/**
 * Firefox talks to no one: its own background traffic is switched off, and every connection it
 * would still open goes to `proxyPort` on this machine, which refuses it (and the test counts it).
 */
function quietPrefs(geckoId: string, proxyPort: number): Record<string, unknown> {
  return {
    // Known to tests before install: moz-extension://<uuid>/ is otherwise random per profile.
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
    // Any connection that escapes request interception (Firefox's own background services, an
    // OCSP check, …) goes to a local port that closes it at once: nothing leaves the machine.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.proxy.socks_remote_dns': true,
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'network.http.speculative-parallel-limit': 0,
    'browser.urlbar.speculativeConnect.enabled': false,
    'security.OCSP.enabled': 0,
    'security.remote_settings.crlite_filters.enabled': false,
    // Updates of Firefox, add-ons, system add-ons and search engines.
    'app.update.auto': false,
    'app.update.disabledForTesting': true,
    'app.update.service.enabled': false,
    'app.update.staging.enabled': false,
    'extensions.update.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'extensions.blocklist.enabled': false,
    'browser.search.update': false,
    // Telemetry, data reporting, studies (Normandy, Nimbus), crash reports.
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.archive.enabled': false,
    'toolkit.telemetry.server': '',
    'toolkit.telemetry.newProfilePing.enabled': false,
    'toolkit.telemetry.shutdownPingSender.enabled': false,
    'toolkit.telemetry.firstShutdownPing.enabled': false,
    'toolkit.telemetry.updatePing.enabled': false,
    'toolkit.telemetry.bhrPing.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'datareporting.usage.uploadEnabled': false,
    'app.normandy.enabled': false,
    'app.normandy.api_url': '',
    'app.shield.optoutstudies.enabled': false,
    'messaging-system.rsexperimentloader.enabled': false,
    'browser.crashReports.unsubmittedCheck.autoSubmit2': false,
    'breakpad.reportURL': '',
    // Captive portal and connectivity checks, push, geolocation and region lookups.
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'captivedetect.canonicalURL': '',
    'dom.push.enabled': false,
    'dom.push.connection.enabled': false,
    'geo.provider.network.url': '',
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    // Remote settings (blocklists, suggestions, …): Firefox's own test dummy, which (with
    // MOZ_DISABLE_NONLOCAL_CONNECTIONS, see below) makes it skip syncing altogether. A release
    // build ignores any other value and syncs from Mozilla's servers.
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    // New-tab feeds, Pocket, add-on recommendations, safe browsing, translations, ML.
    'browser.newtabpage.enabled': false,
    'browser.newtabpage.activity-stream.feeds.topsites': false,
    'browser.newtabpage.activity-stream.feeds.system.topstories': false,
    'browser.newtabpage.activity-stream.telemetry': false,
    'browser.topsites.contile.enabled': false,
    'extensions.pocket.enabled': false,
    'extensions.getAddons.showPane': false,
    'extensions.htmlaboutaddons.recommendations.enabled': false,
    'browser.discovery.enabled': false,
    'browser.safebrowsing.provider.google4.updateURL': '',
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.translations.enable': false,
    'browser.ml.enable': false,
    'media.gmp-manager.updateEnabled': false,
    'media.gmp-gmpopenh264.enabled': false,
  };
}

/** Firefox's console lines for a subresource whose request the test aborted (a saved page's web font). */
const ABORTED_LOAD = /^downloadable font: download failed|^Cross-Origin Request Blocked: .*\(Reason: CORS request did not succeed\)/;

/**
 * A local proxy that takes no request: it notes the first line of each (CONNECT host:443, GET url)
 * and closes the connection. Firefox's proxy prefs point here.
 */
async function startDeadProxy(): Promise<{ port: number; attempts: string[]; close(): void }> {
  const attempts: string[] = [];
  const server = createServer((socket) => {
    socket.once('data', (data) => attempts.push(data.toString('latin1').split('\r\n')[0]!));
    socket.on('error', () => undefined);
    setImmediate(() => socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, attempts, close: () => server.close() };
}

export interface FirefoxExtensionBrowser {
  browser: Browser;
  /** Connections Firefox tried to open on its own (through the dead proxy): none is expected. */
  outboundAttempts: string[];
  geckoId: string;
  /** moz-extension://<uuid> */
  origin: string;
  /** Serves `html` at `url` (and every URL starting with it); every other request is aborted. */
  serve(url: string, html: string): void;
  /** Console errors and uncaught errors seen so far, from any page opened with newPage(). */
  errors: string[];
  /** A page in a window of its own (so it is visible: hidden tabs throttle timers and frames), requests intercepted. */
  newPage(): Promise<Page>;
  /** Loads one of the extension's own pages (popup.html, options.html, …) in `page`. */
  openExtensionPage(page: Page, path: string): Promise<void>;
  /** Replaces everything in the extension's local storage (empty: a fresh install). */
  setStorage(items?: Record<string, unknown>): Promise<void>;
  /** An extension page (options.html) kept open: runs extension API calls as the extension's own pages do. */
  extensionPage: Page;
  /** Runs `expression` in the browser's own (chrome) scope, as Firefox's UI code does; returns its JSON-able value. */
  chromeEval<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

/** The WebDriver BiDi session under Puppeteer's Firefox browser, for the commands Puppeteer doesn't wrap. */
interface BidiSession {
  send(method: string, params: object): Promise<unknown>;
}
const bidi = (browser: Browser) => (browser as unknown as { connection: BidiSession }).connection;

/** Navigations to moz-extension:// need the remote agent's system access, and are sent over BiDi directly. */
async function navigateToExtensionPage(browser: Browser, page: Page, url: string): Promise<void> {
  // Puppeteer's own goto() waits for network events an extension page (loaded in the extension
  // process, not over HTTP) never sends: start the navigation, then wait for the document.
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  await bidi(browser).send('browsingContext.navigate', { context, url, wait: 'none' });
  await page.waitForFunction((target) => location.href === target && document.readyState === 'complete', { polling: 50 }, url);
}

/**
 * Launches with a snapshot of the Firefox build, or with `extensionDir` (a variant of it a test
 * prepared), in US English or in `uiLanguage` (German needs Debian's firefox-esr-l10n-de).
 */
export async function launchFirefoxExtensionBrowser(extensionDir?: string, { uiLanguage = 'en-US' } = {}): Promise<FirefoxExtensionBrowser> {
  const snapshot = extensionDir === undefined ? snapshotBuild(FIREFOX_EXTENSION_DIR) : undefined;
  const dir = extensionDir ?? snapshot!.dir;
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`no extension in ${dir}`);
  const geckoId: string = JSON.parse(readFileSync(manifestPath, 'utf8')).browser_specific_settings.gecko.id;
  const proxy = await startDeadProxy();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Firefox's own test-harness switch: remote settings then honour the dummy server above and
    // stay quiet, and Gecko refuses connections to any non-local address.
    env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
    // System access lets BiDi open moz-extension:// pages and run the chrome-scope helpers
    // below (what about:addons does to withhold host permissions).
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: { ...quietPrefs(geckoId, proxy.port), 'intl.locale.requested': uiLanguage },
    defaultViewport: { width: 1400, height: 900 },
  });
  const close = async () => {
    await browser.close();
    proxy.close();
    snapshot?.remove();
  };

  const served = new Map<string, string>();
  const errors: string[] = [];
  const onRequest = (request: HTTPRequest) => {
    const url = request.url();
    const html = served.get(url) ?? [...served].find(([prefix]) => url.startsWith(prefix))?.[1];
    if (html !== undefined && request.isNavigationRequest()) {
      void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html }).catch(() => undefined);
    } else {
      void request.abort().catch(() => undefined);
    }
  };
  const newPage = async () => {
    const page = await browser.newPage({ type: 'window' });
    await page.setRequestInterception(true);
    page.on('request', onRequest);
    // Over BiDi, Firefox reports its own error-console lines (CSP, CSS, network) as page errors
    // too. Those about the requests the tests abort on purpose are left out, as Chromium's
    // "Failed to load resource" lines are.
    page.on('pageerror', (error) => {
      const text = error instanceof Error ? error.message : String(error);
      if (!ABORTED_LOAD.test(text)) errors.push(`pageerror: ${text}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error' && !ABORTED_LOAD.test(message.text())) errors.push(`console: ${message.text()}`);
    });
    return page;
  };

  const chromeContext = async (): Promise<string> => {
    const tree = (await bidi(browser).send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 })) as {
      result: { contexts: { context: string; url: string }[] };
    };
    const window = tree.result.contexts.find((context) => context.url === 'chrome://browser/content/browser.xhtml');
    if (!window) throw new Error('no browser window');
    return window.context;
  };
  const chromeEval = async <T,>(expression: string): Promise<T> => {
    const reply = (await bidi(browser).send('script.evaluate', {
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      target: { context: await chromeContext() },
      awaitPromise: true,
      resultOwnership: 'none',
    })) as { result: { type: string; result?: { value?: string }; exceptionDetails?: { text: string } } };
    if (reply.result.type === 'exception') throw new Error(`chrome scope: ${reply.result.exceptionDetails?.text}`);
    const text = reply.result.result?.value;
    return (text === undefined ? undefined : JSON.parse(text)) as T;
  };

  const openExtensionPage = (page: Page, path: string) => navigateToExtensionPage(browser, page, `${FIREFOX_EXTENSION_ORIGIN}/${path}`);
  let storagePage: Page;
  try {
    const installed = await browser.installExtension(dir);
    if (installed !== geckoId) throw new Error(`installed ${installed}, expected ${geckoId}`);
    // An extension page kept open to reach extension storage (the background is an event page and may be asleep).
    storagePage = await browser.newPage({ type: 'window' });
    await openExtensionPage(storagePage, 'options.html');
  } catch (error) {
    await close();
    throw error;
  }

  return {
    browser,
    outboundAttempts: proxy.attempts,
    geckoId,
    origin: FIREFOX_EXTENSION_ORIGIN,
    serve: (url, html) => served.set(url, html),
    errors,
    newPage,
    openExtensionPage,
    extensionPage: storagePage,
    async setStorage(items = {}) {
      await storagePage.evaluate(async (values) => {
        const local = (globalThis as unknown as { browser: { storage: { local: { clear(): Promise<void>; set(items: object): Promise<void> } } } }).browser.storage
          .local;
        await local.clear();
        await local.set(values);
      }, items);
    },
    chromeEval,
    close,
  };
}
