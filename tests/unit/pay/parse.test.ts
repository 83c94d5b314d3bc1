import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  currencyOfCountry,
  looksLikePay,
  parsePostedPay,
  payFromStructured,
  postingPayAttribute,
  readPostingPay,
  type PayContext,
  type PostedPay,
} from '../../../lib/pay/parse';

/** One labelled string: `expected` is "MIN-MAX CUR/year", "none", or "none | MIN-MAX CUR/year" (either is right). */
interface LabelledPay {
  text: string;
  country: string;
  board: string;
  expected: string;
  source: string;
}

function readLabelled(file: string): LabelledPay[] {
  const [header, ...lines] = readFileSync(resolve(import.meta.dirname, '../../fixtures', file), 'utf8').split('\n');
  expect(header).toBe('pay_text\tcountry\tboard\texpected\tsource');
  return lines
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [text = '', country = '', board = '', expected = '', source = ''] = line.split('\t');
      return { text, country, board, expected, source };
    });
}

/** What the parser makes of a labelled string, in the label's own terms ("none" for null). */
function readingOf(row: LabelledPay): string {
  const pay = parsePostedPay(row.text, row.country ? { country: row.country } : {});
  return pay ? postingPayAttribute(pay) : 'none';
}
const isReadAsLabelled = (row: LabelledPay) => row.expected.split(' | ').includes(readingOf(row));

const boardRows = readLabelled('pay-strings-boards.tsv');
const olderRows = readLabelled('pay-strings.tsv');

describe.each([
  ['tests/fixtures/pay-strings-boards.tsv', boardRows, 149],
  ['tests/fixtures/pay-strings.tsv', olderRows, 107],
])('parsePostedPay on the real strings of %s', (_file, rows, count) => {
  it(`has all ${count} rows, each with its source, and some that are no pay`, () => {
    expect(rows).toHaveLength(count);
    expect(rows.every((row) => row.source !== '' && row.board !== '')).toBe(true);
    expect(rows.filter((row) => row.expected === 'none').length).toBeGreaterThanOrEqual(5);
  });

  for (const row of rows) {
    it(`${row.text} (${row.board}${row.country ? `, ${row.country}` : ''})`, () => {
      expect(row.expected.split(' | ')).toContain(readingOf(row));
    });
  }

  it('reads at least 98% of them as labelled', () => {
    expect(rows.filter(isReadAsLabelled).length / rows.length).toBeGreaterThanOrEqual(0.98);
  });
});

/** The pay read from `text` on a page of `country`. */
const read = (text: string, context: PayContext = {}) => parsePostedPay(text, context);
const yearly = (text: string, context: PayContext = {}) => {
  const pay = read(text, context);
  return pay ? postingPayAttribute(pay) : null;
};

