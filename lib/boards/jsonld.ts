// Reads schema.org JobPosting JSON-LD, which boards and most ATS career pages embed.
// Quiet on bad input: malformed, huge or list-shaped JSON-LD gives null, never an error.
import type { Posting } from './types';

/** JSON-LD larger than this is not one posting's metadata. */
const MAX_JSONLD_CHARS = 200_000;
const JSONLD_SELECTOR = 'script[type="application/ld+json"]';

export interface StructuredPay {
  currency: string;
  min?: number;
  max?: number;
  /** schema.org unitText: HOUR, DAY, WEEK, MONTH, YEAR. */
  unit?: string;
}

export interface JobPostingJsonLd {
  title?: string;
  location?: string;
  /** schema.org addressCountry: an ISO code ("IN") or a name ("India"). */
  addressCountry?: string;
  pay?: StructuredPay;
  /** schema.org datePosted, as an ISO date ("2026-03-01"). */
  datePosted?: string;
  /** schema.org description (HTML in most pages), as plain text. */
  description?: string;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const asString = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, 500) : undefined);
const asNumber = (value: unknown) => {
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) && number > 0 ? number : undefined;
};

function isJobPosting(node: Json): boolean {
  const type = node['@type'];
  return type === 'JobPosting' || (Array.isArray(type) && type.includes('JobPosting'));
}

/** The single JobPosting in a JSON-LD document: a page listing many (an ItemList) has none. */
function findJobPosting(root: unknown): Json | undefined {
  const candidates = Array.isArray(root) ? root : isObject(root) && Array.isArray(root['@graph']) ? root['@graph'] : [root];
  const postings = candidates.filter((node): node is Json => isObject(node) && isJobPosting(node));
  return postings.length === 1 ? postings[0] : undefined;
}

function readPay(baseSalary: unknown): StructuredPay | undefined {
  if (!isObject(baseSalary)) return undefined;
  const currency = asString(baseSalary.currency)?.toUpperCase();
  const value = baseSalary.value;
  if (!currency || !/^[A-Z]{3}$/.test(currency)) return undefined;
  if (isObject(value)) {
    const single = asNumber(value.value);
    const min = asNumber(value.minValue) ?? single;
    const max = asNumber(value.maxValue) ?? single;
    if (min === undefined && max === undefined) return undefined;
    return { currency, min, max, unit: asString(value.unitText)?.toUpperCase() };
  }
  const amount = asNumber(value);
  return amount === undefined ? undefined : { currency, min: amount, max: amount, unit: asString(baseSalary.unitText)?.toUpperCase() };
}

function readAddress(jobLocation: unknown): Json | undefined {
  const place = Array.isArray(jobLocation) ? jobLocation[0] : jobLocation;
  return isObject(place) && isObject(place.address) ? place.address : undefined;
}

function readCountry(address: Json | undefined): string | undefined {
  const value = address?.addressCountry;
  const country = asString(isObject(value) ? value.name : value);
  // Boards fill an unknown country with "-" (Naukri) or a placeholder word: no country.
  return country !== undefined && /\p{L}/u.test(country) && !/^(?:n\/?a|none|null|unknown)$/i.test(country) ? country : undefined;
}

function readLocation(address: Json | undefined): string | undefined {
  if (!address) return undefined;
  const parts = [asString(address.addressLocality), asString(address.addressRegion), readCountry(address)].filter((part) => part !== undefined);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/** "2026-03-01T09:00:00Z" → "2026-03-01"; anything not a date → undefined. */
function readDate(value: unknown): string | undefined {
  const date = typeof value === 'string' ? /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0] : undefined;
  return date && !Number.isNaN(Date.parse(date)) ? date : undefined;
}

/** A JSON-LD description's text: its HTML parsed inertly (never inserted into the page), tags dropped. */
function readDescription(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const text = new DOMParser().parseFromString(value.slice(0, 60_000), 'text/html').body.textContent ?? '';
  return text.replace(/\s+/g, ' ').trim().slice(0, 20_000) || undefined;
}

/** The page's one JobPosting, or null when it has none, several, or only malformed JSON-LD. */
export function readJobPostingJsonLd(root: ParentNode): JobPostingJsonLd | null {
  for (const script of root.querySelectorAll(JSONLD_SELECTOR)) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSONLD_CHARS) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      continue;
    }
    const posting = findJobPosting(parsed);
    if (!posting) continue;
    const address = readAddress(posting.jobLocation);
    return {
      title: asString(posting.title),
      location: readLocation(address),
      addressCountry: readCountry(address),
      pay: readPay(posting.baseSalary),
      datePosted: readDate(posting.datePosted),
      description: readDescription(posting.description),
    };
  }
  return null;
}


/** Titles equal but for case and spacing. */
export const sameTitle = (a: string, b: string) => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The JSON-LD pay and country of the posting titled `title`. A single-page board keeps the first
 * posting's JSON-LD after the user opens another, so JSON-LD for a different title is ignored.
 */
export function structuredDataFor(root: ParentNode, title: string): Pick<Posting, 'structuredPay' | 'addressCountry' | 'datePosted'> {
  const jsonLd = readJobPostingJsonLd(root);
  if (!jsonLd?.title || !sameTitle(jsonLd.title, title)) return {};
  return { structuredPay: jsonLd.pay, addressCountry: jsonLd.addressCountry, datePosted: jsonLd.datePosted };
}
