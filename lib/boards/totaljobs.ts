// Totaljobs (UK), on The Stepstone Group's platform: the search list's cards, and the job view
// (/job/<title>/<company>-job<id>). Same data-at test hooks as StepStone (./stepstone.ts).
import { linkTarget } from './dom';
import type { BoardDefinition } from './types';

/** The job id ending a job view's path ("…/james-webber-recruitment-job104759430"). */
const JOB_PATH_ID = /-job(\d{1,15})\/?$/;
/** A card's id attribute ("job-item-104759430"). */
const CARD_ID = /^job-item-(\d{1,15})$/;

function idInLink(link: Element | null): string | undefined {
  return JOB_PATH_ID.exec(linkTarget(link, 'https://www.totaljobs.com')?.pathname ?? '')?.[1];
}

export const totaljobs: BoardDefinition = {
  id: 'totaljobs',
  label: 'Totaljobs',
  sites: [{ match: '*://*.totaljobs.com/*', country: 'GB' }],
  exampleUrls: [
    'https://www.totaljobs.com/jobs/customer-service-manager',
    'https://www.totaljobs.com/jobs/sponsorship/in-united-kingdom?page=3',
    'https://www.totaljobs.com/job/sales-office-manager/james-webber-recruitment-job104759430',
  ],
  mayShowPosting(url) {
    const path = url.pathname.toLowerCase();
    return path.startsWith('/job/') || path === '/jobs' || path.startsWith('/jobs/');
  },
  // The Stepstone Group's shared markup: StepStone (./stepstone.ts) reads with these tables too.
  posting: {
    // No job view is among the saved pages: these are the data-at hooks scrapers of Totaljobs and
    // StepStone job views read (the same hooks the saved result lists use for their cards).
    pane: [
      { css: '#JobAdContent', serves: 'job view, 2023–2025 (scrapers’ selectors; no saved job view)' },
      { css: 'body', serves: 'any other job view: the title table decides' },
    ],
    title: [{ css: '[data-at="header-job-title"]', serves: 'job view, 2023–2026 (scrapers’ selectors; no saved job view)' }],
    location: [{ css: '[data-at="metadata-location"]', serves: 'job view, 2023–2026 (scrapers’ selectors; no saved job view)' }],
    pay: [{ css: '[data-at="metadata-salary"]', serves: 'job view, 2023–2026 (scrapers’ selectors; no saved job view)' }],
    company: [
      { css: '[data-at="metadata-company-name"]', serves: 'job view, 2023–2026 (scrapers’ selectors; no saved job view)' },
      { css: '[data-at="header-company-name"]', serves: 'job view, 2022–2023 (scrapers’ selectors; no saved job view)' },
    ],
    description: [{ css: '[data-at="job-ad-content"]', serves: 'job view, 2025 (a StepStone page trimmed by a scraper; no saved job view)' }],
    jobKey: (url) => JOB_PATH_ID.exec(url.pathname)?.[1],
  },
  cards: {
    root: [{ css: 'article[data-at="job-item"]', serves: 'search results, Totaljobs 2025-04 and StepStone 2025-08' }],
    title: [
      // The link also holds an icon, and (before the page's scripts run) the card's inline <style>.
      { css: '[data-at="job-item-title"] > div > div > div', serves: 'search results: the title text inside the link, 2025-04 and 2025-08' },
      { css: '[data-at="job-item-title"]', serves: 'search results: the whole title link, 2025-04 and 2025-08' },
    ],
    // The title is the card's link: the badge follows it, and clicking opens it.
    badgeAnchor: [{ css: '[data-at="job-item-title"]', serves: 'search results, 2025-04 and 2025-08' }],
    opener: [{ css: 'a[data-at="job-item-title"]', serves: 'search results, 2025-04 and 2025-08' }],
    // Stated pay (Totaljobs, 2025-04); signed out, StepStone's cards show only a "Gehalt anzeigen"
    // sign-in button instead (2025-08).
    pay: [{ css: '[data-at="job-item-salary-info"]', serves: 'search results with pay shown, 2025-04' }],
    jobKey: (card, opener) => CARD_ID.exec(card.id)?.[1] ?? idInLink(opener),
  },
};
