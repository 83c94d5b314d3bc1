// The core scenarios, run unchanged in Debian's Chromium (Playwright) and Debian's Firefox ESR
// (Puppeteer over WebDriver BiDi), each with its own build of the extension.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, badgedCardsInPage } from './browser';
import { attributeOf, BROWSERS, count, launchDriver, textOf, until, waitFor, type DriverPage, type ExtensionDriver } from './driver';
import {
  INDEED_SEARCH,
  INDEED_VIEW,
  indeedSearch,
  indeedView,
  LINKEDIN_GUEST_SEARCH,
  LINKEDIN_SEARCH,
  LINKEDIN_TITLE_PANE,
  LINKEDIN_VIEW,
  linkedinGuestSearch,
  linkedinSearch,
  linkedinSearchStrictCsp,
  linkedinSearchWithHead,
  linkedinView,
  switchLinkedinPostingInPage,
} from './scenario-pages';

const PANEL = 'role-lens-panel';
const panelRole = (page: DriverPage) => attributeOf(page, PANEL, 'data-role-id');

/** [card index, badge role id] for every card in `cardSelector` that carries a badge. */
const badgedCards = (page: DriverPage, cardSelector: string) => page.evaluate(badgedCardsInPage, cardSelector);

/** A single-page switch to another LinkedIn posting; resolves once the panel shows `expectRole`, with the ms that took. */
const switchPosting = (page: DriverPage, step: { title: string; jobId: string; expectRole: string | null }) =>
  page.evaluate(switchLinkedinPostingInPage, { ...step, pane: LINKEDIN_TITLE_PANE });

