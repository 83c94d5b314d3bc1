import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import rawTable from '../../../data/pay-transparency.json';
import type { PostedPay } from '../../../lib/pay/parse';
import type { PostingPlace } from '../../../lib/place/place';
import {
  formatRuleDate,
  judgedFrom,
  PAY_TRANSPARENCY,
  parsePayTransparency,
  PayTransparencyDataError,
  payTransparencyFact,
  ruleFor,
  type PayTransparencyInput,
  type PayTransparencyRow,
} from '../../../lib/posting/transparency';

const excerptsDir = resolve(import.meta.dirname, '../../fixtures/sources/pay-transparency');
const rows = PAY_TRANSPARENCY.rules;
const row = (id: string): PayTransparencyRow => {
  const found = rows.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
};

const place = (country?: string, subdivision?: string): PostingPlace => ({ country, subdivision, evidence: 'location' });

/** A yearly (or hourly) pay as lib/pay/parse gives it. */
function posted(currency: string, min: number | undefined, max: number | undefined, period: 'year' | 'hour' = 'year'): PostedPay {
  const perYear = period === 'year' ? 1 : 2080;
  return {
    currency,
    period,
    paymentsPerYear: perYear,
    min,
    max,
    annualMin: min === undefined ? undefined : min * perYear,
    annualMax: max === undefined ? undefined : max * perYear,
    extras: [],
  };
}

const fact = (input: Partial<PayTransparencyInput> & { place: PostingPlace }) => payTransparencyFact({ payStated: false, ...input });

