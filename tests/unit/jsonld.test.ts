import { describe, expect, it } from 'vitest';
import { readJobPostingJsonLd, structuredDataFor } from '../../lib/boards/jsonld';
import { parsePage, readFixturePage } from '../fixture-pages';

const pageWith = (...scripts: string[]) =>
  parsePage(`<html><head>${scripts.map((json) => `<script type="application/ld+json">${json}</script>`).join('')}</head><body></body></html>`);

describe('JobPosting JSON-LD', () => {
  it('reads title, location and pay from a saved Indeed AU page', () => {
    const doc = parsePage(readFixturePage('indeed/indeed-4-viewjob.html'));
    expect(readJobPostingJsonLd(doc)).toMatchObject({
      title: 'Senior DevOps Engineer',
      pay: { currency: 'AUD', min: 130000, max: 160000, unit: 'YEAR' },
    });
  });

  it('ignores JSON-LD describing another posting (after a single-page switch)', () => {
    const doc = parsePage(readFixturePage('indeed/indeed-4-viewjob.html'));
    expect(structuredDataFor(doc, 'Senior DevOps Engineer').structuredPay).toMatchObject({ currency: 'AUD' });
    expect(structuredDataFor(doc, 'Customer Care Manager')).toEqual({});
  });

  it('finds a posting inside @graph and reads a single value with its unit', () => {
    const json = JSON.stringify({
      '@graph': [
        { '@type': 'Organization', name: 'Acme' },
        {
          '@type': 'JobPosting',
          title: 'Customer Service Manager',
          jobLocation: { address: { addressLocality: 'Miami', addressRegion: 'FL', addressCountry: { name: 'US' } } },
          baseSalary: { currency: 'usd', value: { value: '45', unitText: 'hour' } },
        },
      ],
    });
    expect(readJobPostingJsonLd(pageWith(json))).toEqual({
      title: 'Customer Service Manager',
      location: 'Miami, FL, US',
      addressCountry: 'US',
      pay: { currency: 'USD', min: 45, max: 45, unit: 'HOUR' },
    });
  });

  it.each(['-', 'N/A', 'n/a', 'None', ' '])('takes a placeholder country (%j) for no country', (placeholder) => {
    const json = JSON.stringify({ '@type': 'JobPosting', title: 'Customer Service Manager', jobLocation: { address: { addressLocality: 'Pune', addressCountry: placeholder } } });
    expect(readJobPostingJsonLd(pageWith(json))).toMatchObject({ location: 'Pune', addressCountry: undefined });
  });

  it.each([
    ['malformed JSON', '{"@type": "JobPosting", "title": '],
    ['a list of postings (Indeed search pages carry an ItemList)', JSON.stringify({ '@type': 'ItemList', itemListElement: [{ '@type': 'JobPosting' }] })],
    ['several postings', JSON.stringify([{ '@type': 'JobPosting', title: 'A' }, { '@type': 'JobPosting', title: 'B' }])],
    ['a huge blob', JSON.stringify({ '@type': 'JobPosting', title: 'x', description: 'y'.repeat(300_000) })],
    ['wrong types', JSON.stringify({ '@type': 'JobPosting', title: 42, baseSalary: { currency: 7, value: 'lots' } })],
  ])('is quiet on %s', (_name, json) => {
    const result = readJobPostingJsonLd(pageWith(json));
    expect(result?.title).toBeUndefined();
    expect(result?.pay).toBeUndefined();
  });
});
