// Reads the pay a posting states ("$95,000 - $120,000 a year", "£12.50 an hour", "₹3L - ₹4L",
// "42.000€ - 71.000€/Jahr") and states it per year in the posting's currency. The text is cut to a
// few hundred characters, split into tokens in one linear pass, and read as a careful person
// would: the first amount with a currency (or, with none anywhere, the first amount that looks
// like money) and the range it opens; the period bound to it; the extras beside it. Anything it
// cannot read with confidence is null, never a guess.
import type { StructuredPay } from '../boards/jsonld';
import type { Posting } from '../boards/types';
import {
  currencyOfBareAmount,
  currencyOfSign,
  currencyOfWord,
  dollarOfPrefix,
  isIsoCode,
  resolveCurrency,
  type CurrencyMark,
} from './currencies';
import {
  impliedPeriod,
  PAYMENTS_PER_YEAR,
  periodAfter,
  periodBefore,
  periodOfWord,
  statedPaymentCount,
  type PayPeriod,
  type PeriodReading,
} from './periods';
import { estimateIn, extrasIn, isExtraAmount, namesExtra } from './extras';
import { CURRENCY_SIGNS, isIdeographWord, readNumber, tokenize, type Token } from './tokens';

export type { PayPeriod } from './periods';
export { currencyOfCountry } from './currencies';

/** Where the text was seen: decides what a bare "$" and a bare amount (no currency at all) mean. */
export interface PayContext {
  /** ISO 3166-1 alpha-2 country of the board site ("IN" on in.indeed.com, "GB" on totaljobs.com), when known. */
  country?: string;
  /** ISO 4217 currency the page's own structured data (JSON-LD) gives, when it has one: wins over the country for a bare "$". */
  currency?: string;
}

export interface PostedPay {
  /** ISO 4217 code. */
  currency: string;
  /** The period the amounts are stated per. */
  period: PayPeriod;
  /** Payments of `period` in a year: 2080 for hours, 260 days, 52 weeks, 26 bi-weekly, 24 semi-monthly, 12 months (or a stated number: "14 mal jährlich" → 14), 1 for a year. */
  paymentsPerYear: number;
  /** Amounts as stated, per period; one side absent for "From …" / "Up to …" (and "£0 - £80000", a zero bottom, is "up to"). */
  min?: number;
  max?: number;
  /** The same per year, rounded to whole units; an absent side is an open end. At least one is present. A single amount ("$19 an hour") fills both. */
  annualMin?: number;
  annualMax?: number;
  /** Set when the figure is an estimate rather than the employer's stated pay: 'board' for the job board's own estimate ("Estimated $62.9K - $79.7K a year" on Indeed, "(Glassdoor Est.)", StepStone's "(geschätzt für Vollzeit)"), 'employer' for "(Employer Est.)". */
  estimate?: 'board' | 'employer';
  /** Extras named beside the pay, noted and never added to it, lower-case and short: "super", "bonus", "commission", "ote", "equity", "benefits", "holiday pay" …, in the order they appear; [] when none. */
  extras: string[];
}

/** Pay is stated in the first few hundred characters; the rest of a huge text is never read. */
const MAX_PAY_TEXT = 400;
/** Yearly amounts outside these bounds are not pay (a zero bottom, a misread id). */
const LEAST_ANNUAL = 1000;
const MOST_ANNUAL = 1e12;

/** Multipliers written after a number: "80K", "1.2M", "12 lakh", "3L", "1.5 crore", "R$5 mil", "Rp 5 jt", "500万". */
const MULTIPLIERS: Record<string, number> = {
  k: 1e3, t: 1e3, thousand: 1e3, tsd: 1e3, mil: 1e3, rb: 1e3, ribu: 1e3, 千: 1e3, 万: 1e4, 萬: 1e4, 만: 1e4,
  l: 1e5, lakh: 1e5, lakhs: 1e5, lac: 1e5, lacs: 1e5, m: 1e6, mn: 1e6, mio: 1e6, million: 1e6, millions: 1e6,
  jt: 1e6, juta: 1e6, triệu: 1e6, cr: 1e7, crore: 1e7, crores: 1e7,
};
/** Multipliers that must touch the number: "3L", "1.5m", "60T€"; "5 m" is not five million. */
const GLUED_ONLY_MULTIPLIERS = new Set(['l', 'm', 't']);
/** Letters after a number that make it an ordinal, not an amount: "3rd", "13th". */
const ORDINALS = new Set(['st', 'nd', 'rd', 'th']);

