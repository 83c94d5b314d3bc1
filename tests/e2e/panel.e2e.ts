// The built extension annotating saved LinkedIn and Indeed pages in Chromium.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS_DIR, launchExtensionBrowser, type ExtensionBrowser } from './browser';
import { freshPagePerTest } from './fresh-page';
import { indeedView, linkedinSearch, linkedinView, savedBoardPage } from './scenario-pages';

const LINKEDIN_VIEW = 'https://au.linkedin.com/jobs/view/senior-software-engineer-developer-experience-at-heidi-4411867124';
const LINKEDIN_SEARCH = 'https://www.linkedin.com/jobs/search/?keywords=customer&currentJobId=4296883460';
const INDEED_VIEW = 'https://au.indeed.com/viewjob?jk=54f1f8af68d722d2';
const INDEED_CA_VIEW = 'https://ca.indeed.com/viewjob?jk=d0840105d904ca72';

const PANEL = 'role-lens-panel';

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

async function panelRole(target: Page): Promise<string | null> {
  return target.evaluate((tag) => document.querySelector(tag)?.getAttribute('data-role-id') ?? null, PANEL);
}

async function panelCount(target: Page): Promise<number> {
  return target.evaluate((tag) => document.querySelectorAll(tag).length, PANEL);
}

describe('job view pages', () => {
  it('LinkedIn: a matching posting gets the panel with the role, the recognised title and sources', async () => {
    browser.serve(LINKEDIN_VIEW, linkedinView('Senior Manager, Customer Support (Remote)'));
    await page.goto(LINKEDIN_VIEW);
    await page.waitForSelector(`${PANEL}[data-role-id="customer-support-manager"]`, { state: 'attached' });
    const panel = page.locator('.rl-panel');
    await panel.getByRole('heading', { name: 'Customer Support Manager' }).waitFor({ state: 'visible', timeout: 5000 });
    await expect(panel.textContent()).resolves.toContain('Senior Manager, Customer Support (Remote)');
    await expect(panel.textContent()).resolves.toContain('Bundled data — nothing is sent anywhere.');
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'panel-linkedin.png') });
  });

  it('LinkedIn: a posting for another job gets no panel', async () => {
    browser.serve(LINKEDIN_VIEW, linkedinView());
    await page.goto(LINKEDIN_VIEW);
    await page.waitForTimeout(500);
    expect(await panelCount(page)).toBe(0);
  });

  it('Indeed: a matching posting gets the panel; the host page keeps its layout', async () => {
    browser.serve(INDEED_VIEW, indeedView('Director of Customer Care'));
    await page.goto(INDEED_VIEW);
    const before = await page.evaluate(() => document.querySelector('h1')?.getBoundingClientRect().toJSON());
    await page.waitForSelector(`${PANEL}[data-role-id="customer-care-director"]`, { state: 'attached' });
    const after = await page.evaluate(() => document.querySelector('h1')?.getBoundingClientRect().toJSON());
    expect(after).toEqual(before);
    await expect(page.locator('.rl-panel').textContent()).resolves.toContain('No source gives this role');
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'panel-indeed.png') });
  });

  it('Indeed AU: reads the posting’s A$ pay and compares it with the Australia average, in AUD', async () => {
    browser.serve(INDEED_VIEW, indeedView('Customer Support Manager'));
    await page.goto(INDEED_VIEW);
    await page.waitForSelector(`${PANEL}[data-posting-pay="130000-160000 AUD/year"]`, { state: 'attached' });
    const text = await page.locator('.rl-posting-pay').textContent();
    expect(text).toContain('A$130K–A$160K');
    expect(text).toContain('Above the Australia average, A$71K: its bottom, A$130K, is over it.');
    await expect(page.locator('.rl-lead__caption').textContent()).resolves.toBe('Australia base · pub. 2023');
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'panel-indeed-pay.png') });
  });

  it('LinkedIn: a posting with no stated pay carries no pay attribute', async () => {
    browser.serve(LINKEDIN_VIEW, linkedinView('Customer Care Manager'));
    await page.goto(LINKEDIN_VIEW);
    await page.waitForSelector(`${PANEL}[data-role-id="customer-care-manager"]`, { state: 'attached' });
    expect(await page.evaluate((tag) => document.querySelector(tag)?.hasAttribute('data-posting-pay'), PANEL)).toBe(false);
  });

  it('Indeed: a posting for another job gets no panel', async () => {
    browser.serve(INDEED_CA_VIEW, savedBoardPage('indeed/indeed-2-viewjob.html'));
    await page.goto(INDEED_CA_VIEW);
    await page.waitForTimeout(500);
    expect(await panelCount(page)).toBe(0);
  });
});

