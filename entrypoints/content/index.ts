// Board content script: the detector, with the adapter for this page.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { adapterForUrl } from '../../lib/boards';
import { BOARD_MATCHES } from '../../lib/boards/sites';
import { detectRole } from './detect-role';

export default defineContentScript({
  matches: BOARD_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const adapter = adapterForUrl(new URL(location.href));
    if (adapter) detectRole(ctx, adapter);
  },
});
