// The built extension on LinkedIn's newer layouts (saved pages, our titles swapped in): the
// server-rendered (SDUI) job view of 2026, the SDUI jobs home's cards, and /jobs/search-results/.
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, badgedCards, launchExtensionBrowser, type ExtensionBrowser } from './browser';
import { freshPagePerTest } from './fresh-page';
import { savedBoardPage } from './scenario-pages';

const SDUI_VIEW = 'https://www.linkedin.com/jobs/view/4374244548/';
const JOBS_HOME = 'https://www.linkedin.com/jobs/';
const SEARCH_RESULTS = 'https://www.linkedin.com/jobs/search-results/?currentJobId=4319389892&keywords=Software%20Engineer';
const JOB_CARD = '[data-view-name="job-card"]';

/**
 * Stands in for LinkedIn's stylesheet where the layout matters: SDUI's `data-display-contents`
 * wrappers draw no box of their own, and the job view is a column with room beside it.
 */
const SDUI_LAYOUT_CSS = '<style>body{margin:0;font-family:sans-serif} [data-display-contents="true"]{display:contents} main{display:block;max-width:720px;margin-left:24px}</style>';

let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});
freshPagePerTest(() => browser, (opened) => (page = opened));

/** Every badge's card index and role, once `count` badges are on the page. */
async function badgesOnceThere(cardSelector: string, count: number): Promise<(string | number | null)[][]> {
  await page.waitForFunction((expected) => document.querySelectorAll('role-lens-badge').length >= expected, count);
  return badgedCards(page, cardSelector);
}

/** Whether any badge sits inside a link (its click would follow the card's link too). */
const badgeInsideLink = () => page.evaluate(() => [...document.querySelectorAll('role-lens-badge')].some((badge) => badge.closest('a') !== null));

describe('LinkedIn SDUI job view (2026)', () => {
  it('shows the panel for the title in the top card, beside the posting, not over it', async () => {
    // Only the top card's title changes: the document title still names "Graduate Data Engineer".
    browser.serve(SDUI_VIEW, savedBoardPage('linkedin/linkedin-12-jobview-sdui.html', [['>Graduate Data Engineer<span', '>Customer Support Manager<span']], SDUI_LAYOUT_CSS));
    await page.goto(SDUI_VIEW);
    await page.waitForSelector('role-lens-panel[data-role-id="customer-support-manager"]', { state: 'attached' });
    const panel = page.locator('.rl-panel');
    await panel.getByRole('heading', { name: 'Customer Support Manager' }).waitFor({ state: 'visible' });
    await expect(panel.textContent()).resolves.toContain('Customer Support Manager');
    expect(await page.title()).toBe('Graduate Data Engineer | Flow Traders | LinkedIn');

    const title = await page.evaluate(() => {
      const paragraph = [...document.querySelectorAll('[data-view-name="job-detail-page"] p')].find((p) => p.textContent === 'Customer Support Manager ');
      return paragraph?.getBoundingClientRect().toJSON() as DOMRect | undefined;
    });
    const box = await panel.boundingBox();
    expect(title && box).toBeTruthy();
    // Beside the posting's column, right of its title (the detail page itself draws no box).
    expect(box!.x).toBeGreaterThanOrEqual(title!.right);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'panel-linkedin-sdui.png') });
  });
});

describe('LinkedIn SDUI jobs home (2025)', () => {
  it('badges exactly the cards with our titles, a verified one and a plain one, after their links', async () => {
    browser.serve(
      JOBS_HOME,
      savedBoardPage('linkedin/linkedin-11-jobshome-sdui.html', [
        // Card 1 is verified: its title is written twice (screen-reader copy and shown copy).
        ['2026 Software Engineer Program - Summer Internship – United States', 'Director of Customer Support'],
        // Card 7 is not.
        ['Software Engineering - Intern, Graduate', 'Customer Service Manager'],
      ], SDUI_LAYOUT_CSS),
    );
    await page.goto(JOBS_HOME);
    expect(await badgesOnceThere(JOB_CARD, 2)).toEqual([
      [0, 'customer-support-director'],
      [6, 'customer-service-manager'],
    ]);
    expect(await badgeInsideLink()).toBe(false);
    // A jobs home shows no posting: no panel.
    expect(await page.evaluate(() => document.querySelectorAll('role-lens-panel').length)).toBe(0);
    await page.locator('role-lens-badge').first().screenshot({ path: join(ARTIFACTS_DIR, 'badge-linkedin-sdui.png') });
  });
});

describe('LinkedIn /jobs/search-results/ (2025)', () => {
  it('badges a result card with our title', async () => {
    browser.serve(SEARCH_RESULTS, savedBoardPage('linkedin/linkedin-10-search-results.html', [['Staff Engineer - Shopper Supply', 'Customer Care Manager']], SDUI_LAYOUT_CSS));
    await page.goto(SEARCH_RESULTS);
    expect(await badgesOnceThere(JOB_CARD, 1)).toEqual([[1, 'customer-care-manager']]);
    expect(await badgeInsideLink()).toBe(false);
  });
});
