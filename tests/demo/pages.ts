// The saved postings `npm start` shows, each with the swaps that put one of our roles into it
// (checked by tests/unit/demo-pages.test.ts, so the demo never meets a page it can't prepare).

export interface DemoPage {
  name: string;
  url: string;
  /** The saved page and the swaps that put one of our roles into it. */
  file: string;
  swaps: [string, string][];
  /** What to wait for before the screenshot. */
  ready: string;
}

export const DEMO_PAGES: DemoPage[] = [
  {
    name: 'linkedin-job-view',
    url: 'https://au.linkedin.com/jobs/view/senior-software-engineer-developer-experience-at-heidi-4411867124',
    file: 'linkedin/linkedin-1-jobview.html',
    swaps: [['Senior Software Engineer - Developer Experience', 'Senior Manager, Customer Support (Remote)']],
    ready: 'role-lens-panel[data-role-id]',
  },
  {
    name: 'indeed-search-pane',
    url: 'https://www.indeed.com/jobs?q=data+analyst&l=Portland%2C+OR&vjk=29dd4196cccd7eaf',
    file: 'indeed/indeed-5-search-pane-us.html',
    swaps: [['data-testid="jobsearch-JobInfoHeader-title"><span>Research Data Analyst 1<', 'data-testid="jobsearch-JobInfoHeader-title"><span>Customer Service Manager<']],
    ready: 'role-lens-panel[data-pay-verdict]',
  },
  {
    name: 'indeed-australia',
    url: 'https://au.indeed.com/viewjob?jk=54f1f8af68d722d2',
    file: 'indeed/indeed-4-viewjob.html',
    swaps: [['<span>Senior DevOps Engineer</span></h1>', '<span>Customer Support Manager</span></h1>']],
    ready: 'role-lens-panel[data-pay-verdict]',
  },
  {
    name: 'linkedin-list-with-badges',
    url: 'https://www.linkedin.com/jobs/search?keywords=customer',
    file: 'linkedin/linkedin-2-search.html',
    swaps: [
      ['Python Test Engineer', 'Customer Support Manager'],
      ['Python Django', 'Director of Customer Care'],
    ],
    ready: 'role-lens-badge',
  },
];
