import { describe, expect, it } from 'vitest';
import { createBoardReader } from '../../../lib/boards/reader';
import { seek } from '../../../lib/boards/seek';
import { classifyTitle } from '../../../lib/titles/classify';
import { parsePostedPay } from '../../../lib/pay/parse';
import { parsePage, readFixturePage, swapText } from '../../fixture-pages';

// Expected values are read off the saved pages by hand (tests/fixtures/SOURCES.md), not from the code.
const seekReader = createBoardReader(seek);
const JOB_VIEW_FILE = 'seek/seek-1-jobview.html';
const SEARCH_FILE = 'seek/seek-2-search.html';
const JOB_VIEW = new URL('https://au.seek.com/job/93856863');
const SEARCH = new URL('https://www.seek.com.au/full-stack-jobs/in-All-Sydney-NSW');
const TITLE = 'h1[data-automation="job-detail-title"]';

const cardsOf = (doc: Document) => [...doc.querySelectorAll(seekReader.cards!.selector)];
const readCards = (doc: Document) => cardsOf(doc).map((card) => seekReader.cards!.read(card));

describe('SEEK job view (au.seek.com, 2026)', () => {
  it('reads the key, title, location and company, and takes the salary prompt for no pay', () => {
    const posting = seekReader.findPosting(parsePage(readFixturePage(JOB_VIEW_FILE)), JOB_VIEW);
    expect(posting).toMatchObject({
      board: 'seek',
      key: 'seek:93856863',
      title: 'Senior Platform Engineer | Remote | Australia',
      location: 'Melbourne VIC (Remote)',
      company: 'iterate',
    });
    // Signed out, the page says "Sign in and add your salary to see matches": not the posting's pay.
    expect(posting?.salaryText).toBeUndefined();
    expect(posting?.container.getAttribute('data-automation')).toBe('jobDetailsPage');
  });

  it('has none of our roles as saved, and finds one swapped into the title, in the title-only read too', () => {
    const doc = parsePage(readFixturePage(JOB_VIEW_FILE));
    expect(classifyTitle(seekReader.findPosting(doc, JOB_VIEW)!.title)).toBeNull();
    swapText(doc, TITLE, 'Customer Support Manager');
    expect(classifyTitle(seekReader.findPosting(doc, JOB_VIEW)!.title)?.roleId).toBe('customer-support-manager');
    expect(seekReader.findPostingTitle(doc, JOB_VIEW)).toEqual({ board: 'seek', key: 'seek:93856863', title: 'Customer Support Manager' });
  });

  it('reads the same page on www.seek.com.au and www.seek.co.nz, keyed by the path', () => {
    const doc = parsePage(readFixturePage(JOB_VIEW_FILE));
    expect(seekReader.findPostingTitle(doc, new URL('https://www.seek.co.nz/job/93856863'))?.key).toBe('seek:93856863');
    expect(seekReader.findPostingTitle(doc, new URL('https://www.seek.com.au/job/93856863?type=standard'))?.key).toBe('seek:93856863');
  });

  it('reads the job view from the whole page when SEEK drops its page hook', () => {
    const html = readFixturePage(JOB_VIEW_FILE).replace('data-automation="jobDetailsPage"', 'data-automation="somethingElse"');
    expect(seekReader.findPosting(parsePage(html), JOB_VIEW)).toMatchObject({ key: 'seek:93856863', title: 'Senior Platform Engineer | Remote | Australia' });
    // …but never on a search page, where nothing says which posting is shown.
    expect(seekReader.findPosting(parsePage(html), SEARCH)).toBeNull();
  });
});

