import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import rawRoleData from '../../../data/roles.json';
import {
  compareExperience,
  experienceAsked,
  experienceAttribute,
  experienceVerdict,
  MAX_DESCRIPTION_CHARS,
  MAX_YEARS,
  typicalExperience,
  type ExperienceAsked,
} from '../../../lib/posting/experience';
import { parseRoleData } from '../../../lib/data/validate';
import { parsePage, readFixturePage } from '../../fixture-pages';

const descriptionsDir = resolve(import.meta.dirname, '../../fixtures/descriptions');

/** A description fixture's text: the "# " header (its source) dropped. */
function readDescription(file: string): string {
  const lines = readFileSync(resolve(descriptionsDir, file), 'utf8').split('\n');
  const start = lines.findIndex((line) => !line.startsWith('#'));
  return lines.slice(start).join('\n').trim();
}

/** The text of the first element matching `selector` in a saved page, as a board reader takes it. */
function pageText(page: string, selector: string): string {
  const element = parsePage(readFixturePage(page)).querySelector(selector);
  if (!element?.textContent) throw new Error(`${page} has no ${selector}`);
  return element.textContent;
}

/** Every element matching `selector` in a saved page, each as one text. */
function pageTexts(page: string, selector: string): string[] {
  return [...parsePage(readFixturePage(page)).querySelectorAll(selector)].map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/** A JSON-LD JobPosting's description as plain text (its HTML parsed inertly, tags dropped). */
function jsonLdDescription(page: string): string {
  const doc = parsePage(readFixturePage(page));
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const data = JSON.parse(script.textContent ?? 'null') as { '@type'?: string; description?: string } | null;
    if (data?.['@type'] === 'JobPosting' && typeof data.description === 'string') {
      const html = data.description.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
      return new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
    }
  }
  throw new Error(`${page} has no JobPosting description`);
}

/** What the reader makes of a text, in the attribute's terms ("none" for nothing asked). */
function reading(text: string): string {
  return experienceAttribute(experienceAsked(text)) ?? 'none';
}

describe('experienceAsked on whole descriptions from saved pages', () => {
  it.each([
    // [page, selector, attribute, phrase as written]
    ['linkedin/linkedin-1-jobview.html', '.description__text', '3-', '3–10+ years experience'],
    ['jsonld/greenhouse-1-job.html', '.job__description', '2-4', '2-4 years of experience'],
    ['jsonld/greenhouse-2-job.html', '.job__description', '10-', '10+ years of software engineering experience'],
    ['glassdoor/glassdoor-2-search-pane-in.html', '[class*="JobDetails_jobDescription"]', '1-3', '1–3 years of experience'],
    // French: "5 ans minimum d’expérience en cabinet de conseil/audit".
    ['glassdoor/glassdoor-3-search-with-pane.html', '[class*="JobDetails_jobDescription"]', '5-', '5 ans minimum d’expérience'],
    // "LinkedIn’s Top U.S. Startups for more than 3 years" and "Founded in 2019" come first: the company's, not asks.
    ['jsonld/ashby-1.html', '[class*="_descriptionText"]', '3-', '3+ years of backend engineering experience'],
  ])('%s (%s) asks %s', (page, selector, attribute, text) => {
    const asked = experienceAsked(pageText(page, selector));
    expect(experienceAttribute(asked)).toBe(attribute);
    expect(asked?.text).toBe(text);
  });

  it('reads the JSON-LD descriptions of the Workday pages, in English and in French', () => {
    const montreal = jsonLdDescription('jsonld/workday-1-apply.html');
    expect(experienceAsked(montreal)).toEqual({ min: 2, text: "2+ years' experience" });
    // The same posting's French half: "Au moins deux ans d’expérience dans la direction de projets".
    const french = montreal.slice(montreal.indexOf('À propos de vous'));
    expect(french.length).toBeGreaterThan(100);
    expect(experienceAsked(french)).toEqual({ min: 2, text: 'Au moins deux ans d’expérience' });
    expect(experienceAsked(jsonLdDescription('jsonld/workday-2-job.html'))).toEqual({ min: 2, text: '2+ years of experience' });
  });

  it('finds no years in descriptions that ask none', () => {
    // "Extensive hands-on experience", "senior domain experts": no number.
    expect(experienceAsked(pageText('indeed/indeed-4-viewjob.html', '#jobDescriptionText'))).toBeNull();
    // "Duration- Long Term", "Job Type: Fixed term contract".
    expect(experienceAsked(pageText('indeed/indeed-2-viewjob.html', '#jobDescriptionText'))).toBeNull();
  });

  it.each([
    ['linkedin-it-ups-inventory-controller.txt', '1-', 'Esperienza di almeno 1 anno'],
    ['linkedin-us-kyndryl-creative-technologist.txt', '1-', '1-3+ years of relevant experience'],
    // The first minimum qualification; "or 1 year of experience with an advanced degree" is its alternative.
    ['linkedin-us-google-swe-iii.txt', '2-2', '2 years of experience'],
    ['glassdoor-in-athenahealth-pmts-ai.txt', '12-18', '12-18 years of experience'],
    // Not the "One year certificate" under Education above it.
    ['indeed-us-lab-analyst.txt', '1-3', 'One to three years of laboratory experience'],
    // The overall ask comes first; "1+ years experience with PHP", "2+ years in the IT industry" are parts.
    ['indeed-us-aceone-php-developer.txt', '1-', '1 year+ experience'],
  ])('tests/fixtures/descriptions/%s asks %s', (file, attribute, text) => {
    const asked = experienceAsked(readDescription(file));
    expect(experienceAttribute(asked)).toBe(attribute);
    expect(asked?.text).toBe(text);
  });

  it('reads no ask into a staffing firm’s "For 20+ years, we have partnered …", a contract length or company statistics', () => {
    const text = readDescription('linkedin-us-ustech-creative-director.txt');
    expect(text).toContain('For 20+ years, we have partnered');
    expect(text).toContain('Duration: 03 Months Contract');
    expect(text).toContain('2 year growth');
    expect(experienceAsked(text)).toBeNull();
  });
});

