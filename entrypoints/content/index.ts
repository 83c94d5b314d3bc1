// Board content script: the detector, with the board's reader for this page.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { BOARD_MATCHES, boardForUrl } from '../../lib/boards/registry';
import { detectRole } from './detect-role';

export default defineContentScript({
  matches: BOARD_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const board = boardForUrl(new URL(location.href));
    if (board) detectRole(ctx, board);
  },
});
