import { afterEach, describe, expect, it } from 'vitest';
import { indeed } from '../../lib/boards/indeed';
import { linkedin } from '../../lib/boards/linkedin';
import { createBoardReader } from '../../lib/boards/reader';
import type { BoardCards, JobCard } from '../../lib/boards/types';
import { badgeCards, type BadgeRenderer } from '../../lib/page/card-badger';
import { BADGE_TAG } from '../../lib/page/card-watcher';
import { classifyTitle } from '../../lib/titles/classify';
import { parsePage, readFixturePage } from '../fixture-pages';

const linkedinReader = createBoardReader(linkedin);
const indeedReader = createBoardReader(indeed);

// Card counts and first titles read off the saved pages by hand (tests/fixtures/SOURCES.md).
describe('result-list cards on saved pages', () => {
  // LinkedIn's logged-in list renders only the 7 cards on screen; the other 18 are empty shells.
  it.each([
    ['linkedin/linkedin-2-search.html', linkedinReader, 58, 58, 'Python Test Engineer', 'linkedin:4433468870'],
    ['linkedin/linkedin-5-search-loggedin.html', linkedinReader, 25, 7, 'Project Manager', 'linkedin:4296883460'],
    ['indeed/indeed-3-search.html', indeedReader, 15, 15, 'Laboratory Analyst', 'indeed:0bb0c82f1ebd7121'],
    ['indeed/indeed-1-search.html', indeedReader, 15, 15, 'Associate Developer (Entry Level): Toronto/Calgary/Ottawa', 'indeed:6c1456992f5618b4'],
  ])('%s: %s cards, %s with a title, key and badge anchor', (file, adapter, count, readable, firstTitle, firstKey) => {
    const cards = adapter.cards!;
    const doc = parsePage(readFixturePage(file));
    const read = [...doc.querySelectorAll(cards.selector)].map((card) => cards.read(card));
    expect(read).toHaveLength(count);
    expect(read.filter((card) => card && card.title.length > 0 && card.badgeAnchor)).toHaveLength(readable);
    expect(read[0]?.title).toBe(firstTitle);
    // The detector's cheap title read: the same cards have titles, the first one read by hand.
    const titles = [...doc.querySelectorAll(cards.selector)].map((card) => cards.readTitle(card));
    expect(titles[0]).toBe(firstTitle);
    expect(titles.filter(Boolean)).toHaveLength(readable);
    if (firstKey) expect(read[0]?.key).toBe(firstKey);
  });

  it('reads Indeed card salary snippets', () => {
    const doc = parsePage(readFixturePage('indeed/indeed-3-search.html'));
    const salaries = [...doc.querySelectorAll(indeedReader.cards!.selector)].map((card) => indeedReader.cards!.read(card)?.salaryText);
    expect(salaries.filter(Boolean).length).toBeGreaterThanOrEqual(10);
    expect(salaries).toContain('From $22.38 an hour');
  });
});

/** A list shaped like the guest LinkedIn search page: each card a title heading. */
const LIST_CARDS: BoardCards = {
  selector: '.card',
  read(card: Element): JobCard | null {
    const heading = card.querySelector('h3');
    const title = heading?.textContent?.trim();
    return heading && title ? { key: card.getAttribute('data-id') ?? title, title, badgeAnchor: heading } : null;
  },
  readTitle: (card) => card.querySelector('h3')?.textContent?.trim(),
};

const textRenderer: BadgeRenderer = {
  render(host, _card, match) {
    host.textContent = match.roleId;
  },
};

function renderList(titles: string[]): HTMLElement {
  const list = document.createElement('ul');
  for (const [index, title] of titles.entries()) list.append(cardElement(title, String(index)));
  document.body.replaceChildren(list);
  return list;
}

function cardElement(title: string, id: string): HTMLElement {
  const card = document.createElement('li');
  card.className = 'card';
  card.dataset.id = id;
  const heading = document.createElement('h3');
  heading.textContent = title;
  card.append(heading);
  return card;
}

const badges = () => [...document.querySelectorAll(BADGE_TAG)].map((badge) => [badge.closest('.card')?.getAttribute('data-id'), badge.getAttribute('data-role-id')]);
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('badgeCards', () => {
  let controller = new AbortController();
  afterEach(() => {
    controller.abort();
    controller = new AbortController();
  });
  const start = (signal = controller.signal) =>
    badgeCards({ cards: LIST_CARDS, document, classify: classifyTitle, renderer: textRenderer, signal });

  it('badges exactly the cards that are our roles', () => {
    renderList(['Customer Care Manager', 'Python Developer', 'Director of Customer Support', 'Customer Service Representative']);
    start();
    expect(badges()).toEqual([
      ['0', 'customer-care-manager'],
      ['2', 'customer-support-director'],
    ]);
  });

  it('badges cards that infinite scroll appends', async () => {
    const list = renderList(['Python Developer']);
    start();
    list.append(cardElement('Customer Services Manager', '1'), cardElement('QA Engineer', '2'));
    await flush();
    expect(badges()).toEqual([['1', 'customer-service-manager']]);
  });

  it('updates or removes the badge when a virtualised list reuses a card for another job', async () => {
    const list = renderList(['Customer Care Manager', 'Customer Support Director']);
    start();
    const [first, second] = list.querySelectorAll('h3');
    first!.textContent = 'Data Analyst';
    second!.textContent = 'Customer Care Director';
    second!.closest('.card')!.setAttribute('data-id', '7');
    await flush();
    expect(badges()).toEqual([['7', 'customer-care-director']]);
  });

  it('removes every badge and stops when aborted', async () => {
    const list = renderList(['Customer Care Manager']);
    const stop = new AbortController();
    start(stop.signal);
    stop.abort();
    list.append(cardElement('Customer Support Manager', '9'));
    await flush();
    expect(badges()).toEqual([]);
  });
});
