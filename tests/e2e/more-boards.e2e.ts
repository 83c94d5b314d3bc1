// Glassdoor and ZipRecruiter: saved search pages with some titles swapped for our roles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inertPage, readFixturePage } from '../fixture-pages';
import { badgedCards, launchExtensionBrowser, type ExtensionBrowser } from './browser';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchExtensionBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Glassdoor', () => {
  it('badges the search cards that are our roles', async () => {
    const url = 'https://www.glassdoor.com.br/Vaga/customer-jobs-SRCH_KO0,8.htm';
    const html = inertPage(readFixturePage('glassdoor/glassdoor-2-search.html')).replace(
      '>DevOps Engineer - Remote Work</a>',
      '>Gerente de Atendimento | Customer Service Manager (Remote)</a>',
    );
    browser.serve(url, html);
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.waitForSelector('role-lens-badge', { state: 'attached' });
    expect(await badgedCards(page, 'li[data-test="jobListing"]')).toEqual([[0, 'customer-service-manager']]);
    await page.close();
    expect(browser.errors).toEqual([]);
  });

  it('shows the panel for the selected job in the search page’s details pane', async () => {
    const url = 'https://www.glassdoor.fr/Emploi/paris-customer-emplois-SRCH_IL.0,5_IC2881970_KO6,14.htm';
    const html = inertPage(readFixturePage('glassdoor/glassdoor-3-search-with-pane.html')).replace(
      'id="jd-job-title-1009733330019">Consultant Manager en Modélisation et Risque de Marché | Banque | CDI | H/F</h1>',
      'id="jd-job-title-1009733330019">Directeur du Service Client (H/F)</h1>',
    );
    browser.serve(url, html);
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.waitForSelector('role-lens-panel[data-role-id="customer-service-director"]', { state: 'attached' });
    await page.close();
    expect(browser.errors).toEqual([]);
  });
});

describe('ZipRecruiter', () => {
  const url = 'https://www.ziprecruiter.com/jobs-search?search=customer&location=Houston%2C+TX&lk=Kb2NZiUoVpWumETagVgzsw';

  it('shows the panel for the right pane’s posting, with its weekly pay read as a year', async () => {
    const html = inertPage(readFixturePage('ziprecruiter/ziprecruiter-2-search.html')).replace(
      'md:text-header-md-tablet">Events Associate</h2>',
      'md:text-header-md-tablet">Customer Care Manager</h2>',
    );
    browser.serve(url.split('?')[0]!, html);
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.waitForSelector('role-lens-panel[data-role-id="customer-care-manager"][data-posting-pay="41600-62400 USD/year"]', {
      state: 'attached',
    });
    // The saved pane fills the window (no board CSS), so the panel waits as a pill: open it.
    await page.locator('.rl-pill').click();
    await expect(page.locator('.rl-posting-pay').textContent()).resolves.toContain('× 52');
    await page.close();
  });

  it('badges one card per job although each card renders twice', async () => {
    const html = inertPage(readFixturePage('ziprecruiter/ziprecruiter-2-search.html')).replaceAll(
      'Part-Time Event Manager (Travel, Tech, Fun)',
      'Director of Customer Support',
    );
    browser.serve(url.split('?')[0]!, html);
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.waitForSelector('role-lens-badge', { state: 'attached' });
    expect(await badgedCards(page, 'div.job_result_two_pane_v2')).toEqual([[0, 'customer-support-director']]);
    expect(await page.evaluate(() => document.querySelectorAll('role-lens-badge').length)).toBe(1);
    await page.close();
    expect(browser.errors).toEqual([]);
  });
});
