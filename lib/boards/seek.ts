// SEEK (Australia, New Zealand): job views (/job/<id>) and search pages, with their cards and the
// split-view details pane (?jobId=). Job pages live on www.seek.com.au and www.seek.co.nz, and on
// au.seek.com and nz.seek.com, where SEEK serves them in 2026 (a saved au.seek.com job view; its
// country switcher links nz.seek.com). Jobstreet (./jobstreet.ts) runs on the same SEEK platform
// and uses the URL readers below.
import type { BoardDefinition } from './types';

/** The path's segments without a leading two-letter language segment (id.jobstreet.com/id/jobs, /id/job/<id>). */
function pathSegments(url: URL): string[] {
  const segments = url.pathname.split('/').filter(Boolean);
  return segments.length > 1 && /^[a-z]{2}$/.test(segments[0] ?? '') ? segments.slice(1) : segments;
}

const JOB_ID = /^\d{1,20}$/;

/** The job id of a job view (`/job/93856863`); undefined elsewhere, the apply page included. */
function jobViewId(url: URL): string | undefined {
  const [section, id, ...rest] = pathSegments(url);
  return section === 'job' && id && JOB_ID.test(id) && rest.length === 0 ? id : undefined;
}

/**
 * A search page's first segment: `jobs`, `<keywords>-jobs`, `jobs-in-<classification>`,
 * `<keywords>-jobs-in-<classification>`, `<Company>-jobs` (its further segments are
 * `in-<place>`, a work type or a sub-classification).
 */
const SEARCH_SECTION = /^(?:.+-)?jobs(?:-in-.+)?$/i;

/** A job view: one posting throughout (a search page shows one only in its split view). */
function isSeekFamilyJobView(url: URL): boolean {
  return jobViewId(url) !== undefined;
}

/** SEEK-platform boards (SEEK, Jobstreet): job views and search pages only. */
function seekFamilyMayShowPosting(url: URL): boolean {
  if (isSeekFamilyJobView(url)) return true;
  const [section] = pathSegments(url);
  return section !== undefined && SEARCH_SECTION.test(section);
}

/** The displayed posting's job id: the split view's `?jobId=`, or the job view's path. */
function seekFamilyJobKey(url: URL): string | undefined {
  const selected = url.searchParams.get('jobId');
  if (selected && JOB_ID.test(selected)) return selected;
  return jobViewId(url);
}

/** A card's job id: its `data-job-id`, or its title link's `/job/<id>`. */
function seekFamilyCardKey(card: Element, opener: Element | null): string | undefined {
  const id = card.getAttribute('data-job-id');
  if (id && JOB_ID.test(id)) return id;
  return /\/job\/(\d{1,20})(?:[/?#]|$)/.exec(opener?.getAttribute('href') ?? '')?.[1];
}

export const seek: BoardDefinition = {
  id: 'seek',
  label: 'SEEK',
  sites: [
    { match: '*://*.seek.com.au/*', country: 'AU' },
    { match: '*://*.seek.co.nz/*', country: 'NZ' },
    { match: '*://*.au.seek.com/*', country: 'AU' },
    { match: '*://*.nz.seek.com/*', country: 'NZ' },
  ],
  exampleUrls: [
    'https://au.seek.com/job/93856863',
    'https://www.seek.com.au/job/81440377',
    'https://www.seek.com.au/full-stack-jobs/in-All-Sydney-NSW',
    'https://www.seek.com.au/customer-service-manager-jobs?jobId=81440377',
    'https://www.seek.co.nz/customer-support-manager-jobs',
    'https://nz.seek.com/jobs?keywords=customer%20care%20manager',
  ],
  mayShowPosting: seekFamilyMayShowPosting,
  posting: {
    pane: [
      { css: '[data-automation="jobDetailsPage"]', serves: 'job view, 2025–2026 (and the split view’s selected job)' },
      { css: '[data-automation="splitViewJobDetailsWrapper"]', serves: 'search split-view pane, 2025 (saved empty: "Select a job")' },
    ],
    isWholePage: isSeekFamilyJobView,
    title: [
      { css: 'h1[data-automation="job-detail-title"]', serves: 'job view, 2025–2026' },
      { css: '[data-automation="job-detail-title"]', serves: 'older job view layout: a span around the h1 (in older scrapers)' },
    ],
    location: [{ css: '[data-automation="job-detail-location"]', serves: 'job view, 2025–2026' }],
    // Only the posting's own pay: signed out, the page shows "Sign in and add your salary to see
    // matches" (data-automation="job-detail-add-expected-salary") instead, which is not pay.
    pay: [{ css: '[data-automation="job-detail-salary"]', serves: 'job view, 2025 (Jobstreet PH page, same platform)' }],
    company: [{ css: '[data-automation="advertiser-name"]', serves: 'job view, 2025–2026' }],
    jobKey: (url) => seekFamilyJobKey(url),
  },
  cards: {
    root: [
      { css: 'article[data-testid="job-card"]', serves: 'search results, 2025' },
      { css: 'article[data-automation="normalJob"]', serves: 'search results, 2025 (same cards, second hook)' },
      { css: 'article[data-automation="premiumJob"]', serves: 'search results, 2025 (featured cards, second hook)' },
    ],
    // The title is the card's link: the badge follows it, and clicking opens the split view.
    title: [
      { css: 'a[data-automation="jobTitle"]', serves: 'search results, 2025' },
      { css: '[data-testid="job-card-title"]', serves: 'search results, 2025 (same link, second hook)' },
    ],
    opener: [
      { css: 'a[data-automation="jobTitle"]', serves: 'search results, 2025' },
      { css: 'a[data-testid="job-card-title"]', serves: 'search results, 2025 (same link, second hook)' },
    ],
    pay: [{ css: '[data-automation="jobSalary"]', serves: 'search results, 2025' }],
    jobKey: seekFamilyCardKey,
  },
};
