// The panel's script: loaded by the background into a frame whose detector found one of our
// roles (never listed in the manifest). Runs Role Lens in full with that page's adapter.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { adapterForUrl } from '../../lib/boards';
import { careerSiteAdapter } from '../../lib/boards/career-site';
import { runRoleLens } from './run-role-lens';

export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  async main(ctx) {
    // Loaded again (a second detector, a re-enabled site): WXT's context retires the older copy.
    await runRoleLens(ctx, adapterForUrl(new URL(location.href)) ?? careerSiteAdapter);
  },
});
