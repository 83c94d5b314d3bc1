import { describe, expect, it } from 'vitest';
import rawRoleData from '../../data/roles.json';
import { countryForHost } from '../../lib/boards/sites';
import { countryOfLocation, placeOfLocation, placeOfPosting, regionIdsFor, regionIdsForSite } from '../../lib/place/place';
import { parseRoleData } from '../../lib/data/validate';

const { regions } = parseRoleData(rawRoleData);

describe('countryOfLocation', () => {
  it.each([
    ['Austin, TX', undefined, 'US'],
    ['Remote in Austin, TX', undefined, 'US'],
    ['Indianapolis, IN 46204', undefined, 'US'],
    ['Seattle, WA', undefined, 'US'],
    ['United States (Remote)', undefined, 'US'],
    ['Hybrid work in Pune, Maharashtra', 'IN', 'IN'],
    ['Coimbatore, Tamil Nadu', 'IN', 'IN'],
    ['Bengaluru, Karnataka, India', undefined, 'IN'],
    ['Darwin NT', 'AU', 'AU'],
    ['Perth WA', 'AU', 'AU'],
    ['Perth, Western Australia, Australia', undefined, 'AU'],
    ['Victoria, BC', undefined, 'CA'],
    ['London, ON', undefined, 'CA'],
    ['London', undefined, 'GB'],
    ['Manchester M1, England', undefined, 'GB'],
    ['Berlin, Germany', undefined, 'DE'],
    ['München, Deutschland', undefined, 'DE'],
    ['Auckland, New Zealand', undefined, 'NZ'],
  ])('%s (site %s) → %s', (location, site, country) => {
    expect(countryOfLocation(location, site)).toBe(country);
  });

  it.each(['Remote', 'Hybrid', '', 'work in or near the office'])('names no country in “%s”', (location) => {
    expect(countryOfLocation(location)).toBeUndefined();
  });
});

describe('placeOfLocation: the state or province', () => {
  it.each([
    ['New York, NY 10001', undefined, 'US-NY'],
    ['Albany, New York, United States', undefined, 'US-NY'],
    ['Seattle, WA', 'US', 'US-WA'],
    ['Perth WA', 'AU', 'AU-WA'],
    ['Toronto, ON', undefined, 'CA-ON'],
    ['Charlottetown, PEI', undefined, 'CA-PE'],
    ['Vancouver, British Columbia, Canada', undefined, 'CA-BC'],
    ['Washington, DC', undefined, 'US-DC'],
  ])('%s (site %s) → %s', (location, site, subdivision) => {
    expect(placeOfLocation(location, site)?.subdivision).toBe(subdivision);
  });

  it('names no state where the location names only the country or a city', () => {
    expect(placeOfLocation('United States')).toEqual({ country: 'US', subdivision: undefined });
    expect(placeOfLocation('Toronto')).toEqual({ country: 'CA', subdivision: undefined });
  });
});

describe('placeOfPosting', () => {
  it('reads the location first, and finds its metro', () => {
    expect(placeOfPosting({ location: 'San Francisco, CA', siteCountry: 'US' }, regions)).toEqual({ country: 'US', subdivision: 'US-CA', regionId: 'san-francisco', evidence: 'location' });
    expect(placeOfPosting({ location: 'Miami, FL' }, regions)).toEqual({ country: 'US', subdivision: 'US-FL', regionId: 'miami', evidence: 'location' });
    expect(placeOfPosting({ location: 'Dallas, TX' }, regions)).toEqual({ country: 'US', subdivision: 'US-TX', regionId: 'us', evidence: 'location' });
  });

  it('then the JSON-LD addressCountry, then the board’s country site, then the user’s fixed region', () => {
    expect(placeOfPosting({ location: 'Remote', addressCountry: 'IN', siteCountry: 'US' }, regions)).toMatchObject({ country: 'IN', regionId: 'india', evidence: 'posting-data' });
    expect(placeOfPosting({ location: 'Remote', addressCountry: 'India' }, regions)).toMatchObject({ country: 'IN', evidence: 'posting-data' });
    expect(placeOfPosting({ location: 'Kurnool', siteCountry: 'IN' }, regions)).toMatchObject({ country: 'IN', regionId: 'india', evidence: 'board-site' });
    expect(placeOfPosting({ location: 'Remote', settingRegionId: 'uk' }, regions)).toMatchObject({ country: 'GB', regionId: 'uk', evidence: 'setting' });
    expect(placeOfPosting({ location: 'Remote' }, regions)).toEqual({ evidence: 'unknown' });
  });

  it('knows a country the data has no figures for', () => {
    expect(placeOfPosting({ location: 'Berlin', siteCountry: 'DE' }, regions)).toEqual({ country: 'DE', regionId: undefined, evidence: 'board-site' });
    expect(regionIdsFor({ country: 'DE', evidence: 'board-site' }, regions)).toEqual([]);
  });

  it('lists a metro before its country', () => {
    expect(regionIdsFor({ country: 'US', regionId: 'miami', evidence: 'location' }, regions)).toEqual(['miami', 'us']);
  });

  it('gives a site’s badges the site country’s regions, or the fixed one', () => {
    expect(regionIdsForSite('GB', 'auto', regions)).toEqual(['uk']);
    expect(regionIdsForSite(undefined, 'auto', regions)).toEqual([]);
    expect(regionIdsForSite('GB', 'india', regions)).toEqual(['india']);
  });
});

describe('countryForHost', () => {
  it.each([
    ['in.indeed.com', 'IN'],
    ['uk.indeed.com', 'GB'],
    ['au.indeed.com', 'AU'],
    ['www.indeed.com', 'US'],
    ['www.glassdoor.co.in', 'IN'],
    ['www.glassdoor.com', 'US'],
    ['www.ziprecruiter.co.uk', 'GB'],
    ['au.linkedin.com', 'AU'],
    ['www.linkedin.com', undefined],
    ['careers.example.com', undefined],
  ])('%s → %s', (host, country) => {
    expect(countryForHost(host)).toBe(country);
  });
});
