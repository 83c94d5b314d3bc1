import { describe, expect, it } from 'vitest';
import { dice } from '../../../lib/boards/dice';
import { createBoardReader } from '../../../lib/boards/reader';
import { classifyTitle } from '../../../lib/titles/classify';
import { parsePostedPay } from '../../../lib/pay/parse';
import { parsePage, readFixturePage, swapText } from '../../fixture-pages';

// Expected values read off the saved page by hand (tests/fixtures/SOURCES.md).
const reader = createBoardReader(dice);
const SEARCH = 'dice/dice-1-search.html';
const SEARCH_URL = new URL('https://www.dice.com/jobs?q=network+engineer');
const JOB_URL = new URL('https://www.dice.com/job-detail/9cb5e025-66a6-40db-833e-b8caa4ac6998');
const readCards = (doc: Document) => [...doc.querySelectorAll(reader.cards!.selector)].map((card) => reader.cards!.read(card));

describe('Dice on a saved search page', () => {
  it('reads the 20 cards, one per job, keyed by their job guid', () => {
    const cards = readCards(parsePage(readFixturePage(SEARCH)));
    expect(cards).toHaveLength(20);
    expect(new Set(cards.map((card) => card?.key)).size).toBe(20);
    expect(cards[0]).toMatchObject({
      key: 'dice:9cb5e025-66a6-40db-833e-b8caa4ac6998',
      title: 'Network Engineer Associate/Remote',
      salaryText: 'Depends on Experience',
    });
    // The opener is the title link, not the invisible link laid over the whole card.
    expect(cards[0]?.opener?.getAttribute('data-testid')).toBe('job-search-job-detail-link');
    expect(cards[0]?.opener?.getAttribute('href')).toBe('https://www.dice.com/job-detail/9cb5e025-66a6-40db-833e-b8caa4ac6998');
    expect(cards[3]).toMatchObject({ key: 'dice:eba849df-2f32-4362-be3a-4c0cadf79b05', title: 'Infinera Network Engineer', salaryText: '$70 - $80 per hour' });
    expect(cards[10]).toMatchObject({
      key: 'dice:5a918c85-66b7-44da-a826-2aa73f68b8e3',
      title: 'Network Engineer',
      salaryText: 'USD 135,000.00 - 150,000.00 per year',
    });
    expect(cards[18]).toMatchObject({ key: 'dice:9c217df1-0135-4462-b209-ed5c3bfbcbf5', title: 'Security Network Engineer' });
    expect(cards[18]?.salaryText).toBeUndefined();
    expect(cards.filter((card) => card?.salaryText)).toHaveLength(19);
  });

  it('reads the cards’ pay as US dollars, and "Depends on Experience" as no pay', () => {
    const cards = readCards(parsePage(readFixturePage(SEARCH)));
    const country = dice.sites[0]?.country ?? undefined;
    expect(country).toBe('US');
    expect(parsePostedPay(cards[0]!.salaryText!, { country })).toBeNull();
    expect(parsePostedPay(cards[3]!.salaryText!, { country })).toMatchObject({ currency: 'USD', period: 'hour', annualMin: 145600, annualMax: 166400 });
    expect(parsePostedPay(cards[10]!.salaryText!, { country })).toMatchObject({ currency: 'USD', period: 'year', annualMin: 135000, annualMax: 150000 });
  });

  it('has none of our roles as saved, and finds one swapped into a card', () => {
    const html = readFixturePage(SEARCH);
    expect(readCards(parsePage(html)).filter((card) => card && classifyTitle(card.title))).toEqual([]);
    const doc = parsePage(html);
    swapText(doc, '[data-testid="job-card"] a[data-testid="job-search-job-detail-link"]', 'Customer Service Manager');
    const [first] = readCards(doc);
    expect(first).toMatchObject({ key: 'dice:9cb5e025-66a6-40db-833e-b8caa4ac6998', title: 'Customer Service Manager' });
    expect(classifyTitle(first!.title)?.roleId).toBe('customer-service-manager');
    const swapped = parsePage(html.replaceAll('>Infinera Network Engineer<', '>Director, Customer Support<'));
    const titles = [...swapped.querySelectorAll(reader.cards!.selector)].map((card) => reader.cards!.readTitle(card));
    expect(titles.filter((title) => title && classifyTitle(title))).toEqual(['Director, Customer Support']);
  });

  it('takes no posting from a search page', () => {
    const doc = parsePage(readFixturePage(SEARCH));
    expect(reader.findPosting(doc, SEARCH_URL)).toBeNull();
    expect(reader.findPostingTitle(doc, SEARCH_URL)).toBeNull();
  });
});

describe('Dice URLs and broken markup', () => {
  it.each([
    ['https://www.dice.com/jobs?q=network+engineer', true],
    ['https://www.dice.com/jobs?q=customer+service+manager&location=Austin,+TX', true],
    ['https://www.dice.com/job-detail/9cb5e025-66a6-40db-833e-b8caa4ac6998', true],
    ['https://www.dice.com/', false],
    ['https://www.dice.com/company-profile/03635533-d6cd-59cf-85bd-bcd1db2b8721', false],
  ])('%s may show a posting or cards: %s', (url, expected) => {
    expect(reader.mayShowPosting(new URL(url))).toBe(expected);
  });

  it('keys a job page by the guid in its URL', () => {
    const title = parsePage('<h1>x</h1>').querySelector('h1')!;
    expect(dice.posting.jobKey(JOB_URL, title)).toBe('9cb5e025-66a6-40db-833e-b8caa4ac6998');
    expect(dice.posting.jobKey(new URL('https://www.dice.com/job-detail/not-a-guid'), title)).toBeUndefined();
  });

  it('is quiet on broken markup: no posting, no card', () => {
    for (const html of ['', '<div><h1>', '<<<>>>', '<main><h1></h1></main>', '<div data-testid="job-card"><a data-testid="job-search-job-detail-link"></a></div>']) {
      const doc = parsePage(html);
      expect(reader.findPosting(doc, JOB_URL)).toBeNull();
      expect(reader.findPostingTitle(doc, SEARCH_URL)).toBeNull();
      expect(readCards(doc).filter(Boolean)).toEqual([]);
    }
    // No guid: the key comes from the title link, or else the title.
    const bare = parsePage(
      '<div data-testid="job-card"><a data-testid="job-search-job-detail-link" href="/job-detail/B7FED710-3F5C-4EBD-9DBB-74B053C2EF50">Customer Care Director</a></div>' +
        '<div data-testid="job-card"><a data-testid="job-search-job-detail-link">Customer Care Manager</a></div>',
    );
    expect(readCards(bare)).toMatchObject([
      { key: 'dice:b7fed710-3f5c-4ebd-9dbb-74b053c2ef50', title: 'Customer Care Director' },
      { key: 'dice:Customer Care Manager', title: 'Customer Care Manager' },
    ]);
  });
});
