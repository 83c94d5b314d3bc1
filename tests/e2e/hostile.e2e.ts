// Hostile pages and bad input against the built extension, plus axe-core accessibility checks.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inertPage, readFixturePage } from '../fixture-pages';
import { BOARD_LAYOUT_CSS, launchExtensionBrowser, type ExtensionBrowser } from './browser';

const SEARCH_URL = 'https://www.linkedin.com/jobs/search/?keywords=customer&currentJobId=4296883460';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The logged-in search page with `titleHtml` as its posting title and `headHtml` in its head.
 * Its saved CSP meta tag goes, so the test's own hostile inline script can run.
 */
function searchPage(titleHtml: string, headHtml = ''): string {
  return inertPage(readFixturePage('linkedin/linkedin-5-search-loggedin.html'))
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/g, '')
    .replace('</head>', `${BOARD_LAYOUT_CSS}${headHtml}</head>`)
    .replace('>Project Manager</a></h1>', `>${titleHtml}</a></h1>`);
}

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

let browser: ExtensionBrowser;
let page: Page;
let dialogs: string[];

beforeAll(async () => {
  browser = await launchExtensionBrowser();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  await browser.setStorage();
  page = await browser.context.newPage();
  dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  browser.errors.length = 0;
  return async () => {
    await page.close();
    expect(browser.errors).toEqual([]);
    expect(dialogs).toEqual([]);
  };
});

const panelRole = () => page.evaluate(() => document.querySelector('role-lens-panel')?.getAttribute('data-role-id') ?? null);

describe('titles carrying markup, huge text and invisible characters', () => {
  it('shows markup in a title as text and runs nothing', async () => {
    const title = '<img src=x onerror=alert(1)>Customer Service Manager';
    browser.serve(SEARCH_URL.split('?')[0]!, searchPage(escapeHtml(title)));
    await page.goto(SEARCH_URL);
    await page.waitForSelector('role-lens-panel[data-role-id="customer-service-manager"]', { state: 'attached' });
    await expect(page.locator('.rl-panel__posting').textContent()).resolves.toBe(title);
    expect(await page.evaluate(() => document.querySelector('role-lens-panel')!.shadowRoot!.querySelectorAll('img').length)).toBe(0);
  });

  it('copes with a 100 KB title, right-to-left marks and zero-width characters', async () => {
    const huge = `Customer Care Manager ${'x'.repeat(100_000)}`;
    browser.serve(SEARCH_URL.split('?')[0]!, searchPage(huge));
    await page.goto(SEARCH_URL);
    await page.waitForSelector('role-lens-panel[data-role-id="customer-care-manager"]', { state: 'attached' });
    expect((await page.locator('.rl-panel__posting').textContent())!.length).toBeLessThanOrEqual(500);

    for (const [title, role] of <[string, string][]>[
      ['\u202BCustomer Support Director\u202C', 'customer-support-director'],
      ['Cus\u200Btomer Ser\u200Dvice Man\u2060ager', 'customer-service-manager'],
    ]) {
      await page.evaluate((text) => {
        document.querySelector('.job-details-jobs-unified-top-card__job-title h1 a')!.textContent = text;
      }, title);
      await page.waitForFunction((expected) => document.querySelector('role-lens-panel')?.getAttribute('data-role-id') === expected, role);
    }
  });
});

describe('pages that fight back', () => {
  it('keeps the panel visible and styled under `* { all: unset !important }`', async () => {
    const hostile = '<style>* { all: unset !important; } role-lens-panel { display: none !important; opacity: 0 !important; }</style>';
    browser.serve(SEARCH_URL.split('?')[0]!, searchPage('Customer Support Manager', hostile));
    await page.goto(SEARCH_URL);
    await page.waitForSelector('role-lens-panel', { state: 'attached' });
    // The unset page has no margin beside the posting, so the panel waits as a pill: open it.
    await page.locator('.rl-pill').click();
    const box = await page.locator('.rl-panel').boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    expect(box?.height).toBeGreaterThan(200);
    expect(await page.locator('.rl-panel').evaluate((panel) => getComputedStyle(panel).borderRadius)).toBe('10px');
  });

  it('works when the page replaces MutationObserver and Array.prototype.map', async () => {
    const sabotage =
      '<script>window.MutationObserver = function () { throw new Error("no observers here"); };' +
      'Array.prototype.map = function () { throw new Error("no map here"); };</script>';
    browser.serve(SEARCH_URL.split('?')[0]!, searchPage('Customer Support Manager', sabotage));
    await page.goto(SEARCH_URL);
    await page.waitForSelector('role-lens-panel[data-role-id="customer-support-manager"]', { state: 'attached' });
    await page.evaluate(() => {
      document.querySelector('.job-details-jobs-unified-top-card__job-title h1 a')!.textContent = 'Customer Care Director';
    });
    // Polled from the test: Playwright's own in-page waiting needs the MutationObserver the page broke.
    await expect.poll(panelRole, { timeout: 5000 }).toBe('customer-care-director');
  });

  it('comes back once when the page removes the panel, and then lets it be', async () => {
    browser.serve(SEARCH_URL.split('?')[0]!, searchPage('Customer Support Manager'));
    await page.goto(SEARCH_URL);
    await page.waitForSelector('role-lens-panel', { state: 'attached' });
    await page.evaluate(() => document.querySelector('role-lens-panel')!.remove());
    await page.waitForSelector('role-lens-panel', { state: 'attached' });
    await page.evaluate(() => document.querySelector('role-lens-panel')!.remove());
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.querySelectorAll('role-lens-panel').length)).toBe(0);
  });

  it('shrugs off garbage in extension storage', async () => {
    await browser.setStorage({ settings: 'garbage', panelCollapsed: { nope: 1 }, dismissedPostings: 42 });
    browser.serve(SEARCH_URL.split('?')[0]!, searchPage('Customer Support Manager'));
    await page.goto(SEARCH_URL);
    await page.waitForSelector('.rl-panel');
    expect(await panelRole()).toBe('customer-support-manager');
  });
});

