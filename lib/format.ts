// Display formatting for money and ranges, shared by the panel, popup and badges.
import type { Role, SalaryFigure } from './schema';

const compactFormatters = new Map<string, Intl.NumberFormat>();

/** "$90K", "£60K", "₹2.5M", "A$71K": short enough for a bar label. */
export function formatMoney(amount: number, currency: string): string {
  let formatter = compactFormatters.get(currency);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      currencyDisplay: 'narrowSymbol',
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
    });
    compactFormatters.set(currency, formatter);
  }
  const text = formatter.format(amount);
  // narrowSymbol shows "$" for AUD and CAD too; say which dollars.
  if (currency === 'AUD') return text.replace('$', 'A$');
  if (currency === 'CAD') return text.replace('$', 'CA$');
  return text;
}

export function formatRange(min: number, max: number, currency: string): string {
  return min === max ? formatMoney(min, currency) : `${formatMoney(min, currency)}–${formatMoney(max, currency)}`;
}

/** One source's figure in words: "$45K–$92K, average $62K". */
export function describeFigure(figure: SalaryFigure): string {
  const parts: string[] = [];
  if (figure.min !== undefined && figure.max !== undefined) parts.push(formatRange(figure.min, figure.max, figure.currency));
  else if (figure.min !== undefined) parts.push(`from ${formatMoney(figure.min, figure.currency)}`);
  else if (figure.max !== undefined) parts.push(`up to ${formatMoney(figure.max, figure.currency)}`);
  if (figure.average !== undefined) parts.push(`average ${formatMoney(figure.average, figure.currency)}`);
  if (figure.median !== undefined) parts.push(`median ${formatMoney(figure.median, figure.currency)}`);
  if (figure.usdEquivalent !== undefined && figure.currency !== 'USD') {
    parts.push(`≈ ${formatMoney(figure.usdEquivalent, 'USD')}`);
  }
  if (figure.basis === 'total') parts.push('total compensation');
  return parts.join(', ');
}

/** "8–12 years", "10+ years", or undefined when the source gives no number. */
export function formatYears(experience: Role['experience']): string | undefined {
  const { minYears, maxYears } = experience;
  if (minYears === undefined) return undefined;
  return maxYears === undefined ? `${minYears}+ years` : `${minYears}–${maxYears} years`;
}
