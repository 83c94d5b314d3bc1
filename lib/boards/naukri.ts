// Naukri (www.naukri.com, India): the job page (/job-listings-<slug>-<id>) and badges on the
// search list's cards. The job page's classes are CSS-module names with a build hash
// ("styles_jd-header-title__rZwM1"): matched on their stable part, which outlives a rebuild.
import { linkTarget } from './dom';
import type { BoardDefinition } from './types';

/** Naukri's job id: the trailing number of `/job-listings-<slug>-<id>` (twelve digits on saved pages). */
function jobIdFromPath(path: string): string | undefined {
  return /^\/job-listings-[^/]*-(\d{6,20})\/?$/.exec(path)?.[1];
}

export const naukri: BoardDefinition = {
  id: 'naukri',
  label: 'Naukri',
  sites: [{ match: '*://*.naukri.com/*', country: 'IN' }],
  exampleUrls: [
    'https://www.naukri.com/flutter-developer-jobs-in-india',
    'https://www.naukri.com/customer-support-manager-jobs-in-bangalore',
    'https://www.naukri.com/job-listings-flutter-developer-herody-bengaluru-0-to-1-years-060526029573',
  ],
  mayShowPosting(url) {
    const path = url.pathname.toLowerCase();
    // Search lists: /<keyword>-jobs, /<keyword>-jobs-in-<place>, /jobs-in-<place> (and their -2, -3 pages).
    return path.startsWith('/job-listings-') || path.startsWith('/jobs-in-') || path.includes('-jobs');
  },
  posting: {
    // The header and the description sit in one left column; the panel goes beside it.
    pane: [{ css: '[class*="styles_left-section-container"]', serves: 'job page, 2026-09 (header and description column)' }],
    isWholePage: (url) => jobIdFromPath(url.pathname) !== undefined,
    // A sticky copy of the header repeats the title in a div: the h1 is the header's own.
    title: [{ css: '#job_header h1[class*="jd-header-title"]', serves: 'job page, 2026-09' }],
    location: [{ css: '#job_header [class*="jhc__location"]', serves: 'job page, 2026-09 (one link per city)' }],
    pay: [{ css: '#job_header [class*="jhc__salary"]', serves: 'job page, 2026-09 (e.g. "Not Disclosed", "10-18 Lacs PA")' }],
    // The employer's rating widget sits inside the same block: only its first link is the name.
    company: [{ css: '#job_header [class*="jd-header-comp-name"] > a:first-child', serves: 'job page, 2026-09' }],
    description: [{ css: '[class*="JDC__dang-inner-html"]', serves: 'job page, 2026-09' }],
    jobKey: (url) => jobIdFromPath(url.pathname),
  },
  cards: {
    // Promoted carousels ("Roles from top companies", urgent-hiring widget) sit outside the wrappers.
    root: [{ css: '.srp-jobtuple-wrapper', serves: 'search list, one per organic job (data-job-id), 2026-05' }],
    title: [{ css: 'a.title', serves: 'search list, the card heading’s link, 2026-05' }],
    opener: [{ css: 'a.title', serves: 'search list, links to /job-listings-…-<id>, 2026-05' }],
    // Absent on cards that don't state pay.
    pay: [{ css: '.sal-wrap', serves: 'search list, pay line e.g. "10-18 Lacs PA", 2026-05' }],
    jobKey: (card, opener) => {
      const id = card.getAttribute('data-job-id');
      return id && /^\d{1,20}$/.test(id) ? id : jobIdFromPath(linkTarget(opener, 'https://www.naukri.com')?.pathname ?? '');
    },
  },
};