describe('parsePostedPay: periods', () => {
  it('binds a period to the amount it follows, not to any period word in the text', () => {
    expect(read('Full-time, 37.5 hours a week, £30,000', { country: 'GB' })).toMatchObject({ period: 'year', annualMin: 30000, annualMax: 30000 });
    expect(read('Full-time, 37.5 hours a week', { country: 'GB' })).toBeNull();
    expect(read('£12.21 per hour, 13 months contract', { country: 'GB' })).toMatchObject({ period: 'hour', paymentsPerYear: 2080 });
    expect(read('$60/hr - $70/hr')).toMatchObject({ period: 'hour', min: 60, max: 70, annualMin: 124800, annualMax: 145600 });
  });

  it.each([
    ['$57K/yr - $141.2K/yr', 'US', 'year', '57000-141200 USD/year'],
    ['£6,328 pa', 'GB', 'year', '6328-6328 GBP/year'],
    ['$400 - $500 p.d. + Super', 'AU', 'day', '104000-130000 AUD/year'],
    ['£12.30ph plus rolled up holiday pay', 'GB', 'hour', '25584-25584 GBP/year'],
    ['£25 - £30 p/h', 'GB', 'hour', '52000-62400 GBP/year'],
    ['42.000€ - 71.000€/Jahr (geschätzt für Vollzeit)', 'DE', 'year', '42000-71000 EUR/year'],
    ['Bis zu 3.500 € pro Monat', 'DE', 'month', '-42000 EUR/year'],
    ['35 000 € - 40 000 € par an', 'FR', 'year', '35000-40000 EUR/year'],
    ['$10,000 - $15,000 por mes', 'MX', 'month', '120000-180000 MXN/year'],
    ['Rs 25,000/- PM', 'IN', 'month', '300000-300000 INR/year'],
    ['For this role, that’s an annual salary of $207,978.', 'US', 'year', '207978-207978 USD/year'],
    ['年収 500万円 ~ 800万円', 'JP', 'year', '5000000-8000000 JPY/year'],
  ])('reads "%s" on a %s page as per %s', (text, country, period, attribute) => {
    const pay = read(text, { country });
    expect(pay?.period).toBe(period);
    expect(postingPayAttribute(pay!)).toBe(attribute);
  });

  it('counts bi-weekly pay 26 times a year and semi-monthly pay 24 times', () => {
    expect(read('$2,000 - $2,500 bi-weekly')).toMatchObject({ period: 'biweek', paymentsPerYear: 26, annualMin: 52000, annualMax: 65000 });
    expect(read('$1,500 - $2,000 per fortnight', { country: 'AU' })).toMatchObject({ period: 'biweek', annualMin: 39000, currency: 'AUD' });
    expect(read('$2,000 every two weeks')).toMatchObject({ period: 'biweek', annualMax: 52000 });
    expect(read('$3,000 semi-monthly')).toMatchObject({ period: 'semimonth', paymentsPerYear: 24, annualMin: 72000 });
    expect(read('$4,500 twice a month')).toMatchObject({ period: 'semimonth', annualMin: 108000 });
    // "Bi-monthly" is twice a month or every two months: no reading.
    expect(read('$5,000 bi-monthly')).toBeNull();
  });

  it('uses a stated number of monthly payments a year', () => {
    expect(read('€3.000 brutto pro Monat, 14 mal jährlich', { country: 'AT' })).toMatchObject({ period: 'month', paymentsPerYear: 14, annualMin: 42000 });
    expect(read('AED 20,000 per month, 13 salaries')).toMatchObject({ paymentsPerYear: 13, annualMax: 260000 });
    expect(read('€2.500 brutto/Monat, 13. Monatsgehalt')).toMatchObject({ paymentsPerYear: 13, annualMax: 32500 });
    expect(read('2.000 € al mes en 14 pagas')).toMatchObject({ paymentsPerYear: 14, annualMax: 28000 });
    expect(read('15-25K·14薪', { country: 'CN' })).toMatchObject({ currency: 'CNY', period: 'month', paymentsPerYear: 14, annualMin: 210000 });
    // A count beside yearly pay changes nothing.
    expect(read('€40.000 pro Jahr, 14 mal')).toMatchObject({ period: 'year', paymentsPerYear: 1, annualMax: 40000 });
  });

  it('infers a period only where the size leaves no doubt, by currency', () => {
    expect(read('$125')).toMatchObject({ period: 'hour', annualMax: 260000 });
    expect(read('$85k Package', { country: 'AU' })).toMatchObject({ period: 'year', currency: 'AUD' });
    expect(read('$5,000')).toBeNull();
    expect(read('$ USD 2,500 - USD 4,000')).toBeNull();
    expect(read('$50 - $60,000')).toBeNull();
    expect(read('[RELOCATE] ANDROID DEVELOPER - UP TO 6k EUR')).toBeNull();
    // Indian postings: monthly below a lakh, yearly from a lakh.
    expect(yearly('₹25K - ₹35K (Employer Est.)', { country: 'IN' })).toBe('300000-420000 INR/year');
    expect(yearly('₹80K - ₹1L (Employer Est.)', { country: 'IN' })).toBe('960000-1200000 INR/year');
    expect(yearly('₹10L (Glassdoor Est.)', { country: 'IN' })).toBe('1000000-1000000 INR/year');
    // Rupiah amounts are huge, and monthly.
    expect(yearly('Rp 5.000.000 – Rp 7.000.000', { country: 'ID' })).toBe('60000000-84000000 IDR/year');
    expect(yearly('S$5,000 - S$7,000')).toBe('60000-84000 SGD/year');
  });
});

