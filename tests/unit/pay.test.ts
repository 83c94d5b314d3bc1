import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { comparePostedPay, describeComparison } from '../../lib/pay-compare';
import { dollarCurrencyForHost, parsePostedPay, payFromStructured, postingPayAttribute, readPostingPay } from '../../lib/pay';
import { loadRoleCatalog, type RoleCatalog } from '../../lib/roles';

interface PayRow {
  text: string;
  currency: string;
  period: string;
  min: string;
  max: string;
  annualMin: string;
  annualMax: string;
  source: string;
}

const rows: PayRow[] = readFileSync(resolve(import.meta.dirname, '../fixtures/pay-strings.tsv'), 'utf8')
  .split('\n')
  .slice(1)
  .filter((line) => line.trim() !== '')
  .map((line) => {
    const [text = '', currency = '', period = '', min = '', max = '', annualMin = '', annualMax = '', source = ''] = line.split('\t');
    return { text, currency, period, min, max, annualMin, annualMax, source };
  });

/** Real strings the parser leaves alone on purpose, and why. */
const NOT_SUPPORTED = new Map([
  ['Salary range is 130k-145kUSD I 163k - 180kCAN', 'two currencies, codes glued to the amounts'],
  ['10000 - 15000 RMB/一个月', 'the period is written in Chinese'],
]);

const optionalNumber = (value: string) => (value === '' ? undefined : Number(value));

describe('parsePostedPay on real pay strings (tests/fixtures/pay-strings.tsv)', () => {
  it('has at least 60 readable strings and some unreadable ones', () => {
    expect(rows.filter((row) => row.currency !== '').length).toBeGreaterThanOrEqual(60);
    expect(rows.filter((row) => row.currency === '').length).toBeGreaterThanOrEqual(5);
  });

  for (const row of rows.filter((candidate) => !NOT_SUPPORTED.has(candidate.text))) {
    it(row.text, () => {
      // A bare "$" means the board country's dollar: the label's, where it is a dollar.
      const dollarCurrency = ['AUD', 'CAD', 'NZD'].includes(row.currency) ? row.currency : 'USD';
      const pay = parsePostedPay(row.text, dollarCurrency);
      if (row.currency === '') {
        expect(pay).toBeNull();
        return;
      }
      expect(pay).toMatchObject({
        currency: row.currency,
        period: row.period,
        min: optionalNumber(row.min),
        max: optionalNumber(row.max),
        annualMin: Number(row.annualMin || row.annualMax),
        annualMax: Number(row.annualMax || row.annualMin),
      });
    });
  }

  it('never throws, and anything it returns is a sane yearly range', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const pay = parsePostedPay(text);
        if (pay) {
          expect(pay.annualMin).toBeLessThanOrEqual(pay.annualMax);
          expect(pay.annualMax).toBeGreaterThanOrEqual(1000);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('reads only the start of huge text', () => {
    expect(parsePostedPay(`$95,000 - $120,000 a year ${'x'.repeat(100_000)}`)).toMatchObject({ annualMin: 95000, annualMax: 120000 });
  });
});

describe('the posting-pay attribute and the page context', () => {
  it('formats the data-posting-pay contract', () => {
    expect(postingPayAttribute(parsePostedPay('A$130,000 - A$160,000')!)).toBe('130000-160000 AUD/year');
  });

  it.each([
    ['au.indeed.com', 'AUD'],
    ['ca.indeed.com', 'CAD'],
    ['www.indeed.com', 'USD'],
    ['uk.indeed.com', 'USD'],
    ['www.linkedin.com', 'USD'],
  ])('a bare $ on %s means %s', (host, currency) => {
    expect(dollarCurrencyForHost(host)).toBe(currency);
  });

  it('uses the JSON-LD currency for a bare $, and JSON-LD alone when the text has no pay', () => {
    const base = { board: 'indeed' as const, key: 'k', title: 't', container: document.body };
    const structuredPay = { currency: 'AUD', min: 130000, max: 160000, unit: 'YEAR' };
    expect(readPostingPay({ ...base, salaryText: '$130,000 - $160,000 a year', structuredPay }, 'www.indeed.com')?.currency).toBe('AUD');
    expect(readPostingPay({ ...base, salaryText: 'Full-time', structuredPay }, 'www.indeed.com')).toMatchObject({
      currency: 'AUD',
      annualMin: 130000,
      annualMax: 160000,
    });
    expect(payFromStructured({ currency: 'USD', min: 40, max: 50, unit: 'HOUR' })).toMatchObject({ annualMin: 83200, annualMax: 104000 });
    expect(payFromStructured({ currency: 'USD', min: 50, max: 40, unit: 'HOUR' })).toBeNull();
  });
});

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
