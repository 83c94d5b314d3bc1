import { describe, expect, it } from 'vitest';
import rawRoleData from '../../../data/roles.json';
import { figureShownFirst, figureYear, headlineFigure, leadFigure } from '../../../lib/data/figures';
import { labelledFigure } from '../../../lib/data/format';
import { parseRoleData } from '../../../lib/data/validate';
import { RoleCatalog } from '../../../lib/data/catalog';
import type { Role, SalaryFigure } from '../../../lib/data/schema';

const catalog = new RoleCatalog(parseRoleData(rawRoleData));
const label = (figure: SalaryFigure | undefined) => figure && labelledFigure(figure, catalog.regions, catalog);

describe('the headline rule', () => {
  it.each([
    ['customer-support-director', 'US base · pub. 2023 · $90K–$170K', 'seed-000'],
    ['customer-support-manager', 'US base · pub. 2023 · $45K–$92K', 'seed-002'],
    ['customer-service-director', 'US base · 2024 · $43.9K–$103K', 'bls-oews-2024-43-1011'],
    ['customer-service-manager', 'US base · 2024 · $43.9K–$103K', 'bls-oews-2024-43-1011'],
    ['customer-care-manager', 'US base · 2024 · $43.9K–$103K', 'bls-oews-2024-43-1011'],
  ] as const)('%s: US headline is %s (%s)', (roleId, text, sourceId) => {
    const figure = headlineFigure(catalog.role(roleId), 'us', catalog);
    expect(label(figure)).toBe(text);
    expect(figure?.sourceId).toBe(sourceId);
  });

  it('gives Customer Care Director no headline (no source gives its pay): comparable roles stand in', () => {
    expect(headlineFigure(catalog.role('customer-care-director'), 'us', catalog)).toBeUndefined();
    expect(catalog.role('customer-care-director').salary.comparableRoleIds.length).toBeGreaterThan(0);
  });

  it('labels the Customer Service Director headline a proxy occupation, and never heads with its total pay', () => {
    const director = catalog.role('customer-service-director');
    expect(headlineFigure(director, 'us', catalog)?.proxy).toMatch(/43-1011/);
    const total = director.salary.figures.find((figure) => figure.basis === 'total');
    expect(total).toMatchObject({ min: 140000, max: 185000 });
    expect(headlineFigure(director, 'us', catalog)).not.toBe(total);
  });

  it('keeps Payscale 2015 and Randstad’s floor as figures, never as the headline', () => {
    const manager = catalog.role('customer-service-manager');
    const payscale = manager.salary.figures.find((figure) => figure.sourceId === 'payscale-csm-2015' && figure.statistic === 'range');
    expect(payscale && label(payscale)).toBe('US base · 2015 · $34.5K–$75.1K');
    const floor = manager.salary.figures.find((figure) => figure.statistic === 'floor');
    expect(floor && label(floor)).toBe('US base · undated · over $120K');
  });

  // The rule itself, checked over every role and region rather than example by example.
  const everyRegion = catalog.regions.map((region) => region.id);
  for (const role of catalog.roles) {
    it(`${role.id}: every headline is one source's base-pay range for the whole occupation, and no other candidate ranks above it`, () => {
      for (const regionId of everyRegion) {
        const headline = headlineFigure(role, regionId, catalog);
        if (!headline) continue;
        expect(headline).toMatchObject({ statistic: 'range', basis: 'base', region: regionId });
        expect(headline.population).toBeUndefined();
        expect(catalog.source(headline.sourceId)?.quality).not.toBe('low');
        const yearOf = (figure: SalaryFigure) => figure.year ?? (Number(catalog.source(figure.sourceId)?.date.slice(0, 4)) || 0);
        for (const other of role.salary.figures) {
          if (other === headline || other.region !== regionId || other.statistic !== 'range' || other.basis !== 'base' || other.population) continue;
          if (catalog.source(other.sourceId)?.quality === 'low') continue;
          // An own-title figure beats a proxy; between equals the more recent wins.
          if (!headline.proxy && other.proxy) continue;
          expect(Boolean(headline.proxy) && !other.proxy, `${other.sourceId} is own-title`).toBe(false);
          expect(yearOf(headline) >= yearOf(other), `${other.sourceId} is more recent`).toBe(true);
        }
      }
    });
  }

  it('never lets total pay, a floor or a part of the occupation head, even alone', () => {
    const lone = (figure: Partial<SalaryFigure>): Role => ({
      ...catalog.role('customer-support-director'),
      salary: { figures: [{ sourceId: 'seed-000', region: 'us', currency: 'USD', basis: 'base', statistic: 'range', min: 1, max: 2, ...figure }], comparableRoleIds: [] },
    });
    expect(headlineFigure(lone({ basis: 'total' }), 'us', catalog)).toBeUndefined();
    expect(headlineFigure(lone({ population: 'experienced' }), 'us', catalog)).toBeUndefined();
    expect(leadFigure(lone({ statistic: 'floor', min: undefined, max: undefined, value: 120000 }), 'us', catalog)).toBeUndefined();
    expect(leadFigure(lone({ statistic: 'ceiling', min: undefined, max: undefined, value: 120000 }), 'us', catalog)).toBeUndefined();
  });
});

describe('the figure shown first for a place', () => {
  it('shows a region’s own central figure where it has no range: the UK average for a Support Director', () => {
    const shown = figureShownFirst(catalog.role('customer-support-director'), ['uk'], catalog);
    expect(shown).toMatchObject({ regionId: 'uk', forReference: false });
    expect(label(shown.figure)).toBe('UK base · pub. 2023 · average £60K');
  });

  it('prefers a metro’s figure, and falls back to the country where the metro has only a ceiling', () => {
    const director = catalog.role('customer-support-director');
    expect(label(figureShownFirst(director, ['miami', 'us'], catalog).figure)).toBe('Miami base · pub. 2023 · about $117K');
    expect(figureShownFirst(director, ['san-francisco', 'us'], catalog)).toMatchObject({ regionId: 'us', forReference: false });
  });

  it('shows the US figure for reference where the place has none', () => {
    const shown = figureShownFirst(catalog.role('customer-support-manager'), ['india'], catalog);
    expect(shown).toMatchObject({ regionId: 'us', forReference: true });
    expect(figureShownFirst(catalog.role('customer-support-manager'), [], catalog)).toMatchObject({ regionId: 'us', forReference: true });
  });

  it('never leads with Australia’s total-earnings median for Customer Service Manager', () => {
    expect(figureShownFirst(catalog.role('customer-service-manager'), ['australia'], catalog)).toMatchObject({ regionId: 'us', forReference: true });
  });
});

describe('figureYear', () => {
  it('says the year a figure describes, else the source’s year as a publication year, else undated', () => {
    expect(figureYear({ sourceId: 'bls-oews-2024-43-1011', year: 2024 }, catalog)).toBe('2024');
    expect(figureYear({ sourceId: 'seed-000' }, catalog)).toBe('pub. 2023');
    expect(figureYear({ sourceId: 'seed-004' }, catalog)).toBe('undated');
  });
});
