// The period a pay amount is stated per, read from the words bound to it ("$60/hr", "per annum",
// "pro Monat", "p.a."), or, when none is written, the only period its size can mean.
import { currencyOfWord, payConvention } from './currencies';
import { isIdeographWord, type Token } from './tokens';

export type PayPeriod = 'hour' | 'day' | 'week' | 'biweek' | 'semimonth' | 'month' | 'year';

/** Payments of each period in a working year: hourly pay × 2,080 is stated in the UI. */
export const PAYMENTS_PER_YEAR: Record<PayPeriod, number> = {
  hour: 2080, day: 260, week: 52, biweek: 26, semimonth: 24, month: 12, year: 1,
};

/** A period, or "unclear" for words that name two ("bi-monthly": twice a month or every two months). */
export type PeriodReading = PayPeriod | 'unclear';

function byPeriod(lists: Partial<Record<PeriodReading, string>>): Map<string, PeriodReading> {
  const words = new Map<string, PeriodReading>();
  for (const [period, list] of Object.entries(lists) as [PeriodReading, string][]) {
    for (const word of list.split(' ')) words.set(word, period);
  }
  return words;
}

/** Nouns that name a period after a connector: "per hour", "/yr", "pro Monat", "par an", "al mes". */
const PERIOD_NOUNS = byPeriod({
  hour: 'hour hr hrs h std stunde heure hora uur ora timme tim godz godzinę godzina jam',
  day: 'day d diem tag jour día dia dag giorno dzień hari',
  week: 'week wk w woche semaine semana settimana vecka uge uke tydzień minggu',
  biweek: 'fortnight',
  month: 'month mo mth mnth m monat mois mes mês maand mese månad månaden mån måned md mies miesiąc bulan',
  year: 'year yr y a annum jahr an année ano año jaar anno år året rok tahun',
});

/** Nouns so short they only name a period after a slash ("/h", "€/a"), never after "a" or "per". */
const SLASH_ONLY_NOUNS = new Set(['h', 'd', 'w', 'm', 'y', 'a']);

/** Words that name a period on their own: "hourly", "p.a.", "monatlich", "brut annuel", and the characters of "時給", "月給", "年収", "/月". */
const PERIOD_WORDS = byPeriod({
  hour: 'hourly ph stündlich stundenlohn stundensatz 時 时',
  day: 'daily pd täglich tagessatz journalier tjm diario 日 天',
  week: 'weekly pw wöchentlich hebdomadaire semanal settimanale 週 周',
  biweek: 'biweekly fortnightly',
  semimonth: 'semimonthly',
  month:
    'monthly pm pcm mtl monatlich monatsgehalt monatsbrutto bruttomonatsgehalt mensuel mensuelle mensuels mensual ' +
    'mensuales mensal mensais mensile mensili maandelijks miesięcznie sebulan bulanan 月',
  year:
    'yearly annually annual pa ctc jährlich jahresgehalt jahresbrutto bruttojahresgehalt annuel annuelle annuels ' +
    'anual anuales anuais annuo annua annui annuali ral jaarlijks årlig årslön rocznie setahun tahunan 年',
  unclear: 'bimonthly',
});

/** The period a word names on its own ("hourly", "pa", "monatlich"), if it names one. */
export const periodOfWord = (word: string): PeriodReading | undefined => PERIOD_WORDS.get(word);

/** Words that lead to a period noun: "per", "p/hr", "a(n)", "pro", "par", "por", "al", "all'", "i", "za" … */
const CONNECTORS = new Set(['per', 'p', 'a', 'an', 'pro', 'par', 'por', 'al', 'ao', 'au', 'im', 'i', 'pr', 'à', 'na', 'za', 'each', 'every', 'all', 'la', 'el', 'le']);

/** Words that may stand between an amount and its period: "€3.500 brutto pro Monat", "$60,000 USD salary per year". */
const FILLERS = new Set([
  'gross', 'brutto', 'bruto', 'brut', 'brutos', 'bruta', 'lordo', 'lordi', 'lorda', 'net', 'nett', 'netto', 'neto',
  'base', 'basic', 'salary', 'salario', 'salaire', 'gehalt', 'pay', 'wage', 'rate', 'total', 'package', 'only', 'approx',
]);

/** Marks that may stand between an amount and its period ("/-" in "Rs 25,000/- PM"). */
const PASSABLE_MARKS = new Set([',', '.', ':', '(', ')', '[', ']', "'", '*', '/-']);

export interface PeriodMatch {
  period: PeriodReading;
  /** Index of the token after the words that named it. */
  next: number;
}

/** "every two weeks", "every other week", "twice a month", "twice monthly": read from "every"/"twice" at `at`. */
function spelledOutPeriod(tokens: readonly Token[], at: number): PeriodMatch | undefined {
  const word = tokens[at]?.text;
  const second = tokens[at + 1]?.text;
  const third = tokens[at + 2]?.text;
  if (word === 'every' && (second === 'two' || second === '2' || second === 'other') && (third === 'weeks' || third === 'week')) {
    return { period: 'biweek', next: at + 3 };
  }
  if (word === 'twice' && second === 'monthly') return { period: 'semimonth', next: at + 2 };
  if (word === 'twice' && (second === 'a' || second === 'per') && third === 'month') return { period: 'semimonth', next: at + 3 };
  return undefined;
}

/**
 * The period named right after an amount (from token `at`): "an hour", "/yr", "p.a.", "per annum,",
 * "€/Jahr", "brutto pro Monat", "RMB/一个月". It stops at the first word that is none of these, so a
 * period further on ("37.5 hours a week" after a number that is not pay) is never borrowed.
 */
