// StepStone's country sites (stepstone.de, .at, .be, .nl): the search list's cards, and the job
// view (/stellenangebote--<title>--<id>-inline.html, /jobs--…-inline.html, /vacatures--…). The
// same platform and data-at test hooks as Totaljobs (./totaljobs.ts), whose tables it reads with;
// they are checked against StepStone's saved search page (2025-08) too.
import { linkTarget } from './dom';
import { totaljobs } from './totaljobs';
import type { BoardDefinition } from './types';

/** The job id ending a job view's path ("…-Siegen-adesso-SE--12872534-inline.html"). */
const JOB_PATH_ID = /--(\d{1,15})-inline\.html$/;
/** A card's id attribute ("job-item-12872534"). */
const CARD_ID = /^job-item-(\d{1,15})$/;
/** First path segments of the result lists: "jobs" (de, at, be), "vacatures" (nl). */
const LIST_SECTIONS = new Set(['jobs', 'vacatures']);

function idInLink(link: Element | null): string | undefined {
  return JOB_PATH_ID.exec(linkTarget(link, 'https://www.stepstone.de')?.pathname ?? '')?.[1];
}

const site = (domain: string, country: string) => ({ match: `*://*.${domain}/*`, country });

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
  // The same platform as Totaljobs: its selector tables; StepStone's own job ids.
  posting: { ...totaljobs.posting, jobKey: (url) => JOB_PATH_ID.exec(url.pathname)?.[1] },
  cards: { ...totaljobs.cards!, jobKey: (card, opener) => CARD_ID.exec(card.id)?.[1] ?? idInLink(opener) },
};
