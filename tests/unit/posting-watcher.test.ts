import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { linkedin } from '../../lib/boards/linkedin';
import { createBoardReader } from '../../lib/boards/reader';
import type { Posting } from '../../lib/boards/types';
import { watchPostings } from '../../lib/page/posting-watcher';

const linkedinReader = createBoardReader(linkedin);

const SEARCH = 'https://www.linkedin.com/jobs/search/?keywords=customer';

/** A LinkedIn search page's details pane, as the logged-in 2025 layout renders it. */
function renderPane(title: string | null): void {
  document.body.replaceChildren();
  const pane = document.createElement('div');
  pane.className = 'jobs-search__job-details--container';
  if (title !== null) {
    const heading = document.createElement('div');
    heading.className = 'job-details-jobs-unified-top-card__job-title';
    const h1 = document.createElement('h1');
    h1.textContent = title;
    heading.append(h1);
    pane.append(heading);
  }
  document.body.append(pane);
}

function setTitle(title: string): void {
  const h1 = document.querySelector('.job-details-jobs-unified-top-card__job-title h1');
  if (!h1) throw new Error('no title');
  h1.textContent = title;
}

/** Moves happy-dom's page to another URL, as a board's pushState would. */
function setPageUrl(url: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('watchPostings follows single-page navigation', () => {
  let controller: AbortController;
  let seen: (Posting | null)[];

  beforeEach(() => {
    controller = new AbortController();
    seen = [];
    setPageUrl(`${SEARCH}&currentJobId=111`);
  });
  afterEach(() => controller.abort());

  const start = () =>
    watchPostings({ board: linkedinReader, readPosting: linkedinReader.findPosting, document, signal: controller.signal, onChange: (posting) => seen.push(posting) });

  it('reports the posting on start', () => {
    renderPane('Customer Care Manager');
    start();
    expect(seen.map((posting) => posting?.title)).toEqual(['Customer Care Manager']);
  });

  it('reports a title that arrives late', async () => {
    renderPane(null);
    start();
    renderPane('Director of Customer Support');
    await flush();
    expect(seen.map((posting) => posting?.title)).toEqual(['Director of Customer Support']);
  });

  it('reports a pane re-render with no URL change', async () => {
    renderPane('Customer Care Manager');
    start();
    setTitle('Customer Service Director');
    await flush();
    expect(seen.map((posting) => posting?.title)).toEqual(['Customer Care Manager', 'Customer Service Director']);
  });

  it('reports the new job id when the URL changes before the pane re-renders', async () => {
    renderPane('Customer Care Manager');
    const watcher = start();
    setPageUrl(`${SEARCH}&currentJobId=222`);
    watcher.recheck();
    setTitle('Customer Support Manager');
    await flush();
    expect(seen.map((posting) => posting?.key)).toEqual(['linkedin:111', 'linkedin:222', 'linkedin:222']);
    expect(seen.at(-1)?.title).toBe('Customer Support Manager');
  });

  it('reports nothing twice for unrelated mutations', async () => {
    renderPane('Customer Care Manager');
    start();
    for (let i = 0; i < 20; i++) document.body.append(document.createElement('span'));
    await flush();
    expect(seen).toHaveLength(1);
  });

  it('reports null when the user leaves job pages, and stops watching when aborted', async () => {
    renderPane('Customer Care Manager');
    const watcher = start();
    setPageUrl('https://www.linkedin.com/feed/');
    watcher.recheck();
    expect(seen.at(-1)).toBeNull();
    setPageUrl(`${SEARCH}&currentJobId=333`);
    watcher.recheck();
    controller.abort();
    setTitle('Customer Support Director');
    await flush();
    expect(seen.at(-1)?.title).toBe('Customer Care Manager');
  });
});