/** Marks that join the two ends of a range; a wave dash after a lone amount is "and up" ("20万円〜"). */
const WAVE_DASHES = new Set(['~', '～', '〜']);
const RANGE_DASHES = new Set(['-', '–', '—', '‒', '―', '−', '‐', '‑', ...WAVE_DASHES]);
/** Words that join two ends anywhere: "£24,523 to £25,856", "40.000 bis 50.000", "de 40 000 à 50 000". */
const RANGE_WORDS = new Set(['to', 'bis', 'à', 'tot', 'till', 'until', 'through', 'hasta', 'até', 'au']);
/** Words that join two ends only after a "between"/"from", or before a currency ("between $X and $Y", "de X a Y", "R$ X a R$ Y"). */
const RANGE_WORDS_AFTER_OPENER = new Set(['and', 'und', 'et', 'e', 'y', 'a', 'en', 'och', 'og']);
const RANGE_OPENERS = new Set(['between', 'entre', 'zwischen', 'tra', 'tussen', 'mellan', 'de', 'da', 'desde', 'from', 'von', 'van', 'du']);

/** Words before a lone amount that leave its top open ("From $19 an hour") or its bottom ("Up to £12.40"). */
const FROM_WORDS = new Set(['from', 'starting', 'start', 'starts', 'beginning', 'begins', 'least', 'min', 'minimum', 'ab', 'partir', 'desde', 'vanaf', 'da', 'von', 'over', 'above']);
const UP_TO_WORDS = new Set(['upto', 'max', 'maximum', 'bis', 'jusqu', 'hasta', 'até', 'tot', 'fino']);

/** Words before a number that make it a reference, not an amount: "Ref: 12345", "Job ID 204512", "#4471". */
const REFERENCE_WORDS = new Set(['ref', 'reference', 'id', 'req', 'requisition', 'job', 'no', 'number', 'code', 'vacancy', 'posting', '#']);

/** "PHP" is also a programming language: only a code beside a number names the peso. */
const AMBIGUOUS_NAMED_CODES = new Set(['PHP']);

interface Amount {
  /** Tokens it spans, currency and multiplier included: [first, end). */
  first: number;
  end: number;
  /** The number as written times its multiplier. */
  value: number;
  /** The multiplier written with it (1 when none), handed to an unscaled low end: "$80 – 90k". */
  multiplier: number;
  currency?: CurrencyMark;
  /** A period glued into its multiplier: "25 LPA", "$100kpa". */
  period?: PeriodReading;
}

interface PayRange {
  low: Amount;
  high?: Amount;
  /** A period written right after the low end: "$60/hr - $70/hr". */
  lowPeriod?: PeriodReading;
  /** Index of the token after the range. */
  end: number;
}

/**
 * The one currency two marks name, null when they disagree: "$ USD" is USD, "A$ … $" is AUD, "£ … €" is
 * no pay at all. A shared sign gives way to a code it may stand for.
 */
function combineCurrencies(first: CurrencyMark | undefined, second: CurrencyMark | undefined): CurrencyMark | undefined | null {
  if (first === undefined || first === second) return second;
  if (second === undefined) return first;
  if (isIsoCode(first) && isIsoCode(second)) return null;
  if (isIsoCode(second)) return resolveCurrency(first, [second], {}) === second ? second : null;
  if (isIsoCode(first)) return resolveCurrency(second, [first], {}) === first ? first : null;
  return null;
}

