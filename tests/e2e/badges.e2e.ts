// Badges on saved LinkedIn and Indeed search pages, with some card titles swapped for our roles.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inertPage, readFixturePage } from '../fixture-pages';
import { ARTIFACTS_DIR, badgedCards, launchExtensionBrowser, type ExtensionBrowser } from './browser';

/** Replaces the text between `open` and `close` in the cards at the given positions. */
function swapCardTitles(html: string, open: string, close: string, swaps: Map<number, string>): string {
  let result = '';
  let cursor = 0;
  let index = 0;
  for (let start = html.indexOf(open); start >= 0; start = html.indexOf(open, start + open.length), index++) {
    const textStart = start + open.length;
    const textEnd = html.indexOf(close, textStart);
    const title = swaps.get(index);
    if (title === undefined) continue;
    result += `${html.slice(cursor, textStart)}${title}`;
    cursor = textEnd;
  }
  return result + html.slice(cursor);
}

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchExtensionBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('search-result badges', () => {
  it('LinkedIn guest search: the swapped cards get the right badges, the others none', async () => {
    const url = 'https://www.linkedin.com/jobs/search?keywords=customer';
    const swaps = new Map([
      [1, 'Customer Support Manager'],
      [4, 'Director of Customer Care'],
      [10, 'Customer Service Representative'],
      [30, 'Sr. Mgr, Customer Service (Remote)'],
    ]);
    browser.serve(url, swapCardTitles(inertPage(readFixturePage('linkedin/linkedin-2-search.html')), 'class="base-search-card__title">', '</h3>', swaps));
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.waitForSelector('role-lens-badge', { state: 'attached' });
    await page.waitForTimeout(300);
    expect(await badgedCards(page, 'div.base-search-card')).toEqual([
      [1, 'customer-support-manager'],
      [4, 'customer-care-director'],
      [30, 'customer-service-manager'],
    ]);
    await expect(page.locator('role-lens-badge button').first().textContent()).resolves.toBe('Support Manager · US base · pub. 2023 · $45K–$92K');
    await page.locator('role-lens-badge').first().screenshot({ path: join(ARTIFACTS_DIR, 'badge-linkedin.png') });

    // Infinite scroll, then a virtualised list reusing a card for another job.
    await page.evaluate(() => {
      const list = document.querySelector('.jobs-search__results-list')!;
      const clone = list.querySelector('li')!.cloneNode(true) as HTMLElement;
      clone.querySelector('.base-search-card__title')!.textContent = 'Customer Care Manager';
      list.append(clone);
      const reused = document.querySelectorAll('.base-search-card__title')[1]!;
      reused.textContent = 'Python Developer';
    });
    await page.waitForFunction(() => document.querySelectorAll('role-lens-badge').length === 3);
    const cards = await badgedCards(page, 'div.base-search-card');
    expect(cards).toEqual([
      [4, 'customer-care-director'],
      [30, 'customer-service-manager'],
      [58, 'customer-care-manager'],
    ]);
    await page.close();
    expect(browser.errors).toEqual([]);
  });

  it('Indeed search: badges by the right titles, and a badge click opens that posting', async () => {
    const url = 'https://www.indeed.com/jobs?q=customer&l=savannah';
    const swaps = new Map([
      [0, 'Customer Care Manager'],
      [3, 'Director, Customer Support'],
    ]);
    let index = 0;
    // Indeed writes each title twice: <span title="Title" id="jobTitle-…">Title</span>.
    const html = inertPage(readFixturePage('indeed/indeed-3-search.html')).replace(
      /<span title="[^"]*" id="(jobTitle-[0-9a-f]+)">[^<]*<\/span>/g,
      (span, id: string) => {
        const title = swaps.get(index++);
        return title === undefined ? span : `<span title="${title}" id="${id}">${title}</span>`;
      },
    );
    browser.serve(url, html);
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.waitForSelector('role-lens-badge', { state: 'attached' });
    expect(await badgedCards(page, 'div.job_seen_beacon')).toEqual([
      [0, 'customer-care-manager'],
      [3, 'customer-support-director'],
    ]);
    const clicked = page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const link = document.querySelectorAll('a.jcs-JobTitle')[3] as HTMLAnchorElement;
          link.addEventListener('click', (event) => {
            event.preventDefault();
            resolve(link.dataset.jk ?? '');
          });
        }),
    );
    await page.locator('role-lens-badge').nth(1).click();
    expect(await clicked).toBe(await page.evaluate(() => (document.querySelectorAll('a.jcs-JobTitle')[3] as HTMLAnchorElement).dataset.jk));
    await page.close();
  });
});
