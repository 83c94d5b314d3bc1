// Reads the pay a posting states ("$95,000 - $120,000 a year", "£12.50 an hour", "₹25,00,000")
// and normalises it to a yearly range in the posting's currency. A linear scan, no regular
// expression that can backtrack; anything it cannot read with confidence is null, never a guess.
import type { StructuredPay } from './boards/jsonld';
import type { Posting } from './boards/types';

export type PayPeriod = 'hour' | 'day' | 'week' | 'month' | 'year';

/** Hours, days, weeks and months in a working year: hourly pay × 2,080 is stated in the UI. */
export const PERIODS_PER_YEAR: Record<PayPeriod, number> = { hour: 2080, day: 260, week: 52, month: 12, year: 1 };

export interface PostedPay {
  /** ISO 4217 code. */
  currency: string;
  /** The period the posting states (or, failing that, the only one its amounts can mean). */
  period: PayPeriod;
  /** Amounts as stated, per period; one side is absent for "From …" and "Up to …". */
  min?: number;
  max?: number;
  /** The same amounts per year, rounded; a one-sided figure fills both ends. */
  annualMin: number;
  annualMax: number;
}

const MAX_PAY_TEXT = 300;

/** Currency symbols and the ISO code each means; "$" depends on what letters precede it. */
const CURRENCY_SYMBOLS: Record<string, string> = { '£': 'GBP', '€': 'EUR', '₹': 'INR', '$': '$' };
const DOLLAR_PREFIXES: Record<string, string> = { a: 'AUD', au: 'AUD', c: 'CAD', ca: 'CAD', nz: 'NZD', us: 'USD', s: 'SGD', hk: 'HKD' };
const CURRENCY_CODES: Record<string, string> = {
  usd: 'USD', aud: 'AUD', cad: 'CAD', nzd: 'NZD', gbp: 'GBP', eur: 'EUR', inr: 'INR', rs: 'INR', sgd: 'SGD', hkd: 'HKD',
};

const PERIOD_WORDS: Record<string, PayPeriod> = {
  hour: 'hour', hours: 'hour', hourly: 'hour', hr: 'hour', hrs: 'hour', ph: 'hour',
  day: 'day', days: 'day', daily: 'day',
  week: 'week', weeks: 'week', weekly: 'week', wk: 'week', pw: 'week',
  month: 'month', months: 'month', monthly: 'month', mo: 'month', pcm: 'month', monat: 'month',
  year: 'year', years: 'year', yearly: 'year', yr: 'year', annum: 'year', annual: 'year',
  annually: 'year', pa: 'year', jahr: 'year', ctc: 'year', lpa: 'year',
};

const FROM_WORDS = new Set(['from', 'starting', 'minimum', 'min', 'least']);
const UP_TO_WORDS = new Set(['up', 'upto', 'maximum', 'max']);

/** Multipliers written after a number: 80K, 1.2M, 12 lakh, 1.5 crore, 25 LPA. */
const SCALE_WORDS: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, lakh: 1e5, lakhs: 1e5, lac: 1e5, l: 1e5, lpa: 1e5, cr: 1e7, crore: 1e7 };

const isDigit = (code: number) => code >= 48 && code <= 57;
/** Lower-case Latin letters, accented ones included ("€55.000 pro Jahr"); not dashes or symbols. */
const isLetter = (code: number) => (code >= 97 && code <= 122) || (code >= 0xdf && code <= 0x24f && code !== 0xf7);

/** "130,000.00", "55.000", "25,00,000", "22,50", "22.38" → number, reading the separators. */
function readAmount(raw: string): number {
  const lastComma = raw.lastIndexOf(',');
  const lastDot = raw.lastIndexOf('.');
  let decimal = -1;
  if (lastComma >= 0 && lastDot >= 0) decimal = Math.max(lastComma, lastDot);
  else if (lastDot >= 0 && raw.length - lastDot - 1 !== 3) decimal = lastDot; // "22.38"; "55.000" groups
  else if (lastComma >= 0 && raw.length - lastComma - 1 <= 2 && raw.indexOf(',') === lastComma) decimal = lastComma; // "22,50"
  let digits = '';
  for (let i = 0; i < raw.length; i++) {
    if (i === decimal) digits += '.';
    else if (isDigit(raw.charCodeAt(i))) digits += raw[i];
  }
  return Number(digits);
}