/** The currency written right before the number at `at` ("$", "A$", "USD ", "Rs.", "R25 000"), and where it starts. */
function currencyBefore(tokens: readonly Token[], at: number): { mark: CurrencyMark; first: number } | undefined {
  let last = at - 1;
  if (tokens[last]?.text === '.' && tokens[last - 1]?.text === 'rs') last--; // "Rs. 50,000"
  const token = tokens[last];
  if (!token) return undefined;
  let mark: CurrencyMark | undefined;
  let first = last;
  if (token.kind === 'sign') {
    mark = currencyOfSign(token.text);
    const letters = tokens[last - 1];
    const dollar = token.text === '$' && letters?.kind === 'word' && !token.spaced ? dollarOfPrefix(letters.text) : undefined;
    if (dollar) {
      mark = dollar;
      first--;
    }
  } else if (token.kind === 'word') {
    // A lone "R" touching a number is the rand ("R25 000"); spaced ("R 25 000"), only where the page says so.
    mark = token.text === 'r' ? (tokens[at]!.spaced ? 'r' : 'ZAR') : currencyOfWord(token.text);
  }
  if (mark === undefined) return undefined;
  // "USD $60,000", "$ USD 2,500": a code and a sign together.
  const other = tokens[first - 1];
  const otherMark = other?.kind === 'sign' ? currencyOfSign(other.text) : other?.kind === 'word' ? currencyOfWord(other.text) : undefined;
  const both = otherMark === undefined ? undefined : combineCurrencies(otherMark, mark);
  if (both) return { mark: both, first: first - 1 };
  return { mark, first };
}

/** The currency written right after an amount ("55.000€", "45,000 USD", "4 000 kr"). */
function currencyAfter(tokens: readonly Token[], at: number): CurrencyMark | undefined {
  const token = tokens[at];
  if (token?.kind === 'sign') return currencyOfSign(token.text);
  return token?.kind === 'word' ? currencyOfWord(token.text) : undefined;
}

/** Whether the number at `at` is glued to letters before it, as in a name ("VPSG6", "W2") rather than an amount. */
function isPartOfName(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  return before !== undefined && before.kind === 'word' && !tokens[at]!.spaced && !isIdeographWord(before);
}

/** The amount whose number is tokens[at], with its currency and multiplier; undefined when it is no amount. */
function amountAt(tokens: readonly Token[], at: number): Amount | undefined {
  const written = tokens[at]!;
  const before = currencyBefore(tokens, at);
  if (!before && isPartOfName(tokens, at)) return undefined;
  let currency = before?.mark;
  let end = at + 1;
  let multiplier = 1;
  let period: PeriodReading | undefined;
  const next = tokens[end];
  if (next?.kind === 'word' && !currencyOfWord(next.text)) {
    const whole = MULTIPLIERS[next.text];
    const head = MULTIPLIERS[next.text[0]!];
    const rest = next.text.slice(1);
    const restCurrency = rest ? currencyOfWord(rest) : undefined;
    const restPeriod = rest ? periodOfWord(rest) : undefined;
    if (whole !== undefined && (!next.spaced || !GLUED_ONLY_MULTIPLIERS.has(next.text))) {
      multiplier = whole;
      end++;
    } else if (head !== undefined && (restCurrency || restPeriod)) {
      // "145kUSD", "25 LPA" (lakhs per annum), "$100kpa": a multiplier and a currency or period in one word.
      multiplier = head;
      period = restPeriod;
      const both = combineCurrencies(currency, restCurrency);
      if (both === null) return undefined;
      currency = both;
      end++;
    } else if (!next.spaced && ORDINALS.has(next.text)) {
      return undefined;
    }
  }
  const after = tokens[end];
  if (after && !after.spaced && (after.text === '%' || (after.text === '(' && tokens[end + 2]?.text === ')'))) return undefined; // "20%", "401(k)"
  if (written.text === '401' && multiplier === 1000 && !currency) return undefined; // the 401(k) plan, written "401k"
  const suffix = currencyAfter(tokens, end);
  if (suffix) {
    const both = combineCurrencies(currency, suffix);
    if (both === null) return undefined;
    currency = both;
    end++;
  }
  const value = readNumber(written.text) * multiplier;
  if (!Number.isFinite(value)) return undefined;
  return { first: before?.first ?? at, end, value, multiplier, currency, period };
}

