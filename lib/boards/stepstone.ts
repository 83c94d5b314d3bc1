// StepStone's country sites (stepstone.de, .at, .be, .nl): the search list's cards, and the job
// view (/stellenangebote--<title>--<id>-inline.html, /jobs--…-inline.html, /vacatures--…). The
// same platform and data-at test hooks as Totaljobs (./totaljobs.ts).
import type { BoardDefinition } from './types';

/** The job id ending a job view's path ("…-Siegen-adesso-SE--12872534-inline.html"). */
const JOB_PATH_ID = /--(\d{1,15})-inline\.html$/;
/** A card's id attribute ("job-item-12872534"). */
const CARD_ID = /^job-item-(\d{1,15})$/;
/** First path segments of the result lists: "jobs" (de, at, be), "vacatures" (nl). */
const LIST_SECTIONS = new Set(['jobs', 'vacatures']);

function idInLink(link: Element | null): string | undefined {
  const href = link?.getAttribute('href');
  if (!href) return undefined;
  try {
    return JOB_PATH_ID.exec(new URL(href, 'https://www.stepstone.de').pathname)?.[1];
  } catch {
    return undefined;
  }
}

const site = (domain: string, country: string) => ({ match: `*://*.${domain}/*`, country });
const SCRAPERS = '(scrapers’ selectors; no saved job view)';

export const stepstone: BoardDefinition = {
  id: 'stepstone',
  label: 'StepStone',
  sites: [site('stepstone.de', 'DE'), site('stepstone.at', 'AT'), site('stepstone.be', 'BE'), site('stepstone.nl', 'NL')],
  exampleUrls: [
    'https://www.stepstone.de/jobs/leiter-kundenservice',
    'https://www.stepstone.de/jobs/software-engineer/in-40210',
    'https://www.stepstone.de/stellenangebote--Software-Engineer-Azure-all-genders-Aachen-Bonn-Dortmund-Duesseldorf-Essen-Frankfurt-Hannover-Koeln-Muenster-Paderborn-Siegen-adesso-SE--12872534-inline.html',
    'https://www.stepstone.at/jobs/customer-service-manager',
    'https://www.stepstone.nl/vacatures/customer-service-manager/in-nederland',
  ],
  mayShowPosting(url) {
    const path = url.pathname.toLowerCase();
    return JOB_PATH_ID.test(path) || LIST_SECTIONS.has(path.split('/')[1] ?? '');
  },
  posting: {
    // No job view is among the saved pages: these are the data-at hooks scrapers of StepStone and
    // Totaljobs job views read (the same hooks the saved result lists use for their cards).
    pane: [
      { css: '#JobAdContent', serves: `job view, 2023–2025 ${SCRAPERS}` },
      { css: 'body', serves: 'any other job view: the title table decides' },
    ],
    title: [{ css: '[data-at="header-job-title"]', serves: `job view, 2023–2026 ${SCRAPERS}` }],
    location: [{ css: '[data-at="metadata-location"]', serves: `job view, 2023–2026 ${SCRAPERS}` }],
    pay: [{ css: '[data-at="metadata-salary"]', serves: `job view, 2023–2026 ${SCRAPERS}` }],
    company: [
      { css: '[data-at="metadata-company-name"]', serves: `job view, 2023–2026 ${SCRAPERS}` },
      { css: '[data-at="header-company-name"]', serves: `job view, 2022–2023 ${SCRAPERS}` },
    ],
    description: [{ css: '[data-at="job-ad-content"]', serves: `job view, 2025 ${SCRAPERS}` }],
    jobKey: (url) => JOB_PATH_ID.exec(url.pathname)?.[1],
  },
  cards: {
    root: [{ css: 'article[data-at="job-item"]', serves: 'search results, 2025-08' }],
    title: [
      // The link also holds the card's inline <style> tags until the page's scripts move them.
      { css: '[data-at="job-item-title"] > div > div > div', serves: 'search results: the title text inside the link, 2025-08' },
      { css: '[data-at="job-item-title"]', serves: 'search results: the whole title link, 2025-08' },
    ],
    // The title is the card's link: the badge follows it, and clicking opens it.
    badgeAnchor: [{ css: '[data-at="job-item-title"]', serves: 'search results, 2025-08' }],
    opener: [{ css: 'a[data-at="job-item-title"]', serves: 'search results, 2025-08' }],
    // Signed out, StepStone's cards show only a "Gehalt anzeigen" sign-in button (2025-08); the
    // harmonised result list it shares with Totaljobs puts stated pay here (Totaljobs, 2025-04).
    pay: [{ css: '[data-at="job-item-salary-info"]', serves: 'search results with pay shown (Totaljobs’ layout, 2025-04)' }],
    jobKey: (card, opener) => CARD_ID.exec(card.id)?.[1] ?? idInLink(opener),
  },
};
