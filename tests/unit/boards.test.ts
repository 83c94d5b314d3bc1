import { describe, expect, it } from 'vitest';
import { adapterForUrl, BOARD_ADAPTERS } from '../../lib/boards';
import { BOARD_MATCHES, BOARD_SITES } from '../../lib/boards/sites';
import { indeedAdapter } from '../../lib/boards/indeed';
import { linkedinAdapter } from '../../lib/boards/linkedin';
import { classifyTitle } from '../../lib/classify';
import { parsePage, readFixturePage, swapText } from '../fixture-pages';

// Expected values are read off the saved pages by hand (tests/fixtures/SOURCES.md), not from the code.
const LINKEDIN_GUEST_VIEW = 'https://au.linkedin.com/jobs/view/senior-software-engineer-developer-experience-at-heidi-4411867124';
const LINKEDIN_SEARCH_PANE = 'https://www.linkedin.com/jobs/search/?currentJobId=4296883460&keywords=project%20manager';
const INDEED_CA_VIEW = 'https://ca.indeed.com/viewjob?jk=d0840105d904ca72';
const INDEED_AU_VIEW = 'https://au.indeed.com/viewjob?jk=54f1f8af68d722d2';

describe('board registry', () => {
  it('has exactly one adapter for every board site list, and nothing matches every site', () => {
    expect(BOARD_ADAPTERS.map((adapter) => adapter.id).sort()).toEqual(Object.keys(BOARD_SITES).sort());
    for (const adapter of BOARD_ADAPTERS) expect(adapter.matches).toEqual(BOARD_SITES[adapter.id as keyof typeof BOARD_SITES]);
    expect(BOARD_MATCHES).not.toContain('<all_urls>');
  });

  it.each([
    ['https://www.linkedin.com/jobs/view/1/', 'linkedin'],
    ['https://au.linkedin.com/jobs/search', 'linkedin'],
    ['https://uk.indeed.com/viewjob?jk=1', 'indeed'],
    ['https://www.indeed.com/jobs?q=x', 'indeed'],
    ['https://indeed.com.evil.example/viewjob', undefined],
    ['https://notlinkedin.com/jobs/view/1', undefined],
  ])('%s → %s', (url, board) => {
    expect(adapterForUrl(new URL(url))?.id).toBe(board);
  });
});

describe('LinkedIn adapter on saved pages', () => {
  it('reads the guest job view: title, location and the job id from the URL', () => {
    const posting = linkedinAdapter.findPosting(parsePage(readFixturePage('linkedin/linkedin-1-jobview.html')), new URL(LINKEDIN_GUEST_VIEW));
    expect(posting).toMatchObject({
      key: 'linkedin:4411867124',
      title: 'Senior Software Engineer - Developer Experience',
      location: 'Melbourne, Victoria, Australia',
    });
  });

  it('reads the logged-in search page’s right pane', () => {
    const posting = linkedinAdapter.findPosting(parsePage(readFixturePage('linkedin/linkedin-5-search-loggedin.html')), new URL(LINKEDIN_SEARCH_PANE));
    expect(posting).toMatchObject({ key: 'linkedin:4296883460', title: 'Project Manager', location: 'Kenya' });
  });

  it('finds no posting on a guest search page without a details pane', () => {
    const doc = parsePage(readFixturePage('linkedin/linkedin-2-search.html'));
    expect(linkedinAdapter.findPosting(doc, new URL('https://www.linkedin.com/jobs/search?keywords=python'))).toBeNull();
  });

  it('recognises our role when the saved page carries its title', () => {
    const doc = parsePage(readFixturePage('linkedin/linkedin-5-search-loggedin.html'));
    swapText(doc, '.job-details-jobs-unified-top-card__job-title h1 a', 'Sr. Manager, Customer Support (Remote)');
    const posting = linkedinAdapter.findPosting(doc, new URL(LINKEDIN_SEARCH_PANE));
    expect(classifyTitle(posting?.title ?? '')?.roleId).toBe('customer-support-manager');
  });

  it('only does work on job pages', () => {
    expect(linkedinAdapter.mayShowPosting(new URL('https://www.linkedin.com/feed/'))).toBe(false);
    expect(linkedinAdapter.mayShowPosting(new URL('https://www.linkedin.com/jobs/search-results/?currentJobId=1'))).toBe(true);
  });
});

describe('Indeed adapter on saved pages', () => {
  it('reads a 2022 Canadian job view', () => {
    const posting = indeedAdapter.findPosting(parsePage(readFixturePage('indeed/indeed-2-viewjob.html')), new URL(INDEED_CA_VIEW));
    expect(posting).toMatchObject({ key: 'indeed:d0840105d904ca72', title: 'Python Developer' });
  });

  it('reads an Australian job view with pay and location', () => {
    const posting = indeedAdapter.findPosting(parsePage(readFixturePage('indeed/indeed-4-viewjob.html')), new URL(INDEED_AU_VIEW));
    expect(posting).toMatchObject({
      key: 'indeed:54f1f8af68d722d2',
      title: 'Senior DevOps Engineer',
      location: 'Camberwell VIC 3124',
      salaryText: '$130,000 - $160,000 a year - Full-time',
    });
  });

  it('strips the " - job post" suffix Indeed adds for screen readers', () => {
    const doc = parsePage(readFixturePage('indeed/indeed-4-viewjob.html'));
    swapText(doc, '[data-testid="jobsearch-JobInfoHeader-title"]', 'Customer Care Manager - job post');
    const posting = indeedAdapter.findPosting(doc, new URL(INDEED_AU_VIEW));
    expect(posting?.title).toBe('Customer Care Manager');
  });

  it('finds no posting on search pages whose right pane is empty', () => {
    for (const page of ['indeed/indeed-1-search.html', 'indeed/indeed-3-search.html']) {
      expect(indeedAdapter.findPosting(parsePage(readFixturePage(page)), new URL('https://www.indeed.com/jobs?q=x'))).toBeNull();
    }
  });

  it('reads the pane from a same-origin iframe', () => {
    const doc = parsePage('<html><body><div id="mosaic"></div></body></html>');
    const frame = doc.createElement('iframe');
    frame.id = 'vjs-container-iframe';
    doc.body.append(frame);
    const frameDocument = parsePage(readFixturePage('indeed/indeed-4-viewjob.html'));
    Object.defineProperty(frame, 'contentDocument', { value: frameDocument });
    swapText(frameDocument, '[data-testid="jobsearch-JobInfoHeader-title"]', 'Director of Customer Service');
    const posting = indeedAdapter.findPosting(doc, new URL('https://www.indeed.com/jobs?q=x&vjk=abc123'));
    expect(posting).toMatchObject({ key: 'indeed:abc123', title: 'Director of Customer Service' });
  });

  it('does nothing with broken or empty markup', () => {
    for (const html of ['', '<div><h1 class="jobsearch-JobInfoHeader-title">', '<<<>>>']) {
      expect(() => indeedAdapter.findPosting(parsePage(html), new URL(INDEED_CA_VIEW))).not.toThrow();
      expect(() => linkedinAdapter.findPosting(parsePage(html), new URL(LINKEDIN_SEARCH_PANE))).not.toThrow();
    }
  });
});
