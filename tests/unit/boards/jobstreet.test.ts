import { describe, expect, it } from 'vitest';
import { jobstreet } from '../../../lib/boards/jobstreet';
import { createBoardReader } from '../../../lib/boards/reader';
import { classifyTitle } from '../../../lib/titles/classify';
import { parsePostedPay } from '../../../lib/pay/parse';
import { parsePage, readFixturePage, swapText } from '../../fixture-pages';

// Expected values are read off the saved pages by hand (tests/fixtures/SOURCES.md), not from the code.
const jobstreetReader = createBoardReader(jobstreet);
const MY_SEARCH_FILE = 'jobstreet/jobstreet-1-search-my.html';
const ID_SEARCH_FILE = 'jobstreet/jobstreet-2-search-id.html';
const PH_JOB_VIEW_FILE = 'jobstreet/jobstreet-3-jobview-ph.html';
const MY_SEARCH = new URL('https://my.jobstreet.com/product-manager-jobs');
const ID_SEARCH = new URL('https://id.jobstreet.com/id/jobs');
const PH_JOB_VIEW = new URL('https://ph.jobstreet.com/job/82411354');
const TITLE = 'h1[data-automation="job-detail-title"]';

const cardsOf = (doc: Document) => [...doc.querySelectorAll(jobstreetReader.cards!.selector)];
const readCards = (doc: Document) => cardsOf(doc).map((card) => jobstreetReader.cards!.read(card));
const ourCardTitles = (doc: Document) =>
  cardsOf(doc).map((card) => jobstreetReader.cards!.readTitle(card)).filter((title) => title && classifyTitle(title));

describe('Jobstreet job view (ph.jobstreet.com, 2025)', () => {
  it('reads the key, title, location, pay and company', () => {
    const posting = jobstreetReader.findPosting(parsePage(readFixturePage(PH_JOB_VIEW_FILE)), PH_JOB_VIEW);
    expect(posting).toMatchObject({
      board: 'jobstreet',
      key: 'jobstreet:82411354',
      title: 'Mid-Level Frontend Developer',
      location: 'Manila City, Metro Manila',
      salaryText: '₱45,000 – ₱55,000 per month',
      company: 'Complete Development (CoDev)',
    });
    expect(posting?.container.getAttribute('data-automation')).toBe('jobDetailsPage');
  });

  it('has none of our roles as saved, and finds one swapped into the title, in the title-only read too', () => {
    const doc = parsePage(readFixturePage(PH_JOB_VIEW_FILE));
    expect(classifyTitle(jobstreetReader.findPosting(doc, PH_JOB_VIEW)!.title)).toBeNull();
    swapText(doc, TITLE, 'Customer Service Manager');
    expect(classifyTitle(jobstreetReader.findPosting(doc, PH_JOB_VIEW)!.title)?.roleId).toBe('customer-service-manager');
    expect(jobstreetReader.findPostingTitle(doc, PH_JOB_VIEW)).toEqual({
      board: 'jobstreet',
      key: 'jobstreet:82411354',
      title: 'Customer Service Manager',
    });
  });

  it('keys a job view under the Indonesian /id/ prefix by its path', () => {
    const doc = parsePage(readFixturePage(PH_JOB_VIEW_FILE));
    expect(jobstreetReader.findPostingTitle(doc, new URL('https://id.jobstreet.com/id/job/82411354'))?.key).toBe('jobstreet:82411354');
  });
});

describe('Jobstreet Malaysia search page (my.jobstreet.com, June 2025)', () => {
  it('reads the 32 cards: the first card’s key, title and pay', () => {
    const cards = readCards(parsePage(readFixturePage(MY_SEARCH_FILE)));
    expect(cards).toHaveLength(32);
    // The page writes "RM&nbsp;5,500": read as one line with plain spaces.
    expect(cards[0]).toMatchObject({ key: 'jobstreet:84367877', title: 'Product Manager', salaryText: 'RM 5,500 – RM 8,000 per month' });
    expect(cards[0]?.opener?.getAttribute('href')).toMatch(/^\/job\/84367877\?/);
    expect(cards[1]).toMatchObject({
      key: 'jobstreet:84271292',
      title: 'Associate Product Manager - Employer Value Proposition (Hybrid Working)',
      salaryText: undefined,
    });
    expect(cards.filter((card) => card?.salaryText)).toHaveLength(13);
  });

  it('has none of our roles as saved (its "Product Manager" cards stay out), and spots one swapped into a card', () => {
    const html = readFixturePage(MY_SEARCH_FILE);
    expect(ourCardTitles(parsePage(html))).toEqual([]);
    expect(html).toContain('Lead Product Manager');
    const swapped = parsePage(html.replaceAll('Lead Product Manager', 'Customer Care Manager'));
    expect(ourCardTitles(swapped)).toEqual(['Customer Care Manager']);
    expect(readCards(swapped)[2]).toMatchObject({ key: 'jobstreet:84154645', title: 'Customer Care Manager' });
  });

  it('finds no posting while the split view shows "Select a job"', () => {
    expect(jobstreetReader.findPosting(parsePage(readFixturePage(MY_SEARCH_FILE)), MY_SEARCH)).toBeNull();
  });
});

