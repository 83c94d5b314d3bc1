// The built extension in a Chromium whose language is German: the panel, badges and popup speak
// German and write numbers the German way; the posting's and the sources' own words stay as written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { ARTIFACTS_DIR, launchExtensionBrowser, type ExtensionBrowser } from './browser';
import { freshPagePerTest } from './fresh-page';
import { LINKEDIN_SEARCH, linkedinSearch, savedBoardPage } from './scenario-pages';

let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchExtensionBrowser(undefined, { uiLanguage: 'de' });
});
afterAll(async () => {
  await browser?.close();
});
freshPagePerTest(() => browser, (opened) => (page = opened));

/** Text with the no-break spaces German formatting puts in, as plain spaces. */
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('Chromium in German', () => {
  it('the panel on a LinkedIn posting in Kenya: German headings, the country named in German, German numbers', async () => {
    browser.serve(LINKEDIN_SEARCH.split('?')[0]!, linkedinSearch('Customer Service Manager'));
    await page.goto(LINKEDIN_SEARCH);
    await page.locator('.rl-panel, .rl-pill').first().waitFor();
    if ((await page.locator('.rl-pill').count()) > 0) await page.locator('.rl-pill').click();
    const panel = page.locator('.rl-panel');
    await panel.waitFor();
    await expect(panel.getByRole('heading', { name: 'Gehalt' }).count()).resolves.toBe(1);
    await expect(panel.locator('.rl-panel__recognised').textContent()).resolves.toBe('Erkannt aus „Customer Service Manager“');
    expect(plain(await panel.locator('.rl-regional__label').first().textContent())).toBe(
      'Keine Zahl für die Rolle Customer Service Manager in diesem Land (Kenia); zur Orientierung werden Zahlen für die Region US gezeigt.',
    );
    expect(plain(await panel.locator('.rl-bar__labels strong').textContent())).toBe('43.920 $–102.980 $');
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'panel-linkedin-de.png') });
    // The contract stays the same in every language.
    expect(await page.locator('role-lens-panel').getAttribute('data-headline-region')).toBe('us');
  });

  it('a StepStone card with a German title gets a German badge', async () => {
    const url = 'https://www.stepstone.de/jobs/software-engineer/in-40210';
    browser.serve(url, savedBoardPage('stepstone/stepstone-1-search.html', [['Software Engineer Azure (all genders)', 'Leiter Kundenservice (m/w/d)']]));
    await page.goto(url);
    const badge = page.locator('role-lens-badge[data-role-id="customer-service-director"] .rl-badge').first();
    await badge.waitFor();
    expect(plain(await badge.textContent())).toMatch(/^Service Director · US · Grundgehalt · 2024 · 43\.920 \$–102\.980 \$$/);
  });

  it('the popup: German words, the page marked German', async () => {
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect(page.getByLabel('Rolle nachschlagen').count()).resolves.toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    const manager = page.locator('[data-role-id="customer-service-manager"] .rl-result__range');
    expect(plain(await manager.textContent())).toBe('US · Grundgehalt · 2024 · 43.920 $–102.980 $');
  });
});
