// Launches Debian's Chromium with the built extension, serving saved pages at the boards' real URLs.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS_DIR = resolve(import.meta.dirname, '../../test-results');

/** Saved pages' scripts are stripped; this stands in for the boards' CSS so the layout has margins. */
export const BOARD_LAYOUT_CSS =
  '<style>body{margin:0;font-family:sans-serif} .jobs-search__job-details--container,.top-card-layout,#viewJobSSRRoot,.jobsearch-JobComponent,.scaffold-layout__detail{max-width:720px;margin-left:24px}</style>';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Serves `html` at `url` (and every URL starting with it); every other request is aborted. */
  serve(url: string, html: string): void;
  /** Console errors and uncaught page errors seen so far, from any page. */
  errors: string[];
  /** Replaces everything in the extension's local storage (empty: a fresh install). */
  setStorage(items?: Record<string, unknown>): Promise<void>;
  /** A new page in the browser's one context. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** In the page: [card index, badge role id] for every card in `cardSelector` that carries a badge. */
export function badgedCardsInPage(cardSelector: string): [number, string][] {
  const found: [number, string][] = [];
  document.querySelectorAll(cardSelector).forEach((card, index) => {
    const role = card.querySelector('role-lens-badge')?.getAttribute('data-role-id');
    if (role) found.push([index, role]);
  });
  return found;
}

/** [card index, badge role id] for every card in `cardSelector` that carries a badge. */
export const badgedCards = (page: Page, cardSelector: string) => page.evaluate(badgedCardsInPage, cardSelector);

/** Launches with the built extension, or with `extensionDir` (a variant of it a test prepared); in a window for the demo. */
export async function launchExtensionBrowser(extensionDir = EXTENSION_DIR, { headless = true, uiLanguage = 'en-US' } = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error('Build the extension first: npm run build');
  const userDataDir = mkdtempSync(join(tmpdir(), 'role-lens-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless,
    locale: uiLanguage,
    viewport: { width: 1400, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--disable-gpu',
      // The browser's language, which the extension's words and numbers follow: fixed, whatever the machine's.
      `--lang=${uiLanguage}`,
    ],
  });
  const served = new Map<string, string>();
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://')) {
      await route.continue(); // the extension's own files
      return;
    }
    const html = served.get(url) ?? [...served].find(([prefix]) => url.startsWith(prefix))?.[1];
    if (html !== undefined && route.request().resourceType() === 'document') {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    } else {
      await route.abort();
    }
  });
  const errors: string[] = [];
  const watchPage = (page: Page) => {
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !/Failed to load resource|ERR_FAILED/.test(message.text())) {
        errors.push(`console: ${message.text()}`);
      }
    });
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);

  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // An extension page kept open to reach extension storage: the service worker may be asleep.
  const storagePage = await context.newPage();
  await storagePage.goto(`chrome-extension://${extensionId}/options.html`);
  return {
    context,
    extensionId,
    serve: (url, html) => served.set(url, html),
    errors,
    newPage: () => context.newPage(),
    async setStorage(items = {}) {
      await storagePage.evaluate(async (values) => {
        const local = (globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void>; set(items: object): Promise<void> } } } }).chrome.storage.local;
        await local.clear();
        await local.set(values);
      }, items);
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
