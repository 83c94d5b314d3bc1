// Pay by country: the built extension on real saved Indeed and Glassdoor pages of four countries'
// sites (India, Australia, Canada, US). Expected values are worked out by hand from data/roles.json
// and the README's rules ("How figures are chosen and compared", "Contract for tests").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchExtensionBrowser, type ExtensionBrowser } from './browser';
import { freshPagePerTest } from './fresh-page';
import { savedBoardPage } from './scenario-pages';

const INDEED_IN = 'https://in.indeed.com/jobs?q=flutter+developer&vjk=b6bab53a3af7b954';
const GLASSDOOR_IN = 'https://www.glassdoor.co.in/Job/pune-software-qa-engineer-jobs-SRCH_IL.0,4_IC2856202_KO5,25.htm?jl=1010181278231';
const INDEED_AU = 'https://au.indeed.com/viewjob?jk=54f1f8af68d722d2';
const INDEED_CA = 'https://ca.indeed.com/viewjob?jk=d0840105d904ca72';
const INDEED_US = 'https://www.indeed.com/jobs?q=data+analyst&l=Portland%2C+OR&vjk=29dd4196cccd7eaf';

const PANEL = 'role-lens-panel';
const US_REFERENCE = (country: string, role: string) => `No ${country} figure for ${role}; US figures shown for reference.`;

/** in.indeed.com search, right pane "Flutter Developer", location "Remote", no pay line: we add one in Indeed's markup. */
const indeedIndia = (title: string, pay: string, location = 'Remote') =>
  savedBoardPage('indeed/indeed-6-search-pane-in.html', [
    ['data-testid="jobsearch-JobInfoHeader-title"><span>Flutter Developer<', `data-testid="jobsearch-JobInfoHeader-title"><span>${title}<`],
    [
      '<div data-testid="jobsearch-OtherJobDetailsContainer" class="css-u74ql7 eu4oa1w0"><div></div></div>',
      `<div data-testid="jobsearch-OtherJobDetailsContainer" class="css-u74ql7 eu4oa1w0"><div><div id="salaryInfoAndJobType" class="css-1khw2t eu4oa1w0"><span class="css-1oc7tea eu4oa1w0">${pay}</span></div></div></div>`,
    ],
    ['data-testid="inlineHeader-companyLocation" class="css-89aoy7 eu4oa1w0"><div>Remote<', `data-testid="inlineHeader-companyLocation" class="css-89aoy7 eu4oa1w0"><div>${location}<`],
  ]);

/** glassdoor.co.in search pane "Junior QA Engineer", location "India", pay "₹3L - ₹4L (Employer provided)". */
const glassdoorIndia = (title: string, swaps: [string, string][] = []) =>
  savedBoardPage('glassdoor/glassdoor-2-search-pane-in.html', [['id="jd-job-title-1010181278231">Junior QA Engineer<', `id="jd-job-title-1010181278231">${title}<`], ...swaps]);

/** au.indeed.com viewjob "Senior DevOps Engineer", Camberwell VIC 3124, "$130,000 - $160,000 a year". */
const indeedAustralia = (title: string, location: string) =>
  savedBoardPage('indeed/indeed-4-viewjob.html', [
    ['<span>Senior DevOps Engineer</span></h1>', `<span>${title}</span></h1>`],
    ['>Camberwell VIC 3124<', `>${location}<`],
  ]);

/** ca.indeed.com viewjob "Python Developer" (Toronto); its pay line says only "Fixed term contract". */
const indeedCanada = (title: string, pay?: string) =>
  savedBoardPage('indeed/indeed-2-viewjob.html', [
    ['jobsearch-JobInfoHeader-title">Python Developer</h1>', `jobsearch-JobInfoHeader-title">${title}</h1>`],
    ...(pay ? [['icl-u-xs-mt--xs">Fixed term contract</span>', `icl-u-xs-mt--xs">${pay}</span>`] as [string, string]] : []),
  ]);

/** www.indeed.com search, pane "Research Data Analyst 1", Portland, OR, "$27.85 - $41.77 an hour". */
const indeedUs = (title: string, pay: string, location = '3181 SW Sam Jackson Park Rd, Portland, OR 97239') =>
  savedBoardPage('indeed/indeed-5-search-pane-us.html', [
    ['data-testid="jobsearch-JobInfoHeader-title"><span>Research Data Analyst 1<', `data-testid="jobsearch-JobInfoHeader-title"><span>${title}<`],
    ['eu4oa1w0">$27.85 - $41.77 an hour</span>', `eu4oa1w0">${pay}</span>`],
    ['data-testid="job-location" class="css-1wbl7v6 eu4oa1w0">3181 SW Sam Jackson Park Rd, Portland, OR 97239<', `data-testid="job-location" class="css-1wbl7v6 eu4oa1w0">${location}<`],
  ]);