describe('experienceAsked on card snippets', () => {
  it('reads each Indeed card of a saved search, and only the one that asks', () => {
    const snippets = pageTexts('indeed/indeed-1-search.html', '.below-job-snippet, .job-snippet');
    expect(snippets).toHaveLength(15);
    const readings = snippets.map(reading);
    expect(readings.filter((value) => value !== 'none')).toEqual(['5-8']);
    expect(experienceAsked(snippets[readings.indexOf('5-8')]!)?.text).toBe('Minimum of 5-8 years’ experience');
  });

  it('reads the Portuguese Glassdoor card and no other', () => {
    const snippets = pageTexts('glassdoor/glassdoor-2-search.html', '[data-test="descSnippet"]');
    expect(snippets).toHaveLength(6);
    expect(snippets.map(reading)).toEqual(['none', '4-', 'none', 'none', 'none', 'none']);
    expect(experienceAsked(snippets[1]!)?.text).toBe('4+ anos de experiência');
  });

  it('reads the Jobstreet card bullets that ask years, and none of the other 61', () => {
    const bullets = pageTexts('jobstreet/jobstreet-1-search-my.html', '[data-testid="job-card"] li');
    expect(bullets.length).toBeGreaterThan(60);
    const asks = bullets.map((text) => [text, reading(text)] as const).filter(([, value]) => value !== 'none');
    expect(asks).toEqual([
      ['Min, 2 years in product management for cybersecurity or IT solutions', '2-'],
      ['3+ years of experience managing projects in a fast-paced creative environment', '3-'],
      ['6 years of sales experience in Telco or FMCG related environment', '6-6'],
    ]);
  });

  const [header, ...lines] = readFileSync(resolve(descriptionsDir, 'snippets.tsv'), 'utf8').split('\n').filter((line) => line.trim() !== '');
  const rows = lines.map((line) => {
    const [text = '', expected = '', board = '', source = ''] = line.split('\t');
    return { text, expected, board, source };
  });

  it('has the labelled snippets, each with its board and source', () => {
    expect(header).toBe('text\texpected\tboard\tsource');
    expect(rows.length).toBeGreaterThanOrEqual(20);
    expect(rows.every((row) => row.board !== '' && row.source !== '' && /^(none|\d+(\.\d+)?-(\d+(\.\d+)?)?|-\d+)$/.test(row.expected))).toBe(true);
    expect(rows.filter((row) => row.expected === 'none').length).toBeGreaterThanOrEqual(3);
  });

  for (const row of rows) {
    it(`${row.board}: ${row.text.slice(0, 70)} → ${row.expected}`, () => {
      expect(reading(row.text)).toBe(row.expected);
    });
  }
});

