// A plain-text summary of a role for the clipboard (recruiters paste it into notes and emails).
import { citedSourceIds } from './citations';
import { formatRange, formatYears } from './format';
import type { RoleCatalog } from './roles';
import type { Role } from './schema';

export function roleSummaryText(role: Role, catalog: RoleCatalog): string {
  const lines = [role.title, role.summary];
  const headline = role.salary.headline;
  if (headline) {
    lines.push(`Typical US pay: ${formatRange(headline.range.min, headline.range.max, headline.range.currency)} a year`);
  } else {
    const comparable = role.salary.comparableRoleIds.map((id) => {
      const range = catalog.role(id).salary.headline?.range;
      return `${catalog.role(id).title}${range ? ` ${formatRange(range.min, range.max, range.currency)}` : ''}`;
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
