import { describe, expect, it } from 'vitest';
import rawRoleData from '../../../data/roles.json';
import { comparedFigureAttribute, comparePostedPay } from '../../../lib/pay/compare';
import type { PostedPay } from '../../../lib/pay/parse';
import type { PostingPlace } from '../../../lib/place/place';
import { parseRoleData } from '../../../lib/data/validate';
import { RoleCatalog } from '../../../lib/data/catalog';

const catalog = new RoleCatalog(parseRoleData(rawRoleData));
const supportDirector = catalog.role('customer-support-director'); // US base $90K–$170K (seed 000)
const supportManager = catalog.role('customer-support-manager'); // US base $45K–$92K (seed 002)
const US: PostingPlace = { country: 'US', regionId: 'us', evidence: 'location' };
const INDIA: PostingPlace = { country: 'IN', regionId: 'india', evidence: 'board-site' };

/** A yearly pay as a posting states it; an absent end is open. */
function yearly(currency: string, annualMin?: number, annualMax?: number, extras: string[] = []): PostedPay {
  return { currency, period: 'year', paymentsPerYear: 1, min: annualMin, max: annualMax, annualMin, annualMax, extras };
}

describe('comparePostedPay: range against range', () => {
  it.each([
    [60000, 80000, 'below', /its top, \$80K, is under the range's bottom/],
    [95000, 120000, 'within', /both ends, \$95K and \$120K, lie inside it/],
    [180000, 200000, 'above', /its bottom, \$180K, is over the range's top/],
    [80000, 100000, 'overlaps', /its bottom, \$80K, is under the range's bottom; its top, \$100K, is inside the range/],
    [80000, 200000, 'overlaps', /its bottom, \$80K, is under.*its top, \$200K, is over/],
  ] as const)('$%i–$%i against $90K–$170K: %s, saying which ends were compared', (low, high, verdict, sentence) => {
    const comparison = comparePostedPay(yearly('USD', low, high), supportDirector, US, catalog);
    expect(comparison.verdict).toBe(verdict);
    expect(comparison.sentence).toMatch(sentence);
    expect(comparison.sentence).toContain('the US range ($90K–$170K)');
    expect(comparison.figure && comparedFigureAttribute(comparison.figure)).toBe('90000-170000 USD/year');
  });
});

describe('comparePostedPay: one-sided pay yields only what follows', () => {
  it('"Up to $120,000" against $45K–$92K: its top is above the typical top — overlaps, never "above"', () => {
    const comparison = comparePostedPay(yearly('USD', undefined, 120000), supportManager, US, catalog);
    expect(comparison.verdict).toBe('overlaps');
    expect(comparison.sentence).toBe("Overlaps the US range ($45K–$92K): its top, $120K, is over the range's top; its bottom isn't stated.");
  });

  it('"Up to $40,000" is below a range whose bottom is $45K; "From $100,000" is above its $92K top', () => {
    expect(comparePostedPay(yearly('USD', undefined, 40000), supportManager, US, catalog).verdict).toBe('below');
    expect(comparePostedPay(yearly('USD', 100000, undefined), supportManager, US, catalog).verdict).toBe('above');
  });

  it('"From $50,000" inside the range overlaps it', () => {
    const comparison = comparePostedPay(yearly('USD', 50000, undefined), supportManager, US, catalog);
    expect(comparison).toMatchObject({ verdict: 'overlaps' });
    expect(comparison.sentence).toContain("its bottom, $50K, is inside the range; its top isn't stated");
  });
});

describe('comparePostedPay: against a single average, median or typical amount', () => {
  it('says above or below the average, never the range (UK Support Director: average £60K)', () => {
    const uk: PostingPlace = { country: 'GB', regionId: 'uk', evidence: 'location' };
    const above = comparePostedPay(yearly('GBP', 65000, 75000), supportDirector, uk, catalog);
    expect(above).toMatchObject({ verdict: 'above', sentence: 'Above the UK average, £60K: its bottom, £65K, is over it.' });
    expect(comparedFigureAttribute(above.figure!)).toBe('60000-60000 GBP/year');
    expect(comparePostedPay(yearly('GBP', 40000, 50000), supportDirector, uk, catalog).verdict).toBe('below');
    const spanning = comparePostedPay(yearly('GBP', 55000, 65000), supportDirector, uk, catalog);
    expect(spanning).toMatchObject({ verdict: 'overlaps', sentence: 'Spans the UK average, £60K: from £55K to £65K.' });
    expect(spanning.sentence).not.toMatch(/range/);
  });

  it('compares a Miami posting with the Miami figure, and an Indian posting in rupees with the India average', () => {
    const miami: PostingPlace = { country: 'US', regionId: 'miami', evidence: 'location' };
    expect(comparePostedPay(yearly('USD', 100000, 110000), supportDirector, miami, catalog)).toMatchObject({ verdict: 'below', figure: { region: 'miami' } });
    expect(comparePostedPay(yearly('INR', 3000000, 4000000), supportDirector, INDIA, catalog)).toMatchObject({ verdict: 'above', figure: { region: 'india' } });
  });
});

describe('comparePostedPay: no verdict across countries, currencies or kinds of pay', () => {
  it('gives no verdict for Indian pay where the role has no India figure, and says so', () => {
    const comparison = comparePostedPay(yearly('INR', 480000, 600000), supportManager, INDIA, catalog);
    expect(comparison.verdict).toBe('not-compared');
    expect(comparison.figure).toBeUndefined();
    expect(comparison.sentence).toBe('Not compared: no India base-pay figure for Customer Support Manager.');
    expect(comparison.conversion).toMatch(/^For context only: about \$5\.81K–\$7\.27K a year at 1 INR = 0\.0121 USD \(Federal Reserve/);
  });

  it('gives no verdict when the posting’s country is unknown', () => {
    expect(comparePostedPay(yearly('USD', 95000, 120000), supportDirector, { evidence: 'unknown' }, catalog)).toMatchObject({ verdict: 'not-compared' });
  });

  it('gives no verdict for pay in another currency than the country’s figure', () => {
    const comparison = comparePostedPay(yearly('USD', 30000, 40000), supportDirector, INDIA, catalog);
    expect(comparison).toMatchObject({ verdict: 'not-compared' });
    expect(comparison.sentence).toContain('in USD; the India average is in INR');
  });

  it('gives no verdict for on-target earnings against base pay', () => {
    expect(comparePostedPay(yearly('USD', 95000, 120000, ['ote']), supportDirector, US, catalog).verdict).toBe('not-compared');
  });

  it('never compares with total pay: Australian Customer Service Manager has only total earnings', () => {
    const australia: PostingPlace = { country: 'AU', regionId: 'australia', evidence: 'board-site' };
    expect(comparePostedPay(yearly('AUD', 90000, 100000), catalog.role('customer-service-manager'), australia, catalog).verdict).toBe('not-compared');
  });

  it('gives no verdict for a role without pay figures (Customer Care Director)', () => {
    expect(comparePostedPay(yearly('USD', 95000, 120000), catalog.role('customer-care-director'), US, catalog).verdict).toBe('not-compared');
  });
});
