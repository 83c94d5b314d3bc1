import { describe, expect, it } from 'vitest';
import { linkedin } from '../../../lib/boards/linkedin';
import { createBoardReader } from '../../../lib/boards/reader';
import { classifyTitle } from '../../../lib/classify';
import { parsePage, readFixturePage, swapText } from '../../fixture-pages';

// Expected values are read off the saved pages by hand (tests/fixtures/SOURCES.md), not from the code.
const linkedinReader = createBoardReader(linkedin);
const LINKEDIN_GUEST_VIEW = 'https://au.linkedin.com/jobs/view/senior-software-engineer-developer-experience-at-heidi-4411867124';
const LINKEDIN_SEARCH_PANE = 'https://www.linkedin.com/jobs/search/?currentJobId=4296883460&keywords=project%20manager';

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
  });
});
