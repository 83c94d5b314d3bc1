// The panel's script: loaded by the background into a frame whose detector found one of our
// roles (never listed in the manifest). Runs Role Lens in full with that page's board reader.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { careerSiteReader } from '../../lib/boards/career-site';
import { boardForUrl } from '../../lib/boards/registry';
import { runRoleLens } from './run-role-lens';

export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  async main(ctx) {
    // Loaded again (a second detector, a re-enabled site): WXT's context retires the older copy.
    await runRoleLens(ctx, boardForUrl(new URL(location.href)) ?? careerSiteReader);
  },
});