describe('experienceAsked: not the company’s age or other durations', () => {
  it.each([
    'founded in 1985',
    'Founded in 1985, we have been serving customers for three decades.',
    'serving customers for three decades',
    'This is a 12-month contract with the possibility of extension.',
    'a 12-month contract',
    'Acme has been a family business for over 20 years in business across the Midwest.',
    'over 20 years in business',
    'we have been around for 10 years',
    'We have been around for 10 years and we are growing.',
    '5 years of growth',
    'After 5 years of growth, the team now serves 2 million customers.',
    'within 2 years you will…',
    'Within 2 years you will lead a team of 40 and gain experience across every channel.',
    'Over the past 5 years we have tripled our support team.',
    'We have over 20 years of experience in the field.',
    'With over 30 years of experience, we are the region’s leading provider of customer care.',
    'Our 30 years of experience in contact centers sets us apart.',
    'Vesterling zählt seit über 25 Jahren zu den führenden Personaldienstleistern.',
    'Nous avons plus de 20 ans d’expérience dans la relation client.',
    'Contamos con más de 20 años de experiencia en atención al cliente.',
    'Abbiamo oltre 20 anni di esperienza nel servizio clienti.',
    'Wij hebben ruim 20 jaar ervaring in klantenservice.',
    'Applicants must be at least 18 years of age.',
    'A 4-year degree or equivalent experience is preferred.',
    'Bachelor’s degree (4-year) or equivalent experience.',
    'Our customers have trusted us for 40 years.',
    'Our founder started the company 10 years ago with experience in retail.',
    'A 2 year contract, experience in customer support preferred.',
  ])('%s → none', (text) => {
    expect(experienceAsked(text)).toBeNull();
  });

  it('reads the ask after a trap in the same description', () => {
    expect(experienceAsked('Founded in 1985 and serving customers for three decades, Acme is hiring. You have 6+ years of experience in customer support.')).toEqual({
      min: 6,
      text: '6+ years of experience',
    });
    expect(reading('A 12-month contract. Requirements: minimum of 8 years in customer service leadership roles.')).toBe('8-');
    expect(reading('A 4-year degree or equivalent experience; 5+ years of experience in a contact center.')).toBe('5-');
  });

  it('reads "0-2 years" but not a bare "0 years", which asks nothing', () => {
    expect(reading('Freshers welcome: 0-2 years of experience')).toBe('0-2');
    expect(experienceAsked('Experience Any 0 Yrs')).toBeNull();
    expect(experienceAsked('0 years of experience required')).toBeNull();
  });

  it(`ignores figures over ${MAX_YEARS} years`, () => {
    expect(experienceAsked('30 years of experience in customer service')).toBeNull();
    expect(experienceAsked('20-30 years of experience')).toBeNull();
    expect(reading('30 years of experience are not needed; 25 years of experience are')).toBe('25-25');
  });
});

