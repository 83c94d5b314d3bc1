import { formatRange } from '../lib/format';
import type { RoleCatalog } from '../lib/roles';
import type { Role } from '../lib/schema';
import { RoleCard, type PostingPayView } from './RoleCard';

export interface PanelProps {
  role: Role;
  catalog: RoleCatalog;
  /** The posting title as the page shows it, so a wrong match is obvious. */
  postingTitle: string;
  regionId: string;
  showDuties: boolean;
  postingPay?: PostingPayView;
  collapsed: boolean;
  onToggleCollapsed: () => void;
  onDismiss: () => void;
}

function pillText(role: Role): string {
  const range = role.salary.headline?.range;
  return range ? `${role.shortTitle} · ${formatRange(range.min, range.max, range.currency)}` : role.shortTitle;
}

/** The on-page panel: a role card beside the posting, or a small pill when collapsed. */
export function Panel({ role, catalog, postingTitle, regionId, showDuties, postingPay, collapsed, onToggleCollapsed, onDismiss }: PanelProps) {
  if (collapsed) {
    return (
      <button
        type="button"
        class="rl-pill"
        aria-expanded="false"
        aria-label={`Role Lens: ${role.title}. Open the panel`}
        onClick={onToggleCollapsed}
      >
        <span class="rl-pill__mark" aria-hidden="true">RL</span>
        {pillText(role)}
      </button>
    );
  }
  return (
    <section
      class="rl-panel"
      aria-label={`Role Lens: ${role.title}`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onToggleCollapsed();
      }}
    >
      <header class="rl-panel__header">
        <div>
          <p class="rl-panel__brand">Role Lens</p>
          <h2 class="rl-panel__title">{role.title}</h2>
          <p class="rl-panel__recognised">
            Recognised from “<span class="rl-panel__posting">{postingTitle}</span>”
          </p>
        </div>
        <div class="rl-panel__actions">
          <button type="button" class="rl-icon" aria-expanded="true" aria-label="Collapse the panel" title="Collapse" onClick={onToggleCollapsed}>
            <span aria-hidden="true">–</span>
          </button>
          <button type="button" class="rl-icon" aria-label="Hide for this posting" title="Hide for this posting" onClick={onDismiss}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
      </header>
      <div class="rl-panel__body">
        <RoleCard role={role} catalog={catalog} regionId={regionId} showDuties={showDuties} postingPay={postingPay} />
      </div>
    </section>
  );
}
