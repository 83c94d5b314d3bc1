import { formatRange, formatYears } from '../lib/format';
import type { RoleCatalog } from '../lib/roles';
import type { Role, RoleId } from '../lib/schema';

export interface CompareViewProps {
  catalog: RoleCatalog;
  left: Role;
  right: Role;
  onChangeRight: (id: RoleId) => void;
}

function payText(role: Role, catalog: RoleCatalog): string {
  const range = role.salary.headline?.range;
  if (range) return `${formatRange(range.min, range.max, range.currency)} a year (US)`;
  const comparable = role.salary.comparableRoleIds.map((id) => catalog.role(id).shortTitle).join(', ');
  return `No source gives its pay (comparable: ${comparable})`;
}

function Column({ role, catalog }: { role: Role; catalog: RoleCatalog }) {
  const years = formatYears(role.experience);
  return (
    <section class="rl-compare__column" aria-label={role.title} data-role-id={role.id}>
      <h2 class="rl-compare__title">{role.title}</h2>
      <h3 class="rl-section__title">Pay</h3>
      <p>{payText(role, catalog)}</p>
      <h3 class="rl-section__title">Experience</h3>
      <p>{years ?? role.experience.wording}</p>
      <h3 class="rl-section__title">Education</h3>
      <ul>
        {role.education.map((item) => (
          <li key={item.text}>{item.text}</li>
        ))}
      </ul>
      <h3 class="rl-section__title">Duties</h3>
      <ul>
        {role.duties.items.map((duty) => (
          <li key={duty}>{duty}</li>
        ))}
      </ul>
    </section>
  );
}

/** Two roles side by side: pay, experience, education and duties. */
export function CompareView({ catalog, left, right, onChangeRight }: CompareViewProps) {
  return (
    <div class="rl-compare">
      <label class="rl-compare__pick">
        Compare {left.shortTitle} with{' '}
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
        <Column role={left} catalog={catalog} />
        <Column role={right} catalog={catalog} />
      </div>
    </div>
  );
}
