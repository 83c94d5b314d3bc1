// LinkedIn: job views (guest, logged-in, and the server-rendered SDUI view of 2026), the search,
// collections and recommended pages' details pane, /jobs/search-results/, and the job cards of
// result lists, similar-jobs rails and the jobs home.
import { linkTarget, textOf } from './dom';
import type { BoardDefinition } from './types';

/** The job id of a single-job page: the trailing number of `/jobs/view/<slug>-<id>`. */
function viewedJobId(url: URL): string | undefined {
  const [first, second, slug] = url.pathname.split('/').filter(Boolean);
  if (first !== 'jobs' || second !== 'view' || !slug) return undefined;
  return /(\d{6,20})$/.exec(slug)?.[1];
}

/** LinkedIn job ids: `currentJobId=` in lists, else a job view's. */
function jobIdFrom(url: URL): string | undefined {
  const current = url.searchParams.get('currentJobId');
  if (current && /^\d{1,20}$/.test(current)) return current;
  return viewedJobId(url);
}

/** The job a card's link opens (`?currentJobId=`, `/jobs/view/…`). */
function jobIdOfLink(link: Element | null): string | undefined {
  const target = linkTarget(link, 'https://www.linkedin.com/');
  return target && jobIdFrom(target);
}

/** A job id in a component key ("JobDetails_AboutTheJob_4374244548", "job-card-component-ref-…"); never a UUID's digits. */
const jobIdInKey = (key: string | null | undefined) => (key ? /job[\w-]*[-_](\d{6,20})$/i.exec(key)?.[1] : undefined);

/** The SDUI job view (2026): hashed classes, so it is read by these attributes and its structure. */
const DETAIL_PAGE = '[data-view-name="job-detail-page"]';
/** Its top block: company, title, then the location line. */
const TOP_BLOCK = `${DETAIL_PAGE} > :first-child`;

/** The SDUI view's own job id, from its sections' component keys (`JobDetails_AboutTheJob_<id>`). */
function shownJobId(titleElement: Element): string | undefined {
  const detailPage = titleElement.closest(DETAIL_PAGE);
  return jobIdInKey(detailPage?.querySelector('[componentkey^="JobDetails_"]')?.getAttribute('componentkey'));
}

/** A job page's document title, "Title | Company | LinkedIn", with an unread count "(3) " in front when logged in. */
const DOCUMENT_TITLE = /^(?:\(\d+\+?\)\s*)?(.+?) \| [^|]+ \| LinkedIn$/;

/**
 * SDUI cards give screen readers "Title (Verified job)" and show "Title" again beside it, so the
 * card's text is "Title (Verified job)Title": keep the shown copy (whatever the UI's language).
 */
