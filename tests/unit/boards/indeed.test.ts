import { describe, expect, it } from 'vitest';
import { indeed } from '../../../lib/boards/indeed';
import { createBoardReader } from '../../../lib/boards/reader';
import { classifyTitle } from '../../../lib/titles/classify';
import { parsePage, readFixturePage, swapText } from '../../fixture-pages';

// Expected values are read off the saved pages by hand (tests/fixtures/SOURCES.md), not from the code.
const indeedReader = createBoardReader(indeed);
const INDEED_CA_VIEW = 'https://ca.indeed.com/viewjob?jk=d0840105d904ca72';
const INDEED_AU_VIEW = 'https://au.indeed.com/viewjob?jk=54f1f8af68d722d2';

describe('Indeed on saved pages', () => {
  it('reads a 2022 Canadian job view', () => {
    const posting = indeedReader.findPosting(parsePage(readFixturePage('indeed/indeed-2-viewjob.html')), new URL(INDEED_CA_VIEW));
    expect(posting).toMatchObject({ key: 'indeed:d0840105d904ca72', title: 'Python Developer' });
  });

  it('reads an Australian job view with pay and location', () => {
    const posting = indeedReader.findPosting(parsePage(readFixturePage('indeed/indeed-4-viewjob.html')), new URL(INDEED_AU_VIEW));
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
    const posting = indeedReader.findPosting(doc, new URL(INDEED_AU_VIEW));
    expect(posting?.title).toBe('Customer Care Manager');
  });

  it('recognises our role when the saved job view carries our title, in the detector’s title-only read too', () => {
    const doc = parsePage(readFixturePage('indeed/indeed-4-viewjob.html'));
    const url = new URL(INDEED_AU_VIEW);
    expect(classifyTitle(indeedReader.findPosting(doc, url)?.title ?? '')).toBeNull();
    swapText(doc, '[data-testid="jobsearch-JobInfoHeader-title"]', 'Manager - Customer Support');
    expect(classifyTitle(indeedReader.findPosting(doc, url)?.title ?? '')?.roleId).toBe('customer-support-manager');
    expect(indeedReader.findPostingTitle(doc, url)).toEqual({ board: 'indeed', key: 'indeed:54f1f8af68d722d2', title: 'Manager - Customer Support' });
    expect(indeedReader.findPosting(doc, url)?.company).toBe('PaperCut Software');
  });

  it('reads the description as plain text and the JSON-LD publication date, once, in the full read', () => {
    const posting = indeedReader.findPosting(parsePage(readFixturePage('indeed/indeed-4-viewjob.html')), new URL(INDEED_AU_VIEW));
    expect(posting?.description).toMatch(/^Company Description At PaperCut, we believe two things: great code can change the world/);
    expect(posting?.datePosted).toBe('2026-08-06');
  });

  it('finds no posting on search pages whose right pane is empty', () => {
    for (const page of ['indeed/indeed-1-search.html', 'indeed/indeed-3-search.html']) {
      expect(indeedReader.findPosting(parsePage(readFixturePage(page)), new URL('https://www.indeed.com/jobs?q=x'))).toBeNull();
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
    const posting = indeedReader.findPosting(doc, new URL('https://www.indeed.com/jobs?q=x&vjk=abc123'));
    expect(posting).toMatchObject({ key: 'indeed:abc123', title: 'Director of Customer Service' });
  });
});