describe.each(BROWSERS)('%s', (name) => {
  let driver: ExtensionDriver;
  let page: DriverPage;

  beforeAll(async () => {
    driver = await launchDriver(name);
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
  });
  afterAll(async () => {
    await driver?.close();
  });
  beforeEach(async () => {
    await driver.setStorage();
    page = await driver.newPage();
    driver.errors.length = 0;
    return async () => {
      await page.close();
      expect(driver.errors).toEqual([]);
      // Nothing reaches the network: not the pages (every request is served or aborted), nor the browser itself.
      if (driver.outboundAttempts) expect(driver.outboundAttempts).toEqual([]);
    };
  });

  describe('the panel on a posting', () => {
    it('LinkedIn: one of our titles gets the panel with the role, the recognised title and the offline note; no stated pay, no pay attribute', async () => {
      driver.serve(LINKEDIN_VIEW, linkedinView('Senior Manager, Customer Support (Remote)'));
      await page.goto(LINKEDIN_VIEW);
      await waitFor(page, `${PANEL}[data-role-id="customer-support-manager"][data-pay-verdict]`);
      await waitFor(page, [PANEL, '.rl-panel']);
      expect(await textOf(page, [PANEL, '.rl-panel h2, .rl-panel h3'])).toContain('Customer Support Manager');
      const text = await textOf(page, [PANEL, '.rl-panel']);
      expect(text).toContain('Senior Manager, Customer Support (Remote)');
      expect(text).toContain('Bundled data — nothing is sent anywhere.');
      expect(await attributeOf(page, PANEL, 'data-posting-pay')).toBeNull();
      expect(await attributeOf(page, PANEL, 'data-pay-verdict')).toBe('not-compared');
      await page.screenshot(join(ARTIFACTS_DIR, `${name}-panel-linkedin.png`));
    });

    it('Indeed AU: reads the posting’s A$ pay and compares it with the Australia average', async () => {
      driver.serve(INDEED_VIEW, indeedView('Customer Support Manager'));
      await page.goto(INDEED_VIEW);
      await waitFor(page, `${PANEL}[data-role-id="customer-support-manager"][data-posting-pay="130000-160000 AUD/year"]`);
      expect(await attributeOf(page, PANEL, 'data-pay-verdict')).toBe('above');
      expect(await attributeOf(page, PANEL, 'data-headline-region')).toBe('australia');
      const pay = await textOf(page, [PANEL, '.rl-posting-pay']);
      expect(pay).toContain('A$130K–A$160K');
      expect(pay).toContain('Above the Australia average, A$71K: its bottom, A$130K, is over it.');
      await page.screenshot(join(ARTIFACTS_DIR, `${name}-panel-indeed-pay.png`));
    });
  });

  describe('single-page navigation', () => {
    it('the panel follows a switch to another posting, and goes for a posting that is not ours', async () => {
      driver.serve(LINKEDIN_SEARCH.split('?')[0]!, linkedinSearch('Customer Service Manager'));
      await page.goto(LINKEDIN_SEARCH);
      await waitFor(page, `${PANEL}[data-role-id="customer-service-manager"]`);
      const ms = [
        await switchPosting(page, { title: 'Director of Customer Care', jobId: '1001', expectRole: 'customer-care-director' }),
        await switchPosting(page, { title: 'Sr. Mgr, Customer Care', jobId: '1002', expectRole: 'customer-care-manager' }),
      ];
      for (const each of ms) expect(each).toBeLessThan(1000);
      await switchPosting(page, { title: 'Customer Success Manager', jobId: '1003', expectRole: null });
      expect(await count(page, PANEL)).toBe(0);
      // And back: the same page loads it again.
      await switchPosting(page, { title: 'Customer Support Director', jobId: '1004', expectRole: 'customer-support-director' });
      expect(await count(page, PANEL)).toBe(1);
    });
  });

  describe('badges on result lists', () => {
    it('LinkedIn: the swapped cards get the right badges, also after infinite scroll and a reused card', async () => {
      const swaps = new Map([
        [1, 'Customer Support Manager'],
        [4, 'Director of Customer Care'],
        [10, 'Customer Service Representative'],
        [30, 'Sr. Mgr, Customer Service (Remote)'],
      ]);
      driver.serve(LINKEDIN_GUEST_SEARCH, linkedinGuestSearch(swaps));
      await page.goto(LINKEDIN_GUEST_SEARCH);
      await until(async () => (await count(page, 'role-lens-badge')) >= 3, 'three badges');
      expect(await badgedCards(page, 'div.base-search-card')).toEqual([
        [1, 'customer-support-manager'],
        [4, 'customer-care-director'],
        [30, 'customer-service-manager'],
      ]);
      expect(await textOf(page, ['role-lens-badge', 'button'])).toBe('Support Manager · US base · pub. 2023 · $45K–$92K');

      await page.evaluate(() => {
        const list = document.querySelector('.jobs-search__results-list')!;
        const clone = list.querySelector('li')!.cloneNode(true) as HTMLElement;
        clone.querySelector('.base-search-card__title')!.textContent = 'Customer Care Manager';
        list.append(clone);
        document.querySelectorAll('.base-search-card__title')[1]!.textContent = 'Python Developer';
      });
      const expected = [
        [4, 'customer-care-director'],
        [30, 'customer-service-manager'],
        [58, 'customer-care-manager'],
      ];
      await until(async () => JSON.stringify(await badgedCards(page, 'div.base-search-card')) === JSON.stringify(expected), 'badges to follow the list');
    });

    it('Indeed: badges by the right titles', async () => {
      driver.serve(INDEED_SEARCH, indeedSearch(new Map([[0, 'Customer Care Manager'], [3, 'Director, Customer Support']])));
      await page.goto(INDEED_SEARCH);
      await until(async () => (await count(page, 'role-lens-badge')) >= 2, 'two badges');
      expect(await badgedCards(page, 'div.job_seen_beacon')).toEqual([
        [0, 'customer-care-manager'],
        [3, 'customer-support-director'],
      ]);
    });
  });

  describe('popup', () => {
    it('looks up a role: type a query, Enter, the card shows', async () => {
      const popup = await driver.openExtensionPage('popup.html');
      try {
        await waitFor(popup, '[role="option"]');
        expect(await popup.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
        await popup.fill('input[role="combobox"]', 'custmer servce managr');
        await waitFor(popup, '[role="option"]:first-child[data-role-id="customer-service-manager"]');
        await popup.press('Enter');
        await waitFor(popup, 'article.rl-card[data-role-id="customer-service-manager"]');
        expect(await textOf(popup, 'article.rl-card')).toContain('US base · 2024 · $43.9K–$103K');
        await popup.screenshot(join(ARTIFACTS_DIR, `${name}-popup.png`));
      } finally {
        await popup.close();
      }
    });
  });

  describe('settings', () => {
    it('switching a board off removes the panel from open tabs at once; on brings it back; duties follow their switch', async () => {
      driver.serve(LINKEDIN_VIEW, linkedinView('Customer Care Manager'));
      await page.goto(LINKEDIN_VIEW);
      await waitFor(page, [PANEL, '.rl-panel']);
      const options = await driver.openExtensionPage('options.html');
      try {
        await waitFor(options, 'input[name="board-linkedin"]:checked');
        await options.click('input[name="board-linkedin"]');
        await waitFor(page, PANEL, 'detached');
        await options.click('input[name="board-linkedin"]');
        await waitFor(page, `${PANEL}[data-role-id="customer-care-manager"]`);
        await until(async () => (await textOf(page, [PANEL, '.rl-panel']))?.includes('Standard duties') === true, 'standard duties shown');
        await options.click('input[name="show-duties"]');
        await until(async () => (await textOf(page, [PANEL, '.rl-panel']))?.includes('Standard duties') === false, 'standard duties hidden');
      } finally {
        await options.close();
      }
    });
  });

  describe('pages that fight back', () => {
    it('`* { all: unset !important }`: the panel waits as a pill, opens visible and styled', async () => {
      const hostile = '<style>* { all: unset !important; } role-lens-panel { display: none !important; opacity: 0 !important; }</style>';
      driver.serve(LINKEDIN_SEARCH.split('?')[0]!, linkedinSearchWithHead('Customer Support Manager', hostile));
      await page.goto(LINKEDIN_SEARCH);
      await waitFor(page, [PANEL, '.rl-pill']);
      await page.click([PANEL, '.rl-pill']);
      await waitFor(page, [PANEL, '.rl-panel']);
      const look = await page.evaluate(() => {
        const panel = document.querySelector('role-lens-panel')!.shadowRoot!.querySelector('.rl-panel')!;
        const { width, height } = panel.getBoundingClientRect();
        return { width, height, radius: getComputedStyle(panel).borderTopLeftRadius };
      });
      expect(look.width).toBeGreaterThan(300);
      expect(look.height).toBeGreaterThan(200);
      expect(look.radius).toBe('10px');
    });

    it('a page that replaced MutationObserver and Array.prototype.map: the panel comes and follows the title', async () => {
      const sabotage =
        '<script>window.MutationObserver = function () { throw new Error("no observers here"); };' +
        'Array.prototype.map = function () { throw new Error("no map here"); };</script>';
      driver.serve(LINKEDIN_SEARCH.split('?')[0]!, linkedinSearchWithHead('Customer Support Manager', sabotage));
      await page.goto(LINKEDIN_SEARCH);
      await waitFor(page, `${PANEL}[data-role-id="customer-support-manager"]`);
      await page.evaluate((pane) => {
        document.querySelector(`${pane} h1 a`)!.textContent = 'Customer Care Director';
      }, LINKEDIN_TITLE_PANE);
      await until(async () => (await panelRole(page)) === 'customer-care-director', 'the panel to follow the title');
    });

    it('a strict CSP (no inline styles, Trusted Types required): the panel still renders styled', async () => {
      const csp = "default-src 'none'; img-src https: data:; style-src 'none'; script-src 'none'; require-trusted-types-for 'script'; trusted-types 'none'";
      driver.serve(LINKEDIN_SEARCH.split('?')[0]!, linkedinSearchStrictCsp('Customer Care Manager', csp));
      await page.goto(LINKEDIN_SEARCH);
      await waitFor(page, `${PANEL}[data-role-id="customer-care-manager"]`);
      await waitFor(page, [PANEL, '.rl-panel, .rl-pill']);
      const radius = await page.evaluate(() => {
        const root = document.querySelector('role-lens-panel')!.shadowRoot!;
        const shown = root.querySelector('.rl-panel') ?? root.querySelector('.rl-pill');
        return getComputedStyle(shown!).borderTopLeftRadius;
      });
      expect(radius).not.toBe('0px');
    });
  });
});
