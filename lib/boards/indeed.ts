// Indeed adapter (every country: www., ca., uk., au., in. … .indeed.com).
// Check by hand:
//   https://www.indeed.com/viewjob?jk=d0840105d904ca72
//   https://au.indeed.com/viewjob?jk=54f1f8af68d722d2
//   https://www.indeed.com/jobs?q=customer+service+manager&vjk=54f1f8af68d722d2   (right pane)
//   https://uk.indeed.com/q-customer-care-manager-jobs.html?vjk=…                  (right pane)
import { firstText, queryFirst, textOf } from './dom';
import { structuredDataFor } from './jsonld';
import { BOARD_SITES } from './sites';
import type { BoardAdapter, JobCard, Posting } from './types';

/** The job view or the search page's right pane (newest markup first). */
const PANE_SELECTORS = [
  '#jobsearch-ViewjobPaneWrapper',
  '.jobsearch-RightPane',
  '#viewJobSSRRoot',
  '.jobsearch-ViewJobLayout',
  '.jobsearch-JobComponent',
];

const TITLE_SELECTORS = [
  '[data-testid="jobsearch-JobInfoHeader-title"]',
  'h1.jobsearch-JobInfoHeader-title',
  'h2.jobsearch-JobInfoHeader-title',
  '.jobsearch-JobInfoHeader-title',
];

const LOCATION_SELECTORS = [
  '[data-testid="inlineHeader-companyLocation"]',
  '[data-testid="job-location"]',
  '[data-testid="jobsearch-JobInfoHeader-companyLocation"]',
  '.jobsearch-JobInfoHeader-subtitle > div:last-child',
];

const SALARY_SELECTORS = ['#salaryInfoAndJobType', '[data-testid="jobsearch-OtherJobDetailsContainer"]'];

/** One card in the result list. */
const CARD_SELECTOR = 'div.job_seen_beacon';
const CARD_TITLE_SELECTORS = ['h2.jobTitle span[title]', 'a.jcs-JobTitle span', 'a.jcs-JobTitle'];
const CARD_BADGE_ANCHOR_SELECTORS = ['h2.jobTitle', 'a.jcs-JobTitle'];
const CARD_LINK_SELECTORS = ['a.jcs-JobTitle', 'h2.jobTitle a'];
const CARD_SALARY_SELECTORS = ['.salary-snippet-container', '[data-testid="attribute_snippet_testid"].salary-snippet-container', '.metadata.salary-snippet-container'];

const readCardTitle = (card: Element) => firstText(card, CARD_TITLE_SELECTORS)?.replace(JOB_POST_SUFFIX, '');

function readCard(card: Element): JobCard | null {
  const title = readCardTitle(card);
  const badgeAnchor = queryFirst(card, CARD_BADGE_ANCHOR_SELECTORS);
  if (!title || !badgeAnchor) return null;
  const link = queryFirst(card, CARD_LINK_SELECTORS);
  return {
    key: `indeed:${link?.getAttribute('data-jk') ?? title}`,
    title,
    badgeAnchor,
    opener: link instanceof HTMLElement ? link : undefined,
    salaryText: firstText(card, CARD_SALARY_SELECTORS),
  };
}

/** Some search layouts render the right pane in a same-origin iframe. */
const PANE_IFRAME_SELECTORS = ['iframe#vjs-container-iframe'];

/** Indeed appends " - job post" to the title for screen readers. */
const JOB_POST_SUFFIX = / - job post$/i;

function sameOriginFrameDocuments(doc: Document): Document[] {
  const frame = queryFirst(doc, PANE_IFRAME_SELECTORS);
  if (!(frame instanceof HTMLIFrameElement)) return [];
  try {
    const frameDocument = frame.contentDocument;
    return frameDocument?.body ? [frameDocument] : [];
  } catch {
    return []; // cross-origin: not ours to read
  }
}

function postingIn(doc: Document, jobKey: string | null): Posting | null {
  const pane = queryFirst(doc, PANE_SELECTORS) ?? doc.body;
  if (!pane) return null;
  const title = textOf(queryFirst(pane, TITLE_SELECTORS))?.replace(JOB_POST_SUFFIX, '');
  if (!title) return null;
  return {
    board: 'indeed',
    key: `indeed:${jobKey ?? title}`,
    title,
    container: pane,
    location: firstText(pane, LOCATION_SELECTORS),
    salaryText: firstText(pane, SALARY_SELECTORS),
    ...structuredDataFor(doc, title),
  };
}

export const indeedAdapter: BoardAdapter = {
  id: 'indeed',
  name: 'Indeed',
  matches: BOARD_SITES.indeed,
  cards: { selector: CARD_SELECTOR, read: readCard, readTitle: readCardTitle },

  mayShowPosting(url) {
    const path = url.pathname;
    return (
      url.searchParams.has('vjk') ||
      url.searchParams.has('jk') ||
      path.startsWith('/viewjob') ||
      path.startsWith('/m/viewjob') ||
      path.startsWith('/jobs') ||
      path.startsWith('/q-') ||
      path.startsWith('/l-')
    );
  },

  findPosting(doc, url) {
    const jobKey = url.searchParams.get('vjk') ?? url.searchParams.get('jk');
    const posting = postingIn(doc, jobKey);
    if (posting) return posting;
    for (const frameDocument of sameOriginFrameDocuments(doc)) {
      const framed = postingIn(frameDocument, jobKey);
      if (framed) return framed;
    }
    return null;
  },

  extraDocuments: sameOriginFrameDocuments,
};
