// Where a posting is: its country (ISO 3166-1 alpha-2) and, within it, the data's most specific
// region. Read from the posting's location words, then its JSON-LD addressCountry, then the
// board's country site, then the user's fixed region; unknown otherwise (never a guess).
import type { Region } from '../data/schema';
import { REGION_AUTO } from '../storage/settings';

// Place names (lower case, "_" for a space) and codes (upper case). In a SUBDIVISIONS list each
// group is its names, then its code ("new_york NY"): each reads as that state or province. Codes
// count only written in capitals ("Austin, TX"), so "in" or "or" in running text names no state.
const US_STATES =
  'alabama AL alaska AK arizona AZ arkansas AR california CA colorado CO connecticut CT delaware DE florida FL georgia GA hawaii HI idaho ID illinois IL indiana IN iowa IA kansas KS kentucky KY louisiana LA maine ME maryland MD massachusetts MA michigan MI minnesota MN mississippi MS missouri MO montana MT nebraska NE nevada NV new_hampshire NH new_jersey NJ new_mexico NM new_york NY north_carolina NC north_dakota ND ohio OH oklahoma OK oregon OR pennsylvania PA rhode_island RI south_carolina SC south_dakota SD tennessee TN texas TX utah UT vermont VT virginia VA washington WA west_virginia WV wisconsin WI wyoming WY district_of_columbia washington_dc DC';
const CA_PROVINCES =
  'ontario ON quebec québec QC british_columbia BC alberta AB manitoba MB saskatchewan SK nova_scotia NS new_brunswick NB newfoundland newfoundland_and_labrador NL prince_edward_island PE PEI yukon YT northwest_territories NT nunavut NU';
const AU_STATES =
  'new_south_wales NSW victoria VIC queensland QLD western_australia WA south_australia SA tasmania TAS australian_capital_territory ACT northern_territory NT';
/** Places that name only their country. */
const COUNTRY_PLACES: Record<string, string> = {
  US: 'USA US united_states_of_america america',
  CA: 'toronto vancouver montreal montréal calgary ottawa edmonton winnipeg mississauga',
  AU: 'sydney melbourne brisbane perth adelaide canberra hobart darwin gold_coast',
  IN: 'maharashtra karnataka tamil_nadu telangana andhra_pradesh kerala gujarat rajasthan uttar_pradesh west_bengal haryana punjab madhya_pradesh odisha bihar assam goa chandigarh bengaluru bangalore mumbai delhi new_delhi hyderabad pune chennai gurugram gurgaon noida kolkata ahmedabad coimbatore kochi jaipur indore lucknow mohali thiruvananthapuram visakhapatnam vadodara nagpur',
  GB: 'england scotland wales northern_ireland london manchester birmingham leeds glasgow edinburgh cardiff belfast bristol liverpool sheffield nottingham leicester milton_keynes UK GB great_britain britain',
  DE: 'deutschland DE',
  AT: 'österreich AT',
  CH: 'schweiz suisse CH',
  ES: 'españa ES',
  MX: 'méxico MX',
  BR: 'brasil BR',
  NL: 'nederland NL',
  IT: 'italia IT',
  PL: 'polska PL',
  AE: 'UAE AE',
};

/** Adds each word of `list` as meaning `reading` ("US", or "US-NY" for a subdivision). */
function addReading(table: Map<string, string[]>, word: string, reading: string): void {
  const key = word.replaceAll('_', ' ');
  const readings = table.get(key) ?? [];
  if (!readings.includes(reading)) table.set(key, [...readings, reading]);
}

function addSubdivisions(table: Map<string, string[]>, list: string, country: string): void {
  let names: string[] = [];
  let reading = '';
  for (const word of list.split(' ')) {
    if (!/^[A-Z]{2,3}$/.test(word)) {
      names.push(word);
      continue;
    }
    // A second code right after the first is another way to write it ("PE PEI").
    if (names.length > 0) reading = `${country}-${word}`;
    for (const name of [...names, word]) addReading(table, name, reading);
    names = [];
  }
}

let placeWords: Map<string, string[]> | undefined;

/** Every place word and what it may mean: a country ("GB") or a state or province ("US-WA", "AU-WA"). */
function placeTable(): Map<string, string[]> {
  if (placeWords) return placeWords;
  const table = new Map<string, string[]>();
  addSubdivisions(table, US_STATES, 'US');
  addSubdivisions(table, CA_PROVINCES, 'CA');
  addSubdivisions(table, AU_STATES, 'AU');
  for (const [country, list] of Object.entries(COUNTRY_PLACES)) for (const word of list.split(' ')) addReading(table, word, country);
  // Every country's English name from the browser's own table: "Germany", "New Zealand" …
  const names = new Intl.DisplayNames('en', { type: 'region' });
  for (let first = 65; first <= 90; first++) {
    for (let second = 65; second <= 90; second++) {
      // A retired code ("DD") names its successor's country: keep the current code ("DE").
      const code = new Intl.Locale('und', { region: String.fromCharCode(first, second) }).region ?? '';
      const name = names.of(code)?.toLowerCase();
      if (name && name !== code.toLowerCase() && !table.has(name)) table.set(name, [code]);
    }
  }
  placeWords = table;
  return table;
}

/**
 * The places a location names, in order, each as the countries it may mean: the longest phrase
 * wins ("new south wales", not "wales"). Capitalised codes are kept as written, names lower-cased.
 */
