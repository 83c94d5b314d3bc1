// Jobstreet (Malaysia, Indonesia, the Philippines, Singapore): job views (/job/<id>, /id/job/<id>)
// and search pages, with their cards and the split-view details pane (?jobId=). Jobstreet runs on
// SEEK's platform: the same markup (data-automation hooks) and URLs as SEEK (./seek.ts), whose
// tables it uses; they are checked against saved Jobstreet pages too: MY and ID search pages
// (2025) and a PH job view (2025). Each site's country switcher links the other three.
import { seek } from './seek';
import type { BoardDefinition } from './types';

export const jobstreet: BoardDefinition = {
  id: 'jobstreet',
  label: 'Jobstreet',
  sites: [
    { match: '*://*.my.jobstreet.com/*', country: 'MY' },
    { match: '*://*.id.jobstreet.com/*', country: 'ID' },
    { match: '*://*.ph.jobstreet.com/*', country: 'PH' },
    { match: '*://*.sg.jobstreet.com/*', country: 'SG' },
  ],
  exampleUrls: [
    'https://my.jobstreet.com/product-manager-jobs',
    'https://my.jobstreet.com/customer-service-manager-jobs?jobId=84367877',
    'https://id.jobstreet.com/id/jobs',
    'https://id.jobstreet.com/id/job/83341499',
    'https://ph.jobstreet.com/job/82411354',
    'https://sg.jobstreet.com/customer-support-manager-jobs',
  ],
  // SEEK's platform: its tables (checked against these saved Jobstreet pages too) and URL readers.
  mayShowPosting: seek.mayShowPosting,
  posting: seek.posting,
  cards: seek.cards,
};