/** In the page: runs a posting switch, then resolves with ms from the title's arrival to the panel's update. */
async function switchPosting(
  target: Page,
  step: { newTitle: string; jobId?: string; expectRole: string | null; mode: 'url-first' | 'rerender' | 'late' },
): Promise<number> {
  return target.evaluate(async ({ newTitle, jobId, expectRole, mode }) => {
    const pane = document.querySelector('.job-details-jobs-unified-top-card__job-title');
    if (!pane) throw new Error('no title container');
    const currentRole = () => document.querySelector('role-lens-panel')?.getAttribute('data-role-id') ?? null;
    const render = () => {
      const h1 = document.createElement('h1');
      const link = document.createElement('a');
      link.textContent = newTitle;
      h1.append(link);
      pane.replaceChildren(h1);
    };
    if (jobId) history.pushState({}, '', `/jobs/search/?keywords=customer&currentJobId=${jobId}`);
    if (mode === 'late') {
      pane.replaceChildren();
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    if (mode === 'url-first') await new Promise((resolve) => setTimeout(resolve, 50));
    const start = performance.now();
    render();
    while (currentRole() !== expectRole) {
      if (performance.now() - start > 2000) throw new Error(`panel shows ${currentRole()}, expected ${expectRole}`);
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    return performance.now() - start;
  }, step);
}

describe('single-page navigation on a LinkedIn search page', () => {
  it('follows the URL changing first, a re-render with no URL change, and a late title', async () => {
    browser.serve(LINKEDIN_SEARCH.split('?')[0]!, linkedinSearch('Customer Service Manager'));
    await page.goto(LINKEDIN_SEARCH);
    await page.waitForSelector(`${PANEL}[data-role-id="customer-service-manager"]`, { state: 'attached' });

    const timings = [
      await switchPosting(page, { newTitle: 'Director of Customer Care', jobId: '1001', expectRole: 'customer-care-director', mode: 'url-first' }),
      await switchPosting(page, { newTitle: 'Customer Support Director', expectRole: 'customer-support-director', mode: 'rerender' }),
      await switchPosting(page, { newTitle: 'Sr. Mgr, Customer Care', jobId: '1002', expectRole: 'customer-care-manager', mode: 'late' }),
    ];
    for (const ms of timings) expect(ms).toBeLessThan(500);

    await switchPosting(page, { newTitle: 'Customer Success Manager', jobId: '1003', expectRole: null, mode: 'url-first' });
    expect(await panelCount(page)).toBe(0);
  });

  it('keeps exactly one panel after hundreds of switches', async () => {
    browser.serve(LINKEDIN_SEARCH.split('?')[0]!, linkedinSearch('Customer Service Manager'));
    await page.goto(LINKEDIN_SEARCH);
    await page.waitForSelector(PANEL, { state: 'attached' });
    const titles = [
      ['Customer Care Manager', 'customer-care-manager'],
      ['Project Manager', null],
      ['Director, Customer Support', 'customer-support-director'],
      ['Customer Services Director', 'customer-service-director'],
    ] as const;
    for (let i = 0; i < 200; i++) {
      const [newTitle, expectRole] = titles[i % titles.length]!;
      await switchPosting(page, { newTitle, jobId: String(5000 + i), expectRole, mode: i % 2 ? 'rerender' : 'url-first' });
      expect(await panelCount(page)).toBe(expectRole ? 1 : 0);
    }
  });
});

describe('loading the panel only where one of our roles is shown', () => {
  /** The extension's scripts the page has run so far (the detector, and the panel's once loaded). */
  async function extensionScripts(target: Page): Promise<() => string[]> {
    const cdp = await browser.context.newCDPSession(target);
    const seen: string[] = [];
    cdp.on('Debugger.scriptParsed', ({ url }) => {
      if (url.startsWith(`chrome-extension://${browser.extensionId}/`)) seen.push(new URL(url).pathname);
    });
    await cdp.send('Debugger.enable');
    return () => [...new Set(seen)].sort();
  }

  it('a posting for another job runs only the detector; switching to one of ours loads the panel within 500 ms', async () => {
    browser.serve(LINKEDIN_SEARCH.split('?')[0]!, linkedinSearch('Customer Success Manager'));
    const scripts = await extensionScripts(page);
    await page.goto(LINKEDIN_SEARCH);
    await page.waitForTimeout(500);
    expect(await panelCount(page)).toBe(0);
    expect(scripts()).toEqual(['/content-scripts/detect-linkedin.js']);

    const ms = await switchPosting(page, { newTitle: 'Customer Support Manager', jobId: '2001', expectRole: 'customer-support-manager', mode: 'url-first' });
    expect(ms).toBeLessThan(500);
    expect(scripts()).toEqual(['/content-scripts/detect-linkedin.js', '/content-scripts/role-lens.js']);
  });
});

describe('remembered choices', () => {
  it('collapse survives a reload, and the pill reopens the panel', async () => {
    browser.serve(LINKEDIN_VIEW, linkedinView('Customer Care Manager'));
    await page.goto(LINKEDIN_VIEW);
    await page.getByRole('button', { name: 'Collapse the panel' }).click();
    await page.waitForSelector('.rl-pill');
    await page.reload();
    await page.waitForSelector(`${PANEL}[data-role-id="customer-care-manager"]`, { state: 'attached' });
    await page.waitForSelector('.rl-pill');
    expect(await page.locator('.rl-panel').count()).toBe(0);
    await page.locator('.rl-pill').click();
    await page.waitForSelector('.rl-panel');
  });

  it('dismissing hides the panel for that posting only, across reloads', async () => {
    browser.serve(LINKEDIN_VIEW, linkedinView('Customer Care Manager'));
    await page.goto(LINKEDIN_VIEW);
    await page.getByRole('button', { name: 'Hide for this posting' }).click();
    expect(await panelCount(page)).toBe(0);
    await page.reload();
    await page.waitForTimeout(500);
    expect(await panelCount(page)).toBe(0);

    const otherPosting = LINKEDIN_VIEW.replace('4411867124', '4411867125');
    browser.serve(otherPosting, linkedinView('Customer Care Manager'));
    await page.goto(otherPosting);
    await page.waitForSelector(`${PANEL}[data-role-id="customer-care-manager"]`, { state: 'attached' });
    expect(await panelRole(page)).toBe('customer-care-manager');
  });
});
