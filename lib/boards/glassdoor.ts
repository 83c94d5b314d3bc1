// Glassdoor: every country site (glassdoor.com, .co.uk, .co.in, .com.br …): job-listing pages
// and the search page's details pane.
import type { BoardDefinition } from './types';

/** The first path segment of job pages on Glassdoor's country sites ("Job", "Vaga", "Emploi" …). */
const JOB_SECTIONS = new Set(['job', 'job-listing', 'vaga', 'emploi', 'empleo', 'stellen', 'lavoro', 'vacature', 'jobs']);

const site = (domain: string, country: string) => ({ match: `*://*.${domain}/*`, country });

export const glassdoor: BoardDefinition = {
  id: 'glassdoor',
  label: 'Glassdoor',
  sites: [
    site('glassdoor.com', 'US'),
    site('glassdoor.co.uk', 'GB'),
    site('glassdoor.ca', 'CA'),
    site('glassdoor.com.au', 'AU'),
    site('glassdoor.co.in', 'IN'),
    site('glassdoor.com.br', 'BR'),
    site('glassdoor.de', 'DE'),
    site('glassdoor.fr', 'FR'),
  ],
  exampleUrls: [
    'https://www.glassdoor.com/job-listing/customer-support-manager-acme-JV_IC1147401_KO0,24_KE25,29.htm?jl=1010249613116',
    'https://www.glassdoor.com/Job/customer-service-manager-jobs-SRCH_KO0,24.htm',
    'https://www.glassdoor.co.in/Job/pune-software-qa-engineer-jobs-SRCH_IL.0,4_IC2856202_KO5,25.htm?jl=1010181278231',
  ],
  mayShowPosting(url) {
    const section = url.pathname.toLowerCase().split('/')[1] ?? '';
    return JOB_SECTIONS.has(section) || url.searchParams.has('jl');
  },
  posting: {
    pane: [
      { css: '[class*="JobDetails_jobDetailsContainer"]', serves: 'search details pane, 2024–2025' },
      { css: '[data-test="job-details-header"]', serves: 'job-listing page, 2024' },
      { css: '[data-test="JobDetails"]', serves: 'job-listing page, 2023' },
      { css: '#JobView', serves: 'job-listing page, 2022' },
    ],
    // A job-listing page is all one posting; a search page shows one only in its pane.
    isWholePage: (url) => url.pathname.toLowerCase().startsWith('/job-listing/'),
    // Inside the pane only: list cards use the same data-test="job-title".
    title: [
      { css: 'h1[id^="jd-job-title"]', serves: 'search details pane, 2025' },
      { css: '[data-test="job-title"]', serves: 'details pane and job page, 2023–2025' },
      { css: 'h1', serves: 'job-listing page, any year' },
    ],
    location: [
      { css: '[data-test="location"]', serves: 'details pane, 2024–2025' },
      { css: '[data-test="emp-location"]', serves: 'job page, 2023' },
    ],
    pay: [
      { css: '[data-test="detailSalary"]', serves: 'details pane, 2024–2025' },
      { css: '[data-test="salary-estimate"]', serves: 'job page, 2023' },
      { css: '[class*="SalaryEstimate_salaryRange"]', serves: 'details pane, 2025' },
    ],
    company: [{ css: '[class*="EmployerProfile_employerName"]', serves: 'details pane, 2025' }],
    description: [{ css: '[class*="JobDetails_jobDescription"]', serves: 'details pane, 2025' }],
    // The pane's title carries the job id ("jd-job-title-1009733330019") when the URL doesn't.
    jobKey(url, titleElement) {
      const id = url.searchParams.get('jl') ?? url.searchParams.get('jobListingId');
      if (id && /^\d{1,20}$/.test(id)) return id;
      return /^jd-job-title-(\d{1,20})$/.exec(titleElement.id)?.[1];
    },
  },
  cards: {
    root: [{ css: 'li[data-test="jobListing"]', serves: 'search results, 2024–2025' }],
    title: [
      { css: 'a[data-test="job-title"]', serves: 'search results, 2024–2025' },
      { css: '[class*="JobCard_jobTitle"]', serves: 'search results, 2025' },
    ],
    // The title is the card's link: the badge follows it, and clicking opens it.
    opener: [{ css: 'a[data-test="job-title"]', serves: 'search results, 2024–2025' }],
    pay: [{ css: '[data-test="detailSalary"]', serves: 'search results, 2024–2025' }],
    jobKey: (card) => card.getAttribute('data-jobid') ?? undefined,
  },
};