describe('experienceAsked: the forms of an ask', () => {
  it.each([
    ['6+ years of experience', '6-', '6+ years of experience'],
    ['3–5 years of experience', '3-5', '3–5 years of experience'],
    ['3 - 5 years experience', '3-5', '3 - 5 years experience'],
    ['3 to 5 years of experience', '3-5', '3 to 5 years of experience'],
    ['between 3 and 5 years of experience', '3-5', 'between 3 and 5 years of experience'],
    ['at least seven years of customer service experience', '7-', 'at least seven years of customer service experience'],
    ['minimum of 8 years experience in a call center', '8-', 'minimum of 8 years experience'],
    ["5 years' experience", '5-5', "5 years' experience"],
    ['5 years’ experience', '5-5', '5 years’ experience'],
    ['5 or more years of experience', '5-', '5 or more years of experience'],
    ['5 years or more of experience', '5-', '5 years or more of experience'],
    ['5 years of experience or more', '5-', '5 years of experience or more'],
    ['more than 5 years of experience', '5-', 'more than 5 years of experience'],
    ['up to 3 years of experience', '-3', 'up to 3 years of experience'],
    ['less than 2 years of experience', '-2', 'less than 2 years of experience'],
    ['five (5) years of experience', '5-5', 'five (5) years of experience'],
    ['2.5+ years of experience', '2.5-', '2.5+ years of experience'],
    ['a year of experience', '1-1', 'a year of experience'],
    // A decade is ten years, read like "10 years"; "over a decade" opens it.
    ['a decade of experience', '10-10', 'a decade of experience'],
    ['over a decade of experience leading support teams', '10-', 'over a decade of experience'],
    ['two decades of experience', '20-20', 'two decades of experience'],
    ['Experience: 5+ years', '5-', 'Experience: 5+ years'],
    ['Experience (6+ years) in Professional Services Sales', '6-', 'Experience (6+ years)'],
    ['Years of Experience: 5+', '5-', 'Years of Experience: 5+'],
    ['Minimum Years of Experience: 3', '3-', 'Minimum Years of Experience: 3'],
    ['Customer service: 3 years (Required)', '3-', '3 years (Required)'],
    ['We are looking for 5+ years of experience in support', '5-', '5+ years of experience'],
    ['Minimum 5 years in a customer service leadership role', '5-', 'Minimum 5 years in a customer service leadership'],
    ['• 5 years managing support teams', '5-5', '5 years managing'],
  ])('%s → %s', (text, attribute, phrase) => {
    const asked = experienceAsked(text);
    expect(experienceAttribute(asked)).toBe(attribute);
    expect(asked?.text).toBe(phrase);
  });

  it('takes the first ask as the overall one (postings give the total, then its parts)', () => {
    expect(experienceAsked('8+ years of experience, including 3 years managing managers')).toEqual({ min: 8, text: '8+ years of experience' });
    // Seed 003's wording: the total, then the part in management.
    expect(reading('10–15 years in customer service or customer operations, with at least 5 years in management roles')).toBe('10-15');
    expect(reading('10–15 years of experience in customer service, with at least 5 years in management roles')).toBe('10-15');
  });

  it('needs the years tied to experience, a role or the field of a written ask', () => {
    expect(experienceAsked('5 years')).toBeNull();
    expect(reading('5+ years in a call center environment')).toBe('5-');
    expect(reading('3–5 Jahre im Kundenservice')).toBe('3-5');
    expect(reading('at least 3 years in customer support')).toBe('3-');
    // "over"/"more than" is how a company boasts too: without an experience word it is not read.
    expect(experienceAsked('over 5 years in customer support')).toBeNull();
    expect(experienceAsked('20+ years in business')).toBeNull();
    expect(experienceAsked('Join a team that has doubled in 3 years.')).toBeNull();
    expect(experienceAsked('Improve the customer experience over the next 3 years.')).toBeNull();
    expect(experienceAsked('Our 5 year plan puts customer experience first.')).toBeNull();
  });
});

