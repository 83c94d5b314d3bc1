import { describe, expect, it } from 'vitest';
import { naukri } from '../../../lib/boards/naukri';
import { createBoardReader } from '../../../lib/boards/reader';
import { classifyTitle } from '../../../lib/titles/classify';
import { parsePostedPay } from '../../../lib/pay/parse';
import { parsePage, readFixturePage, swapText } from '../../fixture-pages';

// Expected values read off the saved page by hand (tests/fixtures/SOURCES.md).
const reader = createBoardReader(naukri);
const SEARCH = 'naukri/naukri-1-search.html';
const SEARCH_URL = new URL('https://www.naukri.com/flutter-developer-jobs-in-india');
const JOB_URL = new URL('https://www.naukri.com/job-listings-flutter-developer-herody-bengaluru-0-to-1-years-060526029573');
const readCards = (doc: Document) => [...doc.querySelectorAll(reader.cards!.selector)].map((card) => reader.cards!.read(card));

describe('Naukri on a saved search page', () => {
  it('reads the 20 organic cards, one per job, and none of the promoted carousels', () => {
    const doc = parsePage(readFixturePage(SEARCH));
    const cards = readCards(doc);
    expect(cards).toHaveLength(20);
    expect(new Set(cards.map((card) => card?.key)).size).toBe(20);
    // 24 title links on the page: 4 are locked or promoted cards outside the result list.
    expect(doc.querySelectorAll('a.title')).toHaveLength(24);
    expect(cards.map((card) => card?.title)).not.toContain('Senior Android Developer');
    expect(cards[0]).toMatchObject({ key: 'naukri:060526029573', title: 'Flutter Developer', salaryText: '2-2.5 Lacs PA' });
    expect(cards[0]?.opener?.getAttribute('href')).toBe(
      'https://www.naukri.com/job-listings-flutter-developer-herody-bengaluru-0-to-1-years-060526029573',
    );
    expect(cards[1]).toMatchObject({ key: 'naukri:200526015498', title: 'Flutter Developer | 4 - 12 Years | Pan India' });
    expect(cards[1]?.salaryText).toBeUndefined();
    expect(cards[2]).toMatchObject({ key: 'naukri:150526014634', title: 'Flutter Developer', salaryText: '10-18 Lacs PA' });
    expect(cards.filter((card) => card?.salaryText)).toHaveLength(9);
  });

  it('reads the cards’ pay as Indian rupees a year', () => {
    const cards = readCards(parsePage(readFixturePage(SEARCH)));
    const country = naukri.sites[0]?.country ?? undefined;
    expect(country).toBe('IN');
    expect(parsePostedPay(cards[2]!.salaryText!, { country })).toMatchObject({ currency: 'INR', period: 'year', annualMin: 1000000, annualMax: 1800000 });
    expect(parsePostedPay(cards[0]!.salaryText!, { country })).toMatchObject({ currency: 'INR', annualMin: 200000, annualMax: 250000 });
    const bare = cards.find((card) => card?.salaryText === '50,000-80,000 PA');
    expect(bare?.key).toBe('naukri:190526037361');
    expect(parsePostedPay(bare!.salaryText!, { country })).toMatchObject({ currency: 'INR', annualMin: 50000, annualMax: 80000 });
  });

  it('has none of our roles as saved, and finds one swapped into a card', () => {
    const html = readFixturePage(SEARCH);
    expect(readCards(parsePage(html)).filter((card) => card && classifyTitle(card.title))).toEqual([]);
    const doc = parsePage(html);
    swapText(doc, '.srp-jobtuple-wrapper a.title', 'Customer Support Manager');
    const [first] = readCards(doc);
    expect(first).toMatchObject({ key: 'naukri:060526029573', title: 'Customer Support Manager' });
    expect(classifyTitle(first!.title)?.roleId).toBe('customer-support-manager');
    // The detector's cheap read sees it too, through the same page text.
    const swapped = parsePage(html.replaceAll('Flutter Developer | 4 - 12 Years |  Pan India', 'Customer Care Manager | 4 - 12 Years'));
    const titles = [...swapped.querySelectorAll(reader.cards!.selector)].map((card) => reader.cards!.readTitle(card));
    expect(titles.filter((title) => title && classifyTitle(title)).map((title) => classifyTitle(title!)?.roleId)).toEqual(['customer-care-manager']);
  });

  it('takes no posting from a search page: its heading is the list’s', () => {
    const doc = parsePage(readFixturePage(SEARCH));
    expect(reader.findPosting(doc, SEARCH_URL)).toBeNull();
    expect(reader.findPostingTitle(doc, SEARCH_URL)).toBeNull();
  });
});

