import { describe, expect, it } from 'vitest';
import { adapterForUrl } from '../../lib/boards';
import { glassdoorAdapter } from '../../lib/boards/glassdoor';
import { ziprecruiterAdapter } from '../../lib/boards/ziprecruiter';
import { classifyTitle } from '../../lib/classify';
import { parsePostedPay } from '../../lib/pay/parse';
import { parsePage, readFixturePage, swapText } from '../fixture-pages';

// Expected values read off the saved pages by hand (tests/fixtures/SOURCES.md).
const readCards = (adapter: typeof glassdoorAdapter, file: string) => {
  const doc = parsePage(readFixturePage(file));
  return [...doc.querySelectorAll(adapter.cards!.selector)].map((card) => adapter.cards!.read(card));
};

describe('registry routes the new boards', () => {
  it.each([
    ['https://www.glassdoor.com/Job/index.htm', 'glassdoor'],
    ['https://www.glassdoor.co.uk/job-listing/x.htm?jl=1', 'glassdoor'],
    ['https://www.glassdoor.com.br/Vaga/x.htm', 'glassdoor'],
    ['https://www.ziprecruiter.com/jobs-search?search=x', 'ziprecruiter'],
    ['https://www.ziprecruiter.ca/jobs-search?search=x', 'ziprecruiter'],
  ])('%s → %s', (url, board) => {
    expect(adapterForUrl(new URL(url))?.id).toBe(board);
  });
});

describe('the detector’s cheap card-title read', () => {
  // A card title read off each saved page by hand, swapped for one of our roles.
  it.each([
    [glassdoorAdapter, 'glassdoor/glassdoor-2-search.html', 'DevOps Engineer - Remote Work'],
    [ziprecruiterAdapter, 'ziprecruiter/ziprecruiter-3-search-with-pane.html', 'Bilingual On-Camera Social Media Content Creator'],
  ])('spots one of our roles among the cards, and none on the page as saved (%#)', (adapter, file, cardTitle) => {
    const cards = adapter.cards!;
    const ourCards = (html: string) =>
      [...parsePage(html).querySelectorAll(cards.selector)].map((card) => cards.readTitle(card)).filter((title) => title && classifyTitle(title));
    const html = readFixturePage(file);
    expect(ourCards(html)).toEqual([]);
    expect(html).toContain(cardTitle);
    expect(ourCards(html.replaceAll(cardTitle, 'Director of Customer Care'))).toEqual(['Director of Customer Care']);
  });
});

describe('Glassdoor adapter on saved pages', () => {
  it('reads the six cards of a Brazilian search page, with ids and salaries', () => {
    const cards = readCards(glassdoorAdapter, 'glassdoor/glassdoor-2-search.html');
    expect(cards).toHaveLength(6);
    expect(cards[0]).toMatchObject({ key: 'glassdoor:1010249613116', title: 'DevOps Engineer - Remote Work' });
    expect(cards.filter((card) => card?.salaryText).length).toBe(2);
    expect(cards.every((card) => card?.opener?.getAttribute('href')?.includes('jl='))).toBe(true);
  });

  it('reads a full saved French search page: the selected job’s pane and its 30 cards', () => {
    const doc = parsePage(readFixturePage('glassdoor/glassdoor-3-search-with-pane.html'));
    const url = new URL('https://www.glassdoor.fr/Emploi/paris-data-scientist-intern-emplois-SRCH_IL.0,5_IC2881970_KO6,27.htm');
    const posting = glassdoorAdapter.findPosting(doc, url);
    expect(posting).toMatchObject({
      key: 'glassdoor:1009733330019',
      title: 'Consultant Manager en Modélisation et Risque de Marché | Banque | CDI | H/F',
      location: 'Neuilly',
    });
    expect(posting?.container.className).toContain('JobDetails_jobDetailsContainer');
    const cards = readCards(glassdoorAdapter, 'glassdoor/glassdoor-3-search-with-pane.html');
    expect(cards).toHaveLength(30);
    expect(cards.filter((card) => card?.salaryText).length).toBe(4);
    swapText(doc, 'h1[id^="jd-job-title-"]', 'Responsable Service Client | Customer Service Manager');
    expect(classifyTitle(glassdoorAdapter.findPosting(doc, url)!.title)?.roleId).toBe('customer-service-manager');
  });

  it('finds no cards and no posting on the empty "Recommended jobs" page', () => {
    expect(readCards(glassdoorAdapter, 'glassdoor/glassdoor-1-search.html')).toEqual([]);
    const doc = parsePage(readFixturePage('glassdoor/glassdoor-1-search.html'));
    expect(glassdoorAdapter.findPosting(doc, new URL('https://www.glassdoor.co.uk/Job/index.htm'))).toBeNull();
  });

  it('reads a job-listing page’s heading as the posting', () => {
    const doc = parsePage('<html><body><main><h1 id="jd-job-title-1">Sr. Manager, Customer Care</h1><div data-test="location">Miami, FL</div></main></body></html>');
    const posting = glassdoorAdapter.findPosting(doc, new URL('https://www.glassdoor.com/job-listing/sr-manager-customer-care-JV_KO0,24.htm?jl=42'));
    expect(posting).toMatchObject({ key: 'glassdoor:42', title: 'Sr. Manager, Customer Care', location: 'Miami, FL' });
  });
});

