// Which of a role's salary figures is shown first, and how any figure says what it is. Pure: used
// at build time (the popup's list), by the panel, the popup, badges and the copied summary alike.
import { t } from '../i18n/messages';
import type { Role, SalaryFigure, Source } from './schema';

/** The statistics that describe the middle of the pay: what a verdict may compare with. */
const CENTRAL_STATISTICS = new Set<SalaryFigure['statistic']>(['average', 'median', 'point']);

export interface FigureSources {
  source(id: string): Source | undefined;
}

/** The latest year a figure can describe: its own year, else its source's date, else 0 (undated). */
function latestYear(figure: SalaryFigure, sources: FigureSources): number {
  if (figure.year !== undefined) return figure.year;
  const date = sources.source(figure.sourceId)?.date ?? 'n.d.';
  return date === 'n.d.' ? 0 : Number(date.slice(0, 4));
}

/** Whether a figure may head: base pay, for the whole occupation, from a source not marked weak. */
function mayHead(figure: SalaryFigure, sources: FigureSources): boolean {
  return figure.basis === 'base' && figure.population === undefined && sources.source(figure.sourceId)?.quality !== 'low';
}

/**
 * The headline rule's order among figures that may head: the role's own title before a proxy
 * occupation, then the most recent, then official statistics before other sources; the data's
 * order breaks a tie.
 */
function byHeadlineRule(sources: FigureSources) {
  return (a: SalaryFigure, b: SalaryFigure): number => {
    const proxy = Number(a.proxy !== undefined) - Number(b.proxy !== undefined);
    if (proxy !== 0) return proxy;
    const recency = latestYear(b, sources) - latestYear(a, sources);
    if (recency !== 0) return recency;
    return Number(sources.source(a.sourceId)?.kind !== 'official') - Number(sources.source(b.sourceId)?.kind !== 'official');
  };
}

/**
 * The headline: one source's own base-pay range for the region, chosen by the written rule (see
 * the README): base pay only; one source's own range, never one joined from different figures;
 * the role's own title before a proxy; the most recent; official statistics before other sources.
 */
export function headlineFigure(role: Role, regionId: string, sources: FigureSources): SalaryFigure | undefined {
  return role.salary.figures
    .filter((figure) => figure.region === regionId && figure.statistic === 'range' && mayHead(figure, sources))
    .sort(byHeadlineRule(sources))[0];
}

/**
 * The figure shown first for a region: its headline range, or, where the region has none, its
 * central base-pay figure (an average, a median, a typical amount) chosen by the same order.
 */
export function leadFigure(role: Role, regionId: string, sources: FigureSources): SalaryFigure | undefined {
  return (
    headlineFigure(role, regionId, sources) ??
    role.salary.figures
      .filter((figure) => figure.region === regionId && CENTRAL_STATISTICS.has(figure.statistic) && mayHead(figure, sources))
      .sort(byHeadlineRule(sources))[0]
  );
}

/** "2024"; "pub. 2023" when only the source's date is known (the figure may be older); "undated". */
export function figureYear(figure: Pick<SalaryFigure, 'year' | 'sourceId'>, sources: FigureSources): string {
  if (figure.year !== undefined) return String(figure.year);
  const date = sources.source(figure.sourceId)?.date ?? 'n.d.';
  return date === 'n.d.' ? t('yearUndated') : t('yearPublished', date.slice(0, 4));
}

export interface ShownFirst {
  /** The figure shown first, or undefined when the role has no figure that may lead anywhere. */
  figure?: SalaryFigure;
  /** The region of that figure. */
  regionId?: string;
  /** True when none of the wanted regions has a figure and the US one stands in, for reference. */
  forReference: boolean;
}

/** The US national region: the reference when a place has no figure of its own. */
const US_REGION_ID = 'us';

/**
 * The figure shown first: the lead figure of the first wanted region that has one (a metro, then
 * its country, or the user's fixed region), else the US figure, for reference only.
 */
export function figureShownFirst(role: Role, wantedRegionIds: readonly string[], sources: FigureSources): ShownFirst {
  for (const regionId of wantedRegionIds) {
    const figure = leadFigure(role, regionId, sources);
    if (figure) return { figure, regionId, forReference: false };
  }
  const figure = leadFigure(role, US_REGION_ID, sources);
  const forReference = !wantedRegionIds.includes(US_REGION_ID);
  return figure ? { figure, regionId: US_REGION_ID, forReference } : { forReference: false };
}
