// Which currency a sign, a code or a word names, and what a shared sign ("$", "¥", "kr", "Rs")
// means where it was seen. Only currency knowledge lives here; the reading is in parse.ts.

/**
 * What a currency sign or word names: an ISO 4217 code ("GBP"), or a sign several currencies share
 * ("$", "¥", "kr", "rs") that the text or the page's country decides.
 */
export type CurrencyMark = string;

const EURO_COUNTRIES = 'AT BE CY DE EE ES FI FR GR HR IE IT LT LU LV MT NL PT SI SK';

/** ISO 3166 alpha-2 country → the currency its postings state bare amounts in. */
const COUNTRY_CURRENCIES: Record<string, string> = {
  ...Object.fromEntries(EURO_COUNTRIES.split(' ').map((country) => [country, 'EUR'])),
  US: 'USD', CA: 'CAD', AU: 'AUD', NZ: 'NZD', SG: 'SGD', HK: 'HKD', GB: 'GBP', IN: 'INR', MY: 'MYR',
  ID: 'IDR', PH: 'PHP', ZA: 'ZAR', BR: 'BRL', MX: 'MXN', CH: 'CHF', LI: 'CHF', SE: 'SEK', NO: 'NOK',
  DK: 'DKK', IS: 'ISK', PL: 'PLN', CZ: 'CZK', HU: 'HUF', RO: 'RON', JP: 'JPY', CN: 'CNY', KR: 'KRW',
  TW: 'TWD', TH: 'THB', VN: 'VND', AE: 'AED', SA: 'SAR', QA: 'QAR', IL: 'ILS', TR: 'TRY', NG: 'NGN',
  KE: 'KES', EG: 'EGP', PK: 'PKR', LK: 'LKR', NP: 'NPR', BD: 'BDT', AR: 'ARS', CL: 'CLP', CO: 'COP',
  PE: 'PEN', UA: 'UAH', RU: 'RUB',
};

/** ISO 3166-1 alpha-2 country → ISO 4217 currency, for bare amounts; undefined when not in the table. */
export function currencyOfCountry(country: string): string | undefined {
  return COUNTRY_CURRENCIES[country.toUpperCase()];
}

/** ISO codes read when written out ("USD 173,029.00", "45,000 - 55,000 USD"). */
const ISO_CODES = new Set(Object.values(COUNTRY_CURRENCIES));

/** Signs that are a token of their own. */
const SIGNS: Record<string, CurrencyMark> = {
  $: '$', '£': 'GBP', '€': 'EUR', '₹': 'INR', '¥': '¥', '₱': 'PHP', '₩': 'KRW', '₪': 'ILS', '₺': 'TRY',
  '₫': 'VND', '฿': 'THB', '₦': 'NGN', '₽': 'RUB', '₴': 'UAH',
};

/** Words (lower case) that name a currency, besides the ISO codes. */
const CURRENCY_WORDS: Record<string, CurrencyMark> = {
  rmb: 'CNY', yuan: 'CNY', 元: 'CNY', yen: 'JPY', 円: 'JPY', euro: 'EUR', euros: 'EUR', rs: 'rs', rupees: 'rs',
  rm: 'MYR', rp: 'IDR', zł: 'PLN', kč: 'CZK', lei: 'RON', ksh: 'KES', 원: 'KRW', kr: 'kr', dollars: '$', pounds: 'GBP',
};

/** Letters written straight before "$": "A$", "CA$", "NZ$", "S$", "HK$", "R$", "MX$". */
const DOLLAR_PREFIXES: Record<string, string> = {
  us: 'USD', usd: 'USD', a: 'AUD', au: 'AUD', aud: 'AUD', c: 'CAD', ca: 'CAD', cad: 'CAD', nz: 'NZD',
  nzd: 'NZD', s: 'SGD', sg: 'SGD', sgd: 'SGD', hk: 'HKD', hkd: 'HKD', r: 'BRL', mx: 'MXN', mxn: 'MXN', nt: 'TWD',
};

