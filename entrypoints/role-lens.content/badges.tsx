// Renders result-card badges: each its own <role-lens-badge> with a shadow root, so the board's
// CSS never reaches it and page text is only ever set as text.
import { render } from 'preact';
import { Badge } from '../../components/Badge';
import badgeCss from '../../components/badge.css?inline';
import { countryForHost } from '../../lib/boards/sites';
import type { BadgeRenderer } from '../../lib/page/card-badger';
import { regionIdsForSite } from '../../lib/place/place';
import type { RoleCatalog } from '../../lib/data/catalog';

/** `settingRegion`: the settings' region ("auto" or a fixed region id), read at each render. */
export function createBadgeRenderer(catalog: RoleCatalog, settingRegion: () => string): BadgeRenderer {
  return {
    render(host, card, match) {
      // A card shows no location we read, so its figure is the site country's (or the fixed region's).
      const wantedRegionIds = regionIdsForSite(countryForHost(location.hostname), settingRegion(), catalog.regions);
      let shadow = host.shadowRoot;
      if (!shadow) {
        shadow = host.attachShadow({ mode: 'open' });
        const style = document.createElement('style');
        style.textContent = badgeCss;
        shadow.append(style, document.createElement('span'));
      }
      const container = shadow.lastElementChild;
      if (!container) return;
      render(<Badge role={catalog.role(match.roleId)} catalog={catalog} wantedRegionIds={wantedRegionIds} onOpen={() => card.opener?.click()} />, container);
    },
  };
}
