// `npm start`: the built extension in Debian's Chromium on real saved postings served at their
// real URLs — no account anywhere. In a window where a display exists; otherwise headless,
// writing screenshots and printing where they are.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS_DIR, launchExtensionBrowser } from '../e2e/browser';
import { savedBoardPage } from '../e2e/scenario-pages';

interface DemoPage {
  name: string;
  url: string;
  /** The saved page and the swaps that put one of our roles into it. */
  file: string;
  swaps: [string, string][];
  /** What to wait for before the screenshot. */
  ready: string;
}

const DEMO_PAGES: DemoPage[] = [
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
      ['Senior Python Developer', 'Director of Customer Care'],
    ],
    ready: 'role-lens-badge',
  },
];


/** Opens the panel if it waits as a pill (no room beside a full-width saved page). */
async function openPanel(page: Page): Promise<void> {
  const pill = page.locator('.rl-pill');
  if ((await pill.count()) > 0) await pill.click();
}

const windowed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const browser = await launchExtensionBrowser(undefined, { headless: !windowed });
const outDir = join(ARTIFACTS_DIR, 'demo');
mkdirSync(outDir, { recursive: true });
const shots: string[] = [];

for (const [index, demo] of DEMO_PAGES.entries()) {
  browser.serve(demo.url.split('?')[0]!, savedBoardPage(demo.file, demo.swaps));
  const page = await browser.context.newPage();
  await page.goto(demo.url);
  await page.waitForSelector(demo.ready, { state: 'attached', timeout: 15_000 });
  if (demo.ready.startsWith('role-lens-panel')) await openPanel(page);
  const shown = page.locator('.rl-panel, role-lens-badge').first();
  await shown.waitFor({ timeout: 15_000 });
  await shown.scrollIntoViewIfNeeded();
  const path = join(outDir, `${index + 1}-${demo.name}.png`);
  await page.screenshot({ path });
  shots.push(path);
}

const popup = await browser.context.newPage();
await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
await popup.getByRole('combobox', { name: 'Look up a role' }).fill('custmer care managr');
await popup.keyboard.press('Enter');
await popup.waitForSelector('article.rl-card');
const popupShot = join(outDir, `${DEMO_PAGES.length + 1}-popup.png`);
await popup.screenshot({ path: popupShot });
shots.push(popupShot);

console.log(`Role Lens demo: ${DEMO_PAGES.length} saved postings and the popup.`);
for (const path of shots) console.log(`  ${path}`);
if (windowed) {
  console.log('The browser stays open with each page in its own tab; close its window to end the demo.');
  await new Promise<void>((resolve) => browser.context.once('close', () => resolve()));
} else {
  console.log('No display here, so it ran headless: the screenshots above show what it drew.');
  await browser.close();
}
