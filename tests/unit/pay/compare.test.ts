import { beforeAll, describe, expect, it } from 'vitest';
import { comparePostedPay, describeComparison } from '../../../lib/pay/compare';
import { parsePostedPay } from '../../../lib/pay/parse';
import { loadRoleCatalog, type RoleCatalog } from '../../../lib/roles';

describe('comparePostedPay', () => {
  let catalog: RoleCatalog;
  beforeAll(async () => {
    catalog = await loadRoleCatalog();
  });

  it('says within, below or above the US range for US dollar pay, and by how much', () => {
    const director = catalog.role('customer-support-director'); // $90K–$170K (seed 000)
    const within = comparePostedPay(parsePostedPay('$95,000 - $120,000 a year')!, director, catalog)!;
    expect(within.verdict).toBe('within');
    // $30–$35 an hour × 2,080 = $62,400–$72,800: $17,200 under $90K.
    const below = comparePostedPay(parsePostedPay('$30 - $35 an hour')!, director, catalog)!;
    expect(below).toMatchObject({ verdict: 'below', gap: 17200 });
    const above = comparePostedPay(parsePostedPay('$180,000 - $200,000 a year')!, director, catalog)!;
    expect(above).toMatchObject({ verdict: 'above', gap: 10000 });
    expect(describeComparison(above)).toBe('Above the typical US range by $10K (6%).');
  });

  it('compares with the posting’s region where the data has a figure for it', () => {
    const comparison = comparePostedPay(parsePostedPay('$100,000 a year')!, catalog.role('customer-support-director'), catalog, 'miami')!;
    expect(comparison.reference).toMatchObject({ min: 117000, max: 117000, label: 'Miami figure' });
    expect(comparison).toMatchObject({ verdict: 'below', gap: 17000 });
  });

  it('compares in the posting’s own currency where the data has a figure in it', () => {
    const comparison = comparePostedPay(parsePostedPay('£25,000 a year')!, catalog.role('customer-support-manager'), catalog)!;
    expect(comparison.reference).toMatchObject({ currency: 'GBP', label: 'United Kingdom figure' });
    expect(comparison).toMatchObject({ verdict: 'below', gap: 5000 });
    expect(comparison.conversion).toBeUndefined();
  });

  it('otherwise converts at the cited 2023 Federal Reserve rate and says so', () => {
    const comparison = comparePostedPay(parsePostedPay('€100,000 a year')!, catalog.role('customer-support-director'), catalog)!;
    expect(comparison).toMatchObject({ postingMin: 108170, postingMax: 108170, verdict: 'within' });
    expect(comparison.conversion).toContain('1 EUR = 1.0817 USD');
    expect(comparison.conversion).toContain('2023 annual average');
  });

  it('gives no comparison without a figure or a rate', () => {
    expect(comparePostedPay(parsePostedPay('Php1,200,000.00 per year')!, catalog.role('customer-support-director'), catalog)).toBeNull();
    expect(comparePostedPay(parsePostedPay('$100,000 a year')!, catalog.role('customer-care-director'), catalog)).toBeNull();
  });
});