/** The currencies a shared sign may mean, and the one it means when nothing else says. */
const SHARED_SIGNS: Record<string, { currencies: readonly string[]; otherwise?: string }> = {
  $: { currencies: ['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'MXN', 'ARS', 'CLP', 'COP', 'TWD'], otherwise: 'USD' },
  // "¥" is the yen and the yuan: only the page's country says which.
  '¥': { currencies: ['JPY', 'CNY'] },
  kr: { currencies: ['SEK', 'NOK', 'DKK', 'ISK'] },
  // A spaced lone "R" ("R 25 000") is the rand on South African pages, and nothing elsewhere.
  r: { currencies: ['ZAR'] },
  rs: { currencies: ['INR', 'PKR', 'LKR', 'NPR'], otherwise: 'INR' },
};

/** The currency a sign token names. */
export const currencyOfSign = (sign: string): CurrencyMark | undefined => SIGNS[sign];

/** The currency a word names: an ISO code ("usd", "php") or a name ("euros", "rm", "rp", "kr"). */
export function currencyOfWord(word: string): CurrencyMark | undefined {
  const code = word.toUpperCase();
  return ISO_CODES.has(code) ? code : CURRENCY_WORDS[word];
}

/** The dollar that letters glued before "$" name ("ca" in "CA$"), if they name one. */
export const dollarOfPrefix = (letters: string): string | undefined => DOLLAR_PREFIXES[letters];

export const isIsoCode = (mark: CurrencyMark): boolean => ISO_CODES.has(mark);

/** Where the text was seen, as the parser's callers describe it. */
export interface CurrencyContext {
  country?: string;
  currency?: string;
}

/**
 * The ISO code a mark means: itself when it is one; for a shared sign, a code of that sign written
 * anywhere in the text ("$127,400 - $191,200 CAD"), then the page's JSON-LD currency, then the
 * country's, then the sign's usual meaning; undefined when nothing decides ("¥" with no country).
 */
export function resolveCurrency(mark: CurrencyMark, codesInText: readonly string[], context: CurrencyContext): string | undefined {
  const shared = SHARED_SIGNS[mark];
  if (!shared) return mark;
  const fits = (code: string | undefined) => code !== undefined && shared.currencies.includes(code);
  const countryCurrency = context.country ? currencyOfCountry(context.country) : undefined;
  return (
    codesInText.find(fits) ??
    (fits(context.currency) ? context.currency : undefined) ??
    (fits(countryCurrency) ? countryCurrency : undefined) ??
    shared.otherwise
  );
}

/** The currency a bare amount ("31,988 - 33,672") is in: a code written anywhere, else the page's. */
export function currencyOfBareAmount(codesInText: readonly string[], context: CurrencyContext): string | undefined {
  return codesInText[0] ?? context.currency ?? (context.country ? currencyOfCountry(context.country) : undefined);
}

/**
 * How postings in each currency state pay, for amounts written with no period: rough units per US
 * dollar, and whether salaries are stated yearly and wages hourly ("y"), or pay monthly ("m"), or
 * monthly in places where monthly pay runs high ("M": Singapore, Hong Kong, the Gulf, the Nordics).
 */
const CONVENTIONS: Record<string, [unitsPerUsd: number, stated: 'y' | 'm' | 'M']> = {
  USD: [1, 'y'], CAD: [1.35, 'y'], AUD: [1.5, 'y'], NZD: [1.65, 'y'], GBP: [0.8, 'y'], EUR: [0.92, 'y'], CHF: [0.9, 'y'],
  JPY: [150, 'y'], KRW: [1350, 'y'], SGD: [1.35, 'M'], HKD: [7.8, 'M'], AED: [3.67, 'M'], SAR: [3.75, 'M'], QAR: [3.64, 'M'],
  ILS: [3.7, 'M'], SEK: [10.5, 'M'], NOK: [10.7, 'M'], DKK: [6.9, 'M'], ISK: [138, 'M'], INR: [83, 'm'], MYR: [4.7, 'm'],
  IDR: [15700, 'm'], PHP: [56, 'm'], ZAR: [18.5, 'm'], BRL: [5, 'm'], MXN: [17, 'm'], PLN: [4, 'm'], CZK: [23, 'm'],
  HUF: [360, 'm'], RON: [4.6, 'm'], CNY: [7.2, 'm'], TWD: [32, 'm'], THB: [36, 'm'], VND: [25000, 'm'], TRY: [32, 'm'],
  NGN: [1500, 'm'], KES: [130, 'm'], EGP: [48, 'm'], PKR: [280, 'm'], LKR: [300, 'm'], NPR: [133, 'm'], BDT: [110, 'm'],
  ARS: [900, 'm'], CLP: [930, 'm'], COP: [3900, 'm'], PEN: [3.7, 'm'], UAH: [40, 'm'], RUB: [92, 'm'],
};

/** An amount in a currency as rough US dollars, with how that currency's postings state pay. */
export interface PayConvention {
  usd: number;
  stated: 'y' | 'm' | 'M';
}

export function payConvention(currency: string, amount: number): PayConvention | undefined {
  const convention = CONVENTIONS[currency];
  return convention && { usd: amount / convention[0], stated: convention[1] };
}