describe('parsePostedPay: currencies', () => {
  it('reads an ISO code written before or after the amounts, for both ends', () => {
    expect(yearly('USD 173,029.00 per year')).toBe('173029-173029 USD/year');
    expect(yearly('45,000 - 55,000 USD', { country: 'GB' })).toBe('45000-55000 USD/year');
    expect(yearly('USD 49.36 - 84.05 per hour')).toBe('102669-174824 USD/year');
    expect(yearly('6000 EUR/month')).toBe('72000-72000 EUR/year');
    expect(yearly('Salary range is 130k-145kUSD I 163k - 180kCAN')).toBe('130000-145000 USD/year');
  });

  it('lets a code written anywhere win over the site’s default for a bare "$"', () => {
    expect(yearly('$127,400 - $191,200 CAD', { country: 'US' })).toBe('127400-191200 CAD/year');
    expect(yearly('CAD 82,000 - 96,000', { country: 'US' })).toBe('82000-96000 CAD/year');
    expect(yearly('Salary ranges for U.S (excl. PR) locations (USD):$68,800.00 - $103,200.00', { country: 'CA' })).toBe('68800-103200 USD/year');
    expect(yearly('$130,000 - $160,000 a year', { country: 'AU' })).toBe('130000-160000 AUD/year');
    expect(yearly('$130,000 - $160,000 a year', { country: 'GB' })).toBe('130000-160000 USD/year');
    expect(yearly('$130,000 - $160,000 a year', { country: 'US', currency: 'CAD' })).toBe('130000-160000 CAD/year');
  });

  it.each([
    ['US$100k - US$130k p.a.', 'AU', 'USD'],
    ['A$160,000.00 - A$200,000.00', 'US', 'AUD'],
    ['AU$160,000 - AU$200,000', 'US', 'AUD'],
    ['C$90,000 - C$110,000', 'US', 'CAD'],
    ['CA$130,000.00/yr - CA$150,000.00/yr', 'US', 'CAD'],
    ['NZ$90,000 - NZ$110,000', 'US', 'NZD'],
    ['S$5,000 - S$7,000 a month', 'US', 'SGD'],
    ['HK$25,000 - HK$35,000 per month', 'US', 'HKD'],
    ['£34000 - £35000 per annum', 'US', 'GBP'],
    ['55.000€ - 85.000€/Jahr', 'US', 'EUR'],
    ['₹3L - ₹4L', 'US', 'INR'],
    ['Rs.3.78 lacs per annum', 'US', 'INR'],
    ['Rs 1,50,000 per month', 'PK', 'PKR'],
    ['RM 5,500 – RM 8,000 per month', 'US', 'MYR'],
    ['Rp 4.000.000 – Rp 4.500.000 per month', 'US', 'IDR'],
    ['₱20,000 – ₱25,000 per month', 'US', 'PHP'],
    ['Salary: Php1,200,000.00 per year', 'US', 'PHP'],
    ['R15 000 - R20 000 a month', 'US', 'ZAR'],
    ['R 15,000 - R 20,000 per month', 'ZA', 'ZAR'],
    ['R$ 2.000 - R$ 3.000 por mês', 'US', 'BRL'],
    ['MX$15K - MX$20K', 'US', 'MXN'],
    ['CHF 90’000 - CHF 110’000 pro Jahr', 'US', 'CHF'],
    ['45 000 - 55 000 kr per månad', 'SE', 'SEK'],
    ['kr 650 000 - 750 000 per år', 'NO', 'NOK'],
    ['SEK 45 000 per månad', 'US', 'SEK'],
    ['8 000 zł – 12 000 zł brutto / mies.', 'US', 'PLN'],
    ['¥5,000,000 - ¥8,000,000 a year', 'JP', 'JPY'],
    ['¥15,000 - ¥25,000 per month', 'CN', 'CNY'],
    ['10000 - 15000 RMB/一个月', 'US', 'CNY'],
    ['CNY 15,000 - 25,000 per month', 'US', 'CNY'],
  ])('reads the currency of "%s" on a %s page as %s', (text, country, currency) => {
    expect(read(text, { country })?.currency).toBe(currency);
  });

  it('leaves a sign no country decides unread: "¥", "kr", a spaced lone "R"', () => {
    expect(read('¥5,000,000 - ¥8,000,000 a year')).toBeNull();
    expect(read('45 000 kr/mån')).toBeNull();
    expect(read('R 15,000 - R 20,000 per month', { country: 'GB' })).toBeNull();
  });

  it('reads lakhs, crores and Indian digit grouping, with or without ₹', () => {
    expect(yearly('₹3L - ₹4L (Employer provided)', { country: 'IN' })).toBe('300000-400000 INR/year');
    expect(yearly('2-2.5 Lacs PA', { country: 'IN' })).toBe('200000-250000 INR/year');
    expect(yearly('INR 5 - 8 LPA')).toBe('500000-800000 INR/year');
    expect(yearly('₹25,00,000 a year')).toBe('2500000-2500000 INR/year');
    expect(yearly('₹1.2Cr')).toBe('12000000-12000000 INR/year');
    expect(yearly('₹1,25,000 - ₹1,54,000 a month')).toBe('1500000-1848000 INR/year');
  });

  it('reads K and M, and a multiplier written once for both ends', () => {
    expect(yearly('$120k')).toBe('120000-120000 USD/year');
    expect(yearly('$1.5M')).toBe('1500000-1500000 USD/year');
    expect(yearly('Salary range: $80 – 90k per annum', { country: 'NZ' })).toBe('80000-90000 NZD/year');
    expect(yearly('$800 - $1.2K/wk')).toBe('41600-62400 USD/year');
  });
});

