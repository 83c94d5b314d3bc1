// One small driver over the two browsers the extension is tested in: Debian's Chromium through
// Playwright (./browser.ts) and Debian's Firefox ESR through Puppeteer over WebDriver BiDi
// (./firefox/browser.ts). Scenarios written against it run unchanged in both.
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { EXTENSION_DIR, launchExtensionBrowser } from './browser';
import { launchFirefoxExtensionBrowser, snapshotBuild } from './firefox/browser';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

/**
 * A CSS selector, or a chain of them: each one after the first is looked up inside the open shadow
 * root of what the one before it matched (['role-lens-panel', '.rl-pill']).
 */
export type Selector = string | readonly string[];

export interface DriverPage {
  /** Loads a web page (one the test served) and waits for its load event. */
  goto(url: string): Promise<void>;
  /** Runs `fn` in the page's own world and returns its (JSON-able) result. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** A real mouse click on the element, scrolled into view first. */
  click(selector: Selector): Promise<void>;
  /** Types `text` into the element with the keyboard, replacing what it held. */
  fill(selector: Selector, text: string): Promise<void>;
  /** Presses a key ("Enter") in the focused element. */
  press(key: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionDriver {
  name: BrowserName;
  /** chrome-extension://<id> or moz-extension://<uuid> */
  origin: string;
  /** Serves `html` at `url` (and every URL starting with it); every other request is aborted. */
  serve(url: string, html: string): void;
  /** Console errors and uncaught page errors seen so far, from any page. */
  errors: string[];
  /** Connections the browser itself tried to open (Firefox: all go to a local dead proxy, which notes them). */
  outboundAttempts?: string[];
  /** Replaces everything in the extension's local storage (empty: a fresh install). */
  setStorage(items?: Record<string, unknown>): Promise<void>;
  /** A new, visible page. */
  newPage(): Promise<DriverPage>;
  /** A new page showing one of the extension's own pages (popup.html, options.html). */
  openExtensionPage(path: string): Promise<DriverPage>;
  close(): Promise<void>;
}

const chain = (selector: Selector): readonly string[] => (typeof selector === 'string' ? [selector] : selector);

function playwrightPage(page: PlaywrightPage): DriverPage {
  // Playwright's CSS engine pierces open shadow roots by itself.
  const css = (selector: Selector) => chain(selector).join(' ');
  return {
    async goto(url) {
      await page.goto(url);
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async click(selector) {
      await page.locator(css(selector)).first().click();
    },
    async fill(selector, text) {
      await page.locator(css(selector)).first().fill(text);
    },
    async press(key) {
      await page.keyboard.press(key);
    },
    async screenshot(path) {
      await page.screenshot({ path });
    },
    async close() {
      await page.close();
    },
  };
}

export function puppeteerPage(page: PuppeteerPage): DriverPage {
  // Puppeteer's deep combinator: `>>>` steps into shadow roots.
  const css = (selector: Selector) => chain(selector).join(' >>> ');
  return {
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async click(selector) {
      await page.locator(css(selector)).click();
    },
    async fill(selector, text) {
      await page.locator(css(selector)).fill(text);
    },
    async press(key) {
      await page.keyboard.press(key as never);
    },
    async screenshot(path) {
      await page.screenshot({ path: path as `${string}.png` });
    },
    async close() {
      await page.close();
    },
  };
}

/** Launches `name` with its build of the extension, speaking `uiLanguage` ("de"; US English by default). */
export async function launchDriver(name: BrowserName, { uiLanguage = 'en-US' } = {}): Promise<ExtensionDriver> {
  if (name === 'chromium') {
    // A snapshot of the build (as for Firefox): a rebuild during the run can't pull files from under it.
    const snapshot = snapshotBuild(EXTENSION_DIR);
    const browser = await launchExtensionBrowser(snapshot.dir, { uiLanguage }).catch((error: unknown) => {
      snapshot.remove();
      throw error;
    });
    const origin = `chrome-extension://${browser.extensionId}`;
    return {
      name,
      origin,
      serve: browser.serve,
      errors: browser.errors,
      setStorage: browser.setStorage,
      newPage: async () => playwrightPage(await browser.context.newPage()),
      async openExtensionPage(path) {
        const page = await browser.context.newPage();
        await page.goto(`${origin}/${path}`);
        return playwrightPage(page);
      },
      async close() {
        await browser.close();
        snapshot.remove();
      },
    };
  }
  const browser = await launchFirefoxExtensionBrowser(undefined, { uiLanguage });
  return {
    name,
    origin: browser.origin,
    serve: browser.serve,
    errors: browser.errors,
    outboundAttempts: browser.outboundAttempts,
    setStorage: browser.setStorage,
    newPage: async () => puppeteerPage(await browser.newPage()),
    async openExtensionPage(path) {
      const page = await browser.newPage();
      await browser.openExtensionPage(page, path);
      return puppeteerPage(page);
    },
    close: browser.close,
  };
}

// ---- Waiting for conditions (never for a fixed time) ----------------------------------------

/** Polls `check` from the test until it returns true; fails with `what` and the last value after `timeout` ms. */
export async function until(check: () => Promise<boolean>, what: string, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * In the page: how many elements match the selector chain (through open shadow roots). Plain DOM
 * calls only, so a page that replaced MutationObserver or Array.prototype.map can't break it.
 */
function countInPage(steps: readonly string[]): number {
  let scopes: (Document | ShadowRoot)[] = [document];
  for (let i = 0; i < steps.length; i++) {
    const next: (Document | ShadowRoot)[] = [];
    let found = 0;
    for (const scope of scopes) {
      const matches = scope.querySelectorAll(steps[i]!);
      found += matches.length;
      if (i < steps.length - 1) for (const element of matches) if (element.shadowRoot) next.push(element.shadowRoot);
    }
    if (i === steps.length - 1) return found;
    scopes = next;
  }
  return 0;
}

/** Number of elements matching the selector (chain). */
export const count = (page: DriverPage, selector: Selector) => page.evaluate(countInPage, [...chain(selector)]);

/** Waits until the selector (chain) matches something, or with 'detached', nothing. */
export function waitFor(page: DriverPage, selector: Selector, state: 'attached' | 'detached' = 'attached', timeout?: number): Promise<void> {
  return until(async () => ((await count(page, selector)) > 0) === (state === 'attached'), `${chain(selector).join(' › ')} ${state}`, timeout);
}

/** The text of the first element matching the selector (chain), or null. */
export function textOf(page: DriverPage, selector: Selector): Promise<string | null> {
  return page.evaluate((steps) => {
    let element: Element | null = null;
    let scope: Document | ShadowRoot | null = document;
    for (const step of steps) {
      element = scope?.querySelector(step) ?? null;
      scope = element?.shadowRoot ?? null;
    }
    return element?.textContent ?? null;
  }, [...chain(selector)]);
}

/** An attribute of the first element matching `selector` in the page's own DOM. */
export function attributeOf(page: DriverPage, selector: string, name: string): Promise<string | null> {
  return page.evaluate(([css, attribute]) => document.querySelector(css!)?.getAttribute(attribute!) ?? null, [selector, name]);
}