/** Whether a "between"/"from" word stands just before the token at `at`. */
function opensRange(tokens: readonly Token[], at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 2; i--) {
    if (RANGE_OPENERS.has(tokens[i]!.text)) return true;
  }
  return false;
}

/** The index of the high end's number when a range joiner follows at `at` ("- $70", "to £25,856", "e CAD$120.000"). */
function highEndAfter(tokens: readonly Token[], at: number, opened: boolean): number | undefined {
  let i = at;
  const joiner = tokens[i];
  if (!joiner) return undefined;
  const next = tokens[i + 1];
  const currencyNext = next !== undefined && (next.kind === 'sign' || currencyOfWord(next.text) !== undefined || dollarOfPrefix(next.text) !== undefined);
  if (RANGE_DASHES.has(joiner.text) || RANGE_WORDS.has(joiner.text) || ((opened || currencyNext) && RANGE_WORDS_AFTER_OPENER.has(joiner.text))) i++;
  else return undefined;
  // Skip the high end's own currency ("$", "A$", "USD", "Rs."): amountAt reads it.
  for (let skipped = 0; skipped < 3 && tokens[i] && tokens[i]!.kind !== 'number'; skipped++, i++) {
    const token = tokens[i]!;
    const isCurrency = token.kind === 'sign' || token.text === '.' || currencyOfWord(token.text) || dollarOfPrefix(token.text) || token.text === 'r';
    if (!isCurrency) return undefined;
  }
  return tokens[i]?.kind === 'number' ? i : undefined;
}

/** The range that starts with the number at `at`: one amount, or two joined ("$60/hr - $70/hr"). */
function rangeAt(tokens: readonly Token[], at: number): PayRange | undefined {
  const low = amountAt(tokens, at);
  if (!low) return undefined;
  const lowPeriod = periodAfter(tokens, low.end);
  let joinerAt = lowPeriod?.next ?? low.end;
  if (tokens[joinerAt]?.text === '/-') joinerAt++; // "€ 50.000,- tot € 60.000,-"
  const highAt = highEndAfter(tokens, joinerAt, opensRange(tokens, low.first));
  const high = highAt === undefined ? undefined : amountAt(tokens, highAt);
  if (!high || isExtraAmount(tokens, high.first, high.end)) return { low, lowPeriod: lowPeriod?.period, end: low.end };
  return { low, high, lowPeriod: lowPeriod?.period, end: high.end };
}

/** Whether the number at `at` follows a reference word ("Ref: 12345", "Job ID 204512", "#4471"). */
function isReference(tokens: readonly Token[], at: number): boolean {
  let i = at - 1;
  if (tokens[i]?.text === ':' || tokens[i]?.text === '.') i--;
  return REFERENCE_WORDS.has(tokens[i]?.text ?? '');
}

/** "From …", "Up to …", "$100k+", "20万円〜": which end of a lone amount is open. */
function openEnd(tokens: readonly Token[], amount: Amount): 'top' | 'bottom' | undefined {
  const after = tokens[amount.end];
  if (after && WAVE_DASHES.has(after.text)) return 'top';
  if (after?.text === '+' && !after.spaced && !namesExtra(tokens[amount.end + 1]?.text ?? '')) return 'top'; // "$80,000+", not "$80k+bonus"
  for (let i = amount.first - 1, words = 0; i >= 0 && words < 3; i--) {
    const token = tokens[i]!;
    if (token.kind === 'mark' && (token.text === ':' || token.text === '.' || token.text === "'" || token.text === '(')) continue;
    if (token.kind !== 'word') return undefined;
    words++;
    if (FROM_WORDS.has(token.text)) return 'top';
    if (UP_TO_WORDS.has(token.text)) return 'bottom';
    // "Up to £12.40", and "To £55,000" as UK adverts write it.
    if (token.text === 'to' && (tokens[i - 1]?.text === 'up' || words === 1)) return 'bottom';
  }
  return undefined;
}

