// Reads the pay a posting states ("$95,000 - $120,000 a year", "£12.50 an hour", "₹25,00,000")
// and normalises it to a yearly range in the posting's currency. A linear scan, no regular
// expression that can backtrack; anything it cannot read with confidence is null, never a guess.
import type { StructuredPay } from '../boards/jsonld';
import type { Posting } from '../boards/types';

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
const DOLLAR_PREFIXES: Record<string, string> = {
  a: 'AUD', au: 'AUD', aud: 'AUD', c: 'CAD', ca: 'CAD', cad: 'CAD', nz: 'NZD', nzd: 'NZD', us: 'USD', usd: 'USD',
  s: 'SGD', sgd: 'SGD', hk: 'HKD',
};
const CURRENCY_CODES: Record<string, string> = {
  usd: 'USD', aud: 'AUD', cad: 'CAD', nzd: 'NZD', gbp: 'GBP', eur: 'EUR', euro: 'EUR', euros: 'EUR', inr: 'INR',
  rs: 'INR', sgd: 'SGD', hkd: 'HKD', php: 'PHP', cny: 'CNY', rmb: 'CNY',
};

const PERIOD_WORDS: Record<string, PayPeriod> = {
  hour: 'hour', hours: 'hour', hourly: 'hour', hr: 'hour', hrs: 'hour', ph: 'hour',
  day: 'day', days: 'day', daily: 'day', pd: 'day',
  week: 'week', weeks: 'week', weekly: 'week', wk: 'week', pw: 'week',
  month: 'month', months: 'month', monthly: 'month', mo: 'month', pcm: 'month', pm: 'month', monat: 'month',
  year: 'year', years: 'year', yearly: 'year', yr: 'year', annum: 'year', annual: 'year',
  annually: 'year', pa: 'year', jahr: 'year', ctc: 'year', lpa: 'year',
};

const FROM_WORDS = new Set(['from', 'starting', 'beginning', 'minimum', 'min', 'least']);
const UP_TO_WORDS = new Set(['up', 'upto', 'maximum', 'max']);

/** Multipliers written after a number: 80K, 1.2M, 12 lakh, 1.5 crore, 25 LPA. */
const SCALE_WORDS: Record<string, number> = {
  k: 1e3, m: 1e6, mn: 1e6, lakh: 1e5, lakhs: 1e5, lac: 1e5, lacs: 1e5, l: 1e5, lpa: 1e5, cr: 1e7, crore: 1e7,
};

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
  /** Whether the first amount carried its own scale word ("80K"). */
  firstScaled: boolean;
  second?: number;
  /** The scale word the second amount carried, to apply to an unscaled first ("$80-100K"). */
  secondScale: number;
  /** Any currency the text names away from the amounts ("3,00,000 – 6,50,000 P.A. INR"). */
  namedCurrency?: string;
  /** Indian digit grouping (25,00,000) seen: rupees even where no symbol is written. */
  lakhGrouping: boolean;
  words: string[];
}

/** Words after which later numbers are extras, not pay: "+ super", "plus bonus", "401k". */
const EXTRAS_WORDS = new Set(['plus', 'bonus', 'benefits', 'super', 'superannuation', 'equity', 'commission', 'ote', 'k']);
/** What may join the two ends of a range. */
const RANGE_WORDS = new Set(['to', 'bis', 'and', 'e', 'et', 'y']);

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

