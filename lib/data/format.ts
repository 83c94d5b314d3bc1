// Display formatting for money and figures, shared by the panel, popup, badges and summary. Every
// figure is said with what it is: region, basis and year beside the amount.
import { figureYear, type FigureSources } from './figures';
import type { Region, Role, SalaryFigure } from './schema';

const compactFormatters = new Map<string, Intl.NumberFormat>();

/**
 * "$90K", "£60K", "₹2.5M", "A$71K", "NZ$85K", "SGD 5.5K": short enough for a bar label. The
 * currency's own symbol (never the narrow one, which prints every dollar as a bare "$").
 */
export function formatMoney(amount: number, currency: string): string {
  let formatter = compactFormatters.get(currency);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      currencyDisplay: 'symbol',
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
    });
    compactFormatters.set(currency, formatter);
  }
  return formatter.format(amount);
}

export function formatRange(min: number, max: number, currency: string): string {
  return min === max ? formatMoney(min, currency) : `${formatMoney(min, currency)}–${formatMoney(max, currency)}`;
}

const ordinal = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

/** The amount as the figure's statistic says it: "$44K–$103K", "average £60K", "over $120K", "up to $201K". */
export function figureAmount(figure: SalaryFigure): string {
  const money = (amount: number | undefined) => formatMoney(amount ?? 0, figure.currency);
  switch (figure.statistic) {
    case 'range':
      return formatRange(figure.min ?? 0, figure.max ?? 0, figure.currency);
    case 'average':
      return `average ${money(figure.value)}`;
    case 'median':
      return `median ${money(figure.value)}`;
    case 'percentile':
      return `${ordinal(figure.percentiles?.[0] ?? 50)} percentile ${money(figure.value)}`;
    case 'floor':
      return `over ${money(figure.value)}`;
    case 'ceiling':
      return `up to ${money(figure.value)}`;
    case 'point':
      return `about ${money(figure.value)}`;
  }
}

/** "US base · 2024": where, what kind of pay, and when, for any figure. */
export function figureTag(figure: Pick<SalaryFigure, 'region' | 'basis' | 'year' | 'sourceId'>, regions: readonly Region[], sources: FigureSources): string {
  const where = regions.find((region) => region.id === figure.region)?.shortLabel ?? figure.region;
  return `${where} ${figure.basis} · ${figureYear(figure, sources)}`;
}

/** "US base · 2024 · $44K–$103K": the form every surface shows a figure in. */
export function labelledFigure(figure: SalaryFigure, regions: readonly Region[], sources: FigureSources): string {
  return `${figureTag(figure, regions, sources)} · ${figureAmount(figure)}`;
}

/** What the figure covers beyond its amount: "10th–90th percentile", "entry level", "proxy: …". */
export function figureQualifiers(figure: SalaryFigure): string[] {
  const qualifiers: string[] = [];
  const [low, high] = figure.percentiles ?? [];
  if (figure.statistic === 'range' && low !== undefined && high !== undefined) qualifiers.push(`${ordinal(low)}–${ordinal(high)} percentile`);
  if (figure.population) qualifiers.push(figure.population);
  if (figure.basis === 'total') qualifiers.push('total compensation');
  if (figure.proxy) qualifiers.push('proxy occupation');
  if (figure.usdEquivalent !== undefined && figure.currency !== 'USD') qualifiers.push(`≈ ${formatMoney(figure.usdEquivalent, 'USD')} (the source's conversion)`);
  return qualifiers;
}

/** "8–12 years", "10+ years", or undefined when the source gives no number. */
export function formatYears(experience: Role['experience']): string | undefined {
  const { minYears, maxYears } = experience;
  if (minYears === undefined) return undefined;
  return maxYears === undefined ? `${minYears}+ years` : `${minYears}–${maxYears} years`;
}
