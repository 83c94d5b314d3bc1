// ZipRecruiter adapter.
// Check by hand:
//   https://www.ziprecruiter.com/jobs-search?search=customer+service+manager&location=Houston%2C+TX&lk=Kb2NZiUoVpWumETagVgzsw
//   https://www.ziprecruiter.com/c/Acme/Job/Customer-Care-Manager/-in-Houston,TX?jid=…
//   https://www.ziprecruiter.ca/jobs-search?search=customer+support+director
import { firstText, queryFirst, textOf } from './dom';
import { structuredDataFor } from './jsonld';
import { BOARD_SITES } from './sites';
import type { BoardAdapter, JobCard, Posting } from './types';

/** The selected job's details: the search page's right pane, or a job page. */
const PANE_SELECTORS = ['[data-testid="right-pane"]', '[data-testid="job-details-scroll-container"]', '.job_details'];
/** A job page is all one posting; on a search page its <main> holds the list's heading instead. */
const JOB_PAGE_SCOPE_SELECTORS = ['main', 'body'];
const TITLE_SELECTORS = ['[data-testid="serp-job-details-title"] h2', '[data-testid="serp-job-details-title"]', 'h1.job_title', 'h1'];
const LOCATION_SELECTORS = ['[data-testid="serp-job-details-title"] + div p', '[data-testid="job-details-location"]'];
/** The pane's facts list (pay, job type …) has no test ids: pay is its first line, read only if it parses. */
const SALARY_SELECTORS = ['.gap-y-8 > .gap-x-12 > p'];

/** Each card renders twice (desktop and mobile articles): the wrapper is the one card. */
const CARD_SELECTOR = 'div.job_result_two_pane_v2';
const CARD_TITLE_SELECTORS = ['[data-testid="serp-job-card-title"] h2', 'h2[aria-label]'];
const CARD_OPENER_SELECTORS = ['button[aria-label^="View "]', 'a.job_link'];
const CARD_SALARY_SELECTORS = ['div.break-all > p'];

const ZIPRECRUITER_HOST = /(^|\.)ziprecruiter\.(com|ca|co\.uk)$/;

const readCardTitle = (card: Element) => textOf(queryFirst(card, CARD_TITLE_SELECTORS));

function readCard(card: Element): JobCard | null {
  const titleElement = queryFirst(card, CARD_TITLE_SELECTORS);
  const title = textOf(titleElement);
  if (!title || !titleElement) return null;
  const article = card.querySelector('article[id^="job-card-"]');
  const opener = queryFirst(card, CARD_OPENER_SELECTORS);
  return {
    key: `ziprecruiter:${article?.id.slice('job-card-'.length) ?? title}`,
    title,
    // After the card's button, not inside it: a badge inside would open the job twice.
    badgeAnchor: opener ?? titleElement,
    opener: opener instanceof HTMLElement ? opener : undefined,
    salaryText: firstText(card, CARD_SALARY_SELECTORS),
  };
}

export const ziprecruiterAdapter: BoardAdapter = {
  id: 'ziprecruiter',
  name: 'ZipRecruiter',
  matches: BOARD_SITES.ziprecruiter,
  cards: { selector: CARD_SELECTOR, read: readCard, readTitle: readCardTitle },

  mayShowPosting(url) {
    if (!ZIPRECRUITER_HOST.test(url.hostname)) return false;
    const path = url.pathname.toLowerCase();
    return path.startsWith('/jobs') || path.startsWith('/c/') || path.includes('/job/') || url.searchParams.has('lk') || url.searchParams.has('jid');
  },

  findPosting(doc, url): Posting | null {
    const isJobPage = url.pathname.includes('/Job/') || url.searchParams.has('jid');
    const pane = queryFirst(doc, PANE_SELECTORS) ?? (isJobPage ? queryFirst(doc, JOB_PAGE_SCOPE_SELECTORS) : null);
    if (!pane) return null;
    const title = textOf(queryFirst(pane, TITLE_SELECTORS));
    if (!title) return null;
    const id = url.searchParams.get('lk') ?? url.searchParams.get('jid');
    return {
      board: 'ziprecruiter',
      key: `ziprecruiter:${id ?? title}`,
      title,
      container: pane,
      location: firstText(pane, LOCATION_SELECTORS),
      salaryText: firstText(pane, SALARY_SELECTORS),
      ...structuredDataFor(doc, title),
    };
  },
};
