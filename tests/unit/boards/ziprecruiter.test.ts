import { describe, expect, it } from 'vitest';
import { createBoardReader } from '../../../lib/boards/reader';
import type { BoardReader } from '../../../lib/boards/types';
import { ziprecruiter } from '../../../lib/boards/ziprecruiter';
import { classifyTitle } from '../../../lib/titles/classify';
import { parsePostedPay } from '../../../lib/pay/parse';
import { parsePage, readFixturePage, swapText } from '../../fixture-pages';

// Expected values read off the saved pages by hand (tests/fixtures/SOURCES.md).
const ziprecruiterReader = createBoardReader(ziprecruiter);
const readCards = (reader: BoardReader, file: string) => {
  const doc = parsePage(readFixturePage(file));
  return [...doc.querySelectorAll(reader.cards!.selector)].map((card) => reader.cards!.read(card));
};

describe('ZipRecruiter on saved pages', () => {
  it('reads the search page’s right pane: title, location and weekly pay', () => {
    const doc = parsePage(readFixturePage('ziprecruiter/ziprecruiter-2-search.html'));
    const url = new URL('https://www.ziprecruiter.com/jobs-search?search=event+manager&location=Houston%2C+TX&lk=Kb2NZiUoVpWumETagVgzsw');
    const posting = ziprecruiterReader.findPosting(doc, url);
    expect(posting).toMatchObject({
      key: 'ziprecruiter:Kb2NZiUoVpWumETagVgzsw',
      title: 'Events Associate',
      location: 'Houston, TX • On-site',
      salaryText: '$800 - $1.2K/wk',
    });
    expect(parsePostedPay(posting!.salaryText!)).toMatchObject({ period: 'week', annualMin: 41600, annualMax: 62400 });
    swapText(doc, '[data-testid="serp-job-details-title"] h2', 'Customer Service Manager');
    expect(classifyTitle(ziprecruiterReader.findPosting(doc, url)!.title)?.roleId).toBe('customer-service-manager');
  });

  it('reads a full saved search page: 20 cards with their pay, and the pane’s hourly pay', () => {
    const doc = parsePage(readFixturePage('ziprecruiter/ziprecruiter-3-search-with-pane.html'));
    const posting = ziprecruiterReader.findPosting(doc, new URL('https://www.ziprecruiter.com/jobs-search?search=social+media&lk=SJQj3h4stZuPhfYM0UTJjA'));
    expect(posting).toMatchObject({
      title: 'Front Desk Receptionist & Social Media Content Creator',
      location: 'Houston, TX • On-site',
      salaryText: '$15 - $20/hr',
    });
    const cards = readCards(ziprecruiterReader, 'ziprecruiter/ziprecruiter-3-search-with-pane.html');
    expect(cards).toHaveLength(20);
    expect(cards[1]).toMatchObject({ key: 'ziprecruiter:5uVu54oTsaP_0b1bkwLYcQ', title: 'Bilingual On-Camera Social Media Content Creator', salaryText: '$96K/yr' });
  });

  it.each([
    ['ziprecruiter/ziprecruiter-1-search.html', 3],
    ['ziprecruiter/ziprecruiter-2-search.html', 3],
    ['ziprecruiter/ziprecruiter-3-search-with-pane.html', 20],
  ])('%s: reads %s cards, one per job though each renders twice', (file, count) => {
    const cards = readCards(ziprecruiterReader, file);
    expect(cards).toHaveLength(count);
    expect(new Set(cards.map((card) => card?.key)).size).toBe(count);
    expect(cards.every((card) => card?.opener?.getAttribute('aria-label')?.startsWith('View '))).toBe(true);
  });

  it('does not take a search page’s heading for a posting', () => {
    const doc = parsePage('<html><body><main><h1>183 Customer Service Manager jobs in Houston, TX</h1></main></body></html>');
    expect(ziprecruiterReader.findPosting(doc, new URL('https://www.ziprecruiter.com/jobs-search?search=x'))).toBeNull();
  });
});