describe('parsePostedPay: bare amounts and the page’s country', () => {
  it('reads an amount with no currency at all in the board country’s currency', () => {
    expect(yearly('31,988 - 33,672', { country: 'GB' })).toBe('31988-33672 GBP/year');
    expect(yearly('10-18 Lacs PA', { country: 'IN' })).toBe('1000000-1800000 INR/year');
    expect(yearly('50,000-80,000 PA', { country: 'IN' })).toBe('50000-80000 INR/year');
    expect(yearly('3,00,000 – 6,50,000 P.A. INR')).toBe('300000-650000 INR/year');
  });

  it('gives null for a bare amount with no country', () => {
    expect(read('31,988 - 33,672')).toBeNull();
    expect(read('10-18 Lacs PA')).toBeNull();
    expect(read('31,988 - 33,672', { country: 'XX' })).toBeNull();
  });

  it('takes numbers that are no money for no pay', () => {
    expect(read('3-5 years', { country: 'IN' })).toBeNull();
    expect(read('Full time · 401k · Dental', { country: 'US' })).toBeNull();
    expect(read('9am-5pm, Monday to Friday', { country: 'GB' })).toBeNull();
    expect(read('Unlimited paid time off per year, 15 paid holidays', { country: 'US' })).toBeNull();
    expect(read('Hours: 40 per week', { country: 'GB' })).toBeNull();
    expect(read('Ref: 12345 | Salary: Competitive', { country: 'GB' })).toBeNull();
    expect(read('Job ID 204512', { country: 'US' })).toBeNull();
  });
});

