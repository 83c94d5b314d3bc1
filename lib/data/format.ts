// Display formatting for money and figures, shared by the panel, popup, badges and summary. Every
// figure is said with what it is: region, basis and year beside the amount.
import { countryName, formatNumber, ordinal, plural, t, uiLocale, type MessageName } from '../i18n/messages';
import { figureYear, type FigureSources } from './figures';
import type { Region, Role, SalaryFigure } from './schema';

const compactFormatters = new Map<string, Intl.NumberFormat>();

/**
 * "$90K", "£60K", "₹2.5M", "A$71K", "NZ$85K", "SGD 5.5K" (in US English; "43.920 $" in German):
 * short enough for a bar label, in the browser's locale. The currency's own symbol (never the
 * narrow one, which prints every dollar as a bare "$").
 */
export function formatMoney(amount: number, currency: string): string {
  const locale = uiLocale();
  let formatter = compactFormatters.get(`${locale} ${currency}`);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      currencyDisplay: 'symbol',
      notation: 'compact',
      // One decimal of the unit ("$103.2K" stays apart from "$103K" in US English), or three
      // digits where that says more: "$1.03L" in Indian English, not "$1L".
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
      minimumSignificantDigits: 1,
      maximumSignificantDigits: 3,
      roundingPriority: 'morePrecision',
    });
    compactFormatters.set(`${locale} ${currency}`, formatter);
  }
  return formatter.format(amount);
}

export function formatRange(min: number, max: number, currency: string): string {
  return min === max ? formatMoney(min, currency) : `${formatMoney(min, currency)}–${formatMoney(max, currency)}`;
}

/** The amount as the figure's statistic says it: "$44K–$103K", "average £60K", "over $120K", "up to $201K". */
export function figureAmount(figure: SalaryFigure): string {
  const money = (amount: number | undefined) => formatMoney(amount ?? 0, figure.currency);
  switch (figure.statistic) {
    case 'range':
      return formatRange(figure.min ?? 0, figure.max ?? 0, figure.currency);
    case 'average':
      return t('figureAverage', money(figure.value));
    case 'median':
      return t('figureMedian', money(figure.value));
    case 'percentile':
      return t('figurePercentile', ordinal(figure.percentiles?.[0] ?? 50), money(figure.value));
    case 'floor':
      return t('figureFloor', money(figure.value));
    case 'ceiling':
      return t('figureCeiling', money(figure.value));
    case 'point':
      return t('figurePoint', money(figure.value));
  }
}

/** "US", "UK", "India" ("USA", "Indien" in German): a country in the UI's language; a city or area as the data names it. */
export function regionLabel(regionId: string, regions: readonly Region[]): string {
  const region = regions.find(({ id }) => id === regionId);
  if (!region) return regionId;
  return region.locationWords.length === 0 ? countryName(region.country, 'short') : region.shortLabel;
}

/** "US base · 2024": where, what kind of pay, and when, for any figure. */
export function figureTag(figure: Pick<SalaryFigure, 'region' | 'basis' | 'year' | 'sourceId'>, regions: readonly Region[], sources: FigureSources): string {
  const where = regionLabel(figure.region, regions);
  return t('figureTag', where, t(figure.basis === 'base' ? 'basisBase' : 'basisTotal'), figureYear(figure, sources));
}

/** "US base · 2024 · $44K–$103K": the form every surface shows a figure in. */
export function labelledFigure(figure: SalaryFigure, regions: readonly Region[], sources: FigureSources): string {
  return `${figureTag(figure, regions, sources)} · ${figureAmount(figure)}`;
}

/** What the figure covers beyond its amount: "10th–90th percentile", "entry level", "proxy: …". */
export function figureQualifiers(figure: SalaryFigure): string[] {
  const qualifiers: string[] = [];
  const [low, high] = figure.percentiles ?? [];
  if (figure.statistic === 'range' && low !== undefined && high !== undefined) qualifiers.push(t('qualifierPercentiles', ordinal(low), ordinal(high)));
  if (figure.population) qualifiers.push(figure.population);
  if (figure.basis === 'total') qualifiers.push(t('qualifierTotal'));
  if (figure.proxy) qualifiers.push(t('qualifierProxy'));
  if (figure.usdEquivalent !== undefined && figure.currency !== 'USD') qualifiers.push(t('qualifierConversion', formatMoney(figure.usdEquivalent, 'USD')));
  return qualifiers;
}

/** "8–12 years", "10+ years", or undefined when the source gives no number. */
export function formatYears(experience: Role['experience']): string | undefined {
  const { minYears, maxYears } = experience;
  if (minYears === undefined) return undefined;
  return maxYears === undefined ? plural('yearsAtLeast', minYears) : t('yearsRange', formatNumber(minYears), formatNumber(maxYears));
}

/** "$60K–$75K a year", "£12.3 an hour": an amount with the period it is paid for. */
export function perPeriod(amount: string, period: 'hour' | 'day' | 'week' | 'biweek' | 'semimonth' | 'month' | 'year'): string {
  return t(PERIOD_MESSAGES[period], amount);
}

const PERIOD_MESSAGES: Record<Parameters<typeof perPeriod>[1], MessageName> = {
  hour: 'perHour',
  day: 'perDay',
  week: 'perWeek',
  biweek: 'perBiweek',
  semimonth: 'perSemimonth',
  month: 'perMonth',
  year: 'perYear',
};

/** "$60K–$75K", "from $60K", "up to $75K": a range that may be open at one end. */
export function formatOpenRange(min: number | undefined, max: number | undefined, currency: string): string {
  if (min !== undefined && max !== undefined) return formatRange(min, max, currency);
  return min !== undefined ? t('amountFrom', formatMoney(min, currency)) : t('amountUpTo', formatMoney(max ?? 0, currency));
}
