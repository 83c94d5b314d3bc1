// Career-site content script: registered at run time only for the sites the user enabled. The
// detector, with the JSON-LD reader.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { careerSiteReader } from '../../lib/boards/career-site';
import { detectRole } from '../../lib/page/detect-role';

export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    // Injected again when the user re-enables a site: WXT's context retires the older copy.
    detectRole(ctx, careerSiteReader);
  },
});
