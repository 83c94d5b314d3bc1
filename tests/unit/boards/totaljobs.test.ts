import { describe, expect, it } from 'vitest';
import { createBoardReader } from '../../../lib/boards/reader';
import { totaljobs } from '../../../lib/boards/totaljobs';
import { classifyTitle } from '../../../lib/titles/classify';
import { parsePostedPay } from '../../../lib/pay/parse';
import { parsePage, readFixturePage, swapText } from '../../fixture-pages';

// Expected values read off the saved page by hand (tests/fixtures/SOURCES.md): the result list of
// https://www.totaljobs.com/jobs/sponsorship/in-united-kingdom?page=3, saved 2025-04.
const reader = createBoardReader(totaljobs);
const SEARCH_PAGE = 'totaljobs/totaljobs-1-search.html';
const SEARCH_URL = new URL('https://www.totaljobs.com/jobs/sponsorship/in-united-kingdom?page=3');
const GB = { country: 'GB' };

/** The saved page, parsed once for the tests that only read it (those that swap text parse their own). */
let savedPage: Document | undefined;
const saved = () => (savedPage ??= parsePage(readFixturePage(SEARCH_PAGE)));
const cardsOf = (doc: Document) => [...doc.querySelectorAll(reader.cards!.selector)];
const readCards = (doc: Document) => cardsOf(doc).map((card) => reader.cards!.read(card));

describe('Totaljobs search list (saved page)', { timeout: 30_000 }, () => {
  it('reads all 25 cards with their job ids, titles and pay lines', () => {
    const cards = readCards(saved());
    expect(cards).toHaveLength(25);
    expect(cards[0]).toMatchObject({ key: 'totaljobs:104759430', title: 'Sales Office Manager', salaryText: '£34000 - £35000 per annum' });
    expect(cards[1]).toMatchObject({ key: 'totaljobs:104759889', title: 'Junior Graphic Design Assistant', salaryText: 'Unspecified' });
    expect(cards[3]).toMatchObject({ key: 'totaljobs:104763494', title: 'Customer Liaison Officer', salaryText: '31,988 - 33,672' });
    expect(cards[24]).toMatchObject({ key: 'totaljobs:104749609', title: 'Site Project Supervisor', salaryText: '£300 - 350 per day' });
    // Every card has its own id, and its title link opens it (some on the sister site caterer.com).
    expect(new Set(cards.map((card) => card?.key)).size).toBe(25);
    expect(cards[0]?.opener?.getAttribute('href')).toBe('https://www.caterer.com/job/sales-office-manager/james-webber-recruitment-job104759430');
    expect(cards.every((card) => card?.badgeAnchor.getAttribute('data-at') === 'job-item-title')).toBe(true);
  });

  it('finds none of our roles on the page as saved (near misses: "Customer Liaison Officer", "Customer Liaison Lead")', () => {
    const doc = saved();
    const titles = cardsOf(doc).map((card) => reader.cards!.readTitle(card) ?? '');
    expect(titles).toContain('Customer Liaison Lead');
    expect(titles.filter((title) => classifyTitle(title) !== null)).toEqual([]);
    // A search page shows no posting of its own.
    expect(reader.findPosting(doc, SEARCH_URL)).toBeNull();
    expect(reader.findPostingTitle(doc, SEARCH_URL)).toBeNull();
  });

  it('spots our role among the cards in the detector’s cheap title read once the saved HTML carries it', () => {
    const html = readFixturePage(SEARCH_PAGE);
    expect(html).toContain('Sales Office Manager');
    const doc = parsePage(html.replaceAll('Sales Office Manager', 'Director of Customer Care'));
    const ours = cardsOf(doc).map((card) => reader.cards!.readTitle(card) ?? '').filter((title) => classifyTitle(title) !== null);
    expect(ours).toEqual(['Director of Customer Care']);
  });

  it('recognises our role once a card carries our title', () => {
    const doc = parsePage(readFixturePage(SEARCH_PAGE));
    swapText(doc, 'article[data-at="job-item"] [data-at="job-item-title"] > div > div > div', 'Customer Service Manager');
    const card = reader.cards!.read(cardsOf(doc)[0]!);
    expect(card).toMatchObject({ key: 'totaljobs:104759430', title: 'Customer Service Manager' });
    expect(classifyTitle(card!.title)?.roleId).toBe('customer-service-manager');
  });

  it('reads the cards’ pay lines as a careful person would', () => {
    expect(parsePostedPay('£34000 - £35000 per annum', GB)).toMatchObject({ currency: 'GBP', period: 'year', annualMin: 34000, annualMax: 35000 });
    expect(parsePostedPay('Up to £12.40 per hour', GB)).toMatchObject({ currency: 'GBP', period: 'hour', max: 12.4, annualMax: 25792 });
    expect(parsePostedPay('Up to £12.40 per hour', GB)?.annualMin).toBeUndefined();
    expect(parsePostedPay('£12 - £18 per hour', GB)).toMatchObject({ currency: 'GBP', period: 'hour', annualMin: 24960, annualMax: 37440 });
    expect(parsePostedPay('£300 - 350 per day', GB)).toMatchObject({ currency: 'GBP', period: 'day', annualMin: 78000, annualMax: 91000 });
    for (const none of ['Unspecified', 'Competitive', 'Negotiable']) expect(parsePostedPay(none, GB)).toBeNull();
  });

  it('reads a card whose title link has lost its inner layout, and skips a card without a title', () => {
    const doc = parsePage(`<html><body>
      <article data-at="job-item" id="job-item-104000001"><h2><a data-at="job-item-title" href="/job/x/acme-job104000001">Customer Care Manager</a></h2></article>
      <article data-at="job-item" id="job-item-104000002"><h2></h2><span data-at="job-item-salary-info">£30,000</span></article>
      <article data-at="job-item"><h2><a data-at="job-item-title" href="https://www.totaljobs.com/job/y/acme-job104000003">Head of Customer Support</a></h2></article>
    </body></html>`);
    const cards = readCards(doc);
    expect(cards[0]).toMatchObject({ key: 'totaljobs:104000001', title: 'Customer Care Manager' });
    expect(cards[1]).toBeNull();
    expect(cards[2]).toMatchObject({ key: 'totaljobs:104000003', title: 'Head of Customer Support' });
  });
});