/** The currency written right before (or right after) a number, if any: "$", "A$", "£", "USD 100", "200€". */
function currencyAround(text: string, start: number, end: number, dollarCurrency: string): string | undefined {
  let before = start;
  if (text[before - 1] === ' ') before--;
  const symbol = CURRENCY_SYMBOLS[text[before - 1] ?? ''];
  if (symbol === '$') {
    // "R$" or "MX$" are dollars we don't know: no currency rather than a wrong one.
    const prefix = wordBefore(text, before - 1);
    return prefix === '' ? dollarCurrency : DOLLAR_PREFIXES[prefix];
  }
  if (symbol) return symbol;
  if (text[before - 1] === '.') before--; // "Rs. 50,000"
  const codeBefore = CURRENCY_CODES[wordBefore(text, before)];
  if (codeBefore) return codeBefore;
  const after = text[end] === ' ' ? end + 1 : end;
  const symbolAfter = CURRENCY_SYMBOLS[text[after] ?? ''];
  if (symbolAfter && symbolAfter !== '$') return symbolAfter;
  return CURRENCY_CODES[wordAfter(text, after)];
}

/** "25,00,000": a comma after two digits of a thousands group, as Indian numbers write lakhs. */
function hasLakhGrouping(raw: string): boolean {
  const firstComma = raw.indexOf(',');
  const secondComma = raw.indexOf(',', firstComma + 1);
  return firstComma >= 0 && secondComma - firstComma === 3;
}

/**
 * One pass over lower-case pay text: the first amount that has a currency beside it, the
 * second end of its range (after "-", "–", "to"), and the words (for period and "from"/"up to").
 */
function scan(text: string, dollarCurrency: string): Scan {
  const result: Scan = { words: [], firstScaled: false, secondScale: 1, lakhGrouping: false };
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
      const raw = text.slice(i, end);
      let amount = readAmount(raw);
      // A scale word right after the number, with at most one space: "80K", "12 lakh".
      const scaleWordStart = text.charCodeAt(end) === 32 ? end + 1 : end;
      const scaleWord = wordAfter(text, scaleWordStart);
      const scale = SCALE_WORDS[scaleWord] ?? 1;
      if (scale !== 1) {
        amount *= scale;
        end = scaleWordStart + scaleWord.length;
      }
      const isPercent = text.charCodeAt(end) === 37;
      if (!extras && !isPercent) {
        if (hasLakhGrouping(raw)) result.lakhGrouping = true;
        if (result.first === undefined) {
          const currency = currencyAround(text, i, numberEnd, dollarCurrency);
          if (currency) {
            result.currency = currency;
            result.first = amount;
            result.firstScaled = scale !== 1;
          }
        } else if (result.second === undefined && joinedToFirst) {
          result.second = amount;
          result.secondScale = scale;
        }
      }
      joinedToFirst = false;
      i = end;
    } else if (isLetter(code)) {
      const word = wordAfter(text, i);
      result.words.push(word);
      result.namedCurrency ??= CURRENCY_CODES[word];
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

/** The period the words name; "p.a.", "p.d." arrive as single letters and are joined. */
function periodNamed(words: string[]): PayPeriod | undefined {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const joined = word.length === 1 && words[i + 1]?.length === 1 ? word + words[i + 1] : word;
    const period = PERIOD_WORDS[joined] ?? PERIOD_WORDS[word];
    if (period) return period;
  }
  return undefined;
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
  let scanned = scan(lower, dollarCurrency);
  // No currency beside any amount: one named elsewhere, or lakh grouping, still says which.
  if (scanned.first === undefined) {
    const currency = scanned.namedCurrency ?? (scanned.lakhGrouping ? 'INR' : undefined);
    if (!currency) return null;
    scanned = scan(lower.replace(/^[^\d]*/, `${currency.toLowerCase()} `), dollarCurrency);
  }
  const { currency, first: stated, second, secondScale, firstScaled, words } = scanned;
  if (currency === undefined || stated === undefined) return null;

  // "$80-100K", "Rs 2.5 – 3 LPA": a scale written once applies to both ends.
  const first = !firstScaled && stated * secondScale <= (second ?? 0) ? stated * secondScale : stated;

  const period = periodNamed(words) ?? impliedPeriod(Math.max(first, second ?? 0));
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
  if (!Number.isFinite(annualMax) || annualMax < 1000 || annualMax > 1e9) return null;
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
