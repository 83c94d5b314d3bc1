// The built extension in a Chromium and a Firefox whose language is German (Debian's
// chromium-l10n and firefox-esr-l10n-de): the panel, badges and popup speak German and write
// numbers the German way; the posting's and the sources' own words stay as written, and the
// contract attributes stay the same.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR } from './browser';
import { attributeOf, BROWSERS, count, launchDriver, textOf, waitFor, type DriverPage, type ExtensionDriver } from './driver';
import { freshPagePerTest } from './fresh-page';
import { LINKEDIN_SEARCH, linkedinSearch, savedBoardPage } from './scenario-pages';

const PANEL = 'role-lens-panel';
/** Text with the no-break spaces German formatting puts in, as plain spaces. */
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe.each(BROWSERS)('%s in German', (name) => {
  let driver: ExtensionDriver;
  let page: DriverPage;

  beforeAll(async () => {
    driver = await launchDriver(name, { uiLanguage: 'de' });
  });
  afterAll(async () => {
    await driver?.close();
  });
  freshPagePerTest(() => driver, (opened) => (page = opened));

  it('the panel on a LinkedIn posting in Kenya: German headings, the country named in German, German numbers', async () => {
    driver.serve(LINKEDIN_SEARCH.split('?')[0]!, linkedinSearch('Customer Service Manager'));
    await page.goto(LINKEDIN_SEARCH);
    await waitFor(page, [PANEL, '.rl-panel, .rl-pill']);
    if ((await count(page, [PANEL, '.rl-pill'])) > 0) await page.click([PANEL, '.rl-pill']);
    await waitFor(page, [PANEL, '.rl-panel']);
    expect(await textOf(page, [PANEL, '.rl-panel__recognised'])).toBe('Erkannt aus „Customer Service Manager“');
    expect(await textOf(page, [PANEL, '.rl-section__title'])).toBe('Diese Anzeige');
    expect(plain(await textOf(page, [PANEL, '.rl-regional__label']))).toBe(
      'Keine Zahl für die Rolle Customer Service Manager in diesem Land (Kenia); zur Orientierung werden Zahlen für die Region USA gezeigt.',
    );
    expect(plain(await textOf(page, [PANEL, '.rl-bar__labels strong']))).toBe('43.920 $–102.980 $');
    await page.screenshot(join(ARTIFACTS_DIR, `${name}-panel-linkedin-de.png`));
    expect(await attributeOf(page, PANEL, 'data-headline-region')).toBe('us');
  });

  it('a StepStone card with a German title gets a German badge', async () => {
    const url = 'https://www.stepstone.de/jobs/software-engineer/in-40210';
    driver.serve(url, savedBoardPage('stepstone/stepstone-1-search.html', [['Software Engineer Azure (all genders)', 'Leiter Kundenservice (m/w/d)']]));
    await page.goto(url);
    const badge = ['role-lens-badge[data-role-id="customer-service-director"]', '.rl-badge'];
    await waitFor(page, badge);
    expect(plain(await textOf(page, badge))).toBe('Service Director · USA · Grundgehalt · 2024 · 43.920 $–102.980 $');
  });

  it('the popup: German words, the page marked German', async () => {
    const popup = await driver.openExtensionPage('popup.html');
    try {
      await waitFor(popup, '[data-role-id="customer-service-manager"] .rl-result__range');
      expect(await textOf(popup, 'label[for="role-search"]')).toBe('Rolle nachschlagen');
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe('de');
      expect(plain(await textOf(popup, '[data-role-id="customer-service-manager"] .rl-result__range'))).toBe('USA · Grundgehalt · 2024 · 43.920 $–102.980 $');
    } finally {
      await popup.close();
    }
  });
});
