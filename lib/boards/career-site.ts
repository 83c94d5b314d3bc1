// Career-site reader: any page that carries one schema.org JobPosting in JSON-LD (Lever, Workday,
// Ashby, SmartRecruiters and most ATS pages), and the applicant-tracking layouts that carry none
// (Greenhouse's job-boards.greenhouse.io pages). It runs only on sites the user granted from the
// popup or settings, never on the boards, whose own definitions read the visible page.
// Check by hand (after "Enable on this site"):
//   https://job-boards.greenhouse.io/<company>/jobs/<id>
//   https://jobs.lever.co/<company>/<uuid>
//   https://<company>.wd1.myworkdayjobs.com/<site>/job/<location>/<title>_<id>
import { textOf } from './dom';
import { readJobPostingJsonLd, sameTitle } from './jsonld';
import { createBoardReader } from './reader';
import type { BoardReader } from './types';

/** Where the visible title usually is, to place the panel beside the posting. */
const HEADING_SELECTORS = 'h1, h2, [data-automation-id="jobPostingHeader"]';

const pageKey = (url: URL) => `${url.origin}${url.pathname}`;

/**
 * Applicant-tracking layouts whose job pages carry no JSON-LD, read by their tables. A page that
 * does carry a JobPosting is read from it first.
 */
const atsLayouts = createBoardReader({
  id: 'career-site',
  label: 'Career sites',
  sites: [],
  exampleUrls: ['https://job-boards.greenhouse.io/sonatus/jobs/5071418007'],
  mayShowPosting: () => true,
  posting: {
    pane: [{ css: '.job-post', serves: 'Greenhouse job-boards.greenhouse.io, 2026' }],
    isWholePage: () => true,
    title: [{ css: '.job__title h1', serves: 'Greenhouse job-boards.greenhouse.io, 2026' }],
    location: [{ css: '.job__location', serves: 'Greenhouse job-boards.greenhouse.io, 2026' }],
    // The range's own line: the lines before it are the heading and the employer's explanation.
    pay: [{ css: '.pay-range > p:last-child', serves: 'Greenhouse job-boards.greenhouse.io, 2026' }],
    jobKey: pageKey,
  },
});

/** Registered at run time for the granted sites only (lib/extension/site-access.ts). */
export const careerSiteReader: BoardReader = {
  id: 'career-site',
  mayShowPosting: () => true,

  findPostingTitle(doc, url) {
    const title = readJobPostingJsonLd(doc)?.title;
    return title ? { board: 'career-site', key: `career-site:${pageKey(url)}`, title } : atsLayouts.findPostingTitle(doc, url);
  },

  findPosting(doc, url) {
    const posting = readJobPostingJsonLd(doc);
    if (!posting?.title) return atsLayouts.findPosting(doc, url);
    const title = posting.title;
    const heading = [...doc.querySelectorAll(HEADING_SELECTORS)].find((element) => sameTitle(textOf(element) ?? '', title));
    return {
      board: 'career-site',
      key: `career-site:${pageKey(url)}`,
      title: posting.title,
      container: heading?.closest('main, article, section') ?? heading ?? doc.body,
      location: posting.location,
      structuredPay: posting.pay,
      addressCountry: posting.addressCountry,
      datePosted: posting.datePosted,
      description: posting.description,
    };
  },
};
