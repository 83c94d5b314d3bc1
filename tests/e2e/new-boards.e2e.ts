// The built extension on real saved pages of the boards added by the registry: a SEEK job view,
// and result lists of Jobstreet, StepStone (a German title) and Naukri, each with one of our
// titles swapped in.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { badgedCards, launchExtensionBrowser, type ExtensionBrowser } from './browser';
import { savedBoardPage } from './scenario-pages';

let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  await browser.setStorage();
  page = await browser.context.newPage();
  browser.errors.length = 0;
  return async () => {
    await page.close();
    expect(browser.errors).toEqual([]);
  };
});

async function open(url: string, html: string): Promise<void> {
  browser.serve(url.split('?')[0]!, html);
  await page.goto(url);
}

describe('SEEK (au.seek.com)', () => {
  it('a job view in Melbourne with our title gets the panel, the US figure for reference (Australia has only total earnings for the role)', async () => {
    await open('https://au.seek.com/job/93856863', savedBoardPage('seek/seek-1-jobview.html', [['Senior Platform Engineer | Remote | Australia', 'Customer Service Manager']]));
    const host = page.locator('role-lens-panel[data-role-id="customer-service-manager"][data-pay-verdict]');
    await host.waitFor({ state: 'attached' });
    expect(await host.evaluate((element) => [element.getAttribute('data-headline-region'), element.getAttribute('data-pay-verdict')])).toEqual(['us', 'not-compared']);
  });
});

describe('result lists', () => {
  it.each([
    ['Jobstreet Malaysia', 'https://my.jobstreet.com/product-manager-jobs', 'jobstreet/jobstreet-1-search-my.html', 'Lead Product Manager', 'Customer Support Manager', 'article[data-testid="job-card"]', 'customer-support-manager'],
    ['StepStone Germany (a German title)', 'https://www.stepstone.de/jobs/software-engineer/in-40210', 'stepstone/stepstone-1-search.html', 'Software Engineer Azure (all genders)', 'Leiter Kundenservice (m/w/d)', 'article[data-at="job-item"]', 'customer-service-director'],
    ['Naukri', 'https://www.naukri.com/flutter-developer-jobs-in-india', 'naukri/naukri-1-search.html', 'Sr. Flutter Developer', 'Customer Support Manager', '.srp-jobtuple-wrapper', 'customer-support-manager'],
  ])('%s: the card with our title gets a badge, the others none', async (_board, url, file, from, to, cardSelector, roleId) => {
    await open(url, savedBoardPage(file, [[from, to]]));
    await page.waitForSelector(`role-lens-badge[data-role-id="${roleId}"]`, { state: 'attached' });
    const badged = await badgedCards(page, cardSelector);
    expect(badged.length).toBeGreaterThan(0);
    expect(badged.every(([, role]) => role === roleId)).toBe(true);
    const titles = await page.evaluate(
      ({ selector, title }) => [...document.querySelectorAll(selector)].filter((card) => card.querySelector('role-lens-badge')).map((card) => card.textContent?.includes(title)),
      { selector: cardSelector, title: to },
    );
    expect(titles.every(Boolean)).toBe(true);
  });
});
