import { describe, expect, it } from 'vitest';
import { createBoardReader } from '../../../lib/boards/reader';
import { stepstone } from '../../../lib/boards/stepstone';
import { classifyTitle } from '../../../lib/titles/classify';
import { parsePostedPay } from '../../../lib/pay/parse';
import { parsePage, readFixturePage, swapText } from '../../fixture-pages';

// Expected values read off the saved page by hand (tests/fixtures/SOURCES.md): the result list of
// https://www.stepstone.de/jobs/software-engineer/in-40210, saved signed out 2025-08-10.
const reader = createBoardReader(stepstone);
const SEARCH_PAGE = 'stepstone/stepstone-1-search.html';
const SEARCH_URL = new URL('https://www.stepstone.de/jobs/software-engineer/in-40210');
const DE = { country: 'DE' };

/** The saved page, parsed once for the tests that only read it (those that swap text parse their own). */
let savedPage: Document | undefined;
const saved = () => (savedPage ??= parsePage(readFixturePage(SEARCH_PAGE)));
const cardsOf = (doc: Document) => [...doc.querySelectorAll(reader.cards!.selector)];
const readCards = (doc: Document) => cardsOf(doc).map((card) => reader.cards!.read(card));

describe('StepStone search list (saved page)', { timeout: 30_000 }, () => {
  it('reads all 25 cards with their job ids and titles, not the inline styles saved inside the first title link', () => {
    const cards = readCards(saved());
    expect(cards).toHaveLength(25);
    expect(cards[0]).toMatchObject({ key: 'stepstone:12872534', title: 'Software Engineer Azure (all genders)' });
    expect(cards[5]).toMatchObject({ key: 'stepstone:12860050', title: '(Senior) Platform / Python Software Engineer (m/w/d)' });
    expect(cards[8]).toMatchObject({ key: 'stepstone:12135479', title: 'Softwareentwickler / Developer / Software Engineer (m/w/d)' });
    expect(cards[24]).toMatchObject({ key: 'stepstone:12804167', title: 'Media Application Manager / System Engineer - (m/w/d)' });
    expect(new Set(cards.map((card) => card?.key)).size).toBe(25);
    expect(cards[0]?.opener?.getAttribute('href')).toMatch(/^\/stellenangebote--Software-Engineer-Azure-all-genders-.*-adesso-SE--12872534-inline\.html$/);
    // Signed out, a card shows a "Gehalt anzeigen" sign-in button rather than pay.
    expect(cards.every((card) => card?.salaryText === undefined)).toBe(true);
  });

  it('finds none of our roles on the page as saved, and no posting on a result list', () => {
    const doc = saved();
    const titles = cardsOf(doc).map((card) => reader.cards!.readTitle(card) ?? '');
    expect(titles).toHaveLength(25);
    expect(titles.filter((title) => classifyTitle(title) !== null)).toEqual([]);
    expect(reader.findPosting(doc, SEARCH_URL)).toBeNull();
    expect(reader.findPostingTitle(doc, SEARCH_URL)).toBeNull();
  });

  it('spots our role among the cards in the detector’s cheap title read once the saved HTML carries it', () => {
    const html = readFixturePage(SEARCH_PAGE);
    expect(html).toContain('Software Engineer Azure (all genders)');
    const doc = parsePage(html.replaceAll('Software Engineer Azure (all genders)', 'Director of Customer Care'));
    const ours = cardsOf(doc).map((card) => reader.cards!.readTitle(card) ?? '').filter((title) => classifyTitle(title) !== null);
    expect(ours).toEqual(['Director of Customer Care']);
  });

  it('recognises our role once a card carries our title', () => {
    const doc = parsePage(readFixturePage(SEARCH_PAGE));
    swapText(doc, 'article[data-at="job-item"] [data-at="job-item-title"] > div > div > div', 'Customer Service Manager');
    const card = reader.cards!.read(cardsOf(doc)[0]!);
    expect(card).toMatchObject({ key: 'stepstone:12872534', title: 'Customer Service Manager' });
    expect(classifyTitle(card!.title)?.roleId).toBe('customer-service-manager');
  });

  it('reads StepStone’s own salary estimate, as saved in a card’s text, as the board’s estimate', () => {
    const doc = saved();
    const snippet = cardsOf(doc)[8]!.querySelector('[data-at="jobcard-content"]')!.textContent!;
    expect(snippet).toContain('42.000€ - 71.000€/Jahr (geschätzt für Vollzeit)');
    expect(parsePostedPay('42.000€ - 71.000€/Jahr (geschätzt für Vollzeit)', DE)).toMatchObject({
      currency: 'EUR',
      period: 'year',
      annualMin: 42000,
      annualMax: 71000,
      estimate: 'board',
    });
    expect(parsePostedPay('55.000€ - 85.000€/Jahr (geschätzt für Vollzeit)', DE)).toMatchObject({ annualMin: 55000, annualMax: 85000, estimate: 'board' });
    expect(parsePostedPay('Gehalt anzeigen', DE)).toBeNull();
  });

  it('reads stated pay where a card shows it, and skips a card without a title', () => {
    const doc = parsePage(`<html><body>
      <article data-at="job-item" id="job-item-12000001"><h2><a data-at="job-item-title" href="/stellenangebote--Leiter-Kundenservice-m-w-d-Koeln-Acme-GmbH--12000001-inline.html"><div><div><div>Leiter Kundenservice (m/w/d)</div></div></div></a></h2>
        <span data-at="job-item-salary-info">4.500 € pro Monat</span></article>
      <article data-at="job-item" id="job-item-12000002"><h2></h2></article>
    </body></html>`);
    const cards = readCards(doc);
    expect(cards[0]).toMatchObject({ key: 'stepstone:12000001', title: 'Leiter Kundenservice (m/w/d)', salaryText: '4.500 € pro Monat' });
    expect(parsePostedPay(cards[0]!.salaryText!, DE)).toMatchObject({ currency: 'EUR', period: 'month', annualMin: 54000, annualMax: 54000 });
    expect(cards[1]).toBeNull();
  });
});

