import { describe, expect, it } from 'vitest';
import { createBoardReader } from '../../../lib/boards/reader';
import { reed } from '../../../lib/boards/reed';
import { classifyTitle } from '../../../lib/titles/classify';
import { parsePostedPay } from '../../../lib/pay/parse';
import { parsePage, readFixturePage, swapText } from '../../fixture-pages';

// Expected values read off the saved page by hand (tests/fixtures/SOURCES.md): an excerpt of
// https://www.reed.co.uk/jobs/data-jobs-in-scotland as saved 2023-11 (build 20231102.8), with
// the list's first three cards as saved.
const reader = createBoardReader(reed);
const SEARCH_PAGE = 'reed/reed-1-search-excerpt.html';
const SEARCH_URL = new URL('https://www.reed.co.uk/jobs/data-jobs-in-scotland');
const GB = { country: 'GB' };

const cardsOf = (doc: Document) => [...doc.querySelectorAll(reader.cards!.selector)];
const readCards = (doc: Document) => cardsOf(doc).map((card) => reader.cards!.read(card));

describe('Reed search list (saved page)', () => {
  it('reads the three saved cards with their job ids, titles and salary lines', () => {
    const cards = readCards(parsePage(readFixturePage(SEARCH_PAGE)));
    expect(cards).toHaveLength(3);
    expect(cards[0]).toMatchObject({ key: 'reed:51526004', title: 'Data Manager', salaryText: 'Competitive salary' });
    expect(cards[1]).toMatchObject({ key: 'reed:51511602', title: 'Data Engineer', salaryText: 'Salary not specified' });
    expect(cards[2]).toMatchObject({ key: 'reed:51321577', title: 'Data Consultant', salaryText: '£50,000 - £60,000 per annum' });
    // The heading's link, not the card's plain block link, opens the posting and carries the badge.
    expect(cards[0]?.opener?.getAttribute('data-qa')).toBe('job-card-title');
    expect(cards[0]?.opener?.getAttribute('href')).toBe('/jobs/data-manager/51526004?source=searchResults&filter=%2Fjobs%2Fdata-jobs-in-scotland');
    expect(cards.every((card) => card?.badgeAnchor.parentElement?.tagName === 'H2')).toBe(true);
  });

  it('finds none of our roles on the page as saved, and no posting on a result list', () => {
    const doc = parsePage(readFixturePage(SEARCH_PAGE));
    const titles = cardsOf(doc).map((card) => reader.cards!.readTitle(card) ?? '');
    expect(titles).toEqual(['Data Manager', 'Data Engineer', 'Data Consultant']);
    expect(titles.filter((title) => classifyTitle(title) !== null)).toEqual([]);
    expect(reader.findPosting(doc, SEARCH_URL)).toBeNull();
    expect(reader.findPostingTitle(doc, SEARCH_URL)).toBeNull();
  });

  it('spots our role among the cards in the detector’s cheap title read once the saved HTML carries it', () => {
    const html = readFixturePage(SEARCH_PAGE);
    expect(html).toContain('Data Manager');
    const doc = parsePage(html.replaceAll('Data Manager', 'Director of Customer Care'));
    const ours = cardsOf(doc).map((card) => reader.cards!.readTitle(card) ?? '').filter((title) => classifyTitle(title) !== null);
    expect(ours).toEqual(['Director of Customer Care']);
  });

  it('recognises our role once a card carries our title', () => {
    const doc = parsePage(readFixturePage(SEARCH_PAGE));
    swapText(doc, 'article[data-qa="job-card"] a[data-qa="job-card-title"]', 'Customer Service Manager');
    const card = reader.cards!.read(cardsOf(doc)[0]!);
    expect(card).toMatchObject({ key: 'reed:51526004', title: 'Customer Service Manager' });
    expect(classifyTitle(card!.title)?.roleId).toBe('customer-service-manager');
  });

  it('reads the salary lines as a careful person would', () => {
    expect(parsePostedPay('£50,000 - £60,000 per annum', GB)).toMatchObject({ currency: 'GBP', period: 'year', annualMin: 50000, annualMax: 60000 });
    for (const none of ['Competitive salary', 'Salary not specified', 'Salary negotiable']) expect(parsePostedPay(none, GB)).toBeNull();
  });

  it('keys a card by its link when the card has no data-id, and skips a card without a title', () => {
    const doc = parsePage(`<html><body>
      <article data-qa="job-card"><h2><a data-qa="job-card-title" href="/jobs/customer-care-manager/52000001?source=searchResults">Customer Care Manager</a></h2>
        <ul data-qa="job-metadata"><li data-qa="job-metadata-salary">£35,000 - £40,000 per annum</li></ul></article>
      <article data-qa="job-card" data-id="job52000002"><h2></h2></article>
    </body></html>`);
    const cards = readCards(doc);
    expect(cards[0]).toMatchObject({ key: 'reed:52000001', title: 'Customer Care Manager', salaryText: '£35,000 - £40,000 per annum' });
    expect(classifyTitle(cards[0]!.title)?.roleId).toBe('customer-care-manager');
    expect(cards[1]).toBeNull();
  });
});

describe('Reed job view (no saved page: not read)', () => {
  it('reads no posting from a job view, and is quiet on broken markup', () => {
    const url = new URL('https://www.reed.co.uk/jobs/data-manager/51526004');
    for (const html of ['', '<<<>>>', '<main><h1>Customer Service Manager</h1></main>']) {
      expect(reader.findPosting(parsePage(html), url)).toBeNull();
      expect(reader.findPostingTitle(parsePage(html), url)).toBeNull();
    }
  });
});

describe('Reed URLs', () => {
  it.each([
    ['https://www.reed.co.uk/jobs/data-jobs-in-scotland', true],
    ['https://www.reed.co.uk/jobs/data-jobs-in-scotland?pageno=2', true],
    ['https://www.reed.co.uk/jobs?keywords=customer%20service%20manager', true],
    ['https://www.reed.co.uk/jobs/data-manager/51526004?source=searchResults', true],
    ['https://www.reed.co.uk/', false],
    ['https://www.reed.co.uk/courses/?itm_source=js_navigation', false],
    ['https://www.reed.co.uk/career-advice/', false],
  ])('%s may show a posting or list: %s', (href, expected) => {
    expect(reader.mayShowPosting(new URL(href))).toBe(expected);
  });

  it('serves Great Britain on reed.co.uk', () => {
    expect(reed.sites).toEqual([{ match: '*://*.reed.co.uk/*', country: 'GB' }]);
  });
});