let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
});
afterAll(async () => {
  await browser?.close();
});
freshPagePerTest(() => browser, (opened) => (page = opened));

interface Contract {
  pay: string | null;
  headline: string | null;
  verdict: string | null;
  comparedTo: string | null;
  comparedFigure: string | null;
}

/** Shown the US figure for reference, not compared (the country has no figure for the role). */
const usForReference = (pay: string | null): Contract => ({ pay, headline: 'us', verdict: 'not-compared', comparedTo: null, comparedFigure: null });
/** Shown and compared with `region`'s figure `figure`. */
const comparedWith = (region: string, figure: string, pay: string, verdict: string): Contract => ({ pay, headline: region, verdict, comparedTo: region, comparedFigure: figure });

/** Opens `url` (served with `html`) and waits for the panel for `roleId`; returns its contract attributes. */
async function openPosting(url: string, html: string, roleId: string): Promise<Contract> {
  browser.serve(url.split('?')[0]!, html);
  await page.goto(url);
  const host = page.locator(`${PANEL}[data-role-id="${roleId}"][data-pay-verdict]`);
  await host.waitFor({ state: 'attached' });
  return host.evaluate((element) => ({
    pay: element.getAttribute('data-posting-pay'),
    headline: element.getAttribute('data-headline-region'),
    verdict: element.getAttribute('data-pay-verdict'),
    comparedTo: element.getAttribute('data-pay-compared-to'),
    comparedFigure: element.getAttribute('data-pay-compared-figure'),
  }));
}

/** The open panel: a saved search pane fills the window (no board CSS), so the panel may wait as a pill. */
async function openPanel(): Promise<Locator> {
  await page.locator('.rl-panel, .rl-pill').first().waitFor();
  if ((await page.locator('.rl-pill').count()) > 0) await page.locator('.rl-pill').click();
  const panel = page.locator('.rl-panel');
  await panel.waitFor();
  return panel;
}

const verdictText = (panel: Locator) => panel.locator('.rl-posting-pay__verdict').textContent();
/** "US base · 2024": where, basis and year of the figure shown first (qualifiers follow it). */
const captionText = (panel: Locator) => panel.locator('.rl-lead__caption strong').textContent();

describe('India (in.indeed.com, glassdoor.co.in)', () => {
  it('Indeed: a Customer Support Manager paid in rupees shows the US figure for reference and is not compared', async () => {
    const html = indeedIndia('Customer Support Manager', '₹25,000 - ₹40,000 a month');
    expect(await openPosting(INDEED_IN, html, 'customer-support-manager')).toEqual(usForReference('300000-480000 INR/year'));
    const panel = await openPanel();
    await panel.getByText(US_REFERENCE('India', 'Customer Support Manager')).waitFor({ state: 'visible' });
    expect(await captionText(panel)).toBe('US base · pub. 2023');
    expect(await verdictText(panel)).toBe('Not compared: no India base-pay figure for Customer Support Manager.');
    await page.getByRole('button', { name: 'Collapse the panel' }).click();
    await page.locator('.rl-pill').waitFor();
    expect(await page.locator('.rl-pill').textContent()).toContain('Support Manager · US base · pub. 2023 · $45K–$92K');
  });

  it.each([
    ['Coimbatore, Tamil Nadu', 'a city in the word list'],
    ['Kurnool', 'a town in no word list, placed by the site'],
  ])('Indeed: a Customer Support Director in %s (%s) is compared with the India average', async (location) => {
    const html = indeedIndia('Director of Customer Support', '₹1,25,000 - ₹1,54,000 a month', location);
    expect(await openPosting(INDEED_IN, html, 'customer-support-director')).toEqual(comparedWith('india', '2500000-2500000 INR/year', '1500000-1848000 INR/year', 'below'));
    const panel = await openPanel();
    expect(await captionText(panel)).toBe('India base · pub. 2023');
    expect(await verdictText(panel)).toBe('Below the India average, ₹2.5M: its top, ₹1.85M, is under it.');
    expect(await panel.textContent()).not.toContain('for reference');
  });

  it('Glassdoor: a Customer Support Director at the pane’s ₹3L – ₹4L is below the India average', async () => {
    expect(await openPosting(GLASSDOOR_IN, glassdoorIndia('Customer Support Director'), 'customer-support-director')).toEqual(comparedWith('india', '2500000-2500000 INR/year', '300000-400000 INR/year', 'below'));
    const panel = await openPanel();
    expect(await verdictText(panel)).toMatch(/^Below the India average, ₹2\.5M/);
  });

  it('Glassdoor: ₹16L – ₹26L in Kurnool (placed by the site) spans the India average', async () => {
    const html = glassdoorIndia('Customer Support Director', [
      ['data-test="location">India<', 'data-test="location">Kurnool<'],
      ['id="jd-salary-1010181278231">₹3L - ₹4L<', 'id="jd-salary-1010181278231">₹16L - ₹26L<'],
    ]);
    expect(await openPosting(GLASSDOOR_IN, html, 'customer-support-director')).toEqual(comparedWith('india', '2500000-2500000 INR/year', '1600000-2600000 INR/year', 'overlaps'));
    const panel = await openPanel();
    expect(await verdictText(panel)).toMatch(/^Spans the India average, ₹2\.5M/);
  });

  it('Glassdoor: a Customer Support Manager shows the US figure for reference and is not compared', async () => {
    expect(await openPosting(GLASSDOOR_IN, glassdoorIndia('Customer Support Manager'), 'customer-support-manager')).toEqual(usForReference('300000-400000 INR/year'));
    const panel = await openPanel();
    await panel.getByText(US_REFERENCE('India', 'Customer Support Manager')).waitFor({ state: 'visible' });
    expect(await captionText(panel)).toBe('US base · pub. 2023');
  });
});

