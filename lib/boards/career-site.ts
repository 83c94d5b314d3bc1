// Career-site adapter: any page that carries one schema.org JobPosting in JSON-LD (Greenhouse,
// Lever, Workday, Ashby, SmartRecruiters and most ATS pages). It runs only on sites the user
// granted from the popup or settings, never on the boards, whose own adapters read the visible page.
// Check by hand (after "Enable on this site"):
//   https://job-boards.greenhouse.io/<company>/jobs/<id>
//   https://jobs.lever.co/<company>/<uuid>
//   https://<company>.wd1.myworkdayjobs.com/<site>/job/<location>/<title>_<id>
import { textOf } from './dom';
import { readJobPostingJsonLd, sameTitle } from './jsonld';
import type { BoardReader } from './types';

/** Where the visible title usually is, to place the panel beside the posting. */
const HEADING_SELECTORS = 'h1, h2, [data-automation-id="jobPostingHeader"]';

/** Registered at run time for the granted sites only (lib/site-access.ts): no selectors, the page's JSON-LD. */
export const careerSiteReader: BoardReader = {
  id: 'career-site',
  mayShowPosting: () => true,

  findPostingTitle(doc, url) {
    const title = readJobPostingJsonLd(doc)?.title;
    return title ? { board: 'career-site', key: `career-site:${url.origin}${url.pathname}`, title } : null;
  },

  findPosting(doc, url) {
    const posting = readJobPostingJsonLd(doc);
    if (!posting?.title) return null;
    const title = posting.title;
    const heading = [...doc.querySelectorAll(HEADING_SELECTORS)].find((element) => sameTitle(textOf(element) ?? '', title));
    return {
      board: 'career-site',
      key: `career-site:${url.origin}${url.pathname}`,
      title: posting.title,
      container: heading?.closest('main, article, section') ?? heading ?? doc.body,
      location: posting.location,
      structuredPay: posting.pay,
      addressCountry: posting.addressCountry,
    };
  },
};
