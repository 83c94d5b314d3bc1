// The built extension on real saved pages of the boards added by the registry: SEEK, Jobstreet and Naukri job
// views, and the result lists of SEEK, Jobstreet, StepStone (a German title), Naukri, Totaljobs, Reed,
// Dice and Wellfound, each with one of our titles swapped in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { badgedCards, launchExtensionBrowser, type ExtensionBrowser } from './browser';
import { freshPagePerTest } from './fresh-page';
import { savedBoardPage } from './scenario-pages';

let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
});
afterAll(async () => {
  await browser?.close();
});
freshPagePerTest(() => browser, (opened) => (page = opened));

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

describe('Jobstreet (ph.jobstreet.com)', () => {
  it('a job view with our title gets the panel: pesos a month read as a year, no Philippines figure so nothing compared', async () => {
    await open('https://ph.jobstreet.com/job/82411354', savedBoardPage('jobstreet/jobstreet-3-jobview-ph.html', [['Mid-Level Frontend Developer', 'Customer Support Manager']]));
    const host = page.locator('role-lens-panel[data-role-id="customer-support-manager"][data-pay-verdict]');
    await host.waitFor({ state: 'attached' });
    expect(await host.evaluate((element) => [element.getAttribute('data-posting-pay'), element.getAttribute('data-headline-region'), element.getAttribute('data-pay-verdict')])).toEqual([
      '540000-660000 PHP/year',
      'us',
      'not-compared',
    ]);
  });
});

describe('Naukri (www.naukri.com)', () => {
  it('a job page in Bengaluru with our title gets the panel: India by the site, no India figure, the pay line not read as pay', async () => {
    const url = 'https://www.naukri.com/job-listings-site-reliability-engineer-tata-consultancy-services-bengaluru-8-to-10-years-190626026419';
    // The page's own stylesheets are gone: its left column gets back the width it has on Naukri.
    const layout = '<style>body{margin:0;font-family:sans-serif} [class*="styles_left-section-container"]{max-width:720px;margin-left:24px}</style>';
    await open(url, savedBoardPage('naukri/naukri-2-jobview.html', [['Site Reliability Engineer', 'Customer Support Manager']], layout));
    const host = page.locator('role-lens-panel[data-role-id="customer-support-manager"][data-pay-verdict]');
    await host.waitFor({ state: 'attached' });
    expect(await host.evaluate((element) => [element.getAttribute('data-headline-region'), element.getAttribute('data-pay-verdict'), element.getAttribute('data-posting-pay')])).toEqual([
      'us',
      'not-compared',
      null,
    ]);
    await expect(host.locator('.rl-regional__label').first().textContent()).resolves.toContain('No India figure for Customer Support Manager');
  });
});

describe('result lists', () => {
  it.each([
    ['SEEK Australia', 'https://www.seek.com.au/full-stack-jobs/in-All-Sydney-NSW', 'seek/seek-2-search.html', 'Senior Full Stack Flutter Developer', 'Customer Service Manager', 'article[data-testid="job-card"]', 'customer-service-manager'],
    ['Jobstreet Malaysia', 'https://my.jobstreet.com/product-manager-jobs', 'jobstreet/jobstreet-1-search-my.html', 'Lead Product Manager', 'Customer Support Manager', 'article[data-testid="job-card"]', 'customer-support-manager'],
    ['StepStone Germany (a German title)', 'https://www.stepstone.de/jobs/software-engineer/in-40210', 'stepstone/stepstone-1-search.html', 'Software Engineer Azure (all genders)', 'Leiter Kundenservice (m/w/d)', 'article[data-at="job-item"]', 'customer-service-director'],
    ['Naukri', 'https://www.naukri.com/flutter-developer-jobs-in-india', 'naukri/naukri-1-search.html', 'Sr. Flutter Developer', 'Customer Support Manager', '.srp-jobtuple-wrapper', 'customer-support-manager'],
    ['Totaljobs (UK)', 'https://www.totaljobs.com/jobs/sponsorship/in-united-kingdom?page=3', 'totaljobs/totaljobs-1-search.html', 'Sales Office Manager', 'Director of Customer Care', 'article[data-at="job-item"]', 'customer-care-director'],
    ['Reed (UK)', 'https://www.reed.co.uk/jobs/data-jobs-in-scotland', 'reed/reed-1-search-excerpt.html', 'Data Manager', 'Director of Customer Care', 'article[data-qa="job-card"]', 'customer-care-director'],
    ['Dice (US)', 'https://www.dice.com/jobs?q=network+engineer', 'dice/dice-1-search.html', '>Infinera Network Engineer<', '>Director, Customer Support<', '[data-testid="job-card"]', 'customer-support-director'],
    ['Wellfound (US)', 'https://wellfound.com/role/data-analyst', 'wellfound/wellfound-1-search.html', '>Senior Data Analyst<', '>Customer Support Director<', 'div.mb-4.w-full.px-4 > div', 'customer-support-director'],
  ])('%s: the card with our title gets a badge, the others none', async (_board, url, file, from, to, cardSelector, roleId) => {
    await open(url, savedBoardPage(file, [[from, to]]));
    await page.waitForSelector(`role-lens-badge[data-role-id="${roleId}"]`, { state: 'attached' });
    const badged = await badgedCards(page, cardSelector);
    expect(badged.length).toBeGreaterThan(0);
    expect(badged.every(([, role]) => role === roleId)).toBe(true);
    const titles = await page.evaluate(
      ({ selector, title }) => [...document.querySelectorAll(selector)].filter((card) => card.querySelector('role-lens-badge')).map((card) => card.textContent?.includes(title)),
      { selector: cardSelector, title: to.replace(/^>|<$/g, '') },
    );
    expect(titles.every(Boolean)).toBe(true);
  });
});
