// The built extension's popup and options page in Chromium.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inertPage, readFixturePage } from '../fixture-pages';
import { ARTIFACTS_DIR, BOARD_LAYOUT_CSS, launchExtensionBrowser, type ExtensionBrowser } from './browser';

const LINKEDIN_VIEW = 'https://www.linkedin.com/jobs/view/customer-care-manager-at-acme-4411867124';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchExtensionBrowser();
  const html = inertPage(readFixturePage('linkedin/linkedin-1-jobview.html'))
    .replace('</head>', `${BOARD_LAYOUT_CSS}</head>`)
    .replace('>Senior Software Engineer - Developer Experience</h1>', '>Customer Care Manager</h1>');
  browser.serve(LINKEDIN_VIEW, html);
});
afterAll(async () => {
  await browser?.close();
});

const extensionPage = (path: string) => `chrome-extension://${browser.extensionId}/${path}`;

describe('popup', () => {
  it('types, chooses with the keyboard and shows the role card', async () => {
    const page = await browser.context.newPage();
    await page.goto(extensionPage('popup.html'));
    const search = page.getByRole('combobox', { name: 'Look up a role' });
    await expect(search.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    // Not the first role in the unfiltered list: only the fuzzy search (loaded after the first
    // paint) puts it first.
    await search.fill('custmer servce managr');
    await page.waitForSelector('[role="option"]:first-child[data-role-id="customer-service-manager"]', { timeout: 5000 });
    await search.press('Enter');
    await page.waitForSelector('article.rl-card[data-role-id="customer-service-manager"]');
    await expect(page.locator('article.rl-card').textContent()).resolves.toContain('US base · 2024 · $43.9K–$103K');
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'popup.png') });
    await page.close();
    expect(browser.errors).toEqual([]);
  });

  it('opens with the query a context-menu lookup passes in the URL', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${extensionPage('popup.html')}?q=${encodeURIComponent('care mgr')}`);
    await expect(page.getByRole('combobox', { name: 'Look up a role' }).inputValue()).resolves.toBe('care mgr');
    await page.waitForSelector('[role="option"]:first-child[data-role-id="customer-care-manager"]', { timeout: 5000 });
    await page.close();
  });
});

describe('career sites', () => {
  it('runs nothing on a career site the user did not enable', async () => {
    const url = 'https://jobs.lever.co/acme/0c1e3a7e-1f8a-4e55-9a43-2f1b1e8f7d11';
    const jsonLd = JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Director of Customer Care' });
    browser.serve(url, `<!doctype html><html><head><script type="application/ld+json">${jsonLd}</script></head><body><main><h1>Director of Customer Care</h1></main></body></html>`);
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => document.querySelectorAll('role-lens-panel').length)).toBe(0);
    await page.close();
  });
});

describe('content script and settings', () => {
  it('tells the popup which role the posting in a tab is', async () => {
    const board = await browser.context.newPage();
    await board.goto(LINKEDIN_VIEW);
    await board.waitForSelector('role-lens-panel[data-role-id="customer-care-manager"]', { state: 'attached' });
    const popup = await browser.context.newPage();
    await popup.goto(extensionPage('popup.html'));
    const reply = await popup.evaluate(async () => {
      // The popup page's own extension API, as the popup uses it.
      interface Tabs {
        query(filter: object): Promise<{ id?: number }[]>;
        sendMessage(id: number, message: unknown): Promise<unknown>;
      }
      const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
      // Without the "tabs" permission the popup cannot see URLs: ask every tab, keep who answers.
      const replies = await Promise.all(
        (await tabs.query({})).map((tab) => tabs.sendMessage(tab.id ?? -1, { type: 'role-lens/get-posting' }).catch(() => undefined)),
      );
      return replies.filter((reply) => reply !== undefined);
    });
    expect(reply).toEqual([{ roleId: 'customer-care-manager', postingTitle: 'Customer Care Manager' }]);
    await Promise.all([board.close(), popup.close()]);
  });

  it('switching a board off in settings removes the panel from open tabs without a reload', async () => {
    const board = await browser.context.newPage();
    await board.goto(LINKEDIN_VIEW);
    await board.waitForSelector('role-lens-panel', { state: 'attached' });
    const options = await browser.context.newPage();
    await options.goto(extensionPage('options.html'));
    await options.getByRole('checkbox', { name: 'LinkedIn' }).uncheck();
    await board.waitForSelector('role-lens-panel', { state: 'detached' });
    await options.getByRole('checkbox', { name: 'LinkedIn' }).check();
    await board.waitForSelector('role-lens-panel', { state: 'attached' });
    await options.getByRole('checkbox', { name: 'Show standard duties' }).uncheck();
    await board.waitForFunction(() => !document.querySelector('role-lens-panel')?.shadowRoot?.textContent?.includes('Standard duties'));
    await Promise.all([board.close(), options.close()]);
    expect(browser.errors).toEqual([]);
  });
});
