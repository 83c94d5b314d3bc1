// Naukri (www.naukri.com, India): badges on the search list's cards. Job pages
// (/job-listings-<slug>-<id>) get no posting read yet: no saved job page to write selectors from.
import type { BoardDefinition } from './types';

/** Naukri's job id: the trailing number of `/job-listings-<slug>-<id>` (twelve digits on saved pages). */
function jobIdFromPath(path: string): string | undefined {
  return /^\/job-listings-[^/]*-(\d{6,20})\/?$/.exec(path)?.[1];
}

function jobIdFromHref(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return jobIdFromPath(new URL(href, 'https://www.naukri.com').pathname);
  } catch {
    return undefined;
  }
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
    // No saved Naukri job page yet: no pane or title selectors until one is seen.
    pane: [],
    title: [],
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
      return id && /^\d{1,20}$/.test(id) ? id : jobIdFromHref(opener?.getAttribute('href'));
    },
  },
};
