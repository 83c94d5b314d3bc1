// ZipRecruiter (.com, .ca, .co.uk): job pages and the search page's right pane.
import type { BoardDefinition } from './types';

const isJobPage = (url: URL) => url.pathname.includes('/Job/') || url.searchParams.has('jid');

export const ziprecruiter: BoardDefinition = {
  id: 'ziprecruiter',
  label: 'ZipRecruiter',
  sites: [
    { match: '*://*.ziprecruiter.com/*', country: 'US' },
    { match: '*://*.ziprecruiter.ca/*', country: 'CA' },
    { match: '*://*.ziprecruiter.co.uk/*', country: 'GB' },
  ],
  exampleUrls: [
    'https://www.ziprecruiter.com/jobs-search?search=customer+service+manager&location=Houston%2C+TX&lk=Kb2NZiUoVpWumETagVgzsw',
    'https://www.ziprecruiter.com/c/Acme/Job/Customer-Care-Manager/-in-Houston,TX?jid=…',
    'https://www.ziprecruiter.ca/jobs-search?search=customer+support+director',
  ],
  mayShowPosting(url) {
    const path = url.pathname.toLowerCase();
    return path.startsWith('/jobs') || path.startsWith('/c/') || path.includes('/job/') || url.searchParams.has('lk') || url.searchParams.has('jid');
  },
  posting: {
    pane: [
      { css: '[data-testid="right-pane"]', serves: 'search right pane, 2026' },
      { css: '[data-testid="job-details-scroll-container"]', serves: 'search right pane, 2025' },
      { css: '.job_details', serves: 'job page, 2024' },
    ],
    // A job page is all one posting; on a search page its <main> holds the list's heading instead.
    isWholePage: isJobPage,
    title: [
      { css: '[data-testid="serp-job-details-title"] h2', serves: 'search right pane, 2026' },
      { css: '[data-testid="serp-job-details-title"]', serves: 'search right pane, 2025' },
      { css: 'h1.job_title', serves: 'job page, 2024' },
      { css: 'h1', serves: 'job page, any year' },
    ],
    location: [
      { css: '[data-testid="serp-job-details-title"] + div p', serves: 'search right pane, 2026' },
      { css: '[data-testid="job-details-location"]', serves: 'job page, 2025' },
    ],
    // The pane's facts list (pay, job type …) has no test ids: pay is its first line, read only if it parses.
    pay: [{ css: '.gap-y-8 > .gap-x-12 > p', serves: 'search right pane, 2026' }],
    jobKey: (url) => url.searchParams.get('lk') ?? url.searchParams.get('jid') ?? undefined,
  },
  cards: {
    // Each card renders twice (desktop and mobile articles): the wrapper is the one card.
    root: [{ css: 'div.job_result_two_pane_v2', serves: 'search results, 2025–2026' }],
    title: [
      { css: '[data-testid="serp-job-card-title"] h2', serves: 'search results, 2026' },
      { css: 'h2[aria-label]', serves: 'search results, 2025' },
    ],
    // After the card's button, not inside it: a badge inside would open the job twice.
    badgeAnchor: [
      { css: 'button[aria-label^="View "]', serves: 'search results, 2026' },
      { css: 'a.job_link', serves: 'search results, 2025' },
      { css: '[data-testid="serp-job-card-title"] h2', serves: 'search results without a button, 2026' },
      { css: 'h2[aria-label]', serves: 'search results without a button, 2025' },
    ],
    opener: [
      { css: 'button[aria-label^="View "]', serves: 'search results, 2026' },
      { css: 'a.job_link', serves: 'search results, 2025' },
    ],
    pay: [{ css: 'div.break-all > p', serves: 'search results, 2025–2026' }],
    jobKey: (card) => card.querySelector('article[id^="job-card-"]')?.id.slice('job-card-'.length),
  },
};
