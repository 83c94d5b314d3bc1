import { describe, expect, it } from 'vitest';
import { linkedin } from '../../../lib/boards/linkedin';
import { createBoardReader } from '../../../lib/boards/reader';
import { classifyTitle } from '../../../lib/titles/classify';
import { parsePage, readFixturePage, swapText } from '../../fixture-pages';

// Expected values are read off the saved pages by hand (tests/fixtures/SOURCES.md), not from the code.
const linkedinReader = createBoardReader(linkedin);
const cards = linkedinReader.cards!;
const LINKEDIN_GUEST_VIEW = 'https://au.linkedin.com/jobs/view/senior-software-engineer-developer-experience-at-heidi-4411867124';
const LINKEDIN_SEARCH_PANE = 'https://www.linkedin.com/jobs/search/?currentJobId=4296883460&keywords=project%20manager';
const SDUI_VIEW_FILE = 'linkedin/linkedin-12-jobview-sdui.html';
const SDUI_VIEW = 'https://www.linkedin.com/jobs/view/4374244548/';
const JOBS_HOME_FILE = 'linkedin/linkedin-11-jobshome-sdui.html';
const JOBS_HOME = 'https://www.linkedin.com/jobs/';
const SEARCH_RESULTS_FILE = 'linkedin/linkedin-10-search-results.html';
const SEARCH_RESULTS =
  'https://www.linkedin.com/jobs/search-results/?currentJobId=4319389892&keywords=Software%20Engineer%20San%20Francisco%20Past%2024%20hours&origin=JOBS_HOME_SEARCH_BUTTON';

/** A saved page with every occurrence of one text replaced (a posting or card that is one of our roles). */
const pageWith = (file: string, from: string, to: string) => {
  const html = readFixturePage(file);
  if (!html.includes(from)) throw new Error(`${file} lacks ${from}`);
  return parsePage(html.replaceAll(from, to));
};

const readCards = (doc: Document) => [...doc.querySelectorAll(cards.selector)].map((card) => cards.read(card));
const cardTitles = (doc: Document) => [...doc.querySelectorAll(cards.selector)].map((card) => cards.readTitle(card));

describe('LinkedIn on saved pages', () => {
  it('reads the guest job view: title, location and the job id from the URL', () => {
    const posting = linkedinReader.findPosting(parsePage(readFixturePage('linkedin/linkedin-1-jobview.html')), new URL(LINKEDIN_GUEST_VIEW));
    expect(posting).toMatchObject({
      key: 'linkedin:4411867124',
      title: 'Senior Software Engineer - Developer Experience',
      location: 'Melbourne, Victoria, Australia',
    });
  });

  it('reads the logged-in search page’s right pane', () => {
    const posting = linkedinReader.findPosting(parsePage(readFixturePage('linkedin/linkedin-5-search-loggedin.html')), new URL(LINKEDIN_SEARCH_PANE));
    expect(posting).toMatchObject({ key: 'linkedin:4296883460', title: 'Project Manager', location: 'Kenya' });
  });

  it('finds no posting on a guest search page without a details pane', () => {
    const doc = parsePage(readFixturePage('linkedin/linkedin-2-search.html'));
    expect(linkedinReader.findPosting(doc, new URL('https://www.linkedin.com/jobs/search?keywords=python'))).toBeNull();
  });

  it('recognises our role when the saved page carries its title', () => {
    const doc = parsePage(readFixturePage('linkedin/linkedin-5-search-loggedin.html'));
    swapText(doc, '.job-details-jobs-unified-top-card__job-title h1 a', 'Sr. Manager, Customer Support (Remote)');
    const posting = linkedinReader.findPosting(doc, new URL(LINKEDIN_SEARCH_PANE));
    expect(classifyTitle(posting?.title ?? '')?.roleId).toBe('customer-support-manager');
  });

  it('only does work on job pages', () => {
    expect(linkedinReader.mayShowPosting(new URL('https://www.linkedin.com/feed/'))).toBe(false);
    expect(linkedinReader.mayShowPosting(new URL('https://www.linkedin.com/jobs/search-results/?currentJobId=1'))).toBe(true);
    expect(linkedinReader.mayShowPosting(new URL(JOBS_HOME))).toBe(true);
  });
});