/** The ISO day before a day. */
function dayBefore(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/** A place and location that each row covers: its own subdivision and, for a city, its first word. */
function placeOf(candidate: PayTransparencyRow): { place: PostingPlace; location?: string } {
  const { country, subdivision, city } = candidate.jurisdiction;
  return { place: place(country, subdivision), location: city ? `${city.words[0]}, somewhere` : undefined };
}

// ---------------------------------------------------------------------------------------------

describe('the rules, dated', () => {
  it.each(rows.map((candidate) => [candidate.id, candidate] as const))('%s judges a posting from the day it starts, not the day before', (_id, candidate) => {
    const { place: where, location } = placeOf(candidate);
    const start = judgedFrom(candidate.effective);
    expect(ruleFor(where, location, start)?.id).toBe(candidate.id);
    expect(ruleFor(where, location, dayBefore(start))?.id).not.toBe(candidate.id);
    expect(fact({ place: where, location, postingDate: start }).rule?.id).toBe(candidate.id);
    expect(fact({ place: where, location, postingDate: dayBefore(start) }).rule?.id).not.toBe(candidate.id);
  });

  it.each(rows.filter((candidate) => candidate.ends !== undefined).map((candidate) => [candidate.id, candidate] as const))(
    '%s no longer judges a posting from the day it ends',
    (_id, candidate) => {
      const { place: where, location } = placeOf(candidate);
      const end = judgedFrom(candidate.ends!);
      expect(ruleFor(where, location, dayBefore(end))?.id).toBe(candidate.id);
      expect(ruleFor(where, location, end)?.id).not.toBe(candidate.id);
    },
  );

  it.each([
    ['US-CO', '2021-01-01', 'us-co'],
    ['US-CA', '2023-01-01', 'us-ca'],
    ['US-WA', '2023-01-01', 'us-wa'],
    ['US-NY', '2023-09-17', 'us-ny'],
    ['US-HI', '2024-01-01', 'us-hi'],
    ['US-DC', '2024-06-30', 'us-dc'],
    ['US-MD', '2024-10-01', 'us-md'],
    ['US-IL', '2025-01-01', 'us-il'],
    ['US-MN', '2025-01-01', 'us-mn'],
    ['US-NJ', '2025-06-01', 'us-nj'],
    ['US-VT', '2025-07-01', 'us-vt'],
    ['US-MA', '2025-10-29', 'us-ma'],
    ['US-ME', '2026-07-13', 'us-me'],
    ['US-DE', '2027-09-26', 'us-de'],
    ['CA-BC', '2023-11-01', 'ca-bc'],
    ['CA-PE', '2022-06-01', 'ca-pe'],
    ['CA-ON', '2026-01-01', 'ca-on'],
  ])('%s: the table starts its rule on %s', (subdivision, date, id) => {
    expect(row(id).effective).toBe(date);
    expect(ruleFor(place(subdivision.slice(0, 2), subdivision), undefined, date)?.id).toBe(id);
  });

  it('Maine is not judged on 12 Jul 2026 and is on 13 Jul 2026', () => {
    const maine = place('US', 'US-ME');
    expect(fact({ place: maine, postingDate: '2026-07-12' })).toEqual({ status: 'unknown', sentence: '' });
    expect(fact({ place: maine, postingDate: '2026-07-13' }).status).toBe('required-missing');
  });

  it('an undated posting is judged as of today', () => {
    expect(fact({ place: place('US', 'US-CO') }).rule?.id).toBe('us-co');
  });
});

describe('the most specific rule wins', () => {
  const newYork = place('US', 'US-NY');

  it.each(['Brooklyn, NY', 'New York, NY 10001', 'Manhattan, New York', 'Staten Island, NY', 'New York City, NY'])('%s → New York City', (location) => {
    expect(fact({ place: newYork, location, postingDate: '2024-03-01' }).rule?.id).toBe('us-ny-nyc');
  });

  it.each(['Albany, NY', 'Buffalo, New York', undefined])('%s → New York State', (location) => {
    expect(fact({ place: newYork, location, postingDate: '2024-03-01' }).rule?.id).toBe('us-ny');
  });

  it('a city rule in force before its state’s applies alone; the state’s does not reach back', () => {
    expect(fact({ place: newYork, location: 'Queens, NY', postingDate: '2023-01-10' }).rule?.id).toBe('us-ny-nyc');
    expect(fact({ place: newYork, location: 'Albany, NY', postingDate: '2023-01-10' })).toEqual({ status: 'unknown', sentence: '' });
  });

  it('a city word in another state is not that city', () => {
    expect(fact({ place: place('US', 'US-KS'), location: 'Manhattan, KS', postingDate: '2024-03-01' }).status).toBe('unknown');
  });

  it('Cleveland, not Cleveland Heights', () => {
    const ohio = place('US', 'US-OH');
    expect(fact({ place: ohio, location: 'Cleveland, OH', postingDate: '2026-01-05' }).rule?.id).toBe('us-oh-cleveland');
    expect(fact({ place: ohio, location: 'Cleveland Heights, OH', postingDate: '2026-01-05' })).toEqual({ status: 'unknown', sentence: '' });
  });

  it('Westchester County’s rule gives way to New York State’s on 17 Sep 2023', () => {
    expect(fact({ place: newYork, location: 'White Plains, NY', postingDate: '2023-09-16' }).rule?.id).toBe('us-ny-westchester');
    expect(fact({ place: newYork, location: 'White Plains, NY', postingDate: '2023-09-17' }).rule?.id).toBe('us-ny');
  });

  it('Jersey City over New Jersey', () => {
    const newJersey = place('US', 'US-NJ');
    expect(fact({ place: newJersey, location: 'Jersey City, NJ', postingDate: '2025-07-01' }).rule?.id).toBe('us-nj-jersey-city');
    expect(fact({ place: newJersey, location: 'Newark, NJ', postingDate: '2025-07-01' }).rule?.id).toBe('us-nj');
  });
});

describe('the sentence', () => {
  it('New York State, no pay stated, employer size unknown', () => {
    expect(fact({ place: place('US', 'US-NY'), location: 'Albany, NY', postingDate: '2024-05-01' })).toEqual({
      status: 'required-missing',
      rule: row('us-ny'),
      sentence:
        'New York State requires employers with 4 or more employees to state the pay or a good-faith pay range in job adverts (since 17 Sep 2023). This posting states none. The rule applies if the employer has 4 or more employees.',
    });
  });

  it('gives no size caveat when the employer is known to be large enough', () => {
    const { status, sentence } = fact({ place: place('US', 'US-CA'), postingDate: '2024-05-01', employerSize: 200 });
    expect(status).toBe('required-missing');
    expect(sentence).toBe('California requires employers with 15 or more employees to state a pay range in job adverts (since 1 Jan 2023). This posting states none.');
  });

  it('says not required when the employer is known to be too small', () => {
    const { status, sentence } = fact({ place: place('US', 'US-HI'), postingDate: '2024-05-01', employerSize: 12 });
    expect(status).toBe('not-required');
    expect(sentence).toContain('employers with 50 or more employees');
    expect(sentence).toContain('With 12 employees, this employer has fewer than that.');
  });

  it('gives no size caveat for a rule on all employers', () => {
    expect(fact({ place: place('US', 'US-MD'), postingDate: '2025-02-01' }).sentence).toBe(
      'Maryland requires all employers to state a good-faith pay range in job adverts (since 1 Oct 2024). This posting states none.',
    );
  });

  it('a posting that states pay', () => {
    expect(fact({ place: place('US', 'US-CO'), postingDate: '2024-05-01', payStated: true, pay: posted('USD', 90000, 120000) })).toMatchObject({
      status: 'required-stated',
      sentence:
        'Colorado requires employers with at least one employee in Colorado to state the pay or a good-faith pay range in job adverts (since 1 Jan 2021). This posting states pay.',
    });
  });

  it('says when enforcement starts later (Columbus)', () => {
    expect(fact({ place: place('US', 'US-OH'), location: 'Columbus, OH', postingDate: '2026-03-01' }).sentence).toContain('(since 3 Dec 2025; enforced from 1 Jan 2027)');
  });

  it('an open-ended pay where the rule wants both ends (New York City)', () => {
    const { status, sentence } = fact({ place: place('US', 'US-NY'), location: 'Brooklyn, NY', postingDate: '2024-05-01', payStated: true, pay: posted('USD', 80000, undefined) });
    expect(status).toBe('required-stated');
    expect(sentence).toContain('It gives only one end of a range, which New York City\'s rule does not accept.');
  });
});

describe("Ontario's range-width limit", () => {
  const ontario = { place: place('CA', 'CA-ON'), location: 'Toronto, ON', postingDate: '2026-03-01', payStated: true };

  it('names the limit in the rule', () => {
    expect(fact({ ...ontario, payStated: false }).sentence).toBe(
      'Ontario requires employers with 25 or more employees to state the pay or a pay range no wider than $50,000 a year in job adverts, unless the pay is above $200,000 a year (since 1 Jan 2026). This posting states none. The rule applies if the employer has 25 or more employees.',
    );
  });

  it('a range wider than $50,000 a year', () => {
    const { status, sentence } = fact({ ...ontario, pay: posted('CAD', 60000, 120000) });
    expect(status).toBe('required-stated');
    expect(sentence).toContain("This range is wider than Ontario's limit of $50,000 a year.");
  });

  it.each([
    ['exactly at the limit', posted('CAD', 70000, 120000)],
    ['narrower', posted('CAD', 70000, 90000)],
    ['stated per hour (no yearly width is assumed)', posted('CAD', 20, 60, 'hour')],
    ['in another currency', posted('USD', 60000, 120000)],
  ])('no width remark when %s', (_case, pay) => {
    expect(fact({ ...ontario, pay }).sentence).not.toContain('This range is wider');
  });

  it('pay above $200,000 a year is outside the rule', () => {
    const { status, sentence } = fact({ ...ontario, pay: posted('CAD', 180000, 260000) });
    expect(status).toBe('not-required');
    expect(sentence).toContain('Its pay is above $200,000 a year, where the rule does not apply.');
    expect(sentence).not.toContain('This range is wider');
  });
});

describe('rules that do not require pay in the advert', () => {
  it.each([
    ['PL', undefined, 'Warszawa', '2026-02-01', 'pl'],
    ['MT', undefined, 'Valletta', '2026-02-01', 'mt'],
    ['US', 'US-CT', 'Hartford, CT', '2024-02-01', 'us-ct'],
    ['US', 'US-NV', 'Reno, NV', '2024-02-01', 'us-nv'],
    ['US', 'US-RI', 'Providence, RI', '2024-02-01', 'us-ri'],
  ])('%s %s: not required, and the advert itself need not state it', (country, subdivision, location, postingDate, id) => {
    const result = fact({ place: place(country, subdivision), location, postingDate });
    expect(result.rule?.id).toBe(id);
    expect(result.status).toBe('not-required');
    expect(result.sentence).toMatch(/the advert itself need not state it\.$/);
  });

  it('Poland, in words', () => {
    expect(fact({ place: place('PL'), postingDate: '2026-02-01' }).sentence).toBe(
      'Poland requires all employers to give applicants the pay or a pay range in the advert or before the interview (or, with no advert, before the contract) (since 24 Dec 2025); the advert itself need not state it.',
    );
  });
});

describe('places recorded as having no rule', () => {
  it('Texas says not required, from the end of the year its source gives', () => {
    const texas = place('US', 'US-TX');
    expect(fact({ place: texas, location: 'Austin, TX', postingDate: '2026-10-01' })).toEqual({
      status: 'not-required',
      rule: row('us-tx'),
      sentence: 'Texas has no law requiring pay in job adverts (as of 2025).',
    });
    expect(fact({ place: texas, postingDate: '2025-12-30' }).status).toBe('unknown');
    expect(fact({ place: texas, postingDate: '2025-12-31' }).status).toBe('not-required');
  });

  it('the United Kingdom', () => {
    expect(fact({ place: place('GB'), location: 'London', postingDate: '2026-10-01' })).toMatchObject({
      status: 'not-required',
      sentence: 'The United Kingdom has no law requiring pay in job adverts (as of 26 May 2022).',
    });
  });
});

describe('places not in the table', () => {
  it.each([
    ['a country with no row', place('DE'), 'Berlin'],
    ['a state with no row', place('US', 'US-OR'), 'Portland, OR'],
    ['a country whose rows are all for provinces', place('CA', 'CA-AB'), 'Calgary, AB'],
    ['a US posting with no state', place('US'), 'Remote'],
    ['no country at all', place(), 'Remote'],
  ])('%s: nothing is said', (_case, where, location) => {
    expect(fact({ place: where, location, postingDate: '2026-10-01' })).toEqual({ status: 'unknown', sentence: '' });
  });

  it.each(['2026-02-30', '10/01/2026', '2026'])('a posting date that is not a day (%s): nothing is said', (postingDate) => {
    expect(fact({ place: place('US', 'US-CO'), postingDate })).toEqual({ status: 'unknown', sentence: '' });
  });
});

describe('dates as precise as their sources', () => {
  it.each([
    ['2023-09-17', '2023-09-17', '17 Sep 2023'],
    ['2026-02', '2026-02-28', 'Feb 2026'],
    ['2024-02', '2024-02-29', 'Feb 2024'],
    ['2025', '2025-12-31', '2025'],
  ])('%s is judged from %s and shown as %s', (date, from, shown) => {
    expect(judgedFrom(date)).toBe(from);
    expect(formatRuleDate(date)).toBe(shown);
  });
});

// ---------------------------------------------------------------------------------------------

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const NUMBER_WORDS: Record<number, string> = { 1: 'one', 4: 'four', 5: 'five', 10: 'ten', 15: 'fifteen', 25: 'twenty-five', 26: 'twenty-six', 30: 'thirty', 50: 'fifty' };

/** The ways sources write a date: "2023-09-17", "September 17, 2023", "Sept. 17", "17 September 2023", "1.3.2011", "26.05.2022". */
function dateForms(date: string): string[] {
  const [year, month, day] = date.split('-');
  if (month === undefined) return [year!];
  const name = MONTHS[Number(month) - 1]!;
  const short = name.slice(0, 3);
  if (day === undefined) return [`${name} ${year}`, `${short} ${year}`, date];
  const d = Number(day);
  const m = Number(month);
  return [date, `${name} ${d}, ${year}`, `${short}. ${d}, ${year}`, `${short} ${d}, ${year}`, `${d} ${name} ${year}`, `${d} ${short} ${year}`, `${d}.${m}.${year}`, `${day}.${month}.${year}`];
}

interface ExcerptBlock {
  url: string;
  read: string;
  what: string;
  body: string;
}

/** A stored excerpt file: blocks split by "====", each a header (URL, Read, What), "---", and the verbatim text. */
function readExcerpt(id: string): ExcerptBlock[] {
  const file = resolve(excerptsDir, `${id}.txt`);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split(/\n====\n/)
    .map((block) => {
      const [header = '', ...body] = block.split(/\n---\n/);
      const field = (name: string) => new RegExp(`^${name}: (.+)$`, 'm').exec(header)?.[1]?.trim() ?? '';
      return { url: field('URL'), read: field('Read'), what: field('What'), body: body.join('\n---\n').trim() };
    });
}

const squash = (text: string) => text.replace(/\s+/g, ' ');

describe('every row', () => {
  it('has a unique id, a citation and an effective date', () => {
    expect(new Set(rows.map((candidate) => candidate.id)).size).toBe(rows.length);
    for (const candidate of rows) {
      expect(candidate.citation.title.length, candidate.id).toBeGreaterThan(3);
      expect(candidate.citation.url, candidate.id).toMatch(/^https?:\/\//);
      expect(candidate.citation.read, candidate.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(candidate.effective, candidate.id).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
  });

  it('covers the places the issue names', () => {
    const ids = new Set(rows.map((candidate) => candidate.id));
    for (const id of ['us-co', 'us-ca', 'us-wa', 'us-ny', 'us-ny-nyc', 'us-hi', 'us-dc', 'us-md', 'us-il', 'us-mn', 'us-nj', 'us-vt', 'us-ma', 'us-oh-cleveland', 'us-me', 'us-nj-jersey-city', 'ca-bc', 'ca-pe', 'ca-on', 'gb', 'us-tx']) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  describe.each(rows.map((candidate) => [candidate.id, candidate] as const))('%s: its stored excerpt', (id, candidate) => {
    const blocks = readExcerpt(id);
    const body = squash(blocks.map((block) => block.body).join('\n'));

    it('exists, each block with its URL, date read and what it is', () => {
      expect(blocks.length).toBeGreaterThan(0);
      for (const block of blocks) {
        expect(block.url).toMatch(/^https?:\/\//);
        expect(block.read).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(block.what.length).toBeGreaterThan(10);
        expect(block.body.length).toBeGreaterThan(20);
      }
    });

    it('holds every source the row cites', () => {
      const urls = blocks.map((block) => block.url);
      for (const citation of [candidate.citation, ...(candidate.alsoSee ?? [])]) expect(urls).toContain(citation.url);
    });

    it('shows the effective date', () => {
      const forms = dateForms(candidate.effective);
      expect(
        forms.some((form) => body.toLowerCase().includes(form.toLowerCase())),
        `none of ${forms.join(' | ')} in ${id}.txt`,
      ).toBe(true);
    });

    if (candidate.kind === 'rule') {
      it('shows the employer-size threshold', () => {
        const size = candidate.employerSize;
        expect(body).toContain(squash(size.quote));
        if (size.scope === 'min') {
          const count = new RegExp(`\\b(${size.count}|${NUMBER_WORDS[size.count] ?? '-'})\\b`, 'i');
          expect(size.quote).toMatch(count);
        }
      });
    }
  });
});

describe('the schema', () => {
  const table = rawTable as unknown as { rules: Record<string, unknown>[] };
  const withRule = (change: (rule: Record<string, unknown>) => Record<string, unknown>) => ({ ...rawTable, rules: [change(structuredClone(table.rules[0]!))] });

  it('accepts the bundled table', () => {
    expect(parsePayTransparency(rawTable).rules.length).toBe(rows.length);
  });

  it.each([
    ['a missing citation', (rule: Record<string, unknown>) => ({ ...rule, citation: undefined }), /citation/],
    ['a citation without a URL', (rule: Record<string, unknown>) => ({ ...rule, citation: { ...(rule.citation as object), url: 'not a url' } }), /citation\.url/],
    ['a day that does not exist', (rule: Record<string, unknown>) => ({ ...rule, effective: '2023-02-30' }), /effective/],
    ['a date in another format', (rule: Record<string, unknown>) => ({ ...rule, effective: '17/09/2023' }), /effective/],
    ['a missing effective date', (rule: Record<string, unknown>) => ({ ...rule, effective: undefined }), /effective/],
    ['a threshold without its count', (rule: Record<string, unknown>) => ({ ...rule, employerSize: { scope: 'min', wording: '15 or more employees', quote: 'x' } }), /employerSize/],
    ['an unknown place for the pay', (rule: Record<string, unknown>) => ({ ...rule, where: 'somewhere' }), /where/],
    ['a misspelt field', (rule: Record<string, unknown>) => ({ ...rule, efective: '2021-01-01' }), /unknown field "efective"/],
    ['a subdivision code that is not ISO 3166-2', (rule: Record<string, unknown>) => ({ ...rule, jurisdiction: { country: 'US', subdivision: 'Colorado' } }), /subdivision/],
  ])('rejects %s', (_case, change, message) => {
    expect(() => parsePayTransparency(withRule(change))).toThrow(PayTransparencyDataError);
    expect(() => parsePayTransparency(withRule(change))).toThrow(message);
  });

  it.each([
    ['an end before the start', (rule: Record<string, unknown>) => ({ ...rule, ends: '2020-01-01' }), /ends on or before/],
    ['a subdivision of another country', (rule: Record<string, unknown>) => ({ ...rule, jurisdiction: { country: 'CA', subdivision: 'US-CO' } }), /not in CA/],
    ['a rule about the interview without its timing', (rule: Record<string, unknown>) => ({ ...rule, where: 'before-interview' }), /timing/],
  ])('rejects %s', (_case, change, message) => {
    expect(() => parsePayTransparency(withRule(change))).toThrow(message);
  });

  it('rejects a repeated id', () => {
    expect(() => parsePayTransparency({ ...rawTable, rules: [table.rules[0], table.rules[0]] })).toThrow(/not unique/);
  });
});
