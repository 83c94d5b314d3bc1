// Glassdoor adapter (every country site: glassdoor.com, .co.uk, .com.br …).
// Check by hand:
//   https://www.glassdoor.com/job-listing/customer-support-manager-acme-JV_IC1147401_KO0,24_KE25,29.htm?jl=1010249613116
//   https://www.glassdoor.com/Job/customer-service-manager-jobs-SRCH_KO0,24.htm   (list with the selected job's pane)
import { firstText, queryFirst, textOf } from './dom';
import { structuredDataFor } from './jsonld';
import { BOARD_SITES } from './sites';
import type { BoardAdapter, JobCard, Posting } from './types';

/** The selected job's details (job view page or the search page's pane), newest markup first. */
const PANE_SELECTORS = ['[class*="JobDetails_jobDetailsContainer"]', '[data-test="job-details-header"]', '[data-test="JobDetails"]', '#JobView'];

const JOB_PAGE_SCOPE_SELECTORS = ['main', 'body'];

/** Inside the pane only: list cards use the same data-test="job-title". */
const TITLE_SELECTORS = ['h1[id^="jd-job-title"]', '[data-test="job-title"]', 'h1'];
const LOCATION_SELECTORS = ['[data-test="location"]', '[data-test="emp-location"]'];
const SALARY_SELECTORS = ['[data-test="detailSalary"]', '[data-test="salary-estimate"]', '[class*="SalaryEstimate_salaryRange"]'];

const CARD_SELECTOR = 'li[data-test="jobListing"]';
const CARD_TITLE_SELECTORS = ['a[data-test="job-title"]', '[class*="JobCard_jobTitle"]'];
const CARD_SALARY_SELECTORS = ['[data-test="detailSalary"]'];

const GLASSDOOR_HOST = /(^|\.)glassdoor\.[a-z.]+$/;
/** The first path segment of job pages on Glassdoor's country sites ("Job", "Vaga", "Emploi" …). */
const JOB_SECTIONS = new Set(['job', 'job-listing', 'vaga', 'emploi', 'empleo', 'stellen', 'lavoro', 'vacature', 'jobs']);

/** Glassdoor job ids: `jl=` on job pages and links, `data-jobid` on cards. */
function jobIdFrom(url: URL): string | undefined {
  const id = url.searchParams.get('jl') ?? url.searchParams.get('jobListingId');
  return id && /^\d{1,20}$/.test(id) ? id : undefined;
}

const readCardTitle = (card: Element) => textOf(queryFirst(card, CARD_TITLE_SELECTORS));

function readCard(card: Element): JobCard | null {
  const titleElement = queryFirst(card, CARD_TITLE_SELECTORS);
  const title = textOf(titleElement);
  if (!title || !titleElement) return null;
  const id = card.getAttribute('data-jobid') ?? undefined;
  return {
    key: `glassdoor:${id ?? title}`,
    title,
    badgeAnchor: titleElement,
    opener: titleElement instanceof HTMLElement ? titleElement : undefined,
    salaryText: firstText(card, CARD_SALARY_SELECTORS),
  };
}

export const glassdoorAdapter: BoardAdapter = {
  id: 'glassdoor',
  name: 'Glassdoor',
  matches: BOARD_SITES.glassdoor,
  cards: { selector: CARD_SELECTOR, read: readCard, readTitle: readCardTitle },

  mayShowPosting(url) {
    if (!GLASSDOOR_HOST.test(url.hostname)) return false;
    const section = url.pathname.toLowerCase().split('/')[1] ?? '';
    return JOB_SECTIONS.has(section) || url.searchParams.has('jl');
  },

  findPosting(doc, url): Posting | null {
    const pane = queryFirst(doc, PANE_SELECTORS);
    // A job-listing page is all one posting; a search page shows one only in its pane.
    const scope = pane ?? (url.pathname.toLowerCase().startsWith('/job-listing/') ? queryFirst(doc, JOB_PAGE_SCOPE_SELECTORS) : null);
    if (!scope) return null;
    const titleElement = queryFirst(scope, TITLE_SELECTORS);
    const title = textOf(titleElement);
    if (!title || !titleElement) return null;
    // The pane's title carries the job id ("jd-job-title-1009733330019") when the URL doesn't.
    const id = jobIdFrom(url) ?? /^jd-job-title-(\d{1,20})$/.exec(titleElement.id)?.[1];
    return {
      board: 'glassdoor',
      key: `glassdoor:${id ?? title}`,
      title,
      container: pane ?? scope,
      location: firstText(scope, LOCATION_SELECTORS),
      salaryText: firstText(scope, SALARY_SELECTORS),
      ...structuredDataFor(doc, title),
    };
  },
};
