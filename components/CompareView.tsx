import { figureShownFirst } from '../lib/data/figures';
import { figureQualifiers, formatYears, labelledFigure } from '../lib/data/format';
import type { RoleCatalog } from '../lib/data/catalog';
import type { Role, RoleId } from '../lib/data/schema';
import { t } from '../lib/i18n/messages';

export interface CompareViewProps {
  catalog: RoleCatalog;
  left: Role;
  right: Role;
  /** The region whose figures come first (the settings' region, or "us"). */
  regionId: string;
  onChangeRight: (id: RoleId) => void;
}

function payText(role: Role, catalog: RoleCatalog, regionId: string): string {
  const { figure } = figureShownFirst(role, [regionId], catalog);
  if (figure) {
    const qualifiers = figureQualifiers(figure);
    return `${t('perYear', labelledFigure(figure, catalog.regions, catalog))}${qualifiers.length > 0 ? ` (${qualifiers.join('; ')})` : ''}`;
  }
  const comparable = role.salary.comparableRoleIds.map((id) => catalog.role(id).shortTitle).join(', ');
  return t('compareNoPay', comparable);
}

function Column({ role, catalog, regionId }: { role: Role; catalog: RoleCatalog; regionId: string }) {
  const years = formatYears(role.experience);
  return (
    <section class="rl-compare__column" aria-label={role.title} data-role-id={role.id}>
      <h2 class="rl-compare__title">{role.title}</h2>
      <h3 class="rl-section__title">{t('sectionPay')}</h3>
      <p>{payText(role, catalog, regionId)}</p>
      <h3 class="rl-section__title">{t('sectionExperience')}</h3>
      <p>{years ?? role.experience.wording}</p>
      <h3 class="rl-section__title">{t('sectionEducationShort')}</h3>
      <ul>
        {role.education.map((item) => (
          <li key={item.text}>{item.text}</li>
        ))}
      </ul>
      <h3 class="rl-section__title">{t('sectionDutiesShort')}</h3>
      <ul>
        {role.duties.items.map((duty) => (
          <li key={duty}>{duty}</li>
        ))}
      </ul>
    </section>
  );
}

/** Two roles side by side: pay, experience, education and duties. */
export function CompareView({ catalog, left, right, regionId, onChangeRight }: CompareViewProps) {
  return (
    <div class="rl-compare">
      <label class="rl-compare__pick">
        {t('compareWith', left.shortTitle)}{' '}
        <select value={right.id} onChange={(event) => onChangeRight(event.currentTarget.value as RoleId)}>
          {catalog.roles
            .filter((role) => role.id !== left.id)
            .map((role) => (
              <option key={role.id} value={role.id}>
                {role.title}
              </option>
            ))}
        </select>
      </label>
      <div class="rl-compare__columns">
        <Column role={left} catalog={catalog} regionId={regionId} />
        <Column role={right} catalog={catalog} regionId={regionId} />
      </div>
    </div>
  );
}
