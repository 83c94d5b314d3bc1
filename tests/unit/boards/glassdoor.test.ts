import { describe, expect, it } from 'vitest';
import { glassdoor } from '../../../lib/boards/glassdoor';
import { createBoardReader } from '../../../lib/boards/reader';
import type { BoardReader } from '../../../lib/boards/types';
import { classifyTitle } from '../../../lib/titles/classify';
import { parsePage, readFixturePage, swapText } from '../../fixture-pages';

// Expected values read off the saved pages by hand (tests/fixtures/SOURCES.md).
const glassdoorReader = createBoardReader(glassdoor);
const readCards = (reader: BoardReader, file: string) => {
  const doc = parsePage(readFixturePage(file));
  return [...doc.querySelectorAll(reader.cards!.selector)].map((card) => reader.cards!.read(card));
};

describe('Glassdoor on saved pages', () => {
  it('reads the six cards of a Brazilian search page, with ids and salaries', () => {
    const cards = readCards(glassdoorReader, 'glassdoor/glassdoor-2-search.html');
    expect(cards).toHaveLength(6);
    expect(cards[0]).toMatchObject({ key: 'glassdoor:1010249613116', title: 'DevOps Engineer - Remote Work' });
    expect(cards.filter((card) => card?.salaryText).length).toBe(2);
    expect(cards.every((card) => card?.opener?.getAttribute('href')?.includes('jl='))).toBe(true);
  });

  it('reads a full saved French search page: the selected job’s pane and its 30 cards', () => {
    const doc = parsePage(readFixturePage('glassdoor/glassdoor-3-search-with-pane.html'));
    const url = new URL('https://www.glassdoor.fr/Emploi/paris-data-scientist-intern-emplois-SRCH_IL.0,5_IC2881970_KO6,27.htm');
    const posting = glassdoorReader.findPosting(doc, url);
    expect(posting).toMatchObject({
      key: 'glassdoor:1009733330019',
      title: 'Consultant Manager en Modélisation et Risque de Marché | Banque | CDI | H/F',
      location: 'Neuilly',
    });
    expect(posting?.container.className).toContain('JobDetails_jobDetailsContainer');
    const cards = readCards(glassdoorReader, 'glassdoor/glassdoor-3-search-with-pane.html');
    expect(cards).toHaveLength(30);
    expect(cards.filter((card) => card?.salaryText).length).toBe(4);
    swapText(doc, 'h1[id^="jd-job-title-"]', 'Responsable Service Client | Customer Service Manager');
    expect(classifyTitle(glassdoorReader.findPosting(doc, url)!.title)?.roleId).toBe('customer-service-manager');
  });

  it('finds no cards and no posting on the empty "Recommended jobs" page', () => {
    expect(readCards(glassdoorReader, 'glassdoor/glassdoor-1-search.html')).toEqual([]);
    const doc = parsePage(readFixturePage('glassdoor/glassdoor-1-search.html'));
    expect(glassdoorReader.findPosting(doc, new URL('https://www.glassdoor.co.uk/Job/index.htm'))).toBeNull();
  });

  it('reads a job-listing page’s heading as the posting', () => {
    const doc = parsePage('<html><body><main><h1 id="jd-job-title-1">Sr. Manager, Customer Care</h1><div data-test="location">Miami, FL</div></main></body></html>');
    const posting = glassdoorReader.findPosting(doc, new URL('https://www.glassdoor.com/job-listing/sr-manager-customer-care-JV_KO0,24.htm?jl=42'));
    expect(posting).toMatchObject({ key: 'glassdoor:42', title: 'Sr. Manager, Customer Care', location: 'Miami, FL' });
  });
});
