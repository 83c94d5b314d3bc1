// Classifier throughput over real titles, next to a plain fuse.js search over the same aliases.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Fuse from 'fuse.js';
import { classifyTitle } from '../../lib/titles/classify';
import rawRoleData from '../../data/roles.json';
import { parseRoleData } from '../../lib/data/validate';

const fixtures = resolve(import.meta.dirname, '../fixtures');

/** Card titles on the saved search pages, as a user scrolling the boards sees them. */
const CARD_TITLE_PATTERNS = [
  /class="base-search-card__title">\s*([^<]+?)\s*</g, // LinkedIn guest search
  /<span title="([^"]+)" id="jobTitle-/g, // Indeed search
  /<strong><!---->([^<]+)<!----><\/strong>/g, // LinkedIn logged-in cards
];

function boardCardTitles(): string[] {
  const titles: string[] = [];
  for (const board of ['linkedin', 'indeed']) {
    for (const file of readdirSync(resolve(fixtures, board))) {
      const html = readFileSync(resolve(fixtures, board, file), 'utf8');
      for (const pattern of CARD_TITLE_PATTERNS) for (const match of html.matchAll(pattern)) titles.push(match[1]!);
    }
  }
  return titles;
}

/** Every labelled title plus every card title saved from the fixture boards: a realistic mix. */
function realisticTitles(): string[] {
  const titles: string[] = boardCardTitles();
  for (const file of readdirSync(fixtures)) {
    if (!file.startsWith('titles-')) continue;
    const lines = readFileSync(resolve(fixtures, file), 'utf8').split('\n').slice(1);
    for (const line of lines) if (line.trim()) titles.push(line.split('\t')[0]!);
  }
  return titles;
}

function titlesPerSecond(titles: string[], classify: (title: string) => unknown, minMillis: number): number {
  let sink = 0;
  let count = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMillis) {
    for (const title of titles) if (classify(title)) sink++;
    count += titles.length;
    elapsed = performance.now() - start;
  }
  if (sink < 0) console.log(sink); // keeps the work observable so it is not optimised away
  return (count / elapsed) * 1000;
}

export interface ClassifierBench {
  titles: number;
  classifierTitlesPerSecond: number;
  fuseTitlesPerSecond: number;
  speedup: number;
}

export function benchClassifier(): ClassifierBench {
  const titles = realisticTitles();
  const aliases = parseRoleData(rawRoleData).roles.flatMap((role) => [role.title, ...role.aliases]);
  const fuse = new Fuse(aliases, { threshold: 0.3, ignoreLocation: true });
  titlesPerSecond(titles, classifyTitle, 300); // warm-up
  const classifierTitlesPerSecond = titlesPerSecond(titles, classifyTitle, 2000);
  const fuseTitlesPerSecond = titlesPerSecond(titles, (title) => fuse.search(title).length > 0, 2000);
  return {
    titles: titles.length,
    classifierTitlesPerSecond,
    fuseTitlesPerSecond,
    speedup: classifierTitlesPerSecond / fuseTitlesPerSecond,
  };
}
