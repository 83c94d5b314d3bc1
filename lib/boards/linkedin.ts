// LinkedIn adapter.
// Check by hand:
//   https://www.linkedin.com/jobs/view/4296883460/                      (logged-in job view)
//   https://au.linkedin.com/jobs/view/senior-software-engineer-at-heidi-4411867124  (guest job view)
//   https://www.linkedin.com/jobs/search/?currentJobId=4296883460&keywords=customer%20support%20manager
//   https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4296883460
//   https://www.linkedin.com/jobs/search-results/?currentJobId=4296883460  (obfuscated classes)
import { firstText, queryFirst, textOf } from './dom';
import { structuredDataFor } from './jsonld';
import { BOARD_SITES } from './sites';
import type { BoardAdapter, JobCard, Posting } from './types';

/** The details pane or job view (newest markup first). */
const PANE_SELECTORS = [
  '.jobs-search__job-details--container',
  '.scaffold-layout__detail',
  '.job-view-layout',
  '.jobs-details',
  '.two-pane-serp-page__detail-view',
  '.details-pane__content',
  '.top-card-layout',
  '[data-view-name="job-details"]',
  'main',
];

const TITLE_SELECTORS = [
  '.job-details-jobs-unified-top-card__job-title h1',
  '.job-details-jobs-unified-top-card__job-title',
  '.jobs-unified-top-card__job-title',
  '.top-card-layout__title',
  'h1.t-24',
];

/**
 * The /jobs/search-results/ layout has obfuscated classes; there the details pane's only h1 is
 * the title. Used only when the URL names a job, so a search page's heading is never read.
 */
const UNCLASSED_TITLE_SELECTORS = ['h1'];

const LOCATION_SELECTORS = [
  '.job-details-jobs-unified-top-card__tertiary-description-container .tvm__text',
  '.job-details-jobs-unified-top-card__primary-description-container .tvm__text',
  '.jobs-unified-top-card__bullet',
  '.topcard__flavor--bullet',
];

const SALARY_SELECTORS = [
  '.job-details-jobs-unified-top-card__job-insight--highlight',
  '.job-details-preferences-and-skills__pill',
  '.compensation__salary',
  '.salary.compensation__salary',
];

/** One card in a result list: logged-in 2025 list, guest search, the obfuscated new layout. */
const CARD_SELECTOR = 'li[data-occludable-job-id], div.base-search-card, [data-view-name="job-card"]';

const CARD_TITLE_SELECTORS = [
  '.job-card-list__title--link strong',
  '.job-card-container__link strong',
  '.artdeco-entity-lockup__title strong',
  '.base-search-card__title',
  'a[href*="/jobs/view/"] strong',
];

/** The badge sits after the title's link or heading, never inside a link. */
const CARD_BADGE_ANCHOR_SELECTORS = ['.job-card-list__title--link', '.job-card-container__link', '.base-search-card__title', 'a[href*="/jobs/view/"]'];

const CARD_LINK_SELECTORS = ['a.job-card-list__title--link', 'a.job-card-container__link', 'a.base-card__full-link', 'a[href*="/jobs/view/"]'];

const CARD_SALARY_SELECTORS = ['.job-search-card__salary-info', '.job-card-container__metadata-item--salary'];

/** A card's job id: its attributes in each layout, or the id in its link. */
function cardJobId(card: Element, link: Element | null): string | undefined {
  const fromAttributes =
    card.getAttribute('data-occludable-job-id') ??
    card.querySelector('[data-job-id]')?.getAttribute('data-job-id') ??
    card.getAttribute('data-entity-urn')?.split(':').pop() ??
    card.getAttribute('componentkey')?.split('-').pop();
  if (fromAttributes && /^\d{1,20}$/.test(fromAttributes)) return fromAttributes;
  const href = link?.getAttribute('href');
  return href ? /(\d{6,20})\/?(?:\?|$)/.exec(href)?.[1] : undefined;
}

/** LinkedIn job ids: `currentJobId=` in lists, the trailing number of `/jobs/view/<slug>-<id>`. */
function jobIdFrom(url: URL): string | undefined {
  const current = url.searchParams.get('currentJobId');
  if (current && /^\d{1,20}$/.test(current)) return current;
  const [first, second, slug] = url.pathname.split('/').filter(Boolean);
  if (first !== 'jobs' || second !== 'view' || !slug) return undefined;
  return /(\d{6,20})$/.exec(slug)?.[1];
}

const readCardTitle = (card: Element) => firstText(card, CARD_TITLE_SELECTORS);

function readCard(card: Element): JobCard | null {
  const title = readCardTitle(card);
  const badgeAnchor = queryFirst(card, CARD_BADGE_ANCHOR_SELECTORS);
  if (!title || !badgeAnchor) return null;
  const link = queryFirst(card, CARD_LINK_SELECTORS);
  return {
    key: `linkedin:${cardJobId(card, link) ?? title}`,
    title,
    badgeAnchor,
    opener: link instanceof HTMLElement ? link : undefined,
    salaryText: firstText(card, CARD_SALARY_SELECTORS),
  };
}

export const linkedinAdapter: BoardAdapter = {
  id: 'linkedin',
  name: 'LinkedIn',
  matches: BOARD_SITES.linkedin,
  cards: { selector: CARD_SELECTOR, read: readCard, readTitle: readCardTitle },

  mayShowPosting(url) {
    return url.pathname.startsWith('/jobs/') || url.searchParams.has('currentJobId');
  },

  findPosting(doc, url): Posting | null {
    const pane = queryFirst(doc, PANE_SELECTORS);
    if (!pane) return null;
    const jobId = jobIdFrom(url);
    const titleElement =
      queryFirst(pane, TITLE_SELECTORS) ?? (jobId ? queryFirst(pane, UNCLASSED_TITLE_SELECTORS) : null);
    const title = textOf(titleElement);
    if (!title) return null;
    return {
      board: 'linkedin',
      key: `linkedin:${jobId ?? title}`,
      title,
      container: pane,
      location: firstText(pane, LOCATION_SELECTORS),
      salaryText: firstText(pane, SALARY_SELECTORS),
      ...structuredDataFor(doc, title),
    };
  },
};
