// The rules on stating pay in job adverts (data/pay-transparency.json), validated, and what one
// posting's place, date and pay make of them: a dated, sourced fact for the panel, never legal
// advice and never a guess. A place the table does not list gets no statement at all; "not
// required" is only ever said where the table records it. Pure: no DOM, no network.
import { z } from 'zod/mini';

import rawPayTransparency from '../../data/pay-transparency.json';
import type { PostedPay } from '../pay/parse';
import type { PostingPlace } from '../place/place';

// ---------------------------------------------------------------------------------------------
// Schema. Types come from here (z.infer), never from a second copy.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** A real calendar day, month or year written the ISO way: "2023-09-17", "2026-06", "2025". */
function isIsoDate(text: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  if (Number(month) < 1 || Number(month) > 12) return false;
  if (day === undefined) return true;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
}

/** A date as precise as its source: a day, or a month or year when that is all the source gives. */
const isoDate = z.string().check(z.refine(isIsoDate, 'must be an ISO date: YYYY-MM-DD, or YYYY-MM or YYYY when the source gives no day'));
const countryCode = z.string().check(z.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'));
const subdivisionCode = z.string().check(z.regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'must be an ISO 3166-2 code like "US-NY"'));
const text = z.string().check(z.minLength(1));

export const citationSchema = z.strictObject({
  title: z.string().check(z.minLength(3)),
  url: z.url(),
  /** law: the legal text itself (on whatever host); government: an official agency page or release; secondary: anything else. */
  kind: z.enum(['law', 'government', 'secondary']),
  /** When the stored copy was read. */
  read: isoDate,
  /** The source's own date, when it shows one. */
  published: z.optional(isoDate),
});

const citySchema = z.strictObject({
  name: text,
  /** Location words that place a posting in the city ("brooklyn", "new york, ny"), matched as whole words. */
  words: z.array(text).check(z.minLength(1)),
  /** Longer names that contain a city word but are another place ("cleveland heights"). */
  exceptWords: z.optional(z.array(text)),
});

const jurisdictionSchema = z.strictObject({
  country: countryCode,
  subdivision: z.optional(subdivisionCode),
  city: z.optional(citySchema),
});

/** Annual money amount in a currency ("CAD 50,000 a year"). */
const yearlyAmountSchema = z.strictObject({
  amount: z.number().check(z.positive()),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
  per: z.literal('year'),
});

export const employerSizeSchema = z.discriminatedUnion('scope', [
  z.strictObject({
    scope: z.literal('all'),
    /** "all employers". */
    wording: text,
    /** Verbatim from the stored excerpt: the words that set the scope. */
    quote: text,
  }),
  z.strictObject({
    scope: z.literal('min'),
    /** The rule covers employers with at least this many employees. */
    count: z.number().check(z.int(), z.minimum(1)),
    /** What follows "employers with": "15 or more employees", "at least one employee in Colorado". */
    wording: text,
    /** Verbatim from the stored excerpt: the words that set the threshold. */
    quote: text,
  }),
]);

export const requirementSchema = z.strictObject({
  /** range: a minimum and a maximum; pay-or-range: one amount or a range; minimum: the lowest pay; base-pay: the base pay offered. */
  pay: z.enum(['range', 'pay-or-range', 'minimum', 'base-pay']),
  /** The range must be the employer's honest ("good faith") expectation. */
  goodFaith: z.boolean(),
  /** One amount may stand for a range (or a range whose ends are equal). Absent: the sources read do not say. */
  fixedAmountAllowed: z.optional(z.boolean()),
  /** "From $20 an hour" or "up to $60,000" may stand for a range. Absent: the sources read do not say. */
  openEndedAllowed: z.optional(z.boolean()),
  /** The widest range allowed (Ontario). */
  maxWidth: z.optional(yearlyAmountSchema),
  /** The rule does not apply above this pay (Ontario). */
  exemptAbove: z.optional(yearlyAmountSchema),
  /** Other things the advert must state, in words. */
  alsoRequired: z.optional(z.array(text)),
});

const rowBase = {
  /** Lower-case, unique; also names the stored excerpt tests/fixtures/sources/pay-transparency/<id>.txt. */
  id: z.string().check(z.regex(/^[a-z]{2}(-[a-z0-9]+)*$/)),
  /** The place as a sentence names it: "New York State", "the United Kingdom". */
  name: text,
  jurisdiction: jurisdictionSchema,
  /** For a rule, the day it took effect; for "no rule", the day the source says so. */
  effective: isoDate,
  /** The day from which the row no longer applies (repealed, superseded, or unconfirmed after it). */
  ends: z.optional(isoDate),
  citation: citationSchema,
  alsoSee: z.optional(z.array(citationSchema)),
  /** What could not be confirmed at a primary source, and anything else a reader must know. */
  note: z.optional(text),
};

