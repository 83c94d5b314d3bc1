// Reed (reed.co.uk, UK): badges on the search list's cards. The job view (/jobs/<title>/<id>) is
// not read yet: no saved Reed job view was found, and its markup is not guessed.
import { linkTarget } from './dom';
import type { BoardDefinition } from './types';

/** A card's data-id ("job51526004"). */
const CARD_ID = /^job(\d{1,15})$/;
/** The job id ending a job view's path ("/jobs/data-manager/51526004"). */
const JOB_PATH_ID = /^\/jobs\/[^/]+\/(\d{1,15})\/?$/;

function idOfLink(link: Element | null): string | undefined {
  const dataId = link?.getAttribute('data-id');
  if (dataId && /^\d{1,15}$/.test(dataId)) return dataId;
  return JOB_PATH_ID.exec(linkTarget(link, 'https://www.reed.co.uk')?.pathname ?? '')?.[1];
}

export const reed: BoardDefinition = {
  id: 'reed',
  label: 'Reed',
  sites: [{ match: '*://*.reed.co.uk/*', country: 'GB' }],
  exampleUrls: [
    'https://www.reed.co.uk/jobs/customer-service-manager-jobs',
    'https://www.reed.co.uk/jobs/data-jobs-in-scotland',
    'https://www.reed.co.uk/jobs?keywords=customer%20care%20manager',
  ],
  mayShowPosting(url) {
    const path = url.pathname.toLowerCase();
    return path === '/jobs' || path.startsWith('/jobs/');
  },
  posting: {
    // No saved Reed job view yet: nothing is read from job views until one is saved and checked.
    pane: [],
    title: [],
    jobKey: (url) => JOB_PATH_ID.exec(url.pathname)?.[1],
  },
  cards: {
    root: [{ css: 'article[data-qa="job-card"]', serves: 'search results, 2023-11' }],
    // The card also opens with a plain block link holding the title: the data-qa link is the heading's.
    title: [{ css: 'a[data-qa="job-card-title"]', serves: 'search results, 2023-11' }],
    opener: [{ css: 'a[data-qa="job-card-title"]', serves: 'search results, 2023-11' }],
    // In the saved 2023 layout the salary is the first item of the card's metadata list
    // ("£50,000 - £60,000 per annum", "Competitive salary"), marked only by its icon.
    pay: [
      { css: '[data-qa="job-metadata-salary"]', serves: 'search results, 2025 (scrapers’ selectors; no saved page of that layout)' },
      { css: 'ul[class*="job-card_jobMetadata"] > li:first-child', serves: 'search results, 2023-11' },
    ],
    jobKey: (card, opener) => CARD_ID.exec(card.getAttribute('data-id') ?? '')?.[1] ?? idOfLink(opener),
  },
};
