// A plain-text summary of a role for the clipboard (recruiters paste it into notes and emails).
// Every figure in it says where, what kind of pay and when, as on screen.
import { citedSourceIds } from './citations';
import { figureShownFirst } from './figures';
import { figureQualifiers, formatYears, labelledFigure } from './format';
import type { RoleCatalog } from './catalog';
import type { Role, SalaryFigure } from './schema';
import { t } from '../i18n/messages';

function figureLine(figure: SalaryFigure, catalog: RoleCatalog): string {
  const qualifiers = figureQualifiers(figure);
  const source = catalog.source(figure.sourceId)?.name ?? figure.sourceId;
  return `${t('perYear', labelledFigure(figure, catalog.regions, catalog))}${qualifiers.length > 0 ? ` (${qualifiers.join('; ')})` : ''} — ${source}`;
}

export function roleSummaryText(role: Role, catalog: RoleCatalog, regionIds: readonly string[] = ['us']): string {
  const lines = [role.title, role.summary];
  const { figure: shown } = figureShownFirst(role, regionIds, catalog);
  if (shown) {
    lines.push(t('summaryPay', figureLine(shown, catalog)));
    const others = role.salary.figures.filter((figure) => figure !== shown);
    if (others.length > 0) lines.push(t('summaryOtherFigures'), ...others.map((figure) => `  ${figureLine(figure, catalog)}`));
  } else {
    const comparable = role.salary.comparableRoleIds.map((id) => {
      const { figure } = figureShownFirst(catalog.role(id), regionIds, catalog);
      return `${catalog.role(id).title}${figure ? ` ${labelledFigure(figure, catalog.regions, catalog)}` : ''}`;
    });
    lines.push(t('summaryNoPay', comparable.join('; ')));
  }
  if (role.salary.caveat) lines.push(t('summaryNote', role.salary.caveat));
  const years = formatYears(role.experience);
  lines.push(t('summaryExperience', `${years ? `${years} — ` : ''}${role.experience.wording}`));
  lines.push(
    t(
      'summarySources',
      citedSourceIds(role)
        .map((id) => catalog.source(id))
        .filter((source) => source !== undefined)
        .map((source) => `${source.name} (${source.date === 'n.d.' ? t('yearUndated') : source.date})`)
        .join('; '),
    ),
  );
  lines.push(t('summaryFooter'));
  return lines.join('\n');
}
