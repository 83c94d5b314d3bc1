import { formatRange } from '../lib/format';
import type { Role } from '../lib/schema';

export interface BadgeProps {
  role: Role;
  onOpen: () => void;
}

/** The small label by a result card's title: "Support Director · $90K–$170K". */
export function Badge({ role, onOpen }: BadgeProps) {
  const range = role.salary.headline?.range;
  const rangeText = range ? formatRange(range.min, range.max, range.currency) : undefined;
  return (
    <button
      type="button"
      class="rl-badge"
      title={`Role Lens: ${role.title}${rangeText ? `, typically ${rangeText} a year in the US` : ''}. Open this posting.`}
      onClick={(event) => {
        event.preventDefault();
        event.stopPropagation();
        onOpen();
      }}
    >
      {rangeText ? `${role.shortTitle} · ${rangeText}` : role.shortTitle}
    </button>
  );
}