export function periodAfter(tokens: readonly Token[], at: number): PeriodMatch | undefined {
  let afterSlash = false;
  let afterConnector = false;
  for (let i = at; i < tokens.length && i < at + 8; i++) {
    const token = tokens[i]!;
    const { text } = token;
    if (token.kind === 'sign') continue; // "55.000 € /Jahr"
    if (token.kind === 'number') return undefined;
    if (token.kind === 'mark') {
      if (text === '/') afterSlash = true;
      // A "+" glued to the amount is "or more" ("1500+ weekly"); a spaced one starts the extras.
      else if (!PASSABLE_MARKS.has(text) && !(text === '+' && !token.spaced && i === at)) return undefined;
      continue;
    }
    const spelledOut = spelledOutPeriod(tokens, i);
    if (spelledOut) return spelledOut;
    const noun = PERIOD_NOUNS.get(text);
    if (noun && (afterSlash || (afterConnector && !SLASH_ONLY_NOUNS.has(text)))) return { period: noun, next: i + 1 };
    const word = PERIOD_WORDS.get(text);
    if (word) return { period: word, next: i + 1 };
    if (CONNECTORS.has(text)) afterConnector = true;
    else if (!FILLERS.has(text) && !isIdeographWord(token) && !currencyOfWord(text)) return undefined; // "6000 EUR/month"
  }
  return undefined;
}

/** Marks that end the words that may describe an amount before it. */
const CLAUSE_ENDS = new Set([',', ';', '|', '·', '•', '+', '&']);

/**
 * A period named before the amount that starts at token `at`: "Annual salary: $X", "an annual salary
 * of $X", "Hourly rate $X", "年収 500万円", "Salary per annum: £X". Only within the same clause, and
 * only words that name a rate: "37.5 hours a week, £30,000" does not make £30,000 weekly.
 */
export function periodBefore(tokens: readonly Token[], at: number): PeriodReading | undefined {
  let words = 0;
  for (let i = at - 1; i >= 0 && words < 4; i--) {
    const token = tokens[i]!;
    if (token.kind === 'number' || CLAUSE_ENDS.has(token.text)) return undefined;
    if (token.kind !== 'word') continue;
    words++;
    const named = PERIOD_WORDS.get(token.text);
    if (named) return named;
    // "Salary per annum: £X", "Rate per hour: £X": a labelled rate, the label ending in a colon.
    const noun = PERIOD_NOUNS.get(token.text);
    const connector = tokens[i - 1]?.text;
    if (noun && tokens[i + 1]?.text === ':' && (connector === 'per' || connector === '/') && !SLASH_ONLY_NOUNS.has(token.text)) return noun;
  }
  return undefined;
}

/** Words after a count of payments a year: "14 mal jährlich", "13 salaries", "14 pagas", "14 mensilità", "14薪". */
const PAYMENT_COUNT_WORDS = new Set([
  'mal', 'salaries', 'salarios', 'salários', 'pagas', 'payments', 'paychecks', 'gehälter', 'monatsgehälter', 'monatsgehalt',
  'mensualités', 'mensualidades', 'mensilità', 'sueldos', '薪',
]);

/**
 * A stated number of monthly payments a year, if the text states one: "14 mal jährlich", "13
 * salaries", "13. Monatsgehalt", "13th month pay". Counts outside 1–20 are not payment counts.
 */
export function statedPaymentCount(tokens: readonly Token[]): number | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'number' || token.text.length > 2) continue;
    const count = Number(token.text);
    if (count < 1 || count > 20) continue;
    let next = i + 1;
    const ordinal = tokens[next];
    if (ordinal && !ordinal.spaced && (ordinal.text === 'th' || ordinal.text === '.')) next++;
    if (tokens[next]?.text === '-') next++;
    const word = tokens[next]?.text ?? '';
    if (PAYMENT_COUNT_WORDS.has(word) || (next > i + 1 && (word === 'month' || word === 'monthly'))) return count;
  }
  return undefined;
}

/** Indian postings state monthly pay below a lakh and a yearly CTC from a lakh up. */
const LAKH = 100_000;

/** Rough US dollar bounds: monthly pay up to the first, yearly pay from the second, none between. */
const MONTHLY_BOUNDS = { m: [4000, 12_000], M: [12_000, 24_000] } as const;

/** The period one amount's size alone implies in its currency, if it implies one. */
function periodBySize(currency: string, amount: number): PayPeriod | undefined {
  const convention = payConvention(currency, amount);
  if (!convention) return undefined;
  const { usd, stated } = convention;
  if (stated === 'y') return usd >= 10_000 ? 'year' : usd >= 5 && usd < 150 ? 'hour' : undefined;
  const [monthlyUpTo, yearlyFrom] = MONTHLY_BOUNDS[stated];
  return usd >= yearlyFrom ? 'year' : usd >= 25 && usd < monthlyUpTo ? 'month' : undefined;
}

/**
 * The period a range with no period written must mean, or undefined when its size leaves a doubt.
 * Where postings state salaries yearly and wages hourly (USD, GBP, EUR …): yearly from about
 * US$10,000, hourly from US$5 to US$150. Where they state pay monthly (IDR, MYR, SGD …): monthly for
 * ordinary monthly sums, yearly for sums no one there is paid a month. Both ends must agree
 * ("$50 - $60,000" is no pay); a zero bottom says nothing.
 */
export function impliedPeriod(currency: string, low: number, high: number): PayPeriod | undefined {
  if (currency === 'INR') {
    // "₹25K - ₹35K" and "₹80K - ₹1L" are monthly, "₹3L - ₹4L" yearly; "₹50K - ₹6L" is neither.
    if (low >= LAKH) return 'year';
    return low >= 2000 && high < 5 * LAKH ? 'month' : undefined;
  }
  const period = periodBySize(currency, high);
  return low > 0 && periodBySize(currency, low) !== period ? undefined : period;
}