export const ruleRowSchema = z.strictObject({
  ...rowBase,
  kind: z.literal('rule'),
  /** When enforcement starts, if later than the rule (Columbus). */
  enforcedFrom: z.optional(isoDate),
  employerSize: employerSizeSchema,
  requires: requirementSchema,
  /** Where the pay must be given: in the advert itself, or to applicants at some later point. */
  where: z.enum(['advert', 'before-interview', 'after-interview', 'before-employment', 'on-request']),
  /** For a rule not about the advert: when applicants get the pay, in words ("before the interview"). */
  timing: z.optional(text),
});

export const noRuleRowSchema = z.strictObject({
  ...rowBase,
  kind: z.literal('no-rule'),
});

export const payTransparencyRowSchema = z.discriminatedUnion('kind', [ruleRowSchema, noRuleRowSchema]);

export const payTransparencyTableSchema = z.strictObject({
  about: text,
  /** When the table as a whole was last checked. */
  checked: isoDate,
  rules: z.array(payTransparencyRowSchema),
});

export type PayTransparencyCitation = z.infer<typeof citationSchema>;
export type PayTransparencyRule = z.infer<typeof ruleRowSchema>;
export type PayTransparencyNoRule = z.infer<typeof noRuleRowSchema>;
export type PayTransparencyRow = z.infer<typeof payTransparencyRowSchema>;
export type PayTransparencyTable = z.infer<typeof payTransparencyTableSchema>;

export class PayTransparencyDataError extends Error {
  override name = 'PayTransparencyDataError';
}

/** What the schema alone cannot see: unique ids, dates in order, the fields one kind of row needs. */
function rowProblems(row: PayTransparencyRow): string[] {
  const problems: string[] = [];
  const { country, subdivision, city } = row.jurisdiction;
  if (subdivision !== undefined && !subdivision.startsWith(`${country}-`)) problems.push(`subdivision ${subdivision} is not in ${country}`);
  if (city !== undefined && subdivision === undefined) problems.push('a city needs its subdivision');
  if (row.ends !== undefined && judgedFrom(row.ends) <= judgedFrom(row.effective)) problems.push('ends on or before it takes effect');
  if (row.kind === 'rule') {
    if ((row.where === 'advert') !== (row.timing === undefined)) problems.push('needs a timing exactly when the pay is not due in the advert');
    if (row.enforcedFrom !== undefined && judgedFrom(row.enforcedFrom) < judgedFrom(row.effective)) problems.push('is enforced before it takes effect');
    const { maxWidth, exemptAbove } = row.requires;
    if (maxWidth && exemptAbove && maxWidth.currency !== exemptAbove.currency) problems.push('width limit and exemption are in different currencies');
  }
  return problems;
}

/** An issue in words: zod/mini carries no messages of its own beyond "Invalid input". */
function issueText(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown field ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    default:
      return issue.message;
  }
}

/** Parses untrusted JSON into the table, or throws a PayTransparencyDataError naming every problem. */
export function parsePayTransparency(raw: unknown): PayTransparencyTable {
  const result = payTransparencyTableSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(table)'}: ${issueText(issue)}`);
    throw new PayTransparencyDataError(`data/pay-transparency.json is malformed:\n${problems.join('\n')}`);
  }
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const row of result.data.rules) {
    if (ids.has(row.id)) problems.push(`${row.id}: id is not unique`);
    ids.add(row.id);
    for (const problem of rowProblems(row)) problems.push(`${row.id}: ${problem}`);
  }
  if (problems.length > 0) throw new PayTransparencyDataError(`data/pay-transparency.json is inconsistent:\n${problems.join('\n')}`);
  return result.data;
}

/**
 * The bundled table, as shipped: validated at build time (lib/build/pay-transparency.ts) and by
 * the tests, never re-parsed in the page.
 */
export const PAY_TRANSPARENCY = rawPayTransparency as unknown as PayTransparencyTable;

// ---------------------------------------------------------------------------------------------
// Applying the table to one posting.

export type PayTransparencyStatus = 'required-missing' | 'required-stated' | 'not-required' | 'unknown';

export interface PayTransparencyInput {
  place: PostingPlace;
  /** The posting's location words, for rules that belong to a city. */
  location?: string;
  /** ISO date the posting was published; today when absent. */
  postingDate?: string;
  /** Whether the posting states any pay at all. */
  payStated: boolean;
  /** The pay it states, when it could be read. */
  pay?: PostedPay;
  /** The employer's headcount, when known (it usually is not). */
  employerSize?: number;
}

