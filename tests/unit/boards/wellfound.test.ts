import { describe, expect, it } from 'vitest';
import { createBoardReader } from '../../../lib/boards/reader';
import { wellfound } from '../../../lib/boards/wellfound';
import { classifyTitle } from '../../../lib/titles/classify';
import { parsePostedPay } from '../../../lib/pay/parse';
import { parsePage, readFixturePage, swapText } from '../../fixture-pages';

// Expected values read off the saved page by hand (tests/fixtures/SOURCES.md).
const reader = createBoardReader(wellfound);
const SEARCH = 'wellfound/wellfound-1-search.html';
const ROLE_URL = new URL('https://wellfound.com/role/data-analyst');
const JOB_URL = new URL('https://wellfound.com/jobs/4302055-data-analyst');
const readCards = (doc: Document) => [...doc.querySelectorAll(reader.cards!.selector)].map((card) => reader.cards!.read(card));

describe('Wellfound on a saved role landing page', () => {
  it('reads the 36 job rows of the 20 companies, one card per job', () => {
    const cards = readCards(parsePage(readFixturePage(SEARCH)));
    expect(cards).toHaveLength(36);
    expect(new Set(cards.map((card) => card?.key)).size).toBe(36);
    expect(cards[0]).toMatchObject({ key: 'wellfound:4302055', title: 'Data Analyst', salaryText: '$106k – $125k' });
    expect(cards[0]?.opener?.getAttribute('href')).toBe('https://wellfound.com/jobs/4302055-data-analyst');
    expect(cards[3]).toMatchObject({ key: 'wellfound:4044759', title: 'Director / Senior Director of Talent Acquisition', salaryText: '$170k – $190k' });
    // A row without pay: its first fact is the location, which is not read as pay.
    expect(cards[7]).toMatchObject({ key: 'wellfound:3234544', title: 'Senior Data Analyst' });
    expect(cards[7]?.salaryText).toBeUndefined();
    expect(cards[13]).toMatchObject({ key: 'wellfound:2883170', title: 'Data Analyst', salaryText: '$100k – $150k • 0.1% – 0.5%' });
    expect(cards.filter((card) => card?.salaryText)).toHaveLength(30);
  });

  it('reads the cards’ pay in the currency shown, noting equity', () => {
    const cards = readCards(parsePage(readFixturePage(SEARCH)));
    const country = wellfound.sites[0]?.country ?? undefined;
    expect(country).toBe('US');
    const withEquity = parsePostedPay(cards[13]!.salaryText!, { country });
    expect(withEquity).toMatchObject({ currency: 'USD', period: 'year', annualMin: 100000, annualMax: 150000 });
    expect(withEquity?.extras).toContain('equity');
    expect(parsePostedPay(cards[4]!.salaryText!, { country })).toMatchObject({ currency: 'USD', annualMax: 170000 }); // "Up to $170k"
    const rupees = cards.find((card) => card?.key === 'wellfound:4299522');
    expect(rupees?.salaryText).toBe('₹7L – ₹10L • No equity');
    const inRupees = parsePostedPay(rupees!.salaryText!, { country });
    expect(inRupees).toMatchObject({ currency: 'INR', annualMin: 700000, annualMax: 1000000 });
    expect(inRupees?.extras).not.toContain('equity');
  });

  it('has none of our roles as saved, and finds one swapped into a row', () => {
    const html = readFixturePage(SEARCH);
    expect(readCards(parsePage(html)).filter((card) => card && classifyTitle(card.title))).toEqual([]);
    const doc = parsePage(html);
    swapText(doc, 'a[href="https://wellfound.com/jobs/4289645-senior-data-analyst"]', 'Customer Support Director');
    const swapped = readCards(doc)[2];
    expect(swapped).toMatchObject({ key: 'wellfound:4289645', title: 'Customer Support Director' });
    expect(classifyTitle(swapped!.title)?.roleId).toBe('customer-support-director');
    const replaced = parsePage(html.replaceAll('>Business Data Analyst<', '>Head of Customer Care<'));
    const titles = [...replaced.querySelectorAll(reader.cards!.selector)].map((card) => reader.cards!.readTitle(card));
    expect(titles.filter((title) => title && classifyTitle(title))).toEqual(['Head of Customer Care']);
  });

  it('takes no posting from a role landing page: its heading is the list’s', () => {
    const doc = parsePage(readFixturePage(SEARCH));
    expect(reader.findPosting(doc, ROLE_URL)).toBeNull();
    expect(reader.findPostingTitle(doc, ROLE_URL)).toBeNull();
  });
});

describe('Wellfound URLs and broken markup', () => {
  it.each([
    ['https://wellfound.com/role/data-analyst', true],
    ['https://wellfound.com/role/r/customer-success-manager', true],
    ['https://wellfound.com/jobs/4302055-data-analyst', true],
    ['https://wellfound.com/company/modernhealth', false],
    ['https://wellfound.com/', false],
  ])('%s may show a posting or cards: %s', (url, expected) => {
    expect(reader.mayShowPosting(new URL(url))).toBe(expected);
  });

  it('keys a job page by the id its path starts with', () => {
    const title = parsePage('<h1>x</h1>').querySelector('h1')!;
    expect(wellfound.posting.jobKey(JOB_URL, title)).toBe('4302055');
    expect(wellfound.posting.jobKey(ROLE_URL, title)).toBeUndefined();
  });

  it('is quiet on broken markup: no posting, no card', () => {
    for (const html of ['', '<div><h1>', '<<<>>>', '<main><h1></h1></main>', '<div class="mb-4 w-full px-4"><div><a href="https://wellfound.com/jobs/1-x"></a></div></div>']) {
      const doc = parsePage(html);
      expect(reader.findPosting(doc, JOB_URL)).toBeNull();
      expect(reader.findPostingTitle(doc, ROLE_URL)).toBeNull();
      expect(readCards(doc).filter(Boolean)).toEqual([]);
    }
    // A row of the container with no job link is not a card.
    const noLink = parsePage('<div class="mb-4 w-full px-4"><div><a href="https://wellfound.com/company/x">Customer Care Manager</a></div></div>');
    expect(readCards(noLink)).toEqual([null]);
  });
});
