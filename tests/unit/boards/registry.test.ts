// The registry's shape: one definition per board file, valid sites with their countries, saved
// pages and a swap-in test for each board, and the README's site table in step with it.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { createBoardReader } from '../../../lib/boards/reader';
import { BOARD_MATCHES, BOARDS, boardForUrl } from '../../../lib/boards/registry';
import { BOARD_SUMMARIES } from '../../../lib/boards/sites';
import { classifyTitle } from '../../../lib/titles/classify';
import { parsePage, readFixturePage } from '../../fixture-pages';

const root = resolve(import.meta.dirname, '../../..');
/** Files in lib/boards that are the shared machinery, not a board. */
const SHARED_FILES = ['types.ts', 'reader.ts', 'registry.ts', 'sites.ts', 'dom.ts', 'jsonld.ts', 'career-site.ts'];

describe('the board registry', () => {
  it('has unique ids, and every board file in lib/boards is registered under its file name', () => {
    const ids = BOARDS.map((board) => board.id);
    expect(new Set(ids).size).toBe(ids.length);
    const boardFiles = readdirSync(resolve(root, 'lib/boards')).filter((file) => !SHARED_FILES.includes(file));
    expect(boardFiles.map((file) => file.replace(/\.ts$/, '')).sort()).toEqual([...ids].sort());
  });

  for (const board of BOARDS) {
    describe(board.label, () => {
      it('has valid match patterns, none matching every site, and a country for every site', () => {
        expect(board.sites.length).toBeGreaterThan(0);
        for (const site of board.sites) {
          expect(() => new MatchPattern(site.match)).not.toThrow();
          expect(site.match).not.toMatch(/<all_urls>|^\*:\/\/\*\//);
          // A site serves one country, or (null) every country with country sites on subdomains.
          if (site.country === null) expect(site.countryBySubdomain).toBe(true);
          else expect(site.country).toMatch(/^[A-Z]{2}$/);
        }
      });

      it('routes its example URLs to itself', () => {
        expect(board.exampleUrls.length).toBeGreaterThan(0);
        for (const url of board.exampleUrls) expect(boardForUrl(new URL(url))?.id, url).toBe(board.id);
      });

      it('notes the layout and date every selector serves', () => {
        const tables = [...Object.values(board.posting), ...Object.values(board.cards ?? {})].filter(Array.isArray);
        for (const entry of tables.flat()) expect(entry).toMatchObject({ css: expect.any(String), serves: expect.stringMatching(/\d{4}|any|fallback|resort|layout/) });
      });

      it('has real saved pages and a test that swaps one of our titles into them', () => {
        const pages = readdirSync(resolve(root, 'tests/fixtures', board.id)).filter((file) => file.endsWith('.html'));
        expect(pages.length).toBeGreaterThan(0);
        const testFile = resolve(root, 'tests/unit/boards', `${board.id}.test.ts`);
        expect(existsSync(testFile)).toBe(true);
        const test = readFileSync(testFile, 'utf8');
        expect(test).toMatch(/swapText|replaceAll/);
        expect(test).toContain('classifyTitle');
      });

      it('is quiet on broken or empty markup', () => {
        const reader = createBoardReader(board);
        for (const html of ['', '<div><h1>', '<<<>>>', '<main><h1></h1></main>']) {
          for (const url of board.exampleUrls) {
            expect(() => reader.findPosting(parsePage(html), new URL(url))).not.toThrow();
            expect(() => reader.findPostingTitle(parsePage(html), new URL(url))).not.toThrow();
          }
        }
      });
    });
  }

  it('gives the manifest exactly the boards’ sites, and the extension pages the same list', () => {
    expect(BOARD_MATCHES).toEqual(BOARDS.flatMap((board) => board.sites.map((site) => site.match)));
    expect(BOARD_SUMMARIES).toEqual(BOARDS.map(({ id, label, sites }) => ({ id, label, sites })));
  });

  it.each([
    ['https://www.linkedin.com/jobs/view/1/', 'linkedin'],
    ['https://au.linkedin.com/jobs/search', 'linkedin'],
    ['https://uk.indeed.com/viewjob?jk=1', 'indeed'],
    ['https://www.glassdoor.com.br/Vaga/x.htm', 'glassdoor'],
    ['https://www.ziprecruiter.ca/jobs-search?search=x', 'ziprecruiter'],
    ['https://indeed.com.evil.example/viewjob', undefined],
    ['https://notlinkedin.com/jobs/view/1', undefined],
  ])('%s → %s', (url, board) => {
    expect(boardForUrl(new URL(url))?.id).toBe(board);
  });

  const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Supported sites'), readme.indexOf('### How it loads'));
  /** The markdown table whose header row starts with `header`, up to the blank line after it. */
  const tableAfter = (header: string) => {
    const start = section.indexOf(header);
    return section.slice(start, section.indexOf('\n\n', start));
  };

  it('is the README’s supported-sites table: one row per board, naming every site', () => {
    const table = tableAfter('| site | pages |');
    for (const board of BOARDS) {
      const row = table.split('\n').find((line) => line.startsWith(`| ${board.label} `));
      expect(row, board.label).toBeDefined();
      for (const site of board.sites) expect(row, site.match).toContain(site.match.replace(/^\*:\/\/\*\./, '').replace(/\/\*$/, ''));
    }
    expect(table.split('\n').filter((line) => /^\| [A-Z]/.test(line) && !line.startsWith('| site') && !line.startsWith('| Company')).length).toBe(BOARDS.length);
  });

  it('has every board in the README’s table of layouts, each row naming a saved page or saying none was found', () => {
    const rows = tableAfter('| board | layout |').split('\n').slice(2);
    for (const board of BOARDS) expect(rows.some((row) => row.startsWith(`| ${board.label} |`)), board.label).toBe(true);
    for (const row of rows) {
      const savedPages = [...row.matchAll(/`([a-z]+-\d+-[a-z-]+|[a-z]+-\d+)`/g)].map((match) => match[1]!);
      if (row.includes('none found')) continue;
      expect(savedPages.length, row).toBeGreaterThan(0);
      for (const name of savedPages) {
        const [folder] = name.split('-');
        const file = existsSync(resolve(root, 'tests/fixtures', folder!, `${name}.html`)) ? `${folder}/${name}.html` : `jsonld/${name}.html`;
        expect(existsSync(resolve(root, 'tests/fixtures', file)), `${name} (${row.slice(0, 40)})`).toBe(true);
      }
    }
  });
});

describe('the detector’s cheap card-title read', () => {
  // A card title read off each saved page by hand, swapped for one of our roles.
  it.each([
    ['glassdoor', 'glassdoor/glassdoor-2-search.html', 'DevOps Engineer - Remote Work'],
    ['ziprecruiter', 'ziprecruiter/ziprecruiter-3-search-with-pane.html', 'Bilingual On-Camera Social Media Content Creator'],
    ['indeed', 'indeed/indeed-3-search.html', 'Laboratory Analyst'],
    ['seek', 'seek/seek-2-search.html', 'Senior Full Stack Flutter Developer'],
    ['jobstreet', 'jobstreet/jobstreet-2-search-id.html', 'Staf Tata Usaha Sekolah'],
    ['naukri', 'naukri/naukri-1-search.html', 'Sr. Flutter Developer'],
    ['dice', 'dice/dice-1-search.html', 'Infinera Network Engineer'],
    ['wellfound', 'wellfound/wellfound-1-search.html', 'Business Data Analyst'],
  ])('%s: spots one of our roles among the cards, and none on the page as saved', (id, file, cardTitle) => {
    const cards = createBoardReader(BOARDS.find((board) => board.id === id)!).cards!;
    const ourCards = (html: string) =>
      [...parsePage(html).querySelectorAll(cards.selector)].map((card) => cards.readTitle(card)).filter((title) => title && classifyTitle(title));
    const html = readFixturePage(file);
    expect(ourCards(html)).toEqual([]);
    expect(html).toContain(cardTitle);
    expect(ourCards(html.replaceAll(cardTitle, 'Director of Customer Care'))).toEqual(['Director of Customer Care']);
  });
});