describe('1,000 single-page switches', () => {
  it('leaves exactly one panel, a flat heap and no extra listeners', async () => {
    browser.serve(SEARCH_URL.split('?')[0]!, searchPage('Customer Support Manager'));
    await page.goto(SEARCH_URL);
    await page.waitForSelector('role-lens-panel', { state: 'attached' });
    const cdp = await browser.context.newCDPSession(page);
    const switches = (count: number) =>
      page.evaluate(async (total) => {
        const link = () => document.querySelector('.job-details-jobs-unified-top-card__job-title h1 a')!;
        const titles = ['Customer Care Manager', 'Director of Customer Support', 'Project Manager', 'Customer Services Director'];
        for (let i = 0; i < total; i++) {
          history.pushState({}, '', `/jobs/search/?keywords=customer&currentJobId=${7000 + i}`);
          link().textContent = titles[i % titles.length]!;
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
        // End on a known posting and let the panel settle.
        link().textContent = 'Customer Care Manager';
        await new Promise((resolve) => setTimeout(resolve, 100));
      }, count);
    const measure = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const { result } = await cdp.send('Runtime.evaluate', { expression: 'document' });
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId!, depth: -1, pierce: true });
      return { heap: usedSize, listeners: listeners.length };
    };
    await switches(50); // warm-up: caches, JIT and the panel's first render
    const before = await measure();
    await switches(1000);
    const after = await measure();
    expect(await page.evaluate(() => document.querySelectorAll('role-lens-panel').length)).toBe(1);
    expect(await panelRole()).toBe('customer-care-manager');
    expect(after.listeners).toBe(before.listeners);
    // Flat: within 1 MB after 1,000 switches (garbage-collected before each reading).
    expect(after.heap - before.heap).toBeLessThan(1_000_000);
  }, 120_000);
});

/** Runs axe-core in the page against `selectorChain` (a shadow-DOM path), returning violations. */
async function axeViolations(target: Page, selectorChain: string[] | null): Promise<string[]> {
  // Evaluated over the DevTools protocol, which page CSP and Trusted Types don't block.
  await target.evaluate(AXE_SOURCE);
  return target.evaluate(async (chain) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: object): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    const context = chain ? { include: [chain] } : document;
    const { violations } = await axe.run(context, { resultTypes: ['violations'] });
    return violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
  }, selectorChain);
}

describe('accessibility (axe-core)', () => {
  it('the panel, expanded and collapsed, has no violations', async () => {
    browser.serve(SEARCH_URL.split('?')[0]!, searchPage('Customer Support Manager'));
    await page.goto(SEARCH_URL);
    await page.waitForSelector('.rl-panel');
    await page.getByRole('button', { name: /Show all \d+ duties/ }).click();
    await page.locator('.rl-details summary').first().click();
    expect(await axeViolations(page, ['role-lens-panel', '.rl-root'])).toEqual([]);
    await page.getByRole('button', { name: 'Collapse the panel' }).click();
    await page.waitForSelector('.rl-pill');
    expect(await axeViolations(page, ['role-lens-panel', '.rl-root'])).toEqual([]);
  });

  it('the popup, listing and showing a role, has no violations', async () => {
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await page.waitForSelector('[role="option"]');
    expect(await axeViolations(page, null)).toEqual([]);
    await page.getByRole('combobox', { name: 'Look up a role' }).press('Enter');
    await page.waitForSelector('article.rl-card');
    expect(await axeViolations(page, null)).toEqual([]);
  });

  it('the settings page has no violations', async () => {
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.waitForSelector('form.rl-settings');
    expect(await axeViolations(page, null)).toEqual([]);
  });
});