describe('Jobstreet Indonesia search page (id.jobstreet.com/id/, April 2025)', () => {
  it('reads the 32 cards: the first card’s key and title (no pay), the second’s pay', () => {
    const cards = readCards(parsePage(readFixturePage(ID_SEARCH_FILE)));
    expect(cards).toHaveLength(32);
    expect(cards[0]).toMatchObject({ key: 'jobstreet:82902949', title: 'Frontliner / Store Crew', salaryText: undefined });
    expect(cards[1]).toMatchObject({ key: 'jobstreet:82947788', title: 'Staf Tata Usaha Sekolah', salaryText: 'Rp 4.000.000 – Rp 4.500.000 per month' });
    expect(cards.filter((card) => card?.salaryText)).toHaveLength(10);
  });

  it('takes none of its near misses for our roles, and spots one of ours swapped into a card', () => {
    const html = readFixturePage(ID_SEARCH_FILE);
    const doc = parsePage(html);
    const titles = readCards(doc).map((card) => card?.title);
    expect(titles).toEqual(expect.arrayContaining(['Customer Service', 'Customer Services Officer', 'Customer Service Officer', 'Frontliner (Customer Service)']));
    expect(ourCardTitles(doc)).toEqual([]);
    const swapped = parsePage(html.replaceAll('Staf Tata Usaha Sekolah', 'Customer Support Director'));
    expect(ourCardTitles(swapped)).toEqual(['Customer Support Director']);
    expect(classifyTitle(readCards(swapped)[1]!.title)?.roleId).toBe('customer-support-director');
  });

  it('reads a job opened in the split view, keyed by ?jobId= (the saved PH job header placed into the saved pane)', () => {
    const doc = parsePage(readFixturePage(ID_SEARCH_FILE));
    const jobView = parsePage(readFixturePage(PH_JOB_VIEW_FILE)).querySelector('[data-automation="jobDetailsPage"]')!;
    doc.querySelector('[data-automation="splitViewJobDetailsWrapper"]')!.replaceChildren(doc.importNode(jobView, true));
    expect(jobstreetReader.findPosting(doc, ID_SEARCH)).toMatchObject({ key: 'jobstreet:Mid-Level Frontend Developer' });
    const url = new URL('https://id.jobstreet.com/id/jobs?jobId=82411354&type=standard');
    expect(jobstreetReader.findPosting(doc, url)).toMatchObject({ key: 'jobstreet:82411354', title: 'Mid-Level Frontend Developer' });
  });
});

describe('Jobstreet pay, as a careful reader takes it', () => {
  // Pay strings from the saved pages, with the site's country and the yearly reading worked out by hand.
  it.each([
    ['RM 5,500 – RM 8,000 per month', 'MY', 'MYR', 66000, 96000],
    ['RM\u00a011,333 – RM\u00a017,000 per month', 'MY', 'MYR', 135996, 204000],
    ['Rp 4.000.000 – Rp 4.500.000 per month', 'ID', 'IDR', 48000000, 54000000],
    ['Rp 5.396.761 – Rp 5.596.761 per month', 'ID', 'IDR', 64761132, 67161132],
    ['₱45,000 – ₱55,000 per month', 'PH', 'PHP', 540000, 660000],
  ])('%s (%s) → %s %i–%i a year', (text, country, currency, annualMin, annualMax) => {
    expect(parsePostedPay(text, { country })).toMatchObject({ currency, period: 'month', annualMin, annualMax });
  });
});

describe('Jobstreet pages and sites', () => {
  it.each([
    ['https://my.jobstreet.com/product-manager-jobs', true],
    ['https://my.jobstreet.com/customer-service-manager-jobs/in-Kuala-Lumpur?jobId=84367877', true],
    ['https://id.jobstreet.com/id/jobs', true],
    ['https://id.jobstreet.com/id/customer-service-jobs', true],
    ['https://id.jobstreet.com/id/job/83341499', true],
    ['https://ph.jobstreet.com/job/82411354', true],
    ['https://sg.jobstreet.com/jobs-in-call-centre-customer-service', true],
    ['https://my.jobstreet.com/', false],
    ['https://id.jobstreet.com/id', false],
    ['https://ph.jobstreet.com/job/82411354/apply', false],
    ['https://ph.jobstreet.com/companies/codev-168553861426412/reviews?jobId=82411354', false],
    ['https://my.jobstreet.com/career-advice', false],
    ['https://my.jobstreet.com/profile/me', false],
  ])('mayShowPosting(%s) is %s', (url, expected) => {
    expect(jobstreetReader.mayShowPosting(new URL(url))).toBe(expected);
  });

  it('serves Malaysia, Indonesia, the Philippines and Singapore', () => {
    expect(jobstreet.sites.map(({ match, country }) => [match, country])).toEqual([
      ['*://*.my.jobstreet.com/*', 'MY'],
      ['*://*.id.jobstreet.com/*', 'ID'],
      ['*://*.ph.jobstreet.com/*', 'PH'],
      ['*://*.sg.jobstreet.com/*', 'SG'],
    ]);
  });

  it('is quiet on broken or empty markup', () => {
    for (const html of ['', '<div><h1>', '<<<>>>', '<main><h1></h1></main>', '<article data-testid="job-card"><a data-automation="jobTitle"></a></article>']) {
      for (const url of [PH_JOB_VIEW, MY_SEARCH, ID_SEARCH]) {
        const doc = parsePage(html);
        expect(jobstreetReader.findPosting(doc, url)).toBeNull();
        expect(jobstreetReader.findPostingTitle(doc, url)).toBeNull();
        for (const card of cardsOf(doc)) expect(jobstreetReader.cards!.read(card)).toBeNull();
      }
    }
  });
});