describe('experienceAsked in German, French, Spanish, Portuguese, Italian and Dutch', () => {
  it.each([
    ['mindestens 5 Jahre Berufserfahrung', '5-', 'mindestens 5 Jahre Berufserfahrung'],
    ['3-5 Jahre Erfahrung', '3-5', '3-5 Jahre Erfahrung'],
    ['Sie bringen mehrjährige Führungserfahrung mit, idealerweise 3 bis 5 Jahre im Kundenservice.', '3-5', 'Führungserfahrung mit, idealerweise 3 bis 5 Jahre'],
    ['Berufserfahrung von mindestens 3 Jahren in einer Führungsposition', '3-', 'Berufserfahrung von mindestens 3 Jahren'],
    ['zwischen 3 und 5 Jahren Berufserfahrung', '3-5', 'zwischen 3 und 5 Jahren Berufserfahrung'],
    ['1,5 Jahre Erfahrung im Kundendienst', '1.5-1.5', '1,5 Jahre Erfahrung'],
    ["5 ans d'expérience minimum", '5-', "5 ans d'expérience minimum"],
    ["au moins 3 ans d'expérience", '3-', "au moins 3 ans d'expérience"],
    ['Vous avez au moins 3 ans dans un poste similaire.', '3-', 'au moins 3 ans dans un poste'],
    ["Six ans ou plus d'expérience dans la vente", '6-', "Six ans ou plus d'expérience"],
    ["entre 3 et 5 ans d'expérience en management", '3-5', "entre 3 et 5 ans d'expérience"],
    ['experiencia mínima de 5 años', '5-', 'experiencia mínima de 5 años'],
    ['3 años de experiencia', '3-3', '3 años de experiencia'],
    ['de 3 a 5 años de experiencia en atención al cliente', '3-5', 'de 3 a 5 años de experiencia'],
    ['Más de 5 años de experiencia liderando equipos', '5-', 'Más de 5 años de experiencia'],
    ['5 anos de experiência', '5-5', '5 anos de experiência'],
    ['pelo menos 3 anos de experiência em atendimento', '3-', 'pelo menos 3 anos de experiência'],
    ['almeno 5 anni di esperienza', '5-', 'almeno 5 anni di esperienza'],
    ['da 3 a 5 anni di esperienza nel ruolo', '3-5', 'da 3 a 5 anni di esperienza'],
    ['minimaal 5 jaar ervaring', '5-', 'minimaal 5 jaar ervaring'],
    ['3 tot 5 jaar werkervaring als teamleider', '3-5', '3 tot 5 jaar werkervaring'],
    ['Je hebt minstens drie jaar ervaring in een leidinggevende functie.', '3-', 'minstens drie jaar ervaring'],
  ])('%s → %s', (text, attribute, phrase) => {
    const asked = experienceAsked(text);
    expect(experienceAttribute(asked)).toBe(attribute);
    expect(asked?.text).toBe(phrase);
  });

  it.each([
    'Das Unternehmen ist seit 25 Jahren am Markt.',
    'Innerhalb von 2 Jahren übernehmen Sie die Leitung des Teams.',
    'Depuis 15 ans, nous accompagnons nos clients.',
    'Desde hace 10 años ofrecemos atención al cliente.',
    'Há 20 anos no mercado.',
    'Da 10 anni siamo leader nel servizio clienti.',
    'Al 25 jaar de beste klantenservice.',
    'Contrat de 12 mois',
  ])('%s → none', (text) => {
    expect(experienceAsked(text)).toBeNull();
  });
});

describe('experienceAttribute', () => {
  it('gives MIN-MAX in years with an open end empty', () => {
    expect(experienceAttribute({ min: 5 })).toBe('5-');
    expect(experienceAttribute({ max: 3 })).toBe('-3');
    expect(experienceAttribute({ min: 3, max: 5 })).toBe('3-5');
    expect(experienceAttribute({ min: 5, max: 5 })).toBe('5-5');
    expect(experienceAttribute({ min: 2.5 })).toBe('2.5-');
    expect(experienceAttribute(null)).toBeNull();
    expect(experienceAttribute({})).toBeNull();
  });

  it('matches the readings of the contract examples', () => {
    expect(reading('5+ years of experience')).toBe('5-');
    expect(reading('up to 3 years of experience')).toBe('-3');
    expect(reading('3–5 years of experience')).toBe('3-5');
    expect(reading('5 years of experience')).toBe('5-5');
  });
});

