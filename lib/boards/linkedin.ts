// LinkedIn: job views (guest and logged-in), the search, collections and recommended pages'
// details pane, and /jobs/search-results/.
import type { BoardDefinition } from './types';

/** LinkedIn job ids: `currentJobId=` in lists, the trailing number of `/jobs/view/<slug>-<id>`. */
function jobIdFrom(url: URL): string | undefined {
  const current = url.searchParams.get('currentJobId');
  if (current && /^\d{1,20}$/.test(current)) return current;
  const [first, second, slug] = url.pathname.split('/').filter(Boolean);
  if (first !== 'jobs' || second !== 'view' || !slug) return undefined;
  return /(\d{6,20})$/.exec(slug)?.[1];
}

export const linkedin: BoardDefinition = {
  id: 'linkedin',
  label: 'LinkedIn',
  // www serves every country; guest pages live on country subdomains (au.linkedin.com).
  sites: [{ match: '*://*.linkedin.com/*', country: null, countryBySubdomain: true }],
  exampleUrls: [
    'https://www.linkedin.com/jobs/view/4296883460/',
    'https://au.linkedin.com/jobs/view/senior-software-engineer-at-heidi-4411867124',
    'https://www.linkedin.com/jobs/search/?currentJobId=4296883460&keywords=customer%20support%20manager',
    'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4296883460',
    'https://www.linkedin.com/jobs/search-results/?currentJobId=4296883460',
  ],
  mayShowPosting: (url) => url.pathname.startsWith('/jobs/') || url.searchParams.has('currentJobId'),
  posting: {
    pane: [
      { css: '.jobs-search__job-details--container', serves: 'logged-in search pane, 2025' },
      { css: '.scaffold-layout__detail', serves: 'logged-in two-pane layouts, 2024–2025' },
      { css: '.job-view-layout', serves: 'logged-in job view, 2025' },
      { css: '.jobs-details', serves: 'logged-in job view, 2023–2024' },
      { css: '.two-pane-serp-page__detail-view', serves: 'guest search pane, 2024' },
      { css: '.details-pane__content', serves: 'guest search pane, 2023' },
      { css: '.top-card-layout', serves: 'guest job view, 2024–2026' },
      { css: '[data-view-name="job-details"]', serves: '/jobs/search-results/, 2025 (hashed classes)' },
      { css: 'main', serves: 'any job page, last resort' },
    ],
    title: [
      { css: '.job-details-jobs-unified-top-card__job-title h1', serves: 'logged-in top card, 2024–2025' },
      { css: '.job-details-jobs-unified-top-card__job-title', serves: 'logged-in top card, 2024' },
      { css: '.jobs-unified-top-card__job-title', serves: 'logged-in top card, 2023' },
      { css: '.top-card-layout__title', serves: 'guest job view, 2024–2026' },
      { css: 'h1.t-24', serves: 'logged-in job view, 2023' },
    ],
    location: [
      { css: '.job-details-jobs-unified-top-card__tertiary-description-container .tvm__text', serves: 'logged-in top card, 2025' },
      { css: '.job-details-jobs-unified-top-card__primary-description-container .tvm__text', serves: 'logged-in top card, 2024' },
      { css: '.jobs-unified-top-card__bullet', serves: 'logged-in top card, 2023' },
      { css: '.topcard__flavor--bullet', serves: 'guest job view, 2024–2026' },
    ],
    pay: [
      { css: '.job-details-jobs-unified-top-card__job-insight--highlight', serves: 'logged-in salary insight, 2024' },
      { css: '.job-details-preferences-and-skills__pill', serves: 'logged-in preference pills, 2025' },
      { css: '.compensation__salary', serves: 'guest job view, 2024–2026' },
    ],
    company: [
      { css: '.job-details-jobs-unified-top-card__company-name', serves: 'logged-in top card, 2024–2025' },
      { css: '.topcard__org-name-link', serves: 'guest job view, 2024–2026' },
    ],
    jobKey: (url) => jobIdFrom(url),
  },
  cards: {
    root: [
      { css: 'li[data-occludable-job-id]', serves: 'logged-in result list, 2025' },
      { css: 'div.base-search-card', serves: 'guest search, 2024–2026' },
      { css: '[data-view-name="job-card"]', serves: '/jobs/search-results/, 2025 (hashed classes)' },
    ],
    title: [
      { css: '.job-card-list__title--link strong', serves: 'logged-in result list, 2025' },
      { css: '.job-card-container__link strong', serves: 'logged-in result list, 2024' },
      { css: '.artdeco-entity-lockup__title strong', serves: 'logged-in lockup cards, 2024' },
      { css: '.base-search-card__title', serves: 'guest search, 2024–2026' },
      { css: 'a[href*="/jobs/view/"] strong', serves: '/jobs/search-results/, 2025' },
    ],
    // The badge sits after the title's link or heading, never inside a link.
    badgeAnchor: [
      { css: '.job-card-list__title--link', serves: 'logged-in result list, 2025' },
      { css: '.job-card-container__link', serves: 'logged-in result list, 2024' },
      { css: '.base-search-card__title', serves: 'guest search, 2024–2026' },
      { css: 'a[href*="/jobs/view/"]', serves: '/jobs/search-results/, 2025' },
    ],
    opener: [
      { css: 'a.job-card-list__title--link', serves: 'logged-in result list, 2025' },
      { css: 'a.job-card-container__link', serves: 'logged-in result list, 2024' },
      { css: 'a.base-card__full-link', serves: 'guest search, 2024–2026' },
      { css: 'a[href*="/jobs/view/"]', serves: '/jobs/search-results/, 2025' },
    ],
    pay: [
      { css: '.job-search-card__salary-info', serves: 'guest search, 2024–2026' },
      { css: '.job-card-container__metadata-item--salary', serves: 'logged-in result list, 2024' },
    ],
    jobKey(card, opener) {
      const fromAttributes =
        card.getAttribute('data-occludable-job-id') ??
        card.querySelector('[data-job-id]')?.getAttribute('data-job-id') ??
        card.getAttribute('data-entity-urn')?.split(':').pop() ??
        card.getAttribute('componentkey')?.split('-').pop();
      if (fromAttributes && /^\d{1,20}$/.test(fromAttributes)) return fromAttributes;
      const href = opener?.getAttribute('href');
      return href ? /(\d{6,20})\/?(?:\?|$)/.exec(href)?.[1] : undefined;
    },
  },
  hooks: {
    // /jobs/search-results/ has hashed classes: there the pane's only h1 is the title. Only when
    // the URL names a job, so a search page's own heading is never read as one.
    fallbackTitle: (pane, url) => (jobIdFrom(url) ? pane.querySelector('h1') : null),
  },
};