// linkedin-12: the server-rendered (SDUI) job view of February 2026. Hashed classes, no heading:
// company "Flow Traders", then the title "Graduate Data Engineer" in a plain <p>, then the line
// "Amsterdam, North Holland, Netherlands · 1 day ago · Over 100 people clicked apply"; sections
// keyed JobDetails_AboutTheJob_4374244548 etc.; a "More jobs" rail of 12 cards.
describe('LinkedIn SDUI job view (2026)', () => {
  it('reads the posting by structure: key, title, company and location', () => {
    const posting = linkedinReader.findPosting(parsePage(readFixturePage(SDUI_VIEW_FILE)), new URL(SDUI_VIEW));
    expect(posting).toMatchObject({
      key: 'linkedin:4374244548',
      title: 'Graduate Data Engineer',
      company: 'Flow Traders',
      location: 'Amsterdam, North Holland, Netherlands',
    });
    // The panel goes beside a box: the detail page itself is display: contents.
    expect(posting?.container.querySelector(':scope > [data-view-name="job-detail-page"]')).not.toBeNull();
  });

  it('the detector’s title read: the top card’s paragraph, not the document title', () => {
    // Only the top card's title changes; <title> and the description still say "Graduate Data Engineer".
    const doc = pageWith(SDUI_VIEW_FILE, '>Graduate Data Engineer<span', '>Customer Service Director<span');
    const read = linkedinReader.findPostingTitle(doc, new URL(SDUI_VIEW));
    expect(read).toEqual({ board: 'linkedin', key: 'linkedin:4374244548', title: 'Customer Service Director' });
    expect(classifyTitle(read!.title)?.roleId).toBe('customer-service-director');
  });

  it('reads an unverified posting’s title, a paragraph of plain text (no badge link)', () => {
    const doc = parsePage(readFixturePage(SDUI_VIEW_FILE));
    const titleParagraph = [...doc.querySelectorAll('[data-view-name="job-detail-page"] p')].find((p) => p.textContent === 'Graduate Data Engineer ');
    titleParagraph!.textContent = 'Customer Care Manager';
    expect(linkedinReader.findPosting(doc, new URL(SDUI_VIEW))).toMatchObject({
      title: 'Customer Care Manager',
      location: 'Amsterdam, North Holland, Netherlands',
    });
  });

  it('takes the job id from the sections’ component keys when the URL has none', () => {
    const read = linkedinReader.findPostingTitle(parsePage(readFixturePage(SDUI_VIEW_FILE)), new URL('https://www.linkedin.com/jobs/view/graduate-data-engineer/'));
    expect(read?.key).toBe('linkedin:4374244548');
  });

  it('reads the same as the live page builds it, the company’s name link inside its logo link', () => {
    // Parsing the saved HTML splits the nested links; the live DOM keeps <a logo><p><a name></p></a>.
    const doc = parsePage(readFixturePage(SDUI_VIEW_FILE));
    const companyLinks = [...doc.querySelectorAll('[data-view-name="job-detail-page"] a[href="https://www.linkedin.com/company/flow-traders/life/"]')];
    const [logoLink, nameLink] = companyLinks;
    const emptyParagraph = logoLink?.querySelector('p');
    expect(nameLink?.textContent).toBe('Flow Traders');
    expect(emptyParagraph?.textContent).toBe('');
    emptyParagraph!.append(nameLink!);
    expect(linkedinReader.findPosting(doc, new URL(SDUI_VIEW))).toMatchObject({
      title: 'Graduate Data Engineer',
      company: 'Flow Traders',
      location: 'Amsterdam, North Holland, Netherlands',
    });
  });

  it('with our title throughout the page, recognises the role', () => {
    const doc = pageWith(SDUI_VIEW_FILE, 'Graduate Data Engineer', 'Head of Customer Care');
    const posting = linkedinReader.findPosting(doc, new URL(SDUI_VIEW));
    expect(posting?.title).toBe('Head of Customer Care');
    expect(classifyTitle(posting!.title)?.roleId).toBe('customer-care-director');
  });

  it('reads the "More jobs" rail: 12 cards, verified titles once, keys from currentJobId (not the viewed job’s referenceJobId)', () => {
    const doc = parsePage(readFixturePage(SDUI_VIEW_FILE));
    const read = readCards(doc);
    expect(read).toHaveLength(12);
    expect(read.every((card) => card?.title && card.badgeAnchor && card.opener)).toBe(true);
    expect(read[0]).toMatchObject({ key: 'linkedin:4373329616', title: 'Data Platform Engineer - OLAP' });
    // The sixth card is not verified: its title is plain text.
    expect(read[5]).toMatchObject({ key: 'linkedin:4371263956', title: 'Azure Data Engineer' });
    expect(cardTitles(doc)[0]).toBe('Data Platform Engineer - OLAP');
    // The badge goes after the card's link, never inside it.
    expect(read[0]!.badgeAnchor.closest('a')).toBe(read[0]!.badgeAnchor);
  });

  it('a verified rail card with our title is recognised', () => {
    const doc = pageWith(SDUI_VIEW_FILE, 'Data Platform Engineer - OLAP', 'Customer Support Manager');
    const title = cardTitles(doc)[0];
    expect(title).toBe('Customer Support Manager');
    expect(classifyTitle(title!)?.roleId).toBe('customer-support-manager');
  });

  it('as saved, has none of our roles', () => {
    const doc = parsePage(readFixturePage(SDUI_VIEW_FILE));
    expect(classifyTitle(linkedinReader.findPostingTitle(doc, new URL(SDUI_VIEW))!.title)).toBeNull();
    expect(cardTitles(doc).filter((title) => title && classifyTitle(title))).toEqual([]);
  });
});