/** Codes written anywhere in the text, in order: they decide a shared "$" and a bare amount. */
function codesInText(tokens: readonly Token[]): string[] {
  const codes: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    const glued$ = next?.text === '$' && !next.spaced;
    const mark = token.kind === 'sign' ? currencyOfSign(token.text) : glued$ ? dollarOfPrefix(token.text) : currencyOfWord(token.text);
    if (mark && isIsoCode(mark) && !AMBIGUOUS_NAMED_CODES.has(mark)) codes.push(mark);
  }
  return codes;
}

/** A range as pay, or null when its currency, period or amounts leave a doubt. */
function readRange(tokens: readonly Token[], range: PayRange, codes: readonly string[], context: PayContext): PostedPay | null {
  const { low, high } = range;
  const mark = combineCurrencies(low.currency, high?.currency);
  if (mark === null) return null;
  const currency = mark === undefined ? currencyOfBareAmount(codes, context) : resolveCurrency(mark, codes, context);
  if (currency === undefined) return null;

  // "$80 – 90k", "2-2.5 Lacs": a multiplier written once applies to both ends, where that keeps them in order.
  const lowValue = high && low.multiplier === 1 && low.value * high.multiplier <= high.value ? low.value * high.multiplier : low.value;
  const highValue = high?.value;

  const highPeriod = high ? periodAfter(tokens, high.end)?.period : undefined;
  const stated = new Set([high?.period, highPeriod, range.lowPeriod, low.period].filter((period) => period !== undefined));
  if (stated.size > 1 || stated.has('unclear')) return null;
  // A bare amount ("31,988 - 33,672") must look like money, not a count or a reference: a multiplier or thousands.
  const largest = Math.max(lowValue, highValue ?? 0);
  if (mark === undefined && ((low.multiplier === 1 && (high?.multiplier ?? 1) === 1 && largest < 1000) || isReference(tokens, low.first))) return null;
  const period = [...stated][0] ?? periodBefore(tokens, low.first) ?? impliedPeriod(currency, lowValue, largest);
  if (period === undefined || period === 'unclear') return null;

  const count = period === 'month' ? statedPaymentCount(tokens) : undefined;
  const paymentsPerYear = count ?? PAYMENTS_PER_YEAR[period];
  const open = high ? undefined : openEnd(tokens, low);
  let min = open === 'bottom' ? undefined : lowValue;
  const max = highValue ?? (open === 'top' ? undefined : lowValue);
  if (min !== undefined && max !== undefined && min > max) return null;
  let annualMin = min === undefined ? undefined : Math.round(min * paymentsPerYear);
  const annualMax = max === undefined ? undefined : Math.round(max * paymentsPerYear);
  // A range from zero (or from a token $1) is "up to" its top; a lone amount that small is no pay.
  if (annualMin !== undefined && annualMin < LEAST_ANNUAL && high) min = annualMin = undefined;
  const ends = [annualMin, annualMax].filter((end) => end !== undefined);
  if (ends.length === 0 || ends.some((end) => end < LEAST_ANNUAL || end > MOST_ANNUAL)) return null;

  const pay: PostedPay = { currency, period, paymentsPerYear, min, max, annualMin, annualMax, extras: extrasIn(tokens) };
  const estimate = estimateIn(tokens);
  if (estimate) pay.estimate = estimate;
  return pay;
}

/** The text up to MAX_PAY_TEXT characters, not cutting a word or number in two. */
function leadingText(text: string): string {
  if (text.length <= MAX_PAY_TEXT) return text;
  let cut = MAX_PAY_TEXT;
  while (cut > MAX_PAY_TEXT - 40 && text[cut] !== ' ' && text[cut - 1] !== ' ') cut--;
  return text.slice(0, cut);
}

/**
 * Parses a posting's pay text. `context` says where it was seen: what a bare "$" means (AUD on
 * au.indeed.com) and what a bare amount is in. Returns null for anything without an amount, a
 * currency and a period it can state with confidence.
 */
