// Compares a posting's stated pay with the role's figure for the posting's own country — like with
// like, or not at all: same country and currency, base pay against base pay, a range against a
// range or a central value; one-sided pay yields only what follows from it.
import { leadFigure, type FigureSources } from '../data/figures';
import { regionIdsFor, type PostingPlace } from '../place/place';
import { figureAmount, formatMoney, regionLabel } from '../data/format';
import type { ExchangeRates, Region, Role, SalaryFigure } from '../data/schema';
import type { PostedPay } from './parse';
import { countryName, t, uiLocale, type MessageName } from '../i18n/messages';

export type PayVerdict = 'below' | 'within' | 'above' | 'overlaps' | 'not-compared';

export interface PayComparison {
  verdict: PayVerdict;
  /** The figure compared with; absent when not compared. */
  figure?: SalaryFigure;
  /** The verdict, or why there is none, in words a careful reader would sign. */
  sentence: string;
  /** Context only, never a verdict: the posting's pay in US dollars at a fixed, cited rate. */
  conversion?: string;
}

export interface CompareContext extends FigureSources {
  regions: readonly Region[];
  exchangeRates: ExchangeRates;
}

/** US dollars per unit of `currency`, from the cited table, or undefined when it has none. */
export function usdPerUnit(rates: ExchangeRates, currency: string): number | undefined {
  if (currency === 'USD') return 1;
  const direct = rates.usdPerUnit[currency];
  if (direct !== undefined) return direct;
  const inverse = rates.unitsPerUsd[currency];
  return inverse === undefined ? undefined : 1 / inverse;
}

/** The posting's yearly pay in US dollars at the cited rate, labelled as context. */
function conversionNote(pay: PostedPay, context: CompareContext): string | undefined {
  const rate = usdPerUnit(context.exchangeRates, pay.currency);
  if (pay.currency === 'USD' || rate === undefined) return undefined;
  const ends = [pay.annualMin, pay.annualMax].map((end) => (end === undefined ? '…' : formatMoney(end * rate, 'USD')));
  const source = context.source(context.exchangeRates.sourceId)?.name ?? context.exchangeRates.sourceId;
  const rateText = rate.toLocaleString(uiLocale(), { minimumFractionDigits: 4, maximumFractionDigits: 4 });
  return t('conversionNote', ends[0] === ends[1] ? ends[0]! : ends.join('–'), pay.currency, rateText, source, context.exchangeRates.period);
}

/** The figure a posting in `place` is compared with: the one shown first for its region or country. */
function referenceFigure(role: Role, place: PostingPlace, context: CompareContext): SalaryFigure | undefined {
  for (const regionId of regionIdsFor(place, context.regions)) {
    const figure = leadFigure(role, regionId, context);
    if (figure) return figure;
  }
  return undefined;
}

/** The message naming each kind of figure a posting can be compared with. */
const REFERENCE_NAMES: Record<SalaryFigure['statistic'], MessageName> = {
  range: 'referenceRange',
  average: 'referenceAverage',
  median: 'referenceMedian',
  percentile: 'referencePercentile',
  floor: 'referenceFloor',
  ceiling: 'referenceCeiling',
  point: 'referencePoint',
};

/** "US range", "UK average (a proxy occupation)": the figure a posting is compared with. */
function referenceName(figure: SalaryFigure, context: CompareContext): string {
  const name = t(REFERENCE_NAMES[figure.statistic], regionLabel(figure.region, context.regions));
  return figure.proxy ? t('referenceProxy', name) : name;
}

const notCompared = (sentence: string, conversion?: string): PayComparison => ({ verdict: 'not-compared', sentence, conversion });

/**
 * Compares a posting's pay with the role's figure for the posting's own country. Anything else —
 * an unknown country, no figure there, another currency, on-target earnings — is not compared,
 * and says why.
 */
export function comparePostedPay(pay: PostedPay, role: Role, place: PostingPlace, context: CompareContext): PayComparison {
  const conversion = conversionNote(pay, context);
  if (!place.country) return notCompared(t('notComparedNoCountry'), conversion);
  const figure = referenceFigure(role, place, context);
  if (!figure) return notCompared(t('notComparedNoFigure', countryName(place.country), role.title), conversion);
  if (pay.extras.includes('ote')) return notCompared(t('notComparedOte'));
  if (figure.currency !== pay.currency) {
    return notCompared(t('notComparedCurrency', pay.currency, referenceName(figure, context), figure.currency), conversion);
  }
  const name = referenceName(figure, context);
  const money = (amount: number) => formatMoney(amount, pay.currency);
  const { annualMin: low, annualMax: high } = pay;
  const compared = (verdict: PayVerdict, sentence: string): PayComparison => ({ verdict, figure, sentence });

  if (figure.statistic === 'range') {
    const bottom = figure.min ?? 0;
    const top = figure.max ?? 0;
    const range = figureAmount(figure);
    if (high !== undefined && high < bottom) return compared('below', t('rangeBelow', name, range, money(high)));
    if (low !== undefined && low > top) return compared('above', t('rangeAbove', name, range, money(low)));
    const bottomEnd = (end: number) => t(end < bottom ? 'endBottomUnder' : 'endBottomInside', money(end));
    const topEnd = (end: number) => t(end > top ? 'endTopOver' : 'endTopInside', money(end));
    if (low !== undefined && high !== undefined) {
      if (low >= bottom && high <= top) return compared('within', t('rangeWithin', name, range, money(low), money(high)));
      return compared('overlaps', t('rangeOverlaps', name, range, `${bottomEnd(low)}; ${topEnd(high)}`));
    }
    if (high !== undefined) return compared('overlaps', t('rangeOverlapsTopOnly', name, range, topEnd(high)));
    return compared('overlaps', t('rangeOverlapsBottomOnly', name, range, bottomEnd(low!)));
  }

  const value = figure.value ?? 0;
  const amount = money(value);
  if (high !== undefined && high < value) return compared('below', t('valueBelow', name, amount, money(high)));
  if (low !== undefined && low > value) return compared('above', t('valueAbove', name, amount, money(low)));
  if (low === value && high === value) return compared('within', t('valueAt', name, amount));
  if (low !== undefined && high !== undefined) return compared('overlaps', t('valueSpans', name, amount, money(low), money(high)));
  if (high !== undefined) return compared('overlaps', t('valueReachesTop', name, amount, money(high)));
  return compared('overlaps', t('valueReachesBottom', name, amount, money(low!)));
}

/** The `data-pay-compared-figure` contract: the figure per year in the posting's currency, in the posting pay's form. */
export function comparedFigureAttribute(figure: SalaryFigure): string {
  const [low, high] =
    figure.statistic === 'range'
      ? [figure.min, figure.max]
      : figure.statistic === 'floor'
        ? [figure.value, undefined]
        : figure.statistic === 'ceiling'
          ? [undefined, figure.value]
          : [figure.value, figure.value];
  return `${low ?? ''}-${high ?? ''} ${figure.currency}/year`;
}