function withoutScreenReaderCopy(title: string): string {
  for (let close = title.indexOf(')'); close >= 0; close = title.indexOf(')', close + 1)) {
    const shown = title.slice(close + 1);
    if (shown && !/^\s/.test(shown) && title.startsWith(`${shown} (`)) return shown;
  }
  return title;
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
    'https://www.linkedin.com/jobs/',
  ],
  mayShowPosting: (url) => url.pathname.startsWith('/jobs/') || url.searchParams.has('currentJobId'),
  posting: {
    // A job view is one posting throughout (its description sits below the top card).
    isWholePage: (url) => url.pathname.startsWith('/jobs/view/'),
    pane: [
      { css: '.jobs-search__job-details--container', serves: 'logged-in search pane, 2025' },
      { css: '.scaffold-layout__detail', serves: 'logged-in two-pane layouts, 2024–2025' },
      { css: '.job-view-layout', serves: 'logged-in job view, 2025' },
      { css: '.jobs-details', serves: 'logged-in job view, 2023–2024' },
      { css: '.two-pane-serp-page__detail-view', serves: 'guest search pane, 2024' },
      { css: '.details-pane__content', serves: 'guest search pane, 2023' },
      { css: '.top-card-layout', serves: 'guest job view, 2024–2026' },
      { css: '[data-view-name="job-details"]', serves: '/jobs/search-results/, 2025 (hashed classes)' },
      // The detail page itself is display: contents (no box to place the panel beside): its
      // parent. Late in the table: where it doesn't match, this `:has` query scans every element.
      { css: `div:has(> ${DETAIL_PAGE})`, serves: 'SDUI job view, 2026' },
      { css: 'main', serves: 'any job page, last resort' },
    ],
    title: [
      // No heading: the top block's first paragraph that is not the company's name (beside its
      // logo, or holding its link).
      { css: `${TOP_BLOCK} div:not(:has(figure)) > p:not(:has(a[href*="/company/"]))`, serves: 'SDUI job view, 2026' },
      { css: '.job-details-jobs-unified-top-card__job-title h1', serves: 'logged-in top card, 2024–2026' },
      { css: '.job-details-jobs-unified-top-card__job-title', serves: 'logged-in top card, 2024' },
      { css: '.jobs-unified-top-card__job-title', serves: 'logged-in top card, 2023' },
      { css: '.top-card-layout__title', serves: 'guest job view, 2024–2026' },
      { css: 'h1.t-24', serves: 'logged-in job view, 2023' },
    ],
    location: [
      // The line under the title, "Location · 1 day ago · …", each part a span; the title's own line links its badge.
      { css: `${TOP_BLOCK} p:not(:has(a)) > span:first-child`, serves: 'SDUI job view, 2026' },
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
      // The company's name link, not its logo's.
      { css: `${TOP_BLOCK} a[href*="/company/"]:not(:has(img))`, serves: 'SDUI job view, 2026' },
      { css: '.job-details-jobs-unified-top-card__company-name', serves: 'logged-in top card, 2024–2026' },
      { css: '.topcard__org-name-link', serves: 'guest job view, 2024–2026' },
    ],
    description: [
      { css: '[componentkey^="JobDetails_AboutTheJob_"]', serves: 'SDUI job view, 2026' },
      { css: '#job-details', serves: 'logged-in pane and job view, 2024–2026' },
      { css: '.jobs-description__content', serves: 'logged-in job view, 2023–2025' },
      { css: '.show-more-less-html__markup', serves: 'guest job view, 2024–2026' },
    ],
    jobKey: (url, titleElement) => shownJobId(titleElement) ?? jobIdFrom(url),
  },
  cards: {
    root: [
      { css: 'li[data-occludable-job-id]', serves: 'logged-in result list, 2025–2026' },
      { css: 'div.base-search-card', serves: 'guest search, 2024–2026' },
      { css: '[data-view-name="job-card"]', serves: '/jobs/search-results/ and rails 2025–2026, SDUI jobs home 2025, SDUI rail 2026' },
    ],
    title: [
      { css: '.job-card-job-posting-card-wrapper__title strong', serves: '/jobs/search-results/ and similar-jobs rails, 2025–2026' },
      { css: '.job-card-list__title--link strong', serves: 'logged-in result list, 2025–2026' },
      { css: '.job-card-container__link strong', serves: 'logged-in result list, 2024' },
      { css: '.artdeco-entity-lockup__title strong', serves: 'logged-in lockup cards, 2024' },
      { css: '.base-search-card__title', serves: 'guest search, 2024–2026' },
      { css: 'a[href*="/jobs/view/"] strong', serves: '/jobs/search-results/, 2025' },
      // Hashed classes: the card's first paragraph (cleanTitle drops a verified card's screen-reader copy).
      { css: '[data-view-name="job-card"] p', serves: 'SDUI jobs home 2025, SDUI job view rail 2026' },
    ],
    // The badge sits after the title's link or heading, never inside a link: after the whole
    // card's link where the card is one.
    badgeAnchor: [
      { css: '.job-card-list__title--link', serves: 'logged-in result list, 2025–2026' },
      { css: '.job-card-container__link', serves: 'logged-in result list, 2024' },
      { css: '.base-search-card__title', serves: 'guest search, 2024–2026' },
      { css: '[data-view-name="job-card"] > a', serves: 'one-link job cards: /jobs/search-results/, rails, SDUI jobs home, 2025–2026' },
      { css: 'a[href*="/jobs/view/"]', serves: '/jobs/search-results/, 2025' },
    ],
    opener: [
      { css: 'a.job-card-list__title--link', serves: 'logged-in result list, 2025–2026' },
      { css: 'a.job-card-container__link', serves: 'logged-in result list, 2024' },
      { css: 'a.base-card__full-link', serves: 'guest search, 2024–2026' },
      { css: '[data-view-name="job-card"] > a', serves: 'one-link job cards: /jobs/search-results/, rails, SDUI jobs home, 2025–2026' },
      { css: 'a[href*="/jobs/view/"]', serves: '/jobs/search-results/, 2025' },
    ],
    pay: [
      { css: '.job-search-card__salary-info', serves: 'guest search, 2024–2026' },
      { css: '.job-card-container__metadata-item--salary', serves: 'logged-in result list, 2024' },
    ],
    jobKey(card, opener) {
      const fromAttributes =
        card.getAttribute('data-occludable-job-id') ??
        card.getAttribute('data-job-id') ??
        card.querySelector('[data-job-id]')?.getAttribute('data-job-id') ??
        card.getAttribute('data-entity-urn')?.split(':').pop();
      if (fromAttributes && /^\d{1,20}$/.test(fromAttributes)) return fromAttributes;
      // SDUI cards: the link's `currentJobId=` (a rail's link also names the viewed job, as referenceJobId).
      return jobIdOfLink(opener) ?? jobIdInKey(card.getAttribute('componentkey') ?? opener?.getAttribute('componentkey'));
    },
  },
  hooks: {
    cleanTitle: (title) => DOCUMENT_TITLE.exec(title)?.[1] ?? withoutScreenReaderCopy(title),
    fallbackTitle(pane, url) {
      // /jobs/search-results/ 2025 had hashed classes: there the pane's only h1 is the title. Only
      // when the URL names a job, so a search page's own heading is never read as one.
      const heading = jobIdFrom(url) ? pane.querySelector('h1') : null;
      if (heading) return heading;
      // Last of all, on a single-job page only: the document title. A list's never names a posting.
      const documentTitle = viewedJobId(url) ? pane.ownerDocument.querySelector('head > title') : null;
      return documentTitle && DOCUMENT_TITLE.test(textOf(documentTitle) ?? '') ? documentTitle : null;
    },
  },
};