export function parsePostedPay(text: string, context: PayContext = {}): PostedPay | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  // Only a well-formed ISO code from the page's JSON-LD can stand for a bare amount's currency.
  if (context.currency !== undefined && !/^[A-Z]{3}$/.test(context.currency)) context = { country: context.country };
  const tokens = tokenize(leadingText(text));
  const ranges: PayRange[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind !== 'number') continue;
    const range = rangeAt(tokens, i);
    if (!range) continue;
    if (!isExtraAmount(tokens, range.low.first, range.end)) ranges.push(range);
    i = range.end - 1;
  }
  // Amounts with a currency are the pay; bare amounts only when no amount anywhere has one.
  const withCurrency = ranges.filter((range) => range.low.currency !== undefined || range.high?.currency !== undefined);
  const codes = codesInText(tokens);
  const candidates = withCurrency.length > 0 ? withCurrency : ranges;
  for (let i = 0; i < candidates.length; i++) {
    const pay = readRange(tokens, candidates[i]!, codes, context);
    if (!pay) continue;
    const next = pay.annualMax === undefined ? candidates[i + 1] : undefined;
    return (next && closeTop(pay, readRange(tokens, next, codes, context))) ?? pay;
  }
  return null;
}

/** "The minimum salary is ₹3L and the max salary is ₹4L": a "from" amount closed by the "up to" amount after it. */
function closeTop(from: PostedPay, upTo: PostedPay | null): PostedPay | undefined {
  if (!upTo || upTo.annualMin !== undefined || upTo.max === undefined || from.min === undefined) return undefined;
  const alike = upTo.currency === from.currency && upTo.period === from.period && upTo.paymentsPerYear === from.paymentsPerYear;
  return alike && upTo.max >= from.min ? { ...from, max: upTo.max, annualMax: upTo.annualMax } : undefined;
}

/** The `data-posting-pay` contract: "130000-160000 AUD/year", open ends empty: "-120000 USD/year", "480000- INR/year". */
export function postingPayAttribute(pay: PostedPay): string {
  return `${pay.annualMin ?? ''}-${pay.annualMax ?? ''} ${pay.currency}/year`;
}

const STRUCTURED_UNITS: Record<string, PayPeriod> = { HOUR: 'hour', DAY: 'day', WEEK: 'week', MONTH: 'month', YEAR: 'year' };

/** schema.org JobPosting baseSalary (see lib/boards/jsonld.ts StructuredPay) as PostedPay; unitText defaults to YEAR. */
export function payFromStructured(structured: StructuredPay): PostedPay | null {
  const period = STRUCTURED_UNITS[(structured.unit ?? 'YEAR').toUpperCase()];
  const { min, max } = structured;
  if (!period || (min === undefined && max === undefined) || (min !== undefined && max !== undefined && min > max)) return null;
  const paymentsPerYear = PAYMENTS_PER_YEAR[period];
  return {
    currency: structured.currency,
    period,
    paymentsPerYear,
    min,
    max,
    annualMin: min === undefined ? undefined : Math.round(min * paymentsPerYear),
    annualMax: max === undefined ? undefined : Math.round(max * paymentsPerYear),
    extras: [],
  };
}

/**
 * The posting's pay: its visible text first (what the user reads), then its JSON-LD. A bare "$"
 * means the JSON-LD's currency when it has one, else the board country's (AUD on au.indeed.com).
 */
export function readPostingPay(posting: Posting, context: PayContext): PostedPay | null {
  const textContext = { ...context, currency: posting.structuredPay?.currency ?? context.currency };
  const fromText = posting.salaryText ? parsePostedPay(posting.salaryText, textContext) : null;
  return fromText ?? (posting.structuredPay ? payFromStructured(posting.structuredPay) : null);
}

/** Whether unparsed text still reads as pay ("Competitive: $DOE" yes, "Fixed term contract" no). */
export function looksLikePay(text: string): boolean {
  const start = text.slice(0, MAX_PAY_TEXT);
  for (const char of start) {
    if ((char >= '0' && char <= '9') || CURRENCY_SIGNS.includes(char)) return true;
  }
  return /salary|pay|competitive|wage|compensation/i.test(start);
}
