// Saved board pages prepared for the cross-browser scenarios: scripts stripped, one of our titles
// swapped in where a scenario needs it (the same pages and swaps as the Chromium-only tests).
import { inertPage, readFixturePage } from '../fixture-pages';
import { BOARD_LAYOUT_CSS } from './browser';

export const LINKEDIN_VIEW = 'https://au.linkedin.com/jobs/view/senior-software-engineer-developer-experience-at-heidi-4411867124';
export const LINKEDIN_SEARCH = 'https://www.linkedin.com/jobs/search/?keywords=customer&currentJobId=4296883460';
export const LINKEDIN_GUEST_SEARCH = 'https://www.linkedin.com/jobs/search?keywords=customer';
export const INDEED_VIEW = 'https://au.indeed.com/viewjob?jk=54f1f8af68d722d2';
export const INDEED_SEARCH = 'https://www.indeed.com/jobs?q=customer&l=savannah';

/** The posting title's container on the logged-in LinkedIn search page (its detail pane). */
export const LINKEDIN_TITLE_PANE = '.job-details-jobs-unified-top-card__job-title';

/** A saved page, scripts stripped, optionally with its posting title swapped for another. */
function savedPage(file: string, swap?: { from: string; to: string }): string {
  const html = inertPage(readFixturePage(file)).replace('</head>', `${BOARD_LAYOUT_CSS}</head>`);
  if (!swap) return html;
  if (!html.includes(swap.from)) throw new Error(`${file} lacks ${swap.from}`);
  return html.replace(swap.from, swap.to);
}

export const linkedinView = (title?: string) =>
  savedPage(
    'linkedin/linkedin-1-jobview.html',
    title === undefined ? undefined : { from: '>Senior Software Engineer - Developer Experience</h1>', to: `>${title}</h1>` },
  );

/** The logged-in search page (its saved script CSP kept) with `title` as the posting in its detail pane. */
export const linkedinSearch = (title: string) =>
  savedPage('linkedin/linkedin-5-search-loggedin.html', { from: '>Project Manager</a></h1>', to: `>${title}</a></h1>` });

/**
 * The logged-in search page with `headHtml` in its head instead of its saved CSP meta tag, so that
 * a test's own hostile inline script (or its own stricter CSP) applies.
 */
export const linkedinSearchWithHead = (title: string, headHtml: string) =>
  savedPage('linkedin/linkedin-5-search-loggedin.html', { from: '>Project Manager</a></h1>', to: `>${title}</a></h1>` }).replace(
    /<meta http-equiv="Content-Security-Policy"[^>]*>/g,
    '',
  ).replace('</head>', `${headHtml}</head>`);

/**
 * The logged-in search page under a strict CSP, stripped of everything of its own that the CSP
 * would block (styles, style attributes, images), so that any violation left is the extension's.
 */
export function linkedinSearchStrictCsp(title: string, csp: string): string {
  return linkedinSearchWithHead(title, '')
    .replace(/<style\b[\s\S]*?<\/style>/gi, '')
    .replace(/\sstyle="[^"]*"/gi, '')
    .replace(/<img\b[^>]*>/gi, '')
    .replace(/<head>|<head\s[^>]*>/i, (head) => `${head}<meta http-equiv="Content-Security-Policy" content="${csp}">`);
}

export const indeedView = (title: string) =>
  savedPage('indeed/indeed-4-viewjob.html', { from: '<span>Senior DevOps Engineer</span></h1>', to: `<span>${title}</span></h1>` });

/** Replaces the text between `open` and `close` in the cards at the given positions. */
function swapCardTitles(html: string, open: string, close: string, swaps: ReadonlyMap<number, string>): string {
  let result = '';
  let cursor = 0;
  let index = 0;
  for (let start = html.indexOf(open); start >= 0; start = html.indexOf(open, start + open.length), index++) {
    const textStart = start + open.length;
    const title = swaps.get(index);
    if (title === undefined) continue;
    result += `${html.slice(cursor, textStart)}${title}`;
    cursor = html.indexOf(close, textStart);
  }
  return result + html.slice(cursor);
}

/** LinkedIn's guest search list with some card titles swapped (card index → title). */
export const linkedinGuestSearch = (swaps: ReadonlyMap<number, string>) =>
  swapCardTitles(inertPage(readFixturePage('linkedin/linkedin-2-search.html')), 'class="base-search-card__title">', '</h3>', swaps);

/** Indeed's search list with some card titles swapped (Indeed writes each title twice). */
export function indeedSearch(swaps: ReadonlyMap<number, string>): string {
  let index = 0;
  return inertPage(readFixturePage('indeed/indeed-3-search.html')).replace(
    /<span title="[^"]*" id="(jobTitle-[0-9a-f]+)">[^<]*<\/span>/g,
    (span, id: string) => {
      const title = swaps.get(index++);
      return title === undefined ? span : `<span title="${title}" id="${id}">${title}</span>`;
    },
  );
}
