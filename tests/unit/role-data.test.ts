import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import rawRoleData from '../../data/roles.json';
import { classifyTitle } from '../../lib/titles/classify';
import { parseRoleData, RoleDataError } from '../../lib/data/validate';
import { ROLE_IDS } from '../../lib/data/schema';

const sourcesDir = resolve(import.meta.dirname, '../fixtures/sources');
const readSourceText = (file: string) => readFileSync(resolve(sourcesDir, file), 'utf8');
const clone = () => structuredClone(rawRoleData) as unknown as Record<string, unknown> & typeof rawRoleData;

describe('bundled role data', () => {
  const data = parseRoleData(rawRoleData);

  it('parses and holds the six roles in order', () => {
    expect(data.roles.map((role) => role.id)).toEqual([...ROLE_IDS]);
  });

  it('gives every role 8–10 duties, a summary and cited sources', () => {
    for (const role of data.roles) {
      expect(role.duties.items.length).toBeGreaterThanOrEqual(8);
      expect(role.duties.items.length).toBeLessThanOrEqual(10);
      expect(role.summary.length).toBeGreaterThan(20);
    }
  });

  it('says so when no source gives a role its own pay, and names comparable roles', () => {
    const careDirector = data.roles.find((role) => role.id === 'customer-care-director');
    expect(careDirector?.salary.figures).toEqual([]);
    expect(careDirector?.salary.comparableRoleIds.length).toBeGreaterThan(0);
    expect(careDirector?.gaps.join(' ')).toMatch(/no source/i);
  });

  it('keeps disagreeing sources side by side (Customer Support Manager: $45K–$92K and $65K–$100K)', () => {
    const figures = data.roles.find((role) => role.id === 'customer-support-manager')?.salary.figures ?? [];
    const ranges = figures.map((figure) => `${figure.min}-${figure.max}`);
    expect(ranges).toContain('45000-92000');
    expect(ranges).toContain('65000-100000');
  });

  it('classifies every alias and title as its own role', () => {
    for (const role of data.roles) {
      for (const title of [role.title, ...role.aliases]) expect(classifyTitle(title)?.roleId, title).toBe(role.id);
    }
  });
});

/** The ways a source may write an amount: 90,000 · 90K · 90k · 2.5M · 72,323. */
function writtenForms(amount: number): string[] {
  const forms = [amount.toLocaleString('en-US'), String(amount)];
  if (amount % 1000 === 0) forms.push(`${amount / 1000}K`, `${amount / 1000}k`);
  if (amount >= 1_000_000) forms.push(`${amount / 1_000_000}M`, `${amount / 1_000_000} million`);
  // Indian grouping: 25,00,000
  forms.push(amount.toLocaleString('en-IN'));
  return forms;
}

describe('every bundled figure traces to its source', () => {
  const data = parseRoleData(rawRoleData);
  const sources = new Map(data.sources.map((source) => [source.id, source]));
  const textOf = (sourceId: string) => {
    const source = sources.get(sourceId);
    if (!source) throw new Error(`unknown source ${sourceId}`);
    if (source.kind === 'seed') return readSourceText(source.reference);
    // Public figures come from PUBLIC-FACTS.md, or from a stored excerpt named after the source.
    const excerpt = resolve(sourcesDir, `${sourceId}.txt`);
    return readSourceText('PUBLIC-FACTS.md') + (existsSync(excerpt) ? readFileSync(excerpt, 'utf8') : '');
  };

  it('exchange rates appear as printed in their cited table', () => {
    const { sourceId, usdPerUnit, unitsPerUsd } = data.exchangeRates;
    const text = textOf(sourceId);
    for (const rate of [...Object.values(usdPerUnit), ...Object.values(unitsPerUsd)]) {
      expect(text, String(rate)).toMatch(new RegExp(`\\b${rate.toFixed(4).replace('.', '\\.')}\\b`));
    }
  });

  for (const role of data.roles) {
    it(`${role.id}: salary amounts appear in the cited source, or are marked derived`, () => {
      for (const figure of role.salary.figures) {
        const text = textOf(figure.sourceId);
        for (const amount of [figure.min, figure.max, figure.value, figure.usdEquivalent]) {
          if (amount === undefined) continue;
          const found = writtenForms(amount).some((form) => text.includes(form));
          if (!found) expect(figure.note ?? '', `${role.id} ${figure.sourceId} ${amount}`).toMatch(/derived|×/i);
        }
      }
      for (const related of role.relatedRoles) {
        const text = textOf(related.sourceId);
        for (const amount of [related.min, related.max]) {
          expect(writtenForms(amount).some((form) => text.includes(form)), `${role.id} ${related.title} ${amount}`).toBe(true);
        }
      }
    });
  }
});

describe('malformed data fails loudly', () => {
  it.each([
    ['an amount written as text', (data: ReturnType<typeof clone>) => ((data.roles[0]!.salary.figures[0] as { min: unknown }).min = '90K')],
    ['a role missing', (data: ReturnType<typeof clone>) => data.roles.pop()],
    ['an unknown source id', (data: ReturnType<typeof clone>) => (data.roles[0]!.duties.sourceId = 'nowhere')],
    ['a range with min above max', (data: ReturnType<typeof clone>) => {
      const figure = data.roles[0]!.salary.figures[0]!;
      figure.min = (figure.max ?? 0) + 1;
    }],
    ['a range that also carries a single value (a point joined with a range)', (data: ReturnType<typeof clone>) => {
      Object.assign(data.roles[0]!.salary.figures[0]!, { value: 120000 });
    }],
    ['a floor written as a range end', (data: ReturnType<typeof clone>) => {
      Object.assign(data.roles[3]!.salary.figures.find((figure) => figure.statistic === 'floor')!, { min: 49000, max: 120000 });
    }],
    ['a figure without a statistic', (data: ReturnType<typeof clone>) => {
      delete (data.roles[0]!.salary.figures[0] as { statistic?: string }).statistic;
    }],
    ['a figure without a basis', (data: ReturnType<typeof clone>) => {
      delete (data.roles[0]!.salary.figures[0] as { basis?: string }).basis;
    }],
    ['a figure in another currency than its region', (data: ReturnType<typeof clone>) => {
      data.roles[0]!.salary.figures[0]!.currency = 'EUR';
    }],
    ['percentiles on an average', (data: ReturnType<typeof clone>) => {
      Object.assign(data.roles[1]!.salary.figures[1]!, { percentiles: [10, 90] });
    }],
    ['too few duties', (data: ReturnType<typeof clone>) => (data.roles[1]!.duties.items = ['One duty'])],
  ])('%s', (_name, corrupt) => {
    const data = clone();
    corrupt(data);
    expect(() => parseRoleData(data)).toThrow(RoleDataError);
  });
});
