// Board content script: picks the adapter for this page and runs Role Lens with it.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { adapterForUrl, BOARD_MATCHES } from '../../lib/boards';
import { runRoleLens } from './run-role-lens';

export default defineContentScript({
  matches: BOARD_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  async main(ctx) {
    const adapter = adapterForUrl(new URL(location.href));
    if (adapter) await runRoleLens(ctx, adapter);
  },
});