export interface PayTransparencyFact {
  status: PayTransparencyStatus;
  /** The row applied: the most specific one in effect on the posting's date. */
  rule?: PayTransparencyRow;
  /** The words shown; empty for a place the table does not list. */
  sentence: string;
}

/**
 * The first day on which a date has certainly arrived: the day itself, or the last day of a month
 * or year given without a day. A rule given as "2025" is only applied from 31 Dec 2025, so nothing
 * is ever said about a posting the rule might not yet have covered.
 */
export function judgedFrom(date: string): string {
  if (date.length === 10) return date;
  const [year, month] = date.split('-').map(Number) as [number, number | undefined];
  if (month === undefined) return `${year}-12-31`;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${date}-${String(lastDay).padStart(2, '0')}`;
}

/** "17 Sep 2023", "Jun 2026" or "2025": as precise as the table is. */
export function formatRuleDate(date: string): string {
  const [year, month, day] = date.split('-');
  if (month === undefined) return year!;
  const name = MONTHS[Number(month) - 1]!.slice(0, 3);
  return day === undefined ? `${name} ${year}` : `${Number(day)} ${name} ${year}`;
}

/** Lower-case letters and digits, one space between words: "New York, NY 10001" → "new york ny 10001". */
function normalizeWords(words: string): string {
  return words.toLowerCase().normalize('NFC').split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ');
}

function hasPhrase(normalizedLocation: string, phrase: string): boolean {
  const wanted = normalizeWords(phrase);
  return wanted !== '' && ` ${normalizedLocation} `.includes(` ${wanted} `);
}

/** Whether a city row's location words name the posting's location (and no excepted longer name does). */
function inCity(city: NonNullable<PayTransparencyRow['jurisdiction']['city']>, location: string | undefined): boolean {
  if (!location) return false;
  let normalized = normalizeWords(location.slice(0, 300));
  for (const except of city.exceptWords ?? []) {
    const wanted = normalizeWords(except);
    normalized = ` ${normalized} `.replaceAll(` ${wanted} `, ' ').trim();
  }
  return city.words.some((word) => hasPhrase(normalized, word));
}

/** How specific a row is for this place (city 3, subdivision 2, country 1), or 0 when it does not cover it. */
function specificity(row: PayTransparencyRow, place: PostingPlace, location: string | undefined): number {
  const { country, subdivision, city } = row.jurisdiction;
  if (place.country !== country) return 0;
  if (subdivision !== undefined && place.subdivision !== subdivision) return 0;
  if (city !== undefined) return inCity(city, location) ? 3 : 0;
  return subdivision !== undefined ? 2 : 1;
}

function inEffect(row: PayTransparencyRow, date: string): boolean {
  return judgedFrom(row.effective) <= date && (row.ends === undefined || date < judgedFrom(row.ends));
}

/**
 * The row that judges a posting: of the rows covering its place and in effect on its date, the most
 * specific (a city over its state over its country), then the latest to take effect.
 */
export function ruleFor(place: PostingPlace, location: string | undefined, date: string, rows: readonly PayTransparencyRow[] = PAY_TRANSPARENCY.rules): PayTransparencyRow | undefined {
  let best: { row: PayTransparencyRow; score: number } | undefined;
  for (const row of rows) {
    const score = specificity(row, place, location);
    if (score === 0 || !inEffect(row, date)) continue;
    if (!best || score > best.score || (score === best.score && judgedFrom(row.effective) > judgedFrom(best.row.effective))) best = { row, score };
  }
  return best?.row;
}

/** Today as an ISO date in the user's time zone. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function capitalized(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function possessive(name: string): string {
  const bare = name.replace(/^the /, '');
  return bare.endsWith('s') ? `${bare}'` : `${bare}'s`;
}

function money(amount: { amount: number; currency: string }): string {
  return `${new Intl.NumberFormat('en', { style: 'currency', currency: amount.currency, currencyDisplay: 'narrowSymbol', maximumFractionDigits: 0 }).format(amount.amount)} a year`;
}

/** "employers with 15 or more employees", or "all employers". */
function whoMust(rule: PayTransparencyRule): string {
  return rule.employerSize.scope === 'all' ? rule.employerSize.wording : `employers with ${rule.employerSize.wording}`;
}

/** "a good-faith pay range", "the pay or a pay range", "the minimum pay" … */
function whatMust(rule: PayTransparencyRule): string {
  const range = rule.requires.goodFaith ? 'a good-faith pay range' : 'a pay range';
  switch (rule.requires.pay) {
    case 'range':
      return range;
    case 'pay-or-range':
      return `the pay or ${range}`;
    case 'minimum':
      return 'the minimum pay';
    case 'base-pay':
      return 'the base pay offered';
  }
}

/** "(since 17 Sep 2023)", "(since 3 Dec 2025; enforced from 1 Jan 2027)". */
function since(rule: PayTransparencyRule): string {
  const enforced = rule.enforcedFrom === undefined ? '' : `; enforced from ${formatRuleDate(rule.enforcedFrom)}`;
  return `(since ${formatRuleDate(rule.effective)}${enforced})`;
}

/** The rule in one sentence, as the table records it. */
export function describeRule(rule: PayTransparencyRule): string {
  const { maxWidth, exemptAbove } = rule.requires;
  if (rule.where !== 'advert') {
    return `${capitalized(rule.name)} requires ${whoMust(rule)} to give applicants ${whatMust(rule)} ${rule.timing} ${since(rule)}; the advert itself need not state it.`;
  }
  const width = maxWidth ? ` no wider than ${money(maxWidth)}` : '';
  const exemption = exemptAbove ? `, unless the pay is above ${money(exemptAbove)}` : '';
  return `${capitalized(rule.name)} requires ${whoMust(rule)} to state ${whatMust(rule)}${width} in job adverts${exemption} ${since(rule)}.`;
}

/** The top of a yearly pay, in the rule's currency, when the posting states one per year. */
function yearlyTop(pay: PostedPay | undefined, currency: string): number | undefined {
  if (!pay || pay.period !== 'year' || pay.currency !== currency) return undefined;
  return pay.max ?? pay.min;
}

/** What a stated pay adds: above the exemption, wider than the limit, or open at one end where the rule forbids it. */
function statedPayRemarks(rule: PayTransparencyRule, pay: PostedPay | undefined): { exempt: boolean; remarks: string[] } {
  const { maxWidth, exemptAbove, openEndedAllowed } = rule.requires;
  if (exemptAbove) {
    const top = yearlyTop(pay, exemptAbove.currency);
    if (top !== undefined && top > exemptAbove.amount) return { exempt: true, remarks: [`Its pay is above ${money(exemptAbove)}, where the rule does not apply.`] };
  }
  const remarks: string[] = [];
  // Widths are judged only on pay stated per year in the rule's own currency: converting an hourly
  // or monthly range into a yearly one would assume hours the posting does not give.
  if (maxWidth && pay?.period === 'year' && pay.currency === maxWidth.currency && pay.min !== undefined && pay.max !== undefined && pay.max - pay.min > maxWidth.amount) {
    remarks.push(`This range is wider than ${possessive(rule.name)} limit of ${money(maxWidth)}.`);
  }
  if (openEndedAllowed === false && pay && (pay.min === undefined) !== (pay.max === undefined)) {
    remarks.push(`It gives only one end of a range, which ${possessive(rule.name)} rule does not accept.`);
  }
  return { exempt: false, remarks };
}

/** The fact for a posting under an advert rule. */
function advertFact(rule: PayTransparencyRule, input: PayTransparencyInput): PayTransparencyFact {
  const described = describeRule(rule);
  const size = rule.employerSize;
  if (size.scope === 'min' && input.employerSize !== undefined && input.employerSize < size.count) {
    return { status: 'not-required', rule, sentence: `${described} With ${input.employerSize} employees, this employer has fewer than that.` };
  }
  if (input.payStated) {
    const { exempt, remarks } = statedPayRemarks(rule, input.pay);
    return { status: exempt ? 'not-required' : 'required-stated', rule, sentence: [described, 'This posting states pay.', ...remarks].join(' ') };
  }
  const caveat = size.scope === 'min' && input.employerSize === undefined ? ` The rule applies if the employer has ${size.wording}.` : '';
  return { status: 'required-missing', rule, sentence: `${described} This posting states none.${caveat}` };
}

/**
 * What the table says about one posting: whether its place requires pay in the advert on the
 * posting's date, and a sentence saying so with the rule's date and, where the employer's size is
 * unknown, the size the rule depends on. 'unknown' (and no words) for places the table does not list.
 */
export function payTransparencyFact(input: PayTransparencyInput, rows: readonly PayTransparencyRow[] = PAY_TRANSPARENCY.rules): PayTransparencyFact {
  const date = input.postingDate ?? today();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isIsoDate(date)) return { status: 'unknown', sentence: '' };
  const rule = ruleFor(input.place, input.location, date, rows);
  if (!rule) return { status: 'unknown', sentence: '' };
  if (rule.kind === 'no-rule') {
    return { status: 'not-required', rule, sentence: `${capitalized(rule.name)} has no law requiring pay in job adverts (as of ${formatRuleDate(rule.effective)}).` };
  }
  if (rule.where !== 'advert') return { status: 'not-required', rule, sentence: describeRule(rule) };
  return advertFact(rule, input);
}
