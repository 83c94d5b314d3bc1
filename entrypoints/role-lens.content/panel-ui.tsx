// Mounts the one <role-lens-panel> a page may have, and keeps it describing the current posting.
import { render } from 'preact';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Panel } from '../../components/Panel';
import panelCss from '../../components/role-lens.css?inline';
import type { Posting } from '../../lib/boards/types';
import type { RoleMatch } from '../../lib/titles/classify';
import { dismissPosting, readDismissedPostings, readPanelCollapsed, savePanelCollapsed } from '../../lib/storage/panel-prefs';
import { PANEL_WIDTH, placePanel, type Placement } from '../../lib/page/placement';
import { countryForHost } from '../../lib/boards/sites';
import { figureShownFirst } from '../../lib/data/figures';
import { assessPosting } from '../../lib/pay/assess';
import { comparedFigureAttribute } from '../../lib/pay/compare';
import { postingPayAttribute } from '../../lib/pay/parse';
import { experienceAttribute } from '../../lib/posting/experience';
import { readPosting } from '../../lib/posting/read';
import type { Settings } from '../../lib/storage/settings';
import { loadRoleCatalog } from '../../lib/data/catalog';

export interface Shown {
  posting: Posting;
  match: RoleMatch;
}

export interface PanelUi {
  /** Shows the panel for a recognised posting, or removes it (null). */
  show(shown: Shown | null): void;
  /** Redraws after a settings change. */
  refresh(): void;
}

const TAG_NAME = 'role-lens-panel';

/** Sets each data attribute that has a value and removes the rest, so a stale one never lingers. */
function setData(host: HTMLElement, values: Record<string, string | undefined>): void {
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) delete host.dataset[key];
    else host.dataset[key] = value;
  }
}

export async function createPanelUi(ctx: ContentScriptContext, settings: () => Settings): Promise<PanelUi> {
  const [catalog, dismissedKeys, rememberedCollapsed] = await Promise.all([
    loadRoleCatalog(),
    readDismissedPostings(),
    readPanelCollapsed(),
  ]);
  const dismissed = new Set(dismissedKeys);
  const { panelStart } = settings();
  let collapsedPreference = panelStart === 'remember' ? (rememberedCollapsed ?? false) : panelStart === 'collapsed';
  /** In the corner (no room beside the posting) the panel opens only when the user asks. */
  let openedInCorner = false;
  let shown: Shown | null = null;
  let container: HTMLElement | null = null;
  let host: HTMLElement | null = null;

  const ui: ShadowRootContentScriptUi<void> = await createShadowRootUi(ctx, {
    name: TAG_NAME,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: panelCss,
    onMount(uiContainer, _shadow, shadowHost) {
      container = uiContainer;
      host = shadowHost;
      draw();
    },
    onRemove() {
      if (container) render(null, container);
      container = null;
      host = null;
    },
  });

  function placement(): Placement {
    if (!shown) return { kind: 'corner' };
    const rect = shown.posting.container.getBoundingClientRect();
    return placePanel(rect, document.documentElement.clientWidth || window.innerWidth);
  }

  function draw() {
    if (!container || !host || !shown) return;
    const { posting, match } = shown;
    const { region, showDuties, panelStart } = settings();
    const place = placement();
    const collapsed = collapsedPreference || (place.kind === 'corner' && !openedInCorner);
    const role = catalog.role(match.roleId);
    const assessment = assessPosting({ posting, siteCountry: countryForHost(location.hostname), settingRegion: region }, role, catalog);
    const { place: postingPlace, wantedRegionIds, postingPay } = assessment;
    const firstFigure = figureShownFirst(role, wantedRegionIds, catalog);
    const comparison = postingPay?.comparison;
    const reading = readPosting(posting, postingPay?.pay ?? null, postingPlace, role, catalog);
    // The contract tests read from outside (README, "Contract for tests"); absent means "none".
    setData(host, {
      roleId: match.roleId,
      postingPay: postingPay?.pay ? postingPayAttribute(postingPay.pay) : undefined,
      headlineRegion: firstFigure.regionId,
      payVerdict: comparison?.verdict ?? 'not-compared',
      payComparedTo: comparison?.figure?.region,
      payComparedFigure: comparison?.figure && comparedFigureAttribute(comparison.figure),
      payTransparency: reading.transparency.status,
      experienceAsked: experienceAttribute(reading.experience) ?? undefined,
      postingLevel: reading.level?.level,
    });
    const position =
      place.kind === 'side'
        ? { left: `${place.left}px`, top: `${place.top}px` }
        : { right: '16px', bottom: '16px' };
    render(
      <div class="rl-root" style={{ position: 'fixed', zIndex: 2147483647, '--rl-panel-width': `${PANEL_WIDTH}px`, ...position }}>
        <Panel
          role={role}
          catalog={catalog}
          postingPay={postingPay}
          reading={reading}
          postingTitle={posting.title}
          wantedRegionIds={wantedRegionIds}
          place={postingPlace}
          showDuties={showDuties}
          collapsed={collapsed}
          onToggleCollapsed={() => {
            const collapseNow = !collapsed;
            collapsedPreference = collapseNow;
            openedInCorner = !collapseNow;
            if (panelStart === 'remember') savePanelCollapsed(collapseNow).catch(() => undefined);
            draw();
          }}
          onDismiss={() => {
            dismissed.add(posting.key);
            dismissPosting(posting.key).catch(() => undefined);
            hide();
          }}
        />
      </div>,
      container,
    );
  }

  function hide() {
    shown = null;
    if (host) ui.remove();
  }

  ctx.addEventListener(window, 'resize', () => draw());

  // A page that removes our host gets it back once per posting; fighting it in a loop would
  // break the page, so a second removal stands.
  let restoredFor: string | undefined;
  const removalWatcher = new MutationObserver(() => {
    if (!shown || !host || host.isConnected || restoredFor === shown.posting.key) return;
    restoredFor = shown.posting.key;
    ui.remove();
    ui.mount();
  });
  if (document.body) removalWatcher.observe(document.body, { childList: true });
  ctx.onInvalidated(() => removalWatcher.disconnect());

  return {
    show(next) {
      if (!next || dismissed.has(next.posting.key)) {
        hide();
        return;
      }
      shown = next;
      if (host?.isConnected) {
        draw();
        return;
      }
      if (host) ui.remove(); // the page removed it earlier
      ui.mount();
    },
    refresh: draw,
  };
}
