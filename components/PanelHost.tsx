// The on-page panel as one Preact component, rendered once into the shadow root: it owns the
// collapse state, follows the posting and settings it is handed, places itself beside the
// posting (again on resize), and keeps the host's contract attributes in step.
import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { Posting } from '../lib/boards/types';
import type { RoleCatalog } from '../lib/data/catalog';
import { describePosting } from '../lib/page/describe-posting';
import { PANEL_WIDTH, placePanel, type Placement } from '../lib/page/placement';
import type { Settings } from '../lib/storage/settings';
import type { RoleMatch } from '../lib/titles/classify';
import { uiTextLanguage } from '../lib/i18n/messages';
import { Panel } from './Panel';

export interface Shown {
  posting: Posting;
  match: RoleMatch;
}

/** What the panel shows, handed in from outside; `subscribe` calls back whenever it changes. */
export interface PanelSource {
  current(): { shown: Shown | null; settings: Settings };
  subscribe(onChange: () => void): () => void;
}

export interface PanelHostProps {
  source: PanelSource;
  catalog: RoleCatalog;
  host: HTMLElement;
  siteCountry?: string;
  /** The collapse state remembered from last time, when settings say to remember it. */
  rememberedCollapsed?: boolean;
  onCollapsedChange: (collapsed: boolean) => void;
  onDismiss: (posting: Posting) => void;
}

function placementOf(shown: Shown): Placement {
  return placePanel(shown.posting.container.getBoundingClientRect(), document.documentElement.clientWidth || window.innerWidth);
}

/** Sets each data attribute that has a value and removes the rest, so a stale one never lingers. */
function setData(host: HTMLElement, values: Record<string, string | undefined>): void {
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) delete host.dataset[key];
    else host.dataset[key] = value;
  }
}

export function PanelHost({ source, catalog, host, siteCountry, rememberedCollapsed, onCollapsedChange, onDismiss }: PanelHostProps) {
  const [{ shown, settings }, setCurrent] = useState(source.current);
  const [, setViewport] = useState(0);
  const [collapsedPreference, setCollapsedPreference] = useState(() => {
    const { panelStart } = source.current().settings;
    return panelStart === 'remember' ? (rememberedCollapsed ?? false) : panelStart === 'collapsed';
  });
  /** In the corner (no room beside the posting) the panel opens only when the user asks. */
  const [openedInCorner, setOpenedInCorner] = useState(false);

  // Layout effects: subscribed as soon as it renders, not after a paint a background tab may never have.
  useLayoutEffect(() => source.subscribe(() => setCurrent(source.current())), [source]);
  useLayoutEffect(() => {
    const onResize = () => setViewport((count) => count + 1);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);

  // Worked out once per posting and region setting: resizing or collapsing only redraws.
  const description = useMemo(
    () => shown && describePosting(shown.posting, shown.match, { siteCountry, settingRegion: settings.region }, catalog),
    [shown, settings.region, siteCountry, catalog],
  );
  useLayoutEffect(() => {
    if (description) setData(host, description.contract);
  });
  if (!shown || !description) return null;

  const place = placementOf(shown);
  const collapsed = collapsedPreference || (place.kind === 'corner' && !openedInCorner);
  const position = place.kind === 'side' ? { left: `${place.left}px`, top: `${place.top}px` } : { right: '16px', bottom: '16px' };
  return (
    <div class="rl-root" lang={uiTextLanguage()} style={{ position: 'fixed', zIndex: 2147483647, '--rl-panel-width': `${PANEL_WIDTH}px`, ...position }}>
      <Panel
        role={description.role}
        catalog={catalog}
        postingPay={description.postingPay}
        reading={description.reading}
        postingTitle={shown.posting.title}
        wantedRegionIds={description.wantedRegionIds}
        place={description.place}
        showDuties={settings.showDuties}
        collapsed={collapsed}
        onToggleCollapsed={() => {
          setCollapsedPreference(!collapsed);
          setOpenedInCorner(collapsed);
          if (settings.panelStart === 'remember') onCollapsedChange(!collapsed);
        }}
        onDismiss={() => onDismiss(shown.posting)}
      />
    </div>
  );
}
