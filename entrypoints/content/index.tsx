// Content script: picks the board adapter for this page, watches for postings, shows the panel.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { adapterForUrl, BOARD_MATCHES } from '../../lib/boards';
import { classifyTitle } from '../../lib/classify';
import { watchPostings } from '../../lib/posting-watcher';
import { createPanelUi } from './panel-ui';

export default defineContentScript({
  matches: BOARD_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  async main(ctx) {
    const adapter = adapterForUrl(new URL(location.href));
    if (!adapter) return;
    const panel = await createPanelUi(ctx);
    const watcher = watchPostings({
      adapter,
      document,
      signal: ctx.signal,
      onChange(posting) {
        const match = posting ? classifyTitle(posting.title) : null;
        panel.show(posting && match ? { posting, match } : null);
      },
    });
    // WXT fires this inside pushState, before the new posting renders; the watcher's
    // mutation observer catches the render itself.
    ctx.addEventListener(window, 'wxt:locationchange', () => watcher.recheck());
  },
});