describe('SEEK search page (www.seek.com.au, Jan 2025)', () => {
  it('reads the 22 cards (2 featured + 20): the first card’s key, title, pay and link', () => {
    const cards = readCards(parsePage(readFixturePage(SEARCH_FILE)));
    expect(cards).toHaveLength(22);
    expect(cards[0]).toMatchObject({
      key: 'seek:81440377',
      title: 'Full Stack Java Engineer - Spring / Angular',
      salaryText: 'AUD 130000 - 140000 per annum',
    });
    expect(cards[0]?.opener?.getAttribute('href')).toMatch(/^\/job\/81440377\?/);
    expect(cards[0]?.badgeAnchor.getAttribute('data-automation')).toBe('jobTitle');
    expect(cards[1]).toMatchObject({ key: 'seek:81486780', title: 'Senior Full Stack Flutter Developer', salaryText: undefined });
    expect(cards.filter((card) => card?.salaryText)).toHaveLength(11);
  });

  it('has none of our roles among the cards as saved, and spots one swapped into a card', () => {
    const html = readFixturePage(SEARCH_FILE);
    const ours = (doc: Document) => cardsOf(doc).map((card) => seekReader.cards!.readTitle(card)).filter((title) => title && classifyTitle(title));
    expect(ours(parsePage(html))).toEqual([]);
    expect(html).toContain('Senior Full Stack Flutter Developer');
    const swapped = parsePage(html.replaceAll('Senior Full Stack Flutter Developer', 'Director of Customer Care'));
    expect(ours(swapped)).toEqual(['Director of Customer Care']);
    const card = readCards(swapped).find((read) => read?.title === 'Director of Customer Care');
    expect(card?.key).toBe('seek:81486780');
    expect(classifyTitle(card!.title)?.roleId).toBe('customer-care-director');
  });

  it('finds no posting while the split view shows "Select a job"', () => {
    const doc = parsePage(readFixturePage(SEARCH_FILE));
    expect(seekReader.findPosting(doc, SEARCH)).toBeNull();
    expect(seekReader.findPostingTitle(doc, SEARCH)).toBeNull();
  });

  it('reads a job opened in the split view, keyed by ?jobId= (the saved job view placed into the saved pane)', () => {
    const doc = parsePage(readFixturePage(SEARCH_FILE));
    const jobView = parsePage(readFixturePage(JOB_VIEW_FILE)).querySelector('[data-automation="jobDetailsPage"]')!;
    doc.querySelector('[data-automation="splitViewJobDetailsWrapper"]')!.replaceChildren(doc.importNode(jobView, true));
    swapText(doc, TITLE, 'Customer Service Director');
    const url = new URL('https://www.seek.com.au/full-stack-jobs/in-All-Sydney-NSW?jobId=93856863&type=standard');
    expect(seekReader.findPosting(doc, url)).toMatchObject({ key: 'seek:93856863', title: 'Customer Service Director', location: 'Melbourne VIC (Remote)' });
    expect(classifyTitle(seekReader.findPostingTitle(doc, url)!.title)?.roleId).toBe('customer-service-director');
  });
});

describe('SEEK pay, as a careful reader takes it (AU site)', () => {
  // Card pay strings from the saved search page, with the yearly reading worked out by hand.
  it.each([
    ['AUD 130000 - 140000 per annum', 130000, 140000],
    ['AUD 600 - 800 per day', 156000, 208000],
    ['$75 – $87.50 per hour', 156000, 182000],
    ['$120k - $150k p.a. + super D.O.E', 120000, 150000],
    ['$145,378 to $168,130 + super + leave loading', 145378, 168130],
  ])('%s → %i–%i AUD a year', (text, annualMin, annualMax) => {
    expect(parsePostedPay(text, { country: 'AU' })).toMatchObject({ currency: 'AUD', annualMin, annualMax });
  });

  it('reads "Up to $1k p.d." as an open bottom', () => {
    const pay = parsePostedPay('Up to $1k p.d.', { country: 'AU' });
    expect(pay).toMatchObject({ currency: 'AUD', period: 'day', annualMax: 260000 });
    expect(pay?.annualMin).toBeUndefined();
  });

  it('notes super beside the pay without adding it', () => {
    expect(parsePostedPay('$120k - $150k p.a. + super D.O.E', { country: 'AU' })?.extras).toContain('super');
  });
});

describe('SEEK pages and sites', () => {
  it.each([
    ['https://au.seek.com/job/93856863', true],
    ['https://www.seek.com.au/job/81440377?type=promoted', true],
    ['https://www.seek.com.au/full-stack-jobs/in-All-Sydney-NSW', true],
    ['https://www.seek.com.au/jobs?keywords=customer%20service%20manager', true],
    ['https://www.seek.co.nz/jobs-in-call-centre-customer-service', true],
    ['https://www.seek.com.au/customer-care-manager-jobs-in-call-centre-customer-service/management-support?jobId=81440377', true],
    ['https://au.seek.com/', false],
    ['https://au.seek.com/job/93856863/apply', false],
    ['https://www.seek.com.au/career-advice/article/how-to-write-a-cover-letter', false],
    ['https://www.seek.com.au/companies/iterate-123/reviews', false],
    ['https://www.seek.com.au/oauth/login/?returnUrl=%2Fjob%2F93856863', false],
  ])('mayShowPosting(%s) is %s', (url, expected) => {
    expect(seekReader.mayShowPosting(new URL(url))).toBe(expected);
  });

  it('serves Australia and New Zealand, on both host families', () => {
    expect(seek.sites.map(({ match, country }) => [match, country])).toEqual([
      ['*://*.seek.com.au/*', 'AU'],
      ['*://*.seek.co.nz/*', 'NZ'],
      ['*://*.au.seek.com/*', 'AU'],
      ['*://*.nz.seek.com/*', 'NZ'],
    ]);
  });

  it('is quiet on broken or empty markup', () => {
    for (const html of ['', '<div><h1>', '<<<>>>', '<main><h1></h1></main>', '<article data-testid="job-card"></article>']) {
      for (const url of [JOB_VIEW, SEARCH]) {
        const doc = parsePage(html);
        expect(seekReader.findPosting(doc, url)).toBeNull();
        expect(seekReader.findPostingTitle(doc, url)).toBeNull();
        for (const card of cardsOf(doc)) expect(seekReader.cards!.read(card)).toBeNull();
      }
    }
  });
});
