// The one registry of job boards. A board is its file in this folder, its saved pages under
// tests/fixtures/<board>/, and one line here; manifest matches, host permissions, settings
// switches, the options page's list and the README's site table all derive from it
// (tests/unit/boards/registry.test.ts checks its shape).
import { MatchPattern } from 'wxt/utils/match-patterns';
import { dice } from './dice';
import { glassdoor } from './glassdoor';
import { indeed } from './indeed';
import { jobstreet } from './jobstreet';
import { linkedin } from './linkedin';
import { naukri } from './naukri';
import { createBoardReader } from './reader';
import { reed } from './reed';
import { seek } from './seek';
import { stepstone } from './stepstone';
import { totaljobs } from './totaljobs';
import type { BoardDefinition, BoardReader } from './types';
import { wellfound } from './wellfound';
import { ziprecruiter } from './ziprecruiter';

export const BOARDS: readonly BoardDefinition[] = [
  linkedin,
  indeed,
  glassdoor,
  ziprecruiter,
  seek,
  jobstreet,
  naukri,
  totaljobs,
  reed,
  stepstone,
  dice,
  wellfound,
];

/** Manifest match patterns for every board: the content script's matches and host permissions. */
export const BOARD_MATCHES: string[] = BOARDS.flatMap((board) => board.sites.map((site) => site.match));

const readers = BOARDS.map((board) => ({ patterns: board.sites.map((site) => new MatchPattern(site.match)), reader: createBoardReader(board) }));

/** The reader of a registered board, by id (what a detector handed over). */
export function boardById(id: string): BoardReader | undefined {
  const index = BOARDS.findIndex((board) => board.id === id);
  return index >= 0 ? readers[index]!.reader : undefined;
}

/** The reader for a page's URL, or undefined on a site that is not a board. */
export function boardForUrl(url: URL): BoardReader | undefined {
  return readers.find(({ patterns }) => patterns.some((pattern) => pattern.includes(url)))?.reader;
}
