// Wellfound (wellfound.com, formerly AngelList Talent; US): badges on the job rows of role
// landing pages (/role/<role>, /role/r/<role>). Job pages (/jobs/<id>-<slug>) get no posting read
// yet: no saved job page to write selectors from. The markup has no test ids on job rows: rows
// are found by structure (Tailwind utility classes) and link shape, as each entry says.
import { linkTarget } from './dom';
import type { BoardDefinition } from './types';

/** Links to a job page, as the saved list renders them (absolute). */
const JOB_LINK = 'a[href^="https://wellfound.com/jobs/"]';

/** Wellfound's job id: the leading number of `/jobs/<id>-<slug>`. */
function jobIdFromPath(path: string): string | undefined {
  return /^\/jobs\/(\d{1,20})(?:-|\/|$)/.exec(path)?.[1];
}

export const wellfound: BoardDefinition = {
  id: 'wellfound',
  label: 'Wellfound',
  sites: [{ match: '*://*.wellfound.com/*', country: 'US' }],
  exampleUrls: [
    'https://wellfound.com/role/data-analyst',
    'https://wellfound.com/role/r/customer-success-manager',
    'https://wellfound.com/jobs/4302055-data-analyst',
  ],
  mayShowPosting: (url) => url.pathname.startsWith('/role/') || url.pathname.startsWith('/jobs'),
  posting: {
    // No saved Wellfound job page yet: no pane or title selectors until one is seen.
    pane: [],
    title: [],
    jobKey: (url) => jobIdFromPath(url.pathname),
  },
  cards: {
    // A company's block lists its jobs as the children of one container, a row each.
    root: [{ css: 'div.mb-4.w-full.px-4 > div', serves: 'role landing list, job rows by structure (utility classes, no test ids), 2026-06' }],
    title: [{ css: JOB_LINK, serves: 'role landing list, the row’s link to /jobs/<id>-<slug>, 2026-06' }],
    opener: [{ css: JOB_LINK, serves: 'role landing list, link shape /jobs/<id>-<slug>, 2026-06' }],
    // Pay is the fact after the dollar-in-a-circle icon (20×20 viewBox; location and experience
    // icons differ); rows without pay have none. "$100k – $150k • 0.1% – 0.5%" carries the equity.
    pay: [{ css: 'svg[viewBox="0 0 20 20"] + span', serves: 'role landing list, by the pay icon’s viewBox, 2026-06' }],
    jobKey: (_card, opener) => jobIdFromPath(linkTarget(opener, 'https://wellfound.com')?.pathname ?? ''),
  },
};