describe('Australia (au.indeed.com)', () => {
  it.each(['Camberwell VIC 3124', 'Darwin NT', 'Katherine NT'])('a Customer Support Manager in %s is above the Australia average', async (location) => {
    expect(await openPosting(INDEED_AU, indeedAustralia('Customer Support Manager', location), 'customer-support-manager')).toEqual(comparedWith('australia', '71000-71000 AUD/year', '130000-160000 AUD/year', 'above'));
    const panel = await openPanel();
    expect(await captionText(panel)).toBe('Australia base · pub. 2023');
    const verdict = await verdictText(panel);
    expect(verdict).toBe('Above the Australia average, A$71K: its bottom, A$130K, is over it.');
    expect(verdict).not.toContain('range');
  });
});

describe('Canada (ca.indeed.com)', () => {
  it('a posting with no pay shows the US figure for reference and carries no pay attribute', async () => {
    expect(await openPosting(INDEED_CA, indeedCanada('Customer Service Manager'), 'customer-service-manager')).toEqual(usForReference(null));
    const panel = await openPanel();
    await panel.getByText(US_REFERENCE('Canada', 'Customer Service Manager')).waitFor({ state: 'visible' });
    expect(await captionText(panel)).toBe('US base · 2024');
  });

  it('pay in Canadian dollars is read but never compared with the US figure', async () => {
    const html = indeedCanada('Director of Customer Support', '$75,000–$90,000 a year');
    expect(await openPosting(INDEED_CA, html, 'customer-support-director')).toEqual(usForReference('75000-90000 CAD/year'));
    const panel = await openPanel();
    await panel.getByText(US_REFERENCE('Canada', 'Customer Support Director')).waitFor({ state: 'visible' });
    expect(await verdictText(panel)).toBe('Not compared: no Canada base-pay figure for Customer Support Director.');
  });
});