function placesNamed(location: string): string[][] {
  const table = placeTable();
  const words = location
    .slice(0, 200)
    .split(/[^\p{L}]+/u)
    .filter((word) => word !== '')
    .map((word) => (/^[A-Z]{2,3}$/.test(word) ? word : word.toLowerCase()));
  const places: string[][] = [];
  for (let i = 0; i < words.length; i++) {
    for (let length = Math.min(4, words.length - i); length >= 1; length--) {
      const phrase = length === 1 ? words[i]! : words.slice(i, i + length).join(' ').toLowerCase();
      const countries = table.get(phrase);
      if (countries) {
        places.push(countries);
        i += length - 1;
        break;
      }
    }
  }
  return places;
}

/**
 * The country (and state or province, where named) of a location: "Austin, TX" → US-TX, "Darwin
 * NT" on an Australian site → AU-NT, "Victoria, BC" → CA-BC. Locations run from small to large, so
 * the last word that names one place wins; an ambiguous one ("WA", "NT") is settled by the board
 * site's country, else read as its first meaning. Undefined when no word names a place.
 */
export function placeOfLocation(location: string | undefined, siteCountry?: string): { country: string; subdivision?: string } | undefined {
  if (!location) return undefined;
  const readings = placesNamed(location);
  const last = readings.findLast((meanings) => meanings.length === 1) ?? readings.at(-1);
  if (!last) return undefined;
  const reading = last.find((meaning) => meaning.startsWith(siteCountry ?? '-')) ?? last[0]!;
  const country = reading.slice(0, 2);
  // A city or state named earlier in the same country says where within it ("Albany, New York, United States").
  const subdivision = reading.length > 2 ? reading : readings.flat().find((meaning) => meaning.length > 2 && meaning.startsWith(`${country}-`));
  return { country, subdivision };
}

/** The country a location names (see placeOfLocation). */
export const countryOfLocation = (location: string | undefined, siteCountry?: string): string | undefined =>
  placeOfLocation(location, siteCountry)?.country;

/** How the posting's place was found: the panel says so beside a figure shown for it. */
export type PlaceEvidence = 'location' | 'posting-data' | 'board-site' | 'setting' | 'unknown';

export interface PostingPlace {
  /** ISO 3166-1 alpha-2, or undefined when nothing says. */
  country?: string;
  /** ISO 3166-2 state or province ("US-NY", "CA-ON") when the location names one. */
  subdivision?: string;
  /** The data's most specific region for the place (a metro, else the country), when it has one. */
  regionId?: string;
  evidence: PlaceEvidence;
}

export interface PlaceClues {
  /** The location line the posting shows. */
  location?: string;
  /** schema.org addressCountry from the posting's JSON-LD: "US", "IN", or a name. */
  addressCountry?: string;
  /** The board's country site: "IN" on in.indeed.com. */
  siteCountry?: string;
  /** The user's fixed region (a region id), when settings fix one. */
  settingRegionId?: string;
}

/** The data's region for a country, preferring a metro whose words the location names. */
function regionIn(country: string, location: string | undefined, regions: readonly Region[]): string | undefined {
  const words = ` ${(location ?? '').toLowerCase().replace(/[^\p{L}0-9]+/gu, ' ').trim()} `;
  const inCountry = regions.filter((region) => region.country === country);
  const metro = inCountry.find((region) => region.locationWords.some((word) => words.includes(` ${word} `)));
  const national = inCountry.find((region) => region.locationWords.length === 0);
  return (metro ?? national)?.id;
}

/** The posting's country and region, from the strongest clue that names one. */
export function placeOfPosting(clues: PlaceClues, regions: readonly Region[]): PostingPlace {
  const { location, addressCountry, siteCountry, settingRegionId } = clues;
  const located = placeOfLocation(location, siteCountry);
  const fromLocation = located?.country;
  const fromData = addressCountry ? (/^[A-Za-z]{2}$/.test(addressCountry) ? addressCountry.toUpperCase() : countryOfLocation(addressCountry)) : undefined;
  const setting = regions.find((region) => region.id === settingRegionId);
  const [country, evidence]: [string | undefined, PlaceEvidence] = fromLocation
    ? [fromLocation, 'location']
    : fromData
      ? [fromData, 'posting-data']
      : siteCountry
        ? [siteCountry, 'board-site']
        : setting
          ? [setting.country, 'setting']
          : [undefined, 'unknown'];
  if (!country) return { evidence };
  const regionId = evidence === 'setting' ? setting?.id : regionIn(country, location, regions);
  const subdivision = evidence === 'location' ? located?.subdivision : undefined;
  return subdivision ? { country, subdivision, regionId, evidence } : { country, regionId, evidence };
}

/** The data's regions that speak for a place, most specific first: its metro, then its country. */
export function regionIdsFor(place: PostingPlace, regions: readonly Region[]): string[] {
  const national = regions.find((region) => region.country === place.country && region.locationWords.length === 0)?.id;
  return [place.regionId, national].filter((id, index, ids): id is string => id !== undefined && ids.indexOf(id) === index);
}

/** The regions whose figure comes first on a board site's pages: the user's fixed region, else the site's country. */
export function regionIdsForSite(siteCountry: string | undefined, settingRegion: string, regions: readonly Region[]): string[] {
  if (settingRegion !== REGION_AUTO) return [settingRegion];
  return siteCountry ? regionIdsFor({ country: siteCountry, evidence: 'board-site' }, regions) : [];
}
