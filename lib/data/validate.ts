// Build- and test-time validation of data/roles.json: the zod schema plus the cross-references a
// schema alone cannot see. The extension itself never re-parses the data at run time.
import { citedSourceIds } from './citations';
import { leadFigure, type FigureSources } from './figures';
import { roleDataSchema, ROLE_IDS, type RoleData, type SalaryFigure } from './schema';

export class RoleDataError extends Error {
  override name = 'RoleDataError';
}

/** A lookup of sources by id, as the figure helpers take it. */
export function sourcesOf(data: RoleData): FigureSources {
  const byId = new Map(data.sources.map((source) => [source.id, source]));
  return { source: (id) => byId.get(id) };
}

/**
 * What is wrong with one figure: each says one kind of statistic, so a range has both ends and no
 * single value, every other kind one value; percentiles match the kind; the currency is the region's.
 */
function figureProblems(figure: SalaryFigure, regionCurrency: Map<string, string>): string[] {
  const problems: string[] = [];
  const currency = regionCurrency.get(figure.region);
  if (currency === undefined) problems.push(`has unknown region "${figure.region}"`);
  else if (currency !== figure.currency) problems.push(`is in ${figure.currency}, not its region's ${currency}`);
  const isRange = figure.statistic === 'range';
  if (isRange && (figure.min === undefined || figure.max === undefined || figure.value !== undefined)) {
    problems.push('is a range but lacks an end or also has a single value (one figure, one kind)');
  }
  if (!isRange && (figure.value === undefined || figure.min !== undefined || figure.max !== undefined)) {
    problems.push(`is a ${figure.statistic} but lacks its value or also has range ends (one figure, one kind)`);
  }
  if (isRange && figure.min !== undefined && figure.max !== undefined && figure.min > figure.max) problems.push('has min > max');
  const percentiles = figure.percentiles;
  if (figure.statistic === 'percentile' && percentiles?.length !== 1) problems.push('is a percentile without saying which');
  if (percentiles && !(isRange && percentiles.length === 2 && percentiles[0]! < percentiles[1]!) && figure.statistic !== 'percentile') {
    problems.push('gives percentiles that do not match its statistic');
  }
  return problems;
}

/** Parses untrusted JSON into RoleData, or throws a RoleDataError naming every problem. */
export function parseRoleData(raw: unknown): RoleData {
  const result = roleDataSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new RoleDataError(`data/roles.json is malformed:\n${problems.join('\n')}`);
  }
  const data = result.data;
  const problems: string[] = [];
  const sourceIds = new Set(data.sources.map((source) => source.id));
  const regionIds = new Set(data.regions.map((region) => region.id));
  if (sourceIds.size !== data.sources.length) problems.push('source ids are not unique');
  for (const id of [...data.roles.flatMap(citedSourceIds), data.exchangeRates.sourceId]) {
    if (!sourceIds.has(id)) problems.push(`unknown source id "${id}"`);
  }
  ROLE_IDS.forEach((id, index) => {
    if (data.roles[index]?.id !== id) problems.push(`roles[${index}] should be "${id}"`);
  });
  const sources = sourcesOf(data);
  const regionCurrency = new Map(data.regions.map((region) => [region.id, region.currency]));
  for (const role of data.roles) {
    if (!role.salary.figures.some((figure) => leadFigure(role, figure.region, sources)) && role.salary.comparableRoleIds.length === 0) {
      problems.push(`${role.id}: no figure that can be shown first and no comparable role`);
    }
    for (const figure of role.salary.figures) problems.push(...figureProblems(figure, regionCurrency).map((problem) => `${role.id}: a ${figure.sourceId} figure ${problem}`));
    for (const related of role.relatedRoles) {
      if (!regionIds.has(related.region)) problems.push(`${role.id}: related role "${related.title}" has unknown region "${related.region}"`);
      if (related.min > related.max) problems.push(`${role.id}: related role "${related.title}" has min > max`);
    }
  }
  if (problems.length > 0) throw new RoleDataError(`data/roles.json is inconsistent:\n${problems.join('\n')}`);
  return data;
}