describe('ZipRecruiter adapter on saved pages', () => {
  it('reads the search page’s right pane: title, location and weekly pay', () => {
    const doc = parsePage(readFixturePage('ziprecruiter/ziprecruiter-2-search.html'));
    const url = new URL('https://www.ziprecruiter.com/jobs-search?search=event+manager&location=Houston%2C+TX&lk=Kb2NZiUoVpWumETagVgzsw');
    const posting = ziprecruiterAdapter.findPosting(doc, url);
    expect(posting).toMatchObject({
      key: 'ziprecruiter:Kb2NZiUoVpWumETagVgzsw',
      title: 'Events Associate',
      location: 'Houston, TX • On-site',
      salaryText: '$800 - $1.2K/wk',
    });
    expect(parsePostedPay(posting!.salaryText!)).toMatchObject({ period: 'week', annualMin: 41600, annualMax: 62400 });
    swapText(doc, '[data-testid="serp-job-details-title"] h2', 'Customer Service Manager');
    expect(classifyTitle(ziprecruiterAdapter.findPosting(doc, url)!.title)?.roleId).toBe('customer-service-manager');
  });

  it('reads a full saved search page: 20 cards with their pay, and the pane’s hourly pay', () => {
    const doc = parsePage(readFixturePage('ziprecruiter/ziprecruiter-3-search-with-pane.html'));
    const posting = ziprecruiterAdapter.findPosting(doc, new URL('https://www.ziprecruiter.com/jobs-search?search=social+media&lk=SJQj3h4stZuPhfYM0UTJjA'));
    expect(posting).toMatchObject({
      title: 'Front Desk Receptionist & Social Media Content Creator',
      location: 'Houston, TX • On-site',
      salaryText: '$15 - $20/hr',
    });
    const cards = readCards(ziprecruiterAdapter, 'ziprecruiter/ziprecruiter-3-search-with-pane.html');
    expect(cards).toHaveLength(20);
    expect(cards[1]).toMatchObject({ key: 'ziprecruiter:5uVu54oTsaP_0b1bkwLYcQ', title: 'Bilingual On-Camera Social Media Content Creator', salaryText: '$96K/yr' });
  });

  it.each([
    ['ziprecruiter/ziprecruiter-1-search.html', 3],
    ['ziprecruiter/ziprecruiter-2-search.html', 3],
    ['ziprecruiter/ziprecruiter-3-search-with-pane.html', 20],
  ])('%s: reads %s cards, one per job though each renders twice', (file, count) => {
    const cards = readCards(ziprecruiterAdapter, file);
    expect(cards).toHaveLength(count);
    expect(new Set(cards.map((card) => card?.key)).size).toBe(count);
    expect(cards.every((card) => card?.opener?.getAttribute('aria-label')?.startsWith('View '))).toBe(true);
  });

  it('does not take a search page’s heading for a posting', () => {
    const doc = parsePage('<html><body><main><h1>183 Customer Service Manager jobs in Houston, TX</h1></main></body></html>');
    expect(ziprecruiterAdapter.findPosting(doc, new URL('https://www.ziprecruiter.com/jobs-search?search=x'))).toBeNull();
  });
});
