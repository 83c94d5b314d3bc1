// Compares a posting's stated pay with the role's typical range: in the same currency where the
// data has a figure in it, otherwise in US dollars at a fixed, dated, cited rate.
import { formatMoney } from '../format';
import type { PostedPay } from './parse';
import type { RoleCatalog } from '../roles';
import type { ExchangeRates, Role } from '../schema';

export interface PayReference {
  min: number;
  max: number;
  currency: string;
  /** What the reference is, in words: "UK figure", "typical US range". */
  label: string;
}

export interface PayComparison {
  /** The posting's yearly range in the reference's currency. */
  postingMin: number;
  postingMax: number;
  reference: PayReference;
  verdict: 'below' | 'within' | 'above';
  /** Gap to the nearest end of the typical range (0 when within), in the reference currency. */
  gap: number;
  /** The gap as a share of that end of the range. */
  gapShare: number;
  /** Set when the posting's pay was converted: "1 AUD = 0.6644 USD (Federal Reserve …, 2023 annual average)". */
  conversion?: string;
}

/** US dollars per unit of `currency`, from the cited table, or undefined when it has none. */
export function usdPerUnit(rates: ExchangeRates, currency: string): number | undefined {
  if (currency === 'USD') return 1;
  const direct = rates.usdPerUnit[currency];
  if (direct !== undefined) return direct;
  const inverse = rates.unitsPerUsd[currency];
  return inverse === undefined ? undefined : 1 / inverse;
}

/** A regional figure of the role in `currency` (for `regionId` if given) as a range. */
function regionalReference(role: Role, currency: string, catalog: RoleCatalog, regionId?: string): PayReference | undefined {
  for (const figure of role.salary.figures) {
    if (figure.currency !== currency || figure.region === 'us') continue;
    if (regionId !== undefined && figure.region !== regionId) continue;
    const low = figure.min ?? figure.median ?? figure.average;
    const high = figure.max ?? figure.median ?? figure.average;
    if (low !== undefined && high !== undefined) {
      return { min: low, max: high, currency, label: `${catalog.regionLabel(figure.region)} figure` };
    }
  }
  return undefined;
}

/**
 * Compares a posting's pay with, in order: the role's figure for the posting's region in the
 * same currency; the typical US range for US dollars; any figure in the same currency; the
 * typical US range with the pay converted at the cited rate. Null when none applies.
 */
export function comparePostedPay(pay: PostedPay, role: Role, catalog: RoleCatalog, regionId = 'us'): PayComparison | null {
  const headline = role.salary.headline;
  let reference =
    (regionId !== 'us' ? regionalReference(role, pay.currency, catalog, regionId) : undefined) ??
    (pay.currency === 'USD' && headline ? { ...headline.range, label: 'typical US range' } : undefined) ??
    regionalReference(role, pay.currency, catalog);
  let postingMin = pay.annualMin;
  let postingMax = pay.annualMax;
  let conversion: string | undefined;
  if (!reference && headline) {
    const rate = usdPerUnit(catalog.exchangeRates, pay.currency);
    if (rate === undefined) return null;
    reference = { ...headline.range, label: 'typical US range' };
    postingMin = Math.round(postingMin * rate);
    postingMax = Math.round(postingMax * rate);
    const source = catalog.source(catalog.exchangeRates.sourceId);
    conversion = `Converted at 1 ${pay.currency} = ${rate.toFixed(4)} USD (${source?.name ?? 'cited table'}, ${catalog.exchangeRates.period}).`;
  }
  if (!reference) return null;
  const verdict = postingMax < reference.min ? 'below' : postingMin > reference.max ? 'above' : 'within';
  const gap = verdict === 'below' ? reference.min - postingMax : verdict === 'above' ? postingMin - reference.max : 0;
  const edge = verdict === 'below' ? reference.min : reference.max;
  return { postingMin, postingMax, reference, verdict, gap, gapShare: gap / edge, conversion };
}

/** "Above the typical US range by $12K (7%)." */
export function describeComparison(comparison: PayComparison): string {
  const { verdict, gap, gapShare, reference } = comparison;
  if (verdict === 'within') return `Within the ${reference.label}.`;
  const amount = formatMoney(gap, reference.currency);
  return `${verdict === 'below' ? 'Below' : 'Above'} the ${reference.label} by ${amount} (${Math.round(gapShare * 100)}%).`;
}