describe('United States (www.indeed.com)', () => {
  // Customer Service Manager, US: BLS OEWS 2024 range $43,920–$102,980; hourly pay × 2,080.
  it.each([
    ['$27.85 - $41.77 an hour', '57928-86882 USD/year', 'within', 'Within the US range ($43.9K–$103K): both ends, $57.9K and $86.9K, lie inside it.'],
    ['$19 an hour', '39520-39520 USD/year', 'below', "Below the US range ($43.9K–$103K): its top, $39.5K, is under the range's bottom."],
    ['$103,236 - $133,200 a year', '103236-133200 USD/year', 'above', "Above the US range ($43.9K–$103K): its bottom, $103.2K, is over the range's top."],
    ['$88,344.56 - $121,473.77 a year', '88345-121474 USD/year', 'overlaps', "Overlaps the US range ($43.9K–$103K): its bottom, $88.3K, is inside the range; its top, $121.5K, is over the range's top."],
    ['Up to $120,000 a year', '-120000 USD/year', 'overlaps', "Overlaps the US range ($43.9K–$103K): its top, $120K, is over the range's top; its bottom isn't stated."],
  ])('a Customer Service Manager paid %s is compared with the US range', async (pay, attribute, verdict, sentence) => {
    expect(await openPosting(INDEED_US, indeedUs('Customer Service Manager', pay), 'customer-service-manager')).toEqual(comparedWith('us', '43920-102980 USD/year', attribute, verdict));
    const panel = await openPanel();
    expect(await captionText(panel)).toBe('US base · 2024');
    expect(await verdictText(panel)).toBe(sentence);
    expect(await panel.textContent()).not.toContain('for reference');
  });

  it('a posting whose location line says Coimbatore, Tamil Nadu is in India although the site is the US one', async () => {
    const html = indeedUs('Customer Support Director', '₹1,25,000 - ₹1,54,000 a month', 'Coimbatore, Tamil Nadu');
    expect(await openPosting(INDEED_US, html, 'customer-support-director')).toEqual(comparedWith('india', '2500000-2500000 INR/year', '1500000-1848000 INR/year', 'below'));
    const panel = await openPanel();
    expect(await captionText(panel)).toBe('India base · pub. 2023');
  });
});

describe('What the posting itself says (www.indeed.com)', () => {
  // The pane's real description asks "2 years of relevant experience"; the title and place are ours.
  const ADDRESS = '3181 SW Sam Jackson Park Rd, Portland, OR 97239';
  const usPosting = (title: string, location: string, pay?: string) =>
    savedBoardPage('indeed/indeed-5-search-pane-us.html', [
      ['data-testid="jobsearch-JobInfoHeader-title"><span>Research Data Analyst 1<', `data-testid="jobsearch-JobInfoHeader-title"><span>${title}<`],
      ['eu4oa1w0">$27.85 - $41.77 an hour</span>', `eu4oa1w0">${pay ?? ''}</span>`],
      [ADDRESS, location],
    ]);

  async function postingFacts(html: string, roleId: string) {
    browser.serve(INDEED_US.split('?')[0]!, html);
    await page.goto(INDEED_US);
    const host = page.locator(`${PANEL}[data-role-id="${roleId}"][data-pay-transparency]`);
    await host.waitFor({ state: 'attached' });
    return host.evaluate((element) => ({
      transparency: element.getAttribute('data-pay-transparency'),
      experience: element.getAttribute('data-experience-asked'),
      level: element.getAttribute('data-posting-level'),
    }));
  }

  it('a Senior Manager posting in New York City stating no pay: the city’s rule, the experience asked and the level', async () => {
    const facts = await postingFacts(usPosting('Senior Manager, Customer Service', 'New York, NY 10001'), 'customer-service-manager');
    expect(facts).toEqual({ transparency: 'required-missing', experience: '2-2', level: 'senior-manager' });
    const panel = await openPanel();
    const transparency = await panel.locator('[data-fact="pay-transparency"]').textContent();
    expect(transparency).toContain('New York City');
    expect(transparency).toContain('4 or more employees');
    expect(transparency).toContain('This posting states none');
    expect(await panel.locator('[data-fact="experience"]').textContent()).toContain('This posting asks 2 years');
    expect(await panel.locator('.rl-ladder__here').textContent()).toBe('Senior Manager');
  });

  it('the same posting stating its pay meets the rule', async () => {
    const facts = await postingFacts(usPosting('Senior Manager, Customer Service', 'New York, NY 10001', '$90,000 - $110,000 a year'), 'customer-service-manager');
    expect(facts.transparency).toBe('required-stated');
  });

  it('Texas has no such rule, and says so; Oregon is not in the table, and nothing is said', async () => {
    expect((await postingFacts(usPosting('Director of Customer Support', 'Austin, TX 78701'), 'customer-support-director')).transparency).toBe('not-required');
    const panel = await openPanel();
    expect(await panel.locator('[data-fact="pay-transparency"]').textContent()).toContain('Texas has no law requiring pay in job adverts');
    expect(await postingFacts(usPosting('Director of Customer Support', ADDRESS), 'customer-support-director')).toEqual({ transparency: 'unknown', experience: '2-2', level: 'director' });
    expect(await page.locator('[data-fact="pay-transparency"]').count()).toBe(0);
  });
});
