// The panel's script: loaded by the background into a frame whose detector found one of our
// roles (never listed in the manifest). Runs Role Lens in full with the board reader the detector
// handed over (or, loaded some other way, the one the page's address names).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { careerSiteReader } from '../../lib/boards/career-site';
import { boardById, boardForUrl } from '../../lib/boards/registry';
import { takeHandover } from '../../lib/page/handover';
import { runRoleLens } from './run-role-lens';

export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  async main(ctx) {
    // Loaded again (a second detector, a re-enabled site): WXT's context retires the older copy.
    const handover = takeHandover();
    const board = (handover && (handover.board === careerSiteReader.id ? careerSiteReader : boardById(handover.board))) ?? boardForUrl(new URL(location.href)) ?? careerSiteReader;
    await runRoleLens(ctx, board);
  },
});