describe('compareExperience', () => {
  const data = parseRoleData(rawRoleData);
  const role = (id: string) => data.roles.find((candidate) => candidate.id === id)!;
  const supportDirector = role('customer-support-director');
  const typical = typicalExperience(supportDirector);

  it('uses the data’s typical years (Customer Support Director 8–12, seed 001)', () => {
    expect(typical).toEqual({ minYears: 8, maxYears: 12 });
    expect(supportDirector.experience.sourceId).toBe('seed-001');
  });

  it.each<[Pick<ExperienceAsked, 'min' | 'max'>, string]>([
    // An open top reaching into the range: nothing more follows.
    [{ min: 5 }, 'This posting asks 5+ years; Customer Support Directors typically have 8–12 (seed 001).'],
    [{ min: 10 }, 'This posting asks 10+ years; Customer Support Directors typically have 8–12 (seed 001).'],
    [{ min: 15 }, 'This posting asks 15+ years, more than the 8–12 Customer Support Directors typically have (seed 001).'],
    [{ max: 3 }, 'This posting asks up to 3 years, fewer than the 8–12 Customer Support Directors typically have (seed 001).'],
    [{ max: 10 }, 'This posting asks up to 10 years; Customer Support Directors typically have 8–12 (seed 001).'],
    [{ min: 5, max: 5 }, 'This posting asks 5 years, fewer than the 8–12 Customer Support Directors typically have (seed 001).'],
    [{ min: 1, max: 1 }, 'This posting asks 1 year, fewer than the 8–12 Customer Support Directors typically have (seed 001).'],
    [{ min: 9, max: 11 }, 'This posting asks 9–11 years, within the 8–12 Customer Support Directors typically have (seed 001).'],
    [{ min: 8, max: 12 }, 'This posting asks 8–12 years, within the 8–12 Customer Support Directors typically have (seed 001).'],
    [{ min: 5, max: 10 }, 'This posting asks 5–10 years; Customer Support Directors typically have 8–12 (seed 001).'],
    [{ min: 13, max: 15 }, 'This posting asks 13–15 years, more than the 8–12 Customer Support Directors typically have (seed 001).'],
  ])('%o', (asked, sentence) => {
    expect(compareExperience(asked, typical, supportDirector.title, 'seed 001')).toBe(sentence);
  });

  it('says only what follows from an open typical figure, and nothing when the data has no number', () => {
    expect(compareExperience({ min: 5, max: 5 }, { minYears: 10 }, 'Customer Service Director', 'seed 003')).toBe(
      'This posting asks 5 years, fewer than the 10+ Customer Service Directors typically have (seed 003).',
    );
    expect(compareExperience({ min: 12 }, { minYears: 10 }, 'Customer Service Director', 'seed 003')).toBe(
      'This posting asks 12+ years, within the 10+ Customer Service Directors typically have (seed 003).',
    );
    const supportManager = role('customer-support-manager');
    expect(typicalExperience(supportManager)).toEqual({});
    expect(compareExperience({ min: 3 }, typicalExperience(supportManager), supportManager.title, 'seed 002')).toBe(
      'This posting asks 3+ years; the data gives no typical number of years for Customer Support Managers (seed 002).',
    );
  });

  it('compares a read posting with the Customer Service Manager’s 2–5 years', () => {
    const serviceManager = role('customer-service-manager');
    const asked = experienceAsked('Minimum 3 years’ experience in a contact centre leadership role.')!;
    expect(compareExperience(asked, typicalExperience(serviceManager), serviceManager.title, 'Study.com')).toBe(
      'This posting asks 3+ years; Customer Service Managers typically have 2–5 (Study.com).',
    );
    expect(experienceVerdict(asked, typicalExperience(serviceManager))).toBe('none');
    expect(experienceVerdict({ min: 3, max: 4 }, typicalExperience(serviceManager))).toBe('within');
  });
});

