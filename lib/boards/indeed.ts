// Indeed: every country site (www., ca., uk., au., in. … .indeed.com): job views, and the search
// page's right pane, including a pane rendered in a same-origin iframe.
import { queryFirst } from './dom';
import type { BoardDefinition } from './types';

/** Indeed appends " - job post" to the title for screen readers. */
const JOB_POST_SUFFIX = / - job post$/i;

/** Some search layouts render the right pane in a same-origin iframe. */
const PANE_IFRAMES = ['iframe#vjs-container-iframe'];

function sameOriginFrameDocuments(doc: Document): Document[] {
  const frame = queryFirst(doc, PANE_IFRAMES);
  if (!(frame instanceof HTMLIFrameElement)) return [];
  try {
    const frameDocument = frame.contentDocument;
    return frameDocument?.body ? [frameDocument] : [];
  } catch {
    return []; // cross-origin: not ours to read
  }
}

export const indeed: BoardDefinition = {
  id: 'indeed',
  label: 'Indeed',
  sites: [{ match: '*://*.indeed.com/*', country: 'US', countryBySubdomain: true }],
  exampleUrls: [
    'https://www.indeed.com/viewjob?jk=d0840105d904ca72',
    'https://au.indeed.com/viewjob?jk=54f1f8af68d722d2',
    'https://www.indeed.com/jobs?q=customer+service+manager&vjk=54f1f8af68d722d2',
    'https://in.indeed.com/jobs?q=customer+support+manager&vjk=b6bab53a3af7b954',
    'https://uk.indeed.com/q-customer-care-manager-jobs.html',
  ],
  mayShowPosting(url) {
    const path = url.pathname;
    return (
      url.searchParams.has('vjk') ||
      url.searchParams.has('jk') ||
      ['/viewjob', '/m/viewjob', '/jobs', '/q-', '/l-'].some((prefix) => path.startsWith(prefix))
    );
  },
  posting: {
    pane: [
      { css: '#jobsearch-ViewjobPaneWrapper', serves: 'search right pane, 2024–2026' },
      { css: '.jobsearch-RightPane', serves: 'search right pane, 2022–2023' },
      { css: '#viewJobSSRRoot', serves: 'job view, 2024–2026' },
      { css: '.jobsearch-ViewJobLayout', serves: 'job view, 2022–2023' },
      { css: '.jobsearch-JobComponent', serves: 'job view, 2022' },
      { css: 'body', serves: 'any other layout: the title table decides' },
    ],
    title: [
      { css: '[data-testid="jobsearch-JobInfoHeader-title"]', serves: 'job view and pane, 2024–2026' },
      { css: 'h1.jobsearch-JobInfoHeader-title', serves: 'job view, 2022–2023' },
      { css: 'h2.jobsearch-JobInfoHeader-title', serves: 'search pane, 2022–2023' },
      { css: '.jobsearch-JobInfoHeader-title', serves: 'any 2022–2026 header' },
    ],
    location: [
      { css: '[data-testid="inlineHeader-companyLocation"]', serves: 'job view and pane, 2024–2026' },
      { css: '[data-testid="job-location"]', serves: 'job view, 2024' },
      { css: '[data-testid="jobsearch-JobInfoHeader-companyLocation"]', serves: 'job view, 2023' },
      { css: '.jobsearch-JobInfoHeader-subtitle > div:last-child', serves: 'job view, 2022' },
    ],
    pay: [
      { css: '#salaryInfoAndJobType', serves: 'job view and pane, 2022–2026' },
      { css: '[data-testid="jobsearch-OtherJobDetailsContainer"]', serves: 'job view, 2023' },
    ],
    company: [
      { css: '[data-testid="inlineHeader-companyName"]', serves: 'job view and pane, 2024–2026' },
      { css: '.jobsearch-CompanyInfoWithoutHeaderImage a', serves: 'job view, 2022' },
    ],
    description: [{ css: '#jobDescriptionText', serves: 'job view and pane, 2022–2026' }],
    jobKey: (url) => url.searchParams.get('vjk') ?? url.searchParams.get('jk') ?? undefined,
  },
  cards: {
    root: [{ css: 'div.job_seen_beacon', serves: 'search results, 2022–2026' }],
    title: [
      { css: 'h2.jobTitle span[title]', serves: 'search results, 2022–2026' },
      { css: 'a.jcs-JobTitle span', serves: 'search results, 2023–2026' },
      { css: 'a.jcs-JobTitle', serves: 'search results, 2023' },
    ],
    badgeAnchor: [
      { css: 'h2.jobTitle', serves: 'search results, 2022–2026' },
      { css: 'a.jcs-JobTitle', serves: 'search results, 2023' },
    ],
    opener: [
      { css: 'a.jcs-JobTitle', serves: 'search results, 2023–2026' },
      { css: 'h2.jobTitle a', serves: 'search results, 2022' },
    ],
    pay: [
      { css: '.salary-snippet-container', serves: 'search results, 2022–2026' },
      { css: '.metadata.salary-snippet-container', serves: 'search results, 2022' },
    ],
    jobKey: (_card, opener) => opener?.getAttribute('data-jk') ?? undefined,
  },
  hooks: {
    cleanTitle: (title) => title.replace(JOB_POST_SUFFIX, ''),
    extraDocuments: sameOriginFrameDocuments,
  },
};