describe('parsePostedPay: open ends', () => {
  it.each([
    ['From $19 an hour', '39520- USD/year'],
    ['Starting at $50,000 a year', '50000- USD/year'],
    ['Competitive wages beginning at $17.20 per hour', '35776- USD/year'],
    ['$100k+', '100000- USD/year'],
    ['Up to $1k p.d.', '-260000 USD/year'],
    ['Upto $85/hr', '-176800 USD/year'],
    ['max. 50.000 € pro Jahr', '-50000 EUR/year'],
    ['From £24,523 to £25,856 per annum', '24523-25856 GBP/year'],
    ['The minimum salary is ₹3L and the max salary is ₹4L.', '300000-400000 INR/year'],
    ['月給 20万円〜', '2400000- JPY/year'],
    ['R$ 5.000,00 a R$ 7.000,00 por mês', '60000-84000 BRL/year'],
    ['Os salários variam entre CAD$100.000,00 e CAD$120.000,00 por ano', '100000-120000 CAD/year'],
  ])('reads "%s" as %s', (text, attribute) => {
    expect(yearly(text)).toBe(attribute);
  });

  it('reads a zero bottom as "up to", and zero pay as none', () => {
    expect(read('£0.00 - £80000 per annum + + Benefits')).toMatchObject({ min: undefined, max: 80000, annualMin: undefined, annualMax: 80000 });
    expect(read('USD0 - USD0')).toBeNull();
    expect(read('£0 - £0')).toBeNull();
  });
});

describe('parsePostedPay: extras and estimates', () => {
  it('notes extras in order, never adding them to the pay or reading them as amounts', () => {
    expect(read('$145,378 to $168,130 + super + leave loading', { country: 'AU' })).toMatchObject({
      annualMin: 145378,
      annualMax: 168130,
      extras: ['super', 'leave loading'],
    });
    expect(read('Up to $190,000 + super + 20% bonus', { country: 'AU' })).toMatchObject({ annualMax: 190000, extras: ['super', 'bonus'] });
    expect(read('$96.7K/yr - $204.2K/yr · 401(k) benefit')).toMatchObject({ annualMin: 96700, annualMax: 204200, extras: ['401(k)', 'benefits'] });
    expect(read('$72K/yr - $100K/yr · 6 benefits')).toMatchObject({ annualMax: 100000, extras: ['benefits'] });
    expect(read('$100k – $150k • 0.1% – 0.5%')).toMatchObject({ annualMax: 150000, extras: ['equity'] });
    expect(read('$120k – $150k • No equity')?.extras).toEqual([]);
    expect(read('2.75-6 Lacs PA (Including Variable: 10%)', { country: 'IN' })).toMatchObject({ annualMax: 600000, extras: ['variable pay'] });
    expect(read('USD $60,000–$130,000 + Equity')).toMatchObject({ annualMax: 130000, extras: ['equity'] });
    expect(read('£40k basic, £60k OTE + commission')).toMatchObject({ annualMax: 40000, extras: ['ote', 'commission'] });
    expect(read('$120,000 + $10,000 bonus')).toMatchObject({ annualMin: 120000, annualMax: 120000, extras: ['bonus'] });
    expect(read('$19 an hour')?.extras).toEqual([]);
  });

  it.each([
    ['Estimated $62.9K - $79.7K a year', 'board'],
    ['₹5L - ₹8L (Glassdoor Est.)', 'board'],
    ['42.000€ - 71.000€/Jahr (geschätzt für Vollzeit)', 'board'],
    ['₹6L - ₹19L (Employer Est.)', 'employer'],
    ['₹3L - ₹4L (Employer provided)', undefined],
    ['$100,000 - $120,000 a year', undefined],
  ])('marks "%s" as an estimate by %s', (text, estimate) => {
    expect(read(text)?.estimate).toBe(estimate);
  });
});

