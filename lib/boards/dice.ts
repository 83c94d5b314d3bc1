// Dice (www.dice.com, US): badges on the search list's cards. Job pages (/job-detail/<uuid>) get
// no posting read yet: no saved job page to write selectors from.
import { linkTarget } from './dom';
import type { BoardDefinition } from './types';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Dice's job id: the uuid of `/job-detail/<uuid>`. */
function jobIdFromPath(path: string): string | undefined {
  const id = /^\/job-detail\/([^/?#]+)/.exec(path)?.[1];
  return id && GUID.test(id) ? id.toLowerCase() : undefined;
}

export const dice: BoardDefinition = {
  id: 'dice',
  label: 'Dice',
  sites: [{ match: '*://*.dice.com/*', country: 'US' }],
  exampleUrls: [
    'https://www.dice.com/jobs?q=network+engineer',
    'https://www.dice.com/jobs?q=customer+service+manager&location=Austin,+TX',
    'https://www.dice.com/job-detail/9cb5e025-66a6-40db-833e-b8caa4ac6998',
  ],
  mayShowPosting: (url) => url.pathname.startsWith('/jobs') || url.pathname.startsWith('/job-detail/'),
  posting: {
    // No saved Dice job page yet: no pane or title selectors until one is seen.
    pane: [],
    title: [],
    jobKey: (url) => jobIdFromPath(url.pathname),
  },
  cards: {
    root: [{ css: '[data-testid="job-card"]', serves: 'search list, one per job (data-job-guid), 2026-06' }],
    title: [{ css: 'a[data-testid="job-search-job-detail-link"]', serves: 'search list, the card’s title link, 2026-06' }],
    // The title link, not the invisible whole-card link (job-search-job-card-link) under it.
    opener: [{ css: 'a[data-testid="job-search-job-detail-link"]', serves: 'search list, links to /job-detail/<uuid>, 2026-06' }],
    // The pay chip ("USD 135,000.00 - 150,000.00 per year", "Depends on Experience"); absent on some cards.
    pay: [{ css: '[aria-labelledby="salary-label"]', serves: 'search list, pay chip, 2026-06' }],
    jobKey: (card, opener) => {
      const guid = card.getAttribute('data-job-guid');
      return guid && GUID.test(guid) ? guid.toLowerCase() : jobIdFromPath(linkTarget(opener, 'https://www.dice.com')?.pathname ?? '');
    },
  },
};
