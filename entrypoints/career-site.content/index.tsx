// Career-site content script: registered at run time only for the sites the user enabled.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { careerSiteAdapter } from '../../lib/boards/career-site';
import { runRoleLens } from '../content/run-role-lens';

export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  async main(ctx) {
    // Injected again when the user re-enables a site: one instance per page is enough. The flag
    // lives in the extension's isolated world, invisible to the page.
    const scope = globalThis as { roleLensCareerSiteRunning?: boolean };
    if (scope.roleLensCareerSiteRunning) return;
    scope.roleLensCareerSiteRunning = true;
    await runRoleLens(ctx, careerSiteAdapter);
  },
});
