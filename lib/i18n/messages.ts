// The UI's words in the browser's language and its numbers in the browser's locale. The words are
// the browser's own i18n (public/_locales/<lang>/messages.json: en, de, fr, es; the browser picks
// the language and falls back to English), so no script carries a translation table. What the
// sources wrote (role titles, duties, notes) stays in their words, and so, for now, do the
// pay-transparency statements built from the rules table's English wording.
import { browser } from 'wxt/browser';

export type MessageName = keyof typeof import('../../public/_locales/en/messages.json');

/** One substitution per placeholder, in the order the English file's placeholders number them. */
export function t(name: MessageName, ...substitutions: (string | number)[]): string {
  try {
    const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
    // A substitution ending a sentence with its own abbreviation point ("EE. UU.") needs no second one.
    return getMessage(name, substitutions.map(String)).replace(/(?<=\p{L})\.\.(?!\.)/gu, '.') || name;
  } catch {
    return name; // no i18n here (a page outside the extension): the name says what was meant
  }
}

let cachedLocale: string | undefined;

/** The browser's UI locale, for numbers and money ("en-US", "de-DE", "en-IN"). */
export function uiLocale(): string {
  if (cachedLocale) return cachedLocale;
  let locale = 'en-US';
  try {
    const asked = browser.i18n.getUILanguage();
    if (Intl.NumberFormat.supportedLocalesOf([asked]).length > 0) locale = asked;
  } catch {
    // no i18n: English
  }
  return (cachedLocale = locale);
}

/** Forgets the cached locale and language (tests switch languages). */
export function forgetUiLocale(): void {
  cachedLocale = undefined;
  cachedTextLanguage = undefined;
}

let cachedTextLanguage: string | undefined;

/**
 * The language the UI's words are in ("de"; "en" where the browser's language has no
 * translation): for the pages' and the panel's `lang`, plural and ordinal rules, and the names of
 * countries written among those words.
 */
export function uiTextLanguage(): string {
  if (cachedTextLanguage) return cachedTextLanguage;
  const named = t('messagesLocale');
  // Without the browser's i18n, t() gives back the message's name: no language to trust.
  const language = /^[a-z]{2,3}$/.test(named) && Intl.PluralRules.supportedLocalesOf([named]).length > 0 ? named : 'en';
  return (cachedTextLanguage = language);
}

type PluralMessage = 'years' | 'yearsAtLeast' | 'yearsUpTo';
type OrdinalCategory = 'one' | 'two' | 'few' | 'other';

/** "1 year", "5 years", "up to 1 year", "1 an", "2 ans": the words that go with a count, in the UI's language. */
export function plural(name: PluralMessage, count: number): string {
  const category = new Intl.PluralRules(uiTextLanguage()).select(count) === 'one' ? 'one' : 'other';
  return t(`${name}_${category}`, formatNumber(count));
}

/** "10th", "10.", "10e", "10.º": an ordinal in the messages' language. */
export function ordinal(n: number): string {
  const category = new Intl.PluralRules(uiTextLanguage(), { type: 'ordinal' }).select(n);
  const known: readonly OrdinalCategory[] = ['one', 'two', 'few'];
  return t(`ordinal_${known.includes(category as OrdinalCategory) ? (category as OrdinalCategory) : 'other'}`, n);
}

/** One region-name formatter per language and style: every figure tag asks for one. */
const regionNames = new Map<string, Intl.DisplayNames>();

/**
 * "India", "United States" ("Indien", "Vereinigte Staaten" …): a country's name in the UI's
 * language; `short`: "US", "UK" ("USA", "R.-U." …), as figure tags name them.
 */
export function countryName(country: string, style: 'long' | 'short' = 'long'): string {
  try {
    const key = `${uiTextLanguage()} ${style}`;
    let names = regionNames.get(key);
    if (!names) regionNames.set(key, (names = new Intl.DisplayNames(uiTextLanguage(), { type: 'region', style })));
    return names.of(country) ?? country;
  } catch {
    return country; // not a region code Intl knows
  }
}

/** A plain number in the browser's locale: "2,080", "2.080", "2 080". */
export function formatNumber(value: number): string {
  return value.toLocaleString(uiLocale(), { maximumFractionDigits: 1 });
}