interface Scan {
  currency?: string;
  first?: number;
  second?: number;
  words: string[];
}

/** Words after which later numbers are extras, not pay: "+ super", "plus bonus", "401k". */
const EXTRAS_WORDS = new Set(['plus', 'bonus', 'benefits', 'super', 'superannuation', 'equity', 'commission', 'ote', 'k']);
/** What may join the two ends of a range. */
const RANGE_WORDS = new Set(['to', 'bis', 'and']);

function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && isLetter(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}

function wordAfter(text: string, start: number): string {
  let end = start;
  while (end < text.length && isLetter(text.charCodeAt(end))) end++;
  return text.slice(start, end);
}

/** The currency written right before (or right after) a number, if any: "$", "A$", "£", "USD 100", "130000 AUD". */
function currencyAround(text: string, start: number, end: number, dollarCurrency: string): string | undefined {
  let before = start;
  if (text[before - 1] === ' ') before--;
  const symbol = CURRENCY_SYMBOLS[text[before - 1] ?? ''];
  if (symbol === '$') return DOLLAR_PREFIXES[wordBefore(text, before - 1)] ?? dollarCurrency;
  if (symbol) return symbol;
  if (text[before - 1] === '.') before--; // "Rs. 50,000"
  const codeBefore = CURRENCY_CODES[wordBefore(text, before)];
  if (codeBefore) return codeBefore;
  return CURRENCY_CODES[wordAfter(text, text[end] === ' ' ? end + 1 : end)];
}

/**
 * One pass over lower-case pay text: the first amount that has a currency beside it, the
 * second end of its range (after "-", "–", "to"), and the words (for period and "from"/"up to").
 */
function scan(text: string, dollarCurrency: string): Scan {
  const result: Scan = { words: [] };
  const length = text.length;
  let joinedToFirst = false;
  let extras = false;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (isDigit(code)) {
      let end = i;
      while (end < length) {
        const next = text.charCodeAt(end);
        const separatorBeforeDigit = (next === 44 || next === 46) && isDigit(text.charCodeAt(end + 1));
        if (!isDigit(next) && !separatorBeforeDigit) break;
        end++;
      }
      const numberEnd = end;
      let amount = readAmount(text.slice(i, end));
      // A scale word right after the number, with at most one space: "80K", "12 lakh".
      const scaleWordStart = text.charCodeAt(end) === 32 ? end + 1 : end;
      const scaleWord = wordAfter(text, scaleWordStart);
      const scale = SCALE_WORDS[scaleWord];
      if (scale !== undefined) {
        amount *= scale;
        end = scaleWordStart + scaleWord.length;
      }
      const isPercent = text.charCodeAt(end) === 37;
      if (!extras && !isPercent) {
        if (result.first === undefined) {
          const currency = currencyAround(text, i, numberEnd, dollarCurrency);
          if (currency) {
            result.currency = currency;
            result.first = amount;
          }
        } else if (result.second === undefined && joinedToFirst) {
          result.second = amount;
        }
      }
      joinedToFirst = false;
      i = end;
    } else if (isLetter(code)) {
      const word = wordAfter(text, i);
      result.words.push(word);
      if (result.first !== undefined && RANGE_WORDS.has(word)) joinedToFirst = true;
      if (result.first !== undefined && EXTRAS_WORDS.has(word)) extras = true;
      i += word.length;
    } else {
      // "-", "–", "—", "~" join a range; "+" starts the extras.
      if (result.first !== undefined && (code === 45 || code === 0x2013 || code === 0x2014 || code === 126)) joinedToFirst = true;
      if (result.first !== undefined && code === 43) extras = true;
      i++;
    }
  }
  return result;
}

/** The period a posting's amounts must mean when it names none: salaries are large, wages small. */
function impliedPeriod(largest: number): PayPeriod | undefined {
  if (largest >= 10_000) return 'year';
  if (largest < 500) return 'hour';
  return undefined;
}

/**
 * Parses a posting's pay text. `dollarCurrency` says what a bare "$" means on the page's board
 * (AUD on au.indeed.com). Returns null for anything without an amount, a currency, and a period
 * it can state with confidence.
 */