const JOB_VIEW = 'naukri/naukri-2-jobview.html';
const JOB_VIEW_URL = new URL('https://www.naukri.com/job-listings-site-reliability-engineer-tata-consultancy-services-bengaluru-8-to-10-years-190626026419');

describe('Naukri on a saved job page', () => {
  it('reads the key, title, company (not its rating), city, pay line, description and JSON-LD date', () => {
    const posting = reader.findPosting(parsePage(readFixturePage(JOB_VIEW)), JOB_VIEW_URL);
    expect(posting).toMatchObject({
      board: 'naukri',
      key: 'naukri:190626026419',
      title: 'Site Reliability Engineer',
      company: 'Tata Consultancy Services',
      location: 'Bengaluru',
      salaryText: 'Not Disclosed',
      datePosted: '2026-09-19',
    });
    expect(posting?.description).toContain('Develop, test, and maintain high-quality software solutions');
    // "Not disclosed" in the JSON-LD is no amount, and its "-" is no country.
    expect(posting?.structuredPay).toBeUndefined();
    expect(posting?.addressCountry).toBeUndefined();
    expect(posting?.container.className).toContain('left-section-container');
  });

  it('takes "Not Disclosed" for no pay', () => {
    expect(parsePostedPay('Not Disclosed', { country: 'IN' })).toBeNull();
  });

  it('has none of our roles as saved, and finds one swapped into the title, in the title-only read too', () => {
    const html = readFixturePage(JOB_VIEW);
    expect(classifyTitle(reader.findPosting(parsePage(html), JOB_VIEW_URL)!.title)).toBeNull();
    const doc = parsePage(html.replaceAll('Site Reliability Engineer', 'Customer Support Manager'));
    expect(reader.findPostingTitle(doc, JOB_VIEW_URL)).toEqual({ board: 'naukri', key: 'naukri:190626026419', title: 'Customer Support Manager' });
    expect(classifyTitle(reader.findPosting(doc, JOB_VIEW_URL)!.title)?.roleId).toBe('customer-support-manager');
  });
});

describe('Naukri URLs and broken markup', () => {
  it.each([
    ['https://www.naukri.com/flutter-developer-jobs-in-india', true],
    ['https://www.naukri.com/customer-support-manager-jobs-2', true],
    ['https://www.naukri.com/jobs-in-pune', true],
    ['https://www.naukri.com/job-listings-flutter-developer-herody-bengaluru-0-to-1-years-060526029573', true],
    ['https://www.naukri.com/', false],
    ['https://www.naukri.com/mnjuser/profile', false],
  ])('%s may show a posting or cards: %s', (url, expected) => {
    expect(reader.mayShowPosting(new URL(url))).toBe(expected);
  });

  it('keys a job page by the id its URL ends with', () => {
    const title = parsePage('<h1>x</h1>').querySelector('h1')!;
    expect(naukri.posting.jobKey(JOB_URL, title)).toBe('060526029573');
    expect(naukri.posting.jobKey(SEARCH_URL, title)).toBeUndefined();
  });

  it('is quiet on broken markup: no posting, no card', () => {
    for (const html of ['', '<div><h1>', '<<<>>>', '<main><h1></h1></main>', '<div class="srp-jobtuple-wrapper"><a class="title"></a></div>']) {
      const doc = parsePage(html);
      expect(reader.findPosting(doc, JOB_URL)).toBeNull();
      expect(reader.findPostingTitle(doc, SEARCH_URL)).toBeNull();
      expect(readCards(doc).filter(Boolean)).toEqual([]);
    }
    // A card whose id and link are missing is keyed by its title.
    const bare = parsePage('<div class="srp-jobtuple-wrapper"><h2><a class="title">Customer Service Manager</a></h2></div>');
    expect(readCards(bare)).toMatchObject([{ key: 'naukri:Customer Service Manager', title: 'Customer Service Manager' }]);
  });
});
