// Renders result-card badges: each its own <role-lens-badge> with a shadow root, so the board's
// CSS never reaches it and page text is only ever set as text.
import { render } from 'preact';
import { Badge } from '../../components/Badge';
import badgeCss from '../../components/badge.css?inline';
import type { BadgeRenderer } from '../../lib/card-badger';
import type { RoleCatalog } from '../../lib/roles';

export function createBadgeRenderer(catalog: RoleCatalog): BadgeRenderer {
  return {
    render(host, card, match) {
      let shadow = host.shadowRoot;
      if (!shadow) {
        shadow = host.attachShadow({ mode: 'open' });
        const style = document.createElement('style');
        style.textContent = badgeCss;
        shadow.append(style, document.createElement('span'));
      }
      const container = shadow.lastElementChild;
      if (!container) return;
      render(<Badge role={catalog.role(match.roleId)} onOpen={() => card.opener?.click()} />, container);
    },
  };
}
