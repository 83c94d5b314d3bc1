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

/**
 * In the page (pass it to `evaluate`): a single-page switch on the LinkedIn search page, as
 * LinkedIn does it: the URL changes (pushState), then the detail pane's title is rendered anew.
 * With `expectRole`, resolves once the panel shows that role (null: no panel), with the ms that took.
 */
export async function switchLinkedinPostingInPage(step: { title: string; jobId: string; pane: string; expectRole?: string | null }): Promise<number> {
  history.pushState({}, '', `/jobs/search/?keywords=customer&currentJobId=${step.jobId}`);
  const h1 = document.createElement('h1');
  const link = document.createElement('a');
  link.textContent = step.title;
  h1.append(link);
  document.querySelector(step.pane)!.replaceChildren(h1);
  const start = performance.now();
  if (step.expectRole === undefined) return 0;
  const current = () => document.querySelector('role-lens-panel')?.getAttribute('data-role-id') ?? null;
  while (current() !== step.expectRole) {
    if (performance.now() - start > 5000) throw new Error(`panel shows ${current()}, expected ${step.expectRole}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return performance.now() - start;
}

/**
 * A saved board page for the browser: scripts stripped, a stand-in for the board's layout CSS, and
 * each [from, to] swap made everywhere it occurs (each `from` must be on the page: a page that
 * changed under a test fails loudly rather than silently showing no role).
 */
export function savedBoardPage(file: string, swaps: readonly (readonly [string, string])[] = [], layoutCss = BOARD_LAYOUT_CSS): string {
  let html = inertPage(readFixturePage(file)).replace('</head>', `${layoutCss}</head>`);
  for (const [from, to] of swaps) {
    if (!html.includes(from)) throw new Error(`${file} lacks ${from}`);
    html = html.replaceAll(from, () => to); // a function: "$" in pay text is not a pattern
  }
  return html;
}

export const linkedinView = (title?: string) =>
  savedBoardPage('linkedin/linkedin-1-jobview.html', title === undefined ? [] : [['>Senior Software Engineer - Developer Experience</h1>', `>${title}</h1>`]]);

/** The logged-in search page (its saved script CSP kept) with `title` as the posting in its detail pane. */
export const linkedinSearch = (title: string) =>
  savedBoardPage('linkedin/linkedin-5-search-loggedin.html', [['>Project Manager</a></h1>', `>${title}</a></h1>`]]);

/**
 * The logged-in search page with `headHtml` in its head instead of its saved CSP meta tag, so that
 * a test's own hostile inline script (or its own stricter CSP) applies.
 */
export const linkedinSearchWithHead = (title: string, headHtml: string) =>
  savedBoardPage('linkedin/linkedin-5-search-loggedin.html', [['>Project Manager</a></h1>', `>${title}</a></h1>`]]).replace(
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
  savedBoardPage('indeed/indeed-4-viewjob.html', [['<span>Senior DevOps Engineer</span></h1>', `<span>${title}</span></h1>`]]);

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
