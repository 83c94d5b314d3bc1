// Jobstreet (Malaysia, Indonesia, the Philippines, Singapore): job views (/job/<id>, /id/job/<id>)
// and search pages, with their cards and the split-view details pane (?jobId=). Jobstreet runs on
// SEEK's platform: the same markup (data-automation hooks) and URLs as SEEK (./seek.ts), whose URL
// readers it uses. The tables below are checked against saved Jobstreet pages: MY and ID search
// pages (2025) and a PH job view (2025); each site's country switcher links the other three.
import { isSeekFamilyJobView, seekFamilyCardKey, seekFamilyJobKey, seekFamilyMayShowPosting } from './seek';
import type { BoardDefinition } from './types';

export const jobstreet: BoardDefinition = {
  id: 'jobstreet',
  label: 'Jobstreet',
  sites: [
    { match: '*://*.my.jobstreet.com/*', country: 'MY' },
    { match: '*://*.id.jobstreet.com/*', country: 'ID' },
    { match: '*://*.ph.jobstreet.com/*', country: 'PH' },
    { match: '*://*.sg.jobstreet.com/*', country: 'SG' },
  ],
  exampleUrls: [
    'https://my.jobstreet.com/product-manager-jobs',
    'https://my.jobstreet.com/customer-service-manager-jobs?jobId=84367877',
    'https://id.jobstreet.com/id/jobs',
    'https://id.jobstreet.com/id/job/83341499',
    'https://ph.jobstreet.com/job/82411354',
    'https://sg.jobstreet.com/customer-support-manager-jobs',
  ],
  mayShowPosting: seekFamilyMayShowPosting,
  posting: {
    pane: [
      { css: '[data-automation="jobDetailsPage"]', serves: 'job view, 2025 (and the split view’s selected job)' },
      { css: '[data-automation="splitViewJobDetailsWrapper"]', serves: 'search split-view pane, 2025 (saved empty: "Select a job")' },
    ],
    isWholePage: isSeekFamilyJobView,
    title: [
      { css: 'h1[data-automation="job-detail-title"]', serves: 'job view, 2025' },
      { css: '[data-automation="job-detail-title"]', serves: 'older job view layout: a span around the h1 (in older scrapers)' },
    ],
    location: [{ css: '[data-automation="job-detail-location"]', serves: 'job view, 2025' }],
    pay: [{ css: '[data-automation="job-detail-salary"]', serves: 'job view, 2025' }],
    company: [{ css: '[data-automation="advertiser-name"]', serves: 'job view, 2025' }],
    jobKey: (url) => seekFamilyJobKey(url),
  },
  cards: {
    root: [
      { css: 'article[data-testid="job-card"]', serves: 'search results, 2025' },
      { css: 'article[data-automation="normalJob"]', serves: 'search results, 2025 (same cards, second hook)' },
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
