// Content script: picks the board adapter for this page, watches for postings, shows the panel.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { adapterForUrl, BOARD_MATCHES } from '../../lib/boards';
import { classifyTitle } from '../../lib/classify';
import { watchPostings } from '../../lib/posting-watcher';
import { createPanelUi, type PanelUi } from './panel-ui';

export default defineContentScript({
  matches: BOARD_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  async main(ctx) {
    const adapter = adapterForUrl(new URL(location.href));
    if (!adapter) return;
    // The panel's UI is built on the first recognised posting: other pages pay nothing for it.
    let panel: Promise<PanelUi> | undefined;
    const watcher = watchPostings({
      adapter,
      document,
      signal: ctx.signal,
      onChange(posting) {
        const match = posting ? classifyTitle(posting.title) : null;
        const shown = posting && match ? { posting, match } : null;
        if (!shown && !panel) return;
        panel ??= createPanelUi(ctx);
        void panel.then((ui) => ui.show(shown));
      },
    });
    // WXT fires this inside pushState, before the new posting renders; the watcher's
    // mutation observer catches the render itself.
    ctx.addEventListener(window, 'wxt:locationchange', () => watcher.recheck());
  },
});