export function parsePostedPay(text: string, dollarCurrency = 'USD'): PostedPay | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  const lower = text.slice(0, MAX_PAY_TEXT).toLowerCase();
  const { currency, first: stated, second, words } = scan(lower, dollarCurrency);
  if (currency === undefined || stated === undefined) return null;

  let first = stated;
  // "$80-100K": the scale written once applies to both ends.
  if (second !== undefined && second >= 1000 && first < 1000 && second / first >= 100) first *= second >= 1e6 ? 1e6 : 1e3;

  const period = words.map((word) => PERIOD_WORDS[word]).find((found) => found !== undefined) ?? impliedPeriod(Math.max(first, second ?? 0));
  if (!period) return null;

  let min: number | undefined = first;
  let max: number | undefined = second ?? first;
  if (second === undefined) {
    if (words.some((word) => FROM_WORDS.has(word))) max = undefined;
    else if (words.some((word) => UP_TO_WORDS.has(word))) min = undefined;
  }
  if (min !== undefined && max !== undefined && min > max) return null;

  const perYear = PERIODS_PER_YEAR[period];
  const annualMin = Math.round((min ?? max!) * perYear);
  const annualMax = Math.round((max ?? min!) * perYear);
  if (!Number.isFinite(annualMax) || annualMin < 1000 || annualMax > 1e9) return null;
  return { currency, period, min, max, annualMin, annualMax };
}

/** The `data-posting-pay` contract: "130000-160000 AUD/year". */
export function postingPayAttribute(pay: PostedPay): string {
  return `${pay.annualMin}-${pay.annualMax} ${pay.currency}/year`;
}

/** What a bare "$" means on a board's country site. */
export function dollarCurrencyForHost(hostname: string): string {
  const country = hostname.toLowerCase().split('.')[0];
  const byCountry: Record<string, string> = { au: 'AUD', ca: 'CAD', nz: 'NZD', sg: 'SGD', hk: 'HKD' };
  if (country && byCountry[country]) return byCountry[country];
  if (hostname.endsWith('.com.au')) return 'AUD';
  if (hostname.endsWith('.ca')) return 'CAD';
  return 'USD';
}

const STRUCTURED_UNITS: Record<string, PayPeriod> = { HOUR: 'hour', DAY: 'day', WEEK: 'week', MONTH: 'month', YEAR: 'year' };

/** JSON-LD baseSalary as a yearly range (schema.org's unitText defaults to a year). */
export function payFromStructured(structured: StructuredPay): PostedPay | null {
  const period = STRUCTURED_UNITS[structured.unit ?? 'YEAR'];
  const low = structured.min ?? structured.max;
  const high = structured.max ?? structured.min;
  if (!period || low === undefined || high === undefined || low > high) return null;
  const perYear = PERIODS_PER_YEAR[period];
  return {
    currency: structured.currency,
    period,
    min: structured.min,
    max: structured.max,
    annualMin: Math.round(low * perYear),
    annualMax: Math.round(high * perYear),
  };
}

/**
 * The posting's pay: its visible text first (what the user reads), then its JSON-LD. A bare "$"
 * means the JSON-LD's currency when it has one, else the board country's (AUD on au.indeed.com).
 */
export function readPostingPay(posting: Posting, hostname: string): PostedPay | null {
  const dollarCurrency = posting.structuredPay?.currency ?? dollarCurrencyForHost(hostname);
  const fromText = posting.salaryText ? parsePostedPay(posting.salaryText, dollarCurrency) : null;
  return fromText ?? (posting.structuredPay ? payFromStructured(posting.structuredPay) : null);
}

/** Whether unparsed text still reads as pay ("Competitive: $DOE" yes, "Fixed term contract" no). */
export function looksLikePay(text: string): boolean {
  for (let i = 0; i < Math.min(text.length, MAX_PAY_TEXT); i++) {
    const code = text.charCodeAt(i);
    if (isDigit(code) || CURRENCY_SYMBOLS[text[i]!] !== undefined) return true;
  }
  return /salary|pay|competitive|wage|compensation/i.test(text.slice(0, MAX_PAY_TEXT));
}
