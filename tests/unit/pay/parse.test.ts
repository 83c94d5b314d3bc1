import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dollarCurrencyForHost, parsePostedPay, payFromStructured, postingPayAttribute, readPostingPay } from '../../../lib/pay/parse';

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

const rows: PayRow[] = readFileSync(resolve(import.meta.dirname, '../../fixtures/pay-strings.tsv'), 'utf8')
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