describe('LinkedIn: the document title, only as the last fallback on a single-job page', () => {
  /** The SDUI view as if LinkedIn renamed its detail page: no table or structure reads it any more. */
  const unreadableView = (documentTitle?: string) => {
    const doc = parsePage(readFixturePage(SDUI_VIEW_FILE));
    doc.querySelector('[data-view-name="job-detail-page"]')!.removeAttribute('data-view-name');
    if (documentTitle !== undefined) doc.title = documentTitle;
    return doc;
  };

  it('reads "Title | Company | LinkedIn" on /jobs/view/', () => {
    expect(linkedinReader.findPostingTitle(unreadableView(), new URL(SDUI_VIEW))).toEqual({
      board: 'linkedin',
      key: 'linkedin:4374244548',
      title: 'Graduate Data Engineer',
    });
    // Logged in, the title starts with the unread count.
    const read = linkedinReader.findPostingTitle(unreadableView('(3) Customer Care Manager | Flow Traders | LinkedIn'), new URL(SDUI_VIEW));
    expect(read?.title).toBe('Customer Care Manager');
    expect(classifyTitle(read!.title)?.roleId).toBe('customer-care-manager');
  });

  it('never reads a list’s document title, even one naming a job', () => {
    const doc = unreadableView('Customer Care Manager | Flow Traders | LinkedIn');
    for (const url of [
      'https://www.linkedin.com/jobs/collections/similar-jobs/?currentJobId=4374244548',
      'https://www.linkedin.com/jobs/search-results/?currentJobId=4374244548',
      JOBS_HOME,
    ]) {
      expect(linkedinReader.findPostingTitle(doc, new URL(url)), url).toBeNull();
    }
    const home = parsePage(readFixturePage(JOBS_HOME_FILE));
    home.title = 'Customer Support Manager | Acme | LinkedIn';
    expect(linkedinReader.findPostingTitle(home, new URL(JOBS_HOME))).toBeNull();
    expect(linkedinReader.findPostingTitle(home, new URL('https://www.linkedin.com/jobs/search/?keywords=customer%20support%20manager'))).toBeNull();
  });

  it('does not read a document title of another shape ("Jobs | LinkedIn")', () => {
    expect(linkedinReader.findPostingTitle(unreadableView('Jobs | LinkedIn'), new URL(SDUI_VIEW))).toBeNull();
  });
});

// linkedin-11: the SDUI jobs home (October 2025). 11 cards, each one link to
// /jobs/collections/recommended/?currentJobId=…; 10 verified ("Title (Verified job)" for screen
// readers, the title again beside it), one not ("Software Engineering - Intern, Graduate", 7th).
describe('LinkedIn SDUI jobs home (2025)', () => {
  it('reads 11 cards: titles once, without the screen-reader copy, keys from the links', () => {
    const doc = parsePage(readFixturePage(JOBS_HOME_FILE));
    const read = readCards(doc);
    expect(read).toHaveLength(11);
    expect(read.every((card) => card?.title && card.badgeAnchor && card.opener)).toBe(true);
    expect(read[0]).toMatchObject({ key: 'linkedin:4279172251', title: '2026 Software Engineer Program - Summer Internship – United States' });
    expect(read[5]?.title).toBe('Software Engineer Intern (Summer 2026)');
    expect(read[6]).toMatchObject({ key: 'linkedin:4313731466', title: 'Software Engineering - Intern, Graduate' });
    const titles = cardTitles(doc);
    expect(titles[0]).toBe('2026 Software Engineer Program - Summer Internship – United States');
    expect(titles.some((title) => title?.includes('Verified job'))).toBe(false);
  });

  it('shows no posting, and as saved has none of our roles', () => {
    const doc = parsePage(readFixturePage(JOBS_HOME_FILE));
    expect(linkedinReader.findPosting(doc, new URL(JOBS_HOME))).toBeNull();
    expect(cardTitles(doc).filter((title) => title && classifyTitle(title))).toEqual([]);
  });

  it('recognises our titles in a verified card and in a plain one', () => {
    const verified = pageWith(JOBS_HOME_FILE, '2026 Software Engineer Program - Summer Internship – United States', 'Director of Customer Support');
    expect(cardTitles(verified)[0]).toBe('Director of Customer Support');
    expect(classifyTitle(cardTitles(verified)[0]!)?.roleId).toBe('customer-support-director');
    const plain = pageWith(JOBS_HOME_FILE, 'Software Engineering - Intern, Graduate', 'Customer Service Manager');
    expect(readCards(plain)[6]?.title).toBe('Customer Service Manager');
    expect(classifyTitle(readCards(plain)[6]!.title)?.roleId).toBe('customer-service-manager');
  });
});

