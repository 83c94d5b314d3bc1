// A career site the user granted: the run-time registered script reads its JSON-LD and shows the
// panel. The browser's permission prompt can't be clicked by automation, so the test installs a
// copy of the built extension whose manifest already holds that one site's access, as if granted.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inertPage, readFixturePage } from '../fixture-pages';
import { EXTENSION_DIR, launchExtensionBrowser, type ExtensionBrowser } from './browser';

const GRANTED_SITES = ['https://jobs.ashbyhq.com/*', 'https://jobs.lever.co/*', 'https://job-boards.greenhouse.io/*', 'https://medtronic.wd1.myworkdayjobs.com/*'];
const POSTING_URL = 'https://jobs.ashbyhq.com/ramp/ed2e9a94-0000-4000-8000-000000000001';
const LEVER_POSTING_URL = 'https://jobs.lever.co/dlocal/918b025c-a7e2-4288-b941-48e98a12a1e7';

let browser: ExtensionBrowser;
let extensionCopy: string;

beforeAll(async () => {
  extensionCopy = mkdtempSync(join(tmpdir(), 'role-lens-granted-'));
  cpSync(EXTENSION_DIR, extensionCopy, { recursive: true });
  const manifestPath = join(extensionCopy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  writeFileSync(manifestPath, JSON.stringify({ ...manifest, host_permissions: [...manifest.host_permissions, ...GRANTED_SITES] }));
  browser = await launchExtensionBrowser(extensionCopy);
});
afterAll(async () => {
  await browser?.close();
  rmSync(extensionCopy, { recursive: true, force: true });
});

describe('a career site the user enabled', () => {
  it('shows the panel for the page’s JSON-LD posting, with its pay compared', async () => {
    const html = inertPage(readFixturePage('jsonld/ashby-1.html')).replaceAll('Software Engineer, Accounting', 'Director of Customer Support');
    browser.serve(POSTING_URL, html);
    const page = await browser.context.newPage();
    await page.goto(POSTING_URL);
    await page.waitForSelector('role-lens-panel[data-role-id="customer-support-director"][data-posting-pay="168000-275100 USD/year"]', {
      state: 'attached',
      timeout: 10_000,
    });
    await page.close();
    expect(browser.errors).toEqual([]);
  });

  it('shows the panel on a saved Lever posting: no pay stated, so nothing compared', async () => {
    const html = inertPage(readFixturePage('jsonld/lever-1-job.html')).replaceAll('Artificial Intelligence Architect', 'Customer Care Manager');
    browser.serve(LEVER_POSTING_URL, html);
    const page = await browser.context.newPage();
    await page.goto(LEVER_POSTING_URL);
    const host = page.locator('role-lens-panel[data-role-id="customer-care-manager"][data-pay-verdict="not-compared"]');
    await host.waitFor({ state: 'attached', timeout: 10_000 });
    expect(await host.getAttribute('data-posting-pay')).toBeNull();
    await page.close();
    expect(browser.errors).toEqual([]);
  });

  it.each([
    ['Greenhouse job-boards page (no JSON-LD)', 'https://job-boards.greenhouse.io/sonatus/jobs/5071418007', 'jsonld/greenhouse-2-job.html', 'Senior Staff AI Engineer', 'Director, Customer Support', 'customer-support-director', '227500-300000 USD/year'],
    ['Workday server page (title only in og:title and JSON-LD)', 'https://medtronic.wd1.myworkdayjobs.com/en-US/MedtronicCareers/job/Finance-Analyst_R63409-1', 'jsonld/workday-2-job.html', 'Finance Analyst', 'Customer Service Manager', 'customer-service-manager', null],
  ])('shows the panel on a saved %s', async (_layout, url, file, from, to, roleId, postingPay) => {
    browser.serve(url, inertPage(readFixturePage(file)).replaceAll(from, to));
    const page = await browser.context.newPage();
    await page.goto(url);
    const host = page.locator(`role-lens-panel[data-role-id="${roleId}"][data-pay-verdict]`);
    await host.waitFor({ state: 'attached', timeout: 10_000 });
    expect(await host.getAttribute('data-posting-pay')).toBe(postingPay);
    await page.close();
    expect(browser.errors).toEqual([]);
  });

  it('is listed in settings with a way to revoke it', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    // The list of granted sites is read from the browser after the page paints.
    await page.getByRole('button', { name: 'Revoke access to jobs.ashbyhq.com' }).waitFor({ state: 'visible', timeout: 5000 });
    await page.close();
  });
});