describe('experienceAsked: properties', () => {
  function expectSane(asked: ExperienceAsked, input: string): void {
    expect(asked.min !== undefined || asked.max !== undefined).toBe(true);
    for (const end of [asked.min, asked.max]) {
      if (end === undefined) continue;
      expect(Number.isFinite(end)).toBe(true);
      expect(end).toBeGreaterThanOrEqual(0);
      expect(end).toBeLessThanOrEqual(MAX_YEARS);
    }
    if (asked.min !== undefined && asked.max !== undefined) expect(asked.min).toBeLessThanOrEqual(asked.max);
    expect(asked.text.length).toBeGreaterThan(0);
    expect(asked.text.length).toBeLessThanOrEqual(200);
    expect(input.replace(/\s+/g, ' ')).toContain(asked.text.replace(/…$/, ''));
  }

  /** Text made of the pieces asks are written in, so the deeper paths are reached often. */
  const askLikeText = fc
    .array(
      fc.oneof(
        fc.integer({ min: 0, max: 40 }).map(String),
        fc.constantFrom('1985', '2.5', '1,5', '12-month', '4-year', 'one', 'five', 'seven', 'zwei', 'trois', 'cinco', 'três', 'cinque', 'vijf', 'a', 'an'),
        fc.constantFrom('year', 'years', 'yrs', 'Jahre', 'Jahren', 'ans', 'años', 'anos', 'anni', 'jaar', 'decade', 'decades'),
        fc.constantFrom('experience', 'exp', 'Berufserfahrung', "d'expérience", 'de experiencia', 'de experiência', 'di esperienza', 'ervaring'),
        fc.constantFrom('+', '-', '–', ' to ', ' and ', 'between', 'at least', 'minimum', 'min.', 'up to', 'or more', 'mindestens', 'au moins', 'almeno', 'minimaal'),
        fc.constantFrom('within', 'for', 'since', 'seit', 'we have', 'our', 'With', 'ago', 'old', 'of age', 'degree', 'contract', 'managing', 'role', '(Required)'),
        fc.constantFrom(' ', ' ', ', ', '. ', ': ', '\n• ', '(', ')', "'", '’'),
      ),
      { maxLength: 16 },
    )
    .map((pieces) => pieces.join(' '));

  it('never throws on arbitrary text, and any reading is sane', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const asked = experienceAsked(text);
        if (asked) expectSane(asked, text);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps every reading of ask-like text sane', () => {
    fc.assert(
      fc.property(askLikeText, (text) => {
        const asked = experienceAsked(text);
        if (asked) expectSane(asked, text);
      }),
      { numRuns: 5000 },
    );
  });

  it('reads any generated "N+ years" and "A–B years of experience"', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_YEARS }), fc.integer({ min: 0, max: MAX_YEARS }), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        if (low > 0) expect(experienceAsked(`Requirements: ${low}+ years of experience in customer support.`)).toEqual({ min: low, text: `${low}+ years of experience` });
        else expect(experienceAsked('Requirements: 0+ years of experience in customer support.')).toBeNull();
        if (low < high) expect(reading(`You bring ${low}–${high} years of experience leading teams.`)).toBe(`${low}-${high}`);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on what is not a string', () => {
    for (const value of [undefined, null, 42, {}, [], Symbol('x')]) {
      expect(experienceAsked(value as unknown as string)).toBeNull();
    }
  });

  it(`reads at most ${MAX_DESCRIPTION_CHARS} characters, in bounded time on 200 KB`, () => {
    const filler = 'We serve customers in 40 countries and have grown for 12 years. '.repeat(4000);
    expect(filler.length).toBeGreaterThan(200_000);
    const late = `${filler}You have 5+ years of experience.`;
    const started = performance.now();
    expect(experienceAsked(late)).toBeNull();
    expect(experienceAsked('years '.repeat(40_000))).toBeNull();
    expect(experienceAsked('5 '.repeat(100_000))).toBeNull();
    expect(experienceAsked('a'.repeat(200_000))).toBeNull();
    expect(experienceAsked(`${'1-'.repeat(100_000)} years of experience`)).toBeNull();
    expect(performance.now() - started).toBeLessThan(1500);
    expect(experienceAsked(`You have 5+ years of experience. ${filler}`)).toEqual({ min: 5, text: '5+ years of experience' });
  });

  it('stays fast on random 200 KB texts', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 50 }), fc.integer({ min: 1000, max: 8000 }), (piece, times) => {
        const text = piece.repeat(Math.ceil(200_000 / piece.length)).slice(0, 200_000 + times);
        const started = performance.now();
        const asked = experienceAsked(text);
        expect(performance.now() - started).toBeLessThan(500);
        if (asked) expectSane(asked, text);
      }),
      { numRuns: 20 },
    );
  });
});