// linkedin-10: /jobs/search-results/ (October 2025): 25 list items, 7 rendered as cards
// (div.job-card-job-posting-card-wrapper[data-view-name="job-card"], one link each, data-job-id),
// and the classic unified top card in the pane: "Software Engineer III, Front End, Google Cloud AI",
// Google, Sunnyvale, CA.
describe('LinkedIn /jobs/search-results/ (2025)', () => {
  it('reads the pane’s classic top card', () => {
    const posting = linkedinReader.findPosting(parsePage(readFixturePage(SEARCH_RESULTS_FILE)), new URL(SEARCH_RESULTS));
    expect(posting).toMatchObject({
      key: 'linkedin:4319389892',
      title: 'Software Engineer III, Front End, Google Cloud AI',
      company: 'Google',
      location: 'Sunnyvale, CA',
    });
  });

  it('reads the 7 rendered cards with their keys and badge anchors', () => {
    const doc = parsePage(readFixturePage(SEARCH_RESULTS_FILE));
    expect(doc.querySelectorAll('li.semantic-search-results-list__list-item')).toHaveLength(25);
    const read = readCards(doc);
    expect(read).toHaveLength(7);
    expect(read.every((card) => card?.title && card.badgeAnchor && card.opener)).toBe(true);
    expect(read[0]).toMatchObject({ key: 'linkedin:4319389892', title: 'Software Engineer III, Front End, Google Cloud AI' });
    expect(read[1]).toMatchObject({ key: 'linkedin:4302014401', title: 'Staff Engineer - Shopper Supply' });
    expect(cardTitles(doc)[0]).toBe('Software Engineer III, Front End, Google Cloud AI');
  });

  it('as saved, has none of our roles', () => {
    const doc = parsePage(readFixturePage(SEARCH_RESULTS_FILE));
    expect(classifyTitle(linkedinReader.findPostingTitle(doc, new URL(SEARCH_RESULTS))!.title)).toBeNull();
    expect(cardTitles(doc).filter((title) => title && classifyTitle(title))).toEqual([]);
  });

  it('recognises our title in a card and in the pane', () => {
    const card = pageWith(SEARCH_RESULTS_FILE, 'Staff Engineer - Shopper Supply', 'Customer Care Manager');
    expect(classifyTitle(readCards(card)[1]!.title)?.roleId).toBe('customer-care-manager');
    const pane = parsePage(readFixturePage(SEARCH_RESULTS_FILE));
    swapText(pane, '.job-details-jobs-unified-top-card__job-title h1 a', 'Customer Support Director');
    expect(classifyTitle(linkedinReader.findPostingTitle(pane, new URL(SEARCH_RESULTS))!.title)?.roleId).toBe('customer-support-director');
  });
});

describe('LinkedIn: the posting’s description, read once in the full read', () => {
  it.each([
    ['linkedin/linkedin-1-jobview.html', LINKEDIN_GUEST_VIEW, /^Who We Are Healthcare needs a better rhythm/],
    ['linkedin/linkedin-5-search-loggedin.html', LINKEDIN_SEARCH_PANE, /^About the job Brief Description Reporting to the Program Manager/],
    [SDUI_VIEW_FILE, SDUI_VIEW, /^About the job Do you want to work in a dynamic and collaborative environment/],
  ])('%s', (file, url, start) => {
    const posting = linkedinReader.findPosting(parsePage(readFixturePage(file)), new URL(url));
    expect(posting?.description).toMatch(start);
  });
});
