// The career-site reader: JSON-LD first, then the applicant-tracking layouts that carry none.
import { describe, expect, it } from 'vitest';
import { careerSiteReader } from '../../../lib/boards/career-site';
import { classifyTitle } from '../../../lib/titles/classify';
import { parsePostedPay } from '../../../lib/pay/parse';
import { parsePage, readFixturePage, swapText } from '../../fixture-pages';

describe('career-site reader', () => {
  const page = (jsonLd: object, body = '') =>
    parsePage(`<html><head><script type="application/ld+json">${JSON.stringify(jsonLd)}</script></head><body>${body}</body></html>`);

  it('reads the posting from JSON-LD and sits beside its visible heading', () => {
    const doc = page(
      { '@type': 'JobPosting', title: 'Director of Customer Care', baseSalary: { currency: 'USD', value: { minValue: 150000, maxValue: 180000, unitText: 'YEAR' } } },
      '<main><h1>Director of Customer Care</h1><p>About the role</p></main>',
    );
    const posting = careerSiteReader.findPosting(doc, new URL('https://jobs.lever.co/acme/42'));
    expect(posting).toMatchObject({ title: 'Director of Customer Care', key: 'career-site:https://jobs.lever.co/acme/42', structuredPay: { min: 150000 } });
    expect(posting?.container.localName).toBe('main');
  });

  // Values read off the saved career pages by hand (tests/fixtures/SOURCES.md).
  it('reads a saved Ashby posting: title, pay and the visible heading', () => {
    const doc = parsePage(readFixturePage('jsonld/ashby-1.html'));
    const posting = careerSiteReader.findPosting(doc, new URL('https://jobs.ashbyhq.com/ramp/ed2e9a94'));
    expect(posting).toMatchObject({
      title: 'Software Engineer, Accounting',
      structuredPay: { currency: 'USD', min: 168000, max: 275100, unit: 'YEAR' },
      datePosted: '2026-01-20',
    });
    expect(posting?.description?.length).toBeGreaterThan(200);
    expect(posting?.description).not.toMatch(/<[a-z]/);
  });

  it('reads a saved Lever posting from its JSON-LD (at the end of the body) and sits beside its heading', () => {
    const doc = parsePage(readFixturePage('jsonld/lever-1-job.html'));
    const posting = careerSiteReader.findPosting(doc, new URL('https://jobs.lever.co/dlocal/918b025c-a7e2-4288-b941-48e98a12a1e7'));
    expect(posting).toMatchObject({ title: 'Artificial Intelligence Architect', location: 'Montevideo (Remote)', datePosted: '2025-03-13' });
    expect(posting?.structuredPay).toBeUndefined();
    expect(posting?.description).toContain('dLocal enables the biggest companies in the world');
    expect(posting?.container.textContent).toBe('Artificial Intelligence Architect');
    expect(classifyTitle(posting!.title)).toBeNull();
  });

  it('reads a saved Workable posting whose JSON-LD sits in the body', () => {
    const doc = parsePage(readFixturePage('jsonld/workable-1.html'));
    expect(careerSiteReader.findPosting(doc, new URL('https://apply.workable.com/huggingface/j/0BD8C06DB3/'))?.title).toBe('Wild Card');
  });

  it('reads a saved Workday posting and recognises our role when it carries our title', () => {
    const html = readFixturePage('jsonld/workday-1-apply.html').replaceAll('Sr Services Executive - Dirigeant supérieur des services', 'Senior Manager, Customer Care');
    const doc = parsePage(html);
    const posting = careerSiteReader.findPosting(doc, new URL('https://workday.wd5.myworkdayjobs.com/Workday/job/x'));
    expect(posting?.title).toBe('Senior Manager, Customer Care');
    expect(posting?.location).toContain('Montreal');
    expect(classifyTitle(posting!.title)?.roleId).toBe('customer-care-manager');
  });

  it('reads a saved Workday page whose title is only in og:title and JSON-LD (no rendered heading)', () => {
    const doc = parsePage(readFixturePage('jsonld/workday-2-job.html'));
    const posting = careerSiteReader.findPosting(doc, new URL('https://medtronic.wd1.myworkdayjobs.com/en-US/MedtronicCareers/job/Finance-Analyst_R63409-1'));
    expect(posting?.title).toBe('Finance Analyst');
    expect(posting?.container).toBe(doc.body);
  });

  it('reads Greenhouse’s job-boards pages, which carry no JSON-LD: title, location and the pay range', () => {
    const url = new URL('https://job-boards.greenhouse.io/sonatus/jobs/5071418007');
    const doc = parsePage(readFixturePage('jsonld/greenhouse-2-job.html'));
    const posting = careerSiteReader.findPosting(doc, url);
    expect(posting).toMatchObject({ key: 'career-site:https://job-boards.greenhouse.io/sonatus/jobs/5071418007', title: 'Senior Staff AI Engineer', salaryText: '$227,500 - $300,000 USD' });
    expect(parsePostedPay(posting!.salaryText!, { country: 'US' })).toMatchObject({ annualMin: 227500, annualMax: 300000, currency: 'USD' });
    expect(classifyTitle(posting!.title)).toBeNull();
    swapText(doc, '.job__title h1', 'Director, Customer Support');
    expect(careerSiteReader.findPostingTitle(doc, url)).toEqual({ board: 'career-site', key: 'career-site:https://job-boards.greenhouse.io/sonatus/jobs/5071418007', title: 'Director, Customer Support' });
    expect(classifyTitle(careerSiteReader.findPosting(doc, url)!.title)?.roleId).toBe('customer-support-director');
  });

  it('reads a Greenhouse page without a pay range, leaving pay unread', () => {
    const posting = careerSiteReader.findPosting(parsePage(readFixturePage('jsonld/greenhouse-1-job.html')), new URL('https://job-boards.greenhouse.io/alma/jobs/8369573002'));
    expect(posting).toMatchObject({ title: 'Software Engineer II' });
    expect(posting?.salaryText).toBeUndefined();
  });

  it('finds nothing on a page without one JobPosting', () => {
    expect(careerSiteReader.findPosting(page({ '@type': 'ItemList' }), new URL('https://example.com/jobs'))).toBeNull();
  });
});