describe('parsePostedPay: any input', () => {
  const ALLOWED_PAYMENTS: Record<string, number[]> = { hour: [2080], day: [260], week: [52], biweek: [26], semimonth: [24], year: [1] };

  /** What every reading must be, whatever the text. */
  function expectSane(pay: PostedPay): void {
    expect(pay.currency).toMatch(/^[A-Z]{3}$/);
    const ends = [pay.annualMin, pay.annualMax].filter((end) => end !== undefined);
    expect(ends.length).toBeGreaterThan(0);
    for (const end of ends) {
      expect(Number.isInteger(end)).toBe(true);
      expect(end).toBeGreaterThanOrEqual(1000);
      expect(end).toBeLessThanOrEqual(1e12);
    }
    if (pay.annualMin !== undefined && pay.annualMax !== undefined) expect(pay.annualMin).toBeLessThanOrEqual(pay.annualMax);
    if (pay.period === 'month') {
      expect(Number.isInteger(pay.paymentsPerYear) && pay.paymentsPerYear >= 1 && pay.paymentsPerYear <= 20).toBe(true);
    } else {
      expect(ALLOWED_PAYMENTS[pay.period]).toContain(pay.paymentsPerYear);
    }
    expect(pay.extras.every((extra) => extra === extra.toLowerCase() && extra.length <= 20)).toBe(true);
  }

  const contexts = fc.record(
    {
      country: fc.oneof(fc.constantFrom('US', 'GB', 'IN', 'AU', 'ZA', 'JP', 'CN', 'SE', 'in', 'XX', ''), fc.string({ maxLength: 4 })),
      currency: fc.oneof(fc.constantFrom('USD', 'CAD', 'INR', 'usd', 'XYZ1'), fc.string({ maxLength: 4 })),
    },
    { requiredKeys: [] },
  );
  /** Text made of the pieces pay is written in, so the deeper paths are reached often. */
  const payLikeText = fc
    .array(
      fc.oneof(
        fc.constantFrom('$', '£', '€', '₹', '¥', 'R', 'RM', 'Rp', 'Rs.', 'USD', 'A$', 'kr', 'zł', '万', '円', '月', '年'),
        fc.constantFrom('k', 'K', 'L', 'Lacs', 'LPA', 'M', 'Cr', 'mil', '%', '+', '(k)', '.', ',', ',-', '/-', "'", ' '),
        fc.constantFrom('-', ' - ', ' – ', ' to ', ' and ', ' a ', 'between', 'from', 'up to', 'max.', 'min', '~'),
        fc.constantFrom('/hr', ' an hour', ' a year', ' per month', ' p.a.', ' pa', 'ph', ' bi-weekly', ' semi-monthly', ' 14 mal', ' 13th month', ' pro Monat'),
        fc.constantFrom(' + super', ' bonus', ' OTE', ' (Employer Est.)', ' Estimated', ' 401(k)', ' benefits', ' no equity'),
        fc.integer({ min: 0, max: 10_000_000 }).map(String),
        fc.tuple(fc.integer({ min: 0, max: 999 }), fc.constantFrom(',', '.', ' ', "'"), fc.integer({ min: 0, max: 999 })).map(([a, sep, b]) => `${a}${sep}${String(b).padStart(3, '0')}`),
        fc.double({ min: 0, max: 1e15, noNaN: true }).map(String),
      ),
      { maxLength: 14 },
    )
    .map((pieces) => pieces.join(''));

  it('never throws on arbitrary text and contexts, and any reading is sane', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 600 }), contexts, (text, context) => {
        const pay = read(text, context);
        if (pay) expectSane(pay);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps every reading of pay-like text sane', () => {
    fc.assert(
      fc.property(payLikeText, contexts, (text, context) => {
        const pay = read(text, context);
        if (pay) expectSane(pay);
      }),
      { numRuns: 5000 },
    );
  });

  it('never throws on values that are not text', () => {
    for (const value of [undefined, null, 42, {}, []]) expect(read(value as unknown as string)).toBeNull();
    expect(read('')).toBeNull();
  });

  it('reads only the start of huge text, in bounded time', () => {
    expect(yearly(`$95,000 - $120,000 a year ${'x'.repeat(100_000)}`)).toBe('95000-120000 USD/year');
    const huge = ['1,'.repeat(50_000), '$1 - '.repeat(20_000), '9 '.repeat(50_000), 'a'.repeat(100_000), '₹'.repeat(100_000), `${'1'.repeat(100_000)} a year`];
    for (const text of huge) {
      const started = performance.now();
      read(text, { country: 'IN' });
      expect(performance.now() - started).toBeLessThan(100);
    }
  });
});

