// `npm start` shows saved postings with one of our roles swapped in: every page it shows must
// still hold the text it swaps, and then show one of our roles.
import { describe, expect, it } from 'vitest';
import { DEMO_PAGES } from '../demo/pages';
import { classifyTitle } from '../../lib/titles/classify';
import { readFixturePage } from '../fixture-pages';

describe('the demo’s saved pages', () => {
  it.each(DEMO_PAGES.map((demo) => [demo.name, demo] as const))('%s holds every text the demo swaps, and each swap is one of our roles', (_name, demo) => {
    const html = readFixturePage(demo.file);
    for (const [from, to] of demo.swaps) {
      expect(html.includes(from), `${demo.file} lacks ${from}`).toBe(true);
      // The swapped-in text without the markup around it: "<span>Customer Support Manager</span></h1>".
      const title = to
        .split(/[<>]/)
        .filter((part) => /[A-Z]/.test(part) && !part.includes('='))
        .join(' ');
      expect(title).toMatch(/^(Senior )?(Manager|Director|Customer)/);
      expect(classifyTitle(title), title).not.toBeNull();
    }
  });
});