describe('Totaljobs job view (no saved page: markup by the data-at hooks scrapers read)', () => {
  const JOB_URL = new URL('https://www.totaljobs.com/job/customer-service-manager/acme-ltd-job104123456');
  // Hand-made, not a saved page: the hooks Totaljobs' job views carry per public scrapers.
  const JOB_VIEW = `<html><body><div id="JobAdContent">
    <h1 data-at="header-job-title">Customer Service Manager</h1>
    <ul><li data-at="metadata-company-name"><a href="/jobs/acme-ltd"><span>Acme Ltd</span></a></li>
    <li data-at="metadata-location"><span>Manchester</span></li>
    <li data-at="metadata-salary"><span>£40,000 - £45,000 per annum</span></li></ul>
    <div data-at="job-ad-content">…</div></div></body></html>`;

  it('reads the title, key, company, location and pay', () => {
    const posting = reader.findPosting(parsePage(JOB_VIEW), JOB_URL);
    expect(posting).toMatchObject({
      board: 'totaljobs',
      key: 'totaljobs:104123456',
      title: 'Customer Service Manager',
      company: 'Acme Ltd',
      location: 'Manchester',
      salaryText: '£40,000 - £45,000 per annum',
    });
    expect(posting?.container.id).toBe('JobAdContent');
    expect(classifyTitle(posting!.title)?.roleId).toBe('customer-service-manager');
    expect(parsePostedPay(posting!.salaryText!, GB)).toMatchObject({ currency: 'GBP', annualMin: 40000, annualMax: 45000 });
  });

  it('gives the detector just the board, key and title', () => {
    const doc = parsePage(JOB_VIEW.replace('Customer Service Manager', 'Sales Office Manager'));
    expect(reader.findPostingTitle(doc, JOB_URL)).toEqual({ board: 'totaljobs', key: 'totaljobs:104123456', title: 'Sales Office Manager' });
    expect(classifyTitle('Sales Office Manager')).toBeNull();
  });

  it('is quiet on broken markup', () => {
    for (const html of ['', '<html><body></body></html>', '<h1 data-at="header-job-title">   </h1>', '<div id="JobAdContent"><p>no title</p></div>']) {
      expect(reader.findPosting(parsePage(html), JOB_URL)).toBeNull();
      expect(reader.findPostingTitle(parsePage(html), JOB_URL)).toBeNull();
    }
  });
});

describe('Totaljobs URLs', () => {
  it.each([
    ['https://www.totaljobs.com/jobs/sponsorship/in-united-kingdom?page=3', true],
    ['https://www.totaljobs.com/jobs/customer-service-manager', true],
    ['https://www.totaljobs.com/job/sales-office-manager/james-webber-recruitment-job104759430', true],
    ['https://www.totaljobs.com/', false],
    ['https://www.totaljobs.com/careers-advice/job-profile/customer-service-manager', false],
    ['https://www.totaljobs.com/salary-checker', false],
  ])('%s may show a posting or list: %s', (href, expected) => {
    expect(reader.mayShowPosting(new URL(href))).toBe(expected);
  });

  it('serves Great Britain on totaljobs.com', () => {
    expect(totaljobs.sites).toEqual([{ match: '*://*.totaljobs.com/*', country: 'GB' }]);
  });
});