describe('the posting-pay attribute, JSON-LD pay and the page context', () => {
  it('formats the data-posting-pay contract, open ends empty', () => {
    expect(postingPayAttribute(read('A$130,000 - A$160,000')!)).toBe('130000-160000 AUD/year');
    expect(postingPayAttribute(read('Up to ₹3,200 a month')!)).toBe('-38400 INR/year');
    expect(postingPayAttribute(read('From ₹40,000 a month')!)).toBe('480000- INR/year');
  });

  it('reads JSON-LD baseSalary, a year unless a unit says otherwise', () => {
    expect(payFromStructured({ currency: 'USD', min: 40, max: 50, unit: 'HOUR' })).toMatchObject({
      period: 'hour',
      paymentsPerYear: 2080,
      annualMin: 83200,
      annualMax: 104000,
      extras: [],
    });
    expect(payFromStructured({ currency: 'USD', min: 50, max: 40, unit: 'HOUR' })).toBeNull();
    expect(payFromStructured({ currency: 'GBP', min: 30000, max: 30000 })).toMatchObject({ period: 'year', annualMin: 30000, annualMax: 30000 });
    expect(payFromStructured({ currency: 'GBP', min: 30000 })).toMatchObject({ annualMin: 30000, annualMax: undefined });
    expect(payFromStructured({ currency: 'GBP', min: 3000, unit: 'FORTNIGHT' })).toBeNull();
  });

  it('uses the JSON-LD currency for a bare $, the country’s otherwise, and JSON-LD alone when the text has no pay', () => {
    const base = { board: 'indeed' as const, key: 'k', title: 't', container: document.body };
    const structuredPay = { currency: 'AUD', min: 130000, max: 160000, unit: 'YEAR' };
    expect(readPostingPay({ ...base, salaryText: '$130,000 - $160,000 a year', structuredPay }, { country: 'US' })?.currency).toBe('AUD');
    expect(readPostingPay({ ...base, salaryText: '$130,000 - $160,000 a year' }, { country: 'AU' })?.currency).toBe('AUD');
    expect(readPostingPay({ ...base, salaryText: '$130,000 - $160,000 a year' }, { country: 'US' })?.currency).toBe('USD');
    expect(readPostingPay({ ...base, salaryText: 'Full-time', structuredPay }, { country: 'US' })).toMatchObject({
      currency: 'AUD',
      annualMin: 130000,
      annualMax: 160000,
    });
    expect(readPostingPay({ ...base, salaryText: 'Competitive' }, { country: 'GB' })).toBeNull();
  });

  it.each([
    ['IN', 'INR'],
    ['GB', 'GBP'],
    ['DE', 'EUR'],
    ['AU', 'AUD'],
    ['US', 'USD'],
    ['MY', 'MYR'],
    ['ID', 'IDR'],
    ['in', 'INR'],
    ['XX', undefined],
  ])('the currency of %s is %s', (country, currency) => {
    expect(currencyOfCountry(country)).toBe(currency);
  });

  it('tells unread text that still reads as pay from text that does not', () => {
    expect(looksLikePay('Competitive: $DOE')).toBe(true);
    expect(looksLikePay('Fixed term contract')).toBe(false);
  });
});
