// A plain-text summary of a role for the clipboard (recruiters paste it into notes and emails).
// Every figure in it says where, what kind of pay and when, as on screen.
import { citedSourceIds } from './citations';
import { figureShownFirst } from './figures';
import { figureQualifiers, formatYears, labelledFigure } from './format';
import type { RoleCatalog } from './catalog';
import type { Role, SalaryFigure } from './schema';

function figureLine(figure: SalaryFigure, catalog: RoleCatalog): string {
  const qualifiers = figureQualifiers(figure);
  const source = catalog.source(figure.sourceId)?.name ?? figure.sourceId;
  return `${labelledFigure(figure, catalog.regions, catalog)} a year${qualifiers.length > 0 ? ` (${qualifiers.join('; ')})` : ''} — ${source}`;
}

export function roleSummaryText(role: Role, catalog: RoleCatalog, regionIds: readonly string[] = ['us']): string {
  const lines = [role.title, role.summary];
  const { figure: shown } = figureShownFirst(role, regionIds, catalog);
  if (shown) {
    lines.push(`Pay: ${figureLine(shown, catalog)}`);
    const others = role.salary.figures.filter((figure) => figure !== shown);
    if (others.length > 0) lines.push('Other figures:', ...others.map((figure) => `  ${figureLine(figure, catalog)}`));
  } else {
    const comparable = role.salary.comparableRoleIds.map((id) => {
      const { figure } = figureShownFirst(catalog.role(id), regionIds, catalog);
      return `${catalog.role(id).title}${figure ? ` ${labelledFigure(figure, catalog.regions, catalog)}` : ''}`;
    });
    lines.push(`Pay: no source gives this role's own figure; comparable roles: ${comparable.join('; ')}`);
  }
  if (role.salary.caveat) lines.push(`Note: ${role.salary.caveat}`);
  const years = formatYears(role.experience);
  lines.push(`Experience: ${years ? `${years} — ` : ''}${role.experience.wording}`);
  lines.push(
    `Sources: ${citedSourceIds(role)
      .map((id) => catalog.source(id))
      .filter((source) => source !== undefined)
      .map((source) => `${source.name} (${source.date})`)
      .join('; ')}`,
  );
  lines.push('From Role Lens — bundled data, nothing sent anywhere.');
  return lines.join('\n');
}
