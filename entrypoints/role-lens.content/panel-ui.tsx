// Mounts the one <role-lens-panel> a page may have: the Preact panel (components/PanelHost) is
// rendered once into its shadow root and follows the posting and settings handed to it here.
import { render } from 'preact';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PanelHost, type PanelSource, type Shown } from '../../components/PanelHost';
import panelCss from '../../components/role-lens.css?inline';
import { countryForHost } from '../../lib/boards/sites';
import { loadRoleCatalog } from '../../lib/data/catalog';
import { dismissPosting, readDismissedPostings, readPanelCollapsed, savePanelCollapsed } from '../../lib/storage/panel-prefs';
import type { Settings } from '../../lib/storage/settings';

export type { Shown };

export interface PanelUi {
  /** Shows the panel for a recognised posting, or removes it (null). */
  show(shown: Shown | null): void;
  /** Redraws after a settings change. */
  refresh(): void;
}

const TAG_NAME = 'role-lens-panel';

export async function createPanelUi(ctx: ContentScriptContext, settings: () => Settings): Promise<PanelUi> {
  const [catalog, dismissedKeys, rememberedCollapsed] = await Promise.all([loadRoleCatalog(), readDismissedPostings(), readPanelCollapsed()]);
  const dismissed = new Set(dismissedKeys);
  let shown: Shown | null = null;
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((listener) => listener());
  const source: PanelSource = {
    current: () => ({ shown, settings: settings() }),
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };

  let host: HTMLElement | null = null;
  let container: HTMLElement | null = null;
  const ui: ShadowRootContentScriptUi<void> = await createShadowRootUi(ctx, {
    name: TAG_NAME,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: panelCss,
    onMount(uiContainer, _shadow, shadowHost) {
      host = shadowHost;
      container = uiContainer;
      render(
        <PanelHost
          source={source}
          catalog={catalog}
          host={shadowHost}
          siteCountry={countryForHost(location.hostname)}
          rememberedCollapsed={rememberedCollapsed}
          onCollapsedChange={(collapsed) => savePanelCollapsed(collapsed).catch(() => undefined)}
          onDismiss={(posting) => {
            dismissed.add(posting.key);
            dismissPosting(posting.key).catch(() => undefined);
            hide();
          }}
        />,
        uiContainer,
      );
    },
    onRemove() {
      // Unmounting the component removes its listeners (resize, the source).
      if (container) render(null, container);
      container = null;
      host = null;
    },
  });

  function hide() {
    shown = null;
    if (host) ui.remove();
  }

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
        changed();
        return;
      }
      if (host) ui.remove(); // the page removed it earlier
      ui.mount();
    },
    refresh: changed,
  };
}