describe('StepStone job view (no saved page: markup by the data-at hooks scrapers read)', () => {
  const JOB_URL = new URL('https://www.stepstone.de/stellenangebote--Customer-Service-Manager-m-w-d-Hamburg-Acme-GmbH--12345678-inline.html');
  // Hand-made, not a saved page: the hooks StepStone's job views carry per public scrapers.
  const JOB_VIEW = `<html><body><div id="JobAdContent">
    <h1 data-at="header-job-title">Customer Service Manager (m/w/d)</h1>
    <ul><li data-at="metadata-company-name"><a href="/cmp/de/acme"><span>Acme GmbH</span></a></li>
    <li data-at="metadata-location"><span>Hamburg</span></li>
    <li data-at="metadata-salary"><span>48.000 - 62.000 €/Jahr (geschätzt für Vollzeit)</span></li></ul>
    <div data-at="job-ad-content"><p>Ihr Profil</p><p>Mindestens 5 Jahre Berufserfahrung im Kundenservice</p></div></div></body></html>`;

  it('reads the title, key, company, location and the estimate line', () => {
    const posting = reader.findPosting(parsePage(JOB_VIEW), JOB_URL);
    expect(posting).toMatchObject({
      board: 'stepstone',
      key: 'stepstone:12345678',
      title: 'Customer Service Manager (m/w/d)',
      company: 'Acme GmbH',
      location: 'Hamburg',
      salaryText: '48.000 - 62.000 €/Jahr (geschätzt für Vollzeit)',
    });
    expect(posting?.description).toContain('Mindestens 5 Jahre Berufserfahrung im Kundenservice');
    expect(classifyTitle(posting!.title)?.roleId).toBe('customer-service-manager');
    expect(parsePostedPay(posting!.salaryText!, DE)).toMatchObject({ currency: 'EUR', annualMin: 48000, annualMax: 62000, estimate: 'board' });
  });

  it('gives the detector just the board, key and title', () => {
    const doc = parsePage(JOB_VIEW);
    swapText(doc, '[data-at="header-job-title"]', 'Software Engineer Azure (all genders)');
    expect(reader.findPostingTitle(doc, JOB_URL)).toEqual({ board: 'stepstone', key: 'stepstone:12345678', title: 'Software Engineer Azure (all genders)' });
    expect(classifyTitle(reader.findPostingTitle(doc, JOB_URL)!.title)).toBeNull();
  });

  it('is quiet on broken markup', () => {
    for (const html of ['', '<html><body></body></html>', '<h1 data-at="header-job-title"> </h1>', '<div id="JobAdContent"><h1>no hook</h1></div>']) {
      expect(reader.findPosting(parsePage(html), JOB_URL)).toBeNull();
      expect(reader.findPostingTitle(parsePage(html), JOB_URL)).toBeNull();
    }
  });
});

describe('StepStone URLs and sites', () => {
  it.each([
    ['https://www.stepstone.de/jobs/software-engineer/in-40210', true],
    ['https://www.stepstone.de/jobs/leiter-kundenservice', true],
    ['https://www.stepstone.de/stellenangebote--Software-Engineer-Azure-all-genders-adesso-SE--12872534-inline.html', true],
    ['https://www.stepstone.at/stellenangebote--Angular-Web-Developer-m-w-d-Suedliches-Wien-IVM-Technical-Consultants--935149-inline.html?rltr=1_1_25_seorl_m_0_0_0_0_0_0', true],
    ['https://www.stepstone.be/jobs--Geen-Bestaande-Vacature--1-inline.html', true],
    ['https://www.stepstone.nl/vacatures/data-analyst/in-nederland', true],
    ['https://www.stepstone.de/', false],
    ['https://www.stepstone.de/cmp/de/adesso-se-7420/jobs', false],
    ['https://www.stepstone.de/magazin/artikel/gehalt', false],
  ])('%s may show a posting or list: %s', (href, expected) => {
    expect(reader.mayShowPosting(new URL(href))).toBe(expected);
  });

  it('keys a job view by the id in its path', () => {
    const doc = parsePage('<html><body><h1 data-at="header-job-title">OTR Manager</h1></body></html>');
    const url = new URL('https://www.stepstone.at/stellenangebote--OTR-Manager-Wien-Amazon-Europe-Core--876597-inline.html');
    expect(reader.findPostingTitle(doc, url)).toEqual({ board: 'stepstone', key: 'stepstone:876597', title: 'OTR Manager' });
  });

  it('serves Germany, Austria, Belgium and the Netherlands', () => {
    expect(stepstone.sites.map((site) => [site.match, site.country])).toEqual([
      ['*://*.stepstone.de/*', 'DE'],
      ['*://*.stepstone.at/*', 'AT'],
      ['*://*.stepstone.be/*', 'BE'],
      ['*://*.stepstone.nl/*', 'NL'],
    ]);
  });
});
