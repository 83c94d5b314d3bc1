// Compares a posting's stated pay with the role's figure for the posting's own country — like with
// like, or not at all: same country and currency, base pay against base pay, a range against a
// range or a central value; one-sided pay yields only what follows from it.
import { leadFigure, type FigureSources } from '../data/figures';
import { countryName, regionIdsFor, type PostingPlace } from '../place/place';
import { figureAmount, formatMoney } from '../data/format';
import type { ExchangeRates, Region, Role, SalaryFigure } from '../data/schema';
import type { PostedPay } from './parse';

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
  const source = context.source(context.exchangeRates.sourceId)?.name ?? 'cited table';
  return `For context only: about ${ends[0] === ends[1] ? ends[0] : ends.join('–')} a year at 1 ${pay.currency} = ${rate.toFixed(4)} USD (${source}, ${context.exchangeRates.period}).`;
}

/** The figure a posting in `place` is compared with: the one shown first for its region or country. */
function referenceFigure(role: Role, place: PostingPlace, context: CompareContext): SalaryFigure | undefined {
  for (const regionId of regionIdsFor(place, context.regions)) {
    const figure = leadFigure(role, regionId, context);
    if (figure) return figure;
  }
  return undefined;
}

/** "the US range", "the UK average", "the Miami typical amount", with what qualifies it. */
function referenceName(figure: SalaryFigure, context: CompareContext): string {
  const where = context.regions.find((region) => region.id === figure.region)?.shortLabel ?? figure.region;
  const kind = figure.statistic === 'range' ? 'range' : figure.statistic === 'point' ? 'typical amount' : figure.statistic;
  return `the ${where} ${kind}${figure.proxy ? ' (a proxy occupation)' : ''}`;
}

const notCompared = (sentence: string, conversion?: string): PayComparison => ({ verdict: 'not-compared', sentence, conversion });

/**
 * Compares a posting's pay with the role's figure for the posting's own country. Anything else —
 * an unknown country, no figure there, another currency, on-target earnings — is not compared,
 * and says why.
 */
export function comparePostedPay(pay: PostedPay, role: Role, place: PostingPlace, context: CompareContext): PayComparison {
  const conversion = conversionNote(pay, context);
  if (!place.country) return notCompared("Not compared: the posting doesn't say which country it is in.", conversion);
  const figure = referenceFigure(role, place, context);
  if (!figure) return notCompared(`Not compared: no ${countryName(place.country)} base-pay figure for ${role.title}.`, conversion);
  if (pay.extras.includes('ote')) return notCompared('Not compared: the posting states on-target earnings (pay with commission); the figures are base pay.');
  if (figure.currency !== pay.currency) {
    return notCompared(`Not compared: the posting states pay in ${pay.currency}; ${referenceName(figure, context)} is in ${figure.currency}.`, conversion);
  }
  const name = referenceName(figure, context);
  const money = (amount: number) => formatMoney(amount, pay.currency);
  const { annualMin: low, annualMax: high } = pay;
  const compared = (verdict: PayVerdict, detail: string): PayComparison => ({ verdict, figure, sentence: `${detail}` });

  if (figure.statistic === 'range') {
    const bottom = figure.min ?? 0;
    const top = figure.max ?? 0;
    const range = figureAmount(figure);
    if (high !== undefined && high < bottom) return compared('below', `Below ${name} (${range}): its top, ${money(high)}, is under the range's bottom.`);
    if (low !== undefined && low > top) return compared('above', `Above ${name} (${range}): its bottom, ${money(low)}, is over the range's top.`);
    if (low !== undefined && high !== undefined) {
      if (low >= bottom && high <= top) return compared('within', `Within ${name} (${range}): both ends, ${money(low)} and ${money(high)}, lie inside it.`);
      const ends = [
        low < bottom ? `its bottom, ${money(low)}, is under the range's bottom` : `its bottom, ${money(low)}, is inside the range`,
        high > top ? `its top, ${money(high)}, is over the range's top` : `its top, ${money(high)}, is inside the range`,
      ];
      return compared('overlaps', `Overlaps ${name} (${range}): ${ends.join('; ')}.`);
    }
    if (high !== undefined) {
      const where = high > top ? "over the range's top" : "inside the range";
      return compared('overlaps', `Overlaps ${name} (${range}): its top, ${money(high)}, is ${where}; its bottom isn't stated.`);
    }
    const where = low! < bottom ? "under the range's bottom" : "inside the range";
    return compared('overlaps', `Overlaps ${name} (${range}): its bottom, ${money(low!)}, is ${where}; its top isn't stated.`);
  }

  const value = figure.value ?? 0;
  const amount = money(value);
  if (high !== undefined && high < value) return compared('below', `Below ${name}, ${amount}: its top, ${money(high)}, is under it.`);
  if (low !== undefined && low > value) return compared('above', `Above ${name}, ${amount}: its bottom, ${money(low)}, is over it.`);
  if (low === value && high === value) return compared('within', `At ${name}, ${amount}.`);
  if (low !== undefined && high !== undefined) return compared('overlaps', `Spans ${name}, ${amount}: from ${money(low)} to ${money(high)}.`);
  const stated = high !== undefined ? `its top, ${money(high)}, is over it; its bottom isn't stated` : `its bottom, ${money(low!)}, is under it; its top isn't stated`;
  return compared('overlaps', `Reaches ${name}, ${amount}: ${stated}.`);
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
