// Reads the years of experience a posting asks for from its description ("6+ years of experience",
// "3–5 years", "at least seven years", "mindestens 5 Jahre Berufserfahrung", "5 ans d'expérience
// minimum", "experiencia mínima de 5 años", "almeno 5 anni di esperienza", "minimaal 5 jaar
// ervaring" …) as a careful reader would, and compares it with a role's typical experience.
//
// Pure and DOM-free. The description is cut to MAX_DESCRIPTION_CHARS, split into tokens in one
// linear pass, and every year word is looked at through small fixed windows around it: linear
// time; no regular expression runs over the description (only over single characters and the
// short phrase returned); never throws.
//
// What counts as an ask:
//  1. A number of years: digits ("5", "2.5", "1,5"), a number word in one of the seven languages
//     ("seven", "deux", "fünf", "tres", "três", "cinque", "vijf"), "a year", "a decade" (10 years,
//     read like "10 years"; "two decades" 20), or a range ("3–5", "3 - 5", "3 to 5", "between 3
//     and 5", "entre 3 et 5", "3 à 5", "3 bis 5", "de 3 a 5", "da 3 a 5", "3 tot 5"; also "5 7
//     years", a range whose dash the board dropped, as Dice and Naukri cards show it).
//  2. Its ends: "5+", "at least / minimum (of) / min. / more than / over / no less than 5", "5 or
//     more", "5 years minimum / or more / plus", "5 ans d'expérience minimum" (and the same in the
//     six other languages: mindestens, mehr als, au moins, plus de, al menos, mínimo de, más de,
//     pelo menos, mais de, almeno, oltre, minimaal, meer dan …) give 5 and up; "up to / no more
//     than / less than / maximum 3" (bis zu, jusqu'à, hasta, até, fino a, maximaal …) give up to
//     3; a bare "5 years" is exactly 5 (5–5); a range keeps both ends unless a "+" opens its top
//     ("3–10+ years" → 3 and up). Indeed's screener line "Customer service: 3 years (Required)"
//     is a bar to meet: 3 and up.
//  3. Tied to experience, one of:
//     a. an experience word (experience, exp, expérience, Erfahrung and compounds such as
//        Berufserfahrung or Führungserfahrung, experiencia, experiência, esperienza, ervaring and
//        werkervaring) within 8 words after the years, or 6 words before them, in the same sentence
//        ("Esperienza di almeno 1 anno", "Experience: 5+ years", "experiencia mínima de 5 años");
//     b. Indeed's screener form "…: 3 years (Required/Preferred)";
//     c. a form field "Years of Experience: 5+";
//     d. a role word within 5 words when the number is marked as an ask (an end of rule 2, a
//        range) or opens a list item: "Min, 2 years in product management", "• 5 years managing
//        support teams", "au moins 3 ans dans un poste similaire";
//     e. the field after "in/im/en/em/nel/dans" when the ask is written as one ("+", "or more", a
//        range, "at least"/"minimum" — not "over"/"more than", which is how a company boasts):
//        "10–15 years in customer service", "5+ years in a call center", "3–5 Jahre im
//        Kundenservice"; not "in business/operation/service/the market".
//     "customer experience" (experience right after customer, user, guest, client, member, patient,
//     employee, developer, digital, brand, shopping) is the job's subject, not a requirement.
//  4. Not the company's age or any other duration. None of these count: years right after within,
//     in, after, for ("looking for" aside), during, since, every, per, next, past, last, first (and
//     seit, vor, nach, innerhalb, letzten, depuis, dans, après, pendant, desde, hace, durante,
//     há, após, em, nos, entro, dopo, negli, da… fa, sinds, na, al, afgelopen, laatste …); years
//     followed by ago, old, later, of age (fa, geleden, her, alt, oud, de edad, de idade, di età);
//     a singular or hyphenated year that describes a thing lasting that long ("a 4-year degree",
//     "a 2 year contract", "One year certificate", "Bachelor's degree (4-year)"); "our/its 30
//     years of experience" (unsere, notre, nos, nuestra, nossa, nostra, onze …); "we have/'ve/
//     bring/boast … 20 years", "wir haben", "nous avons", "wij hebben", "contamos con", "abbiamo",
//     "temos"; "With over 30 years of experience, we/our …". Months ("a 12-month contract"),
//     founding years ("founded in 1985"), "over 20 years in business", "we have been around for
//     10 years", "5 years of growth" and "within 2 years you will…" are never read.
//  5. Figures over 25 years (MAX_YEARS) are ignored, as is a range whose low end exceeds its high
//     and a bare "0 years" (it asks nothing; "0-2 years" is kept).
//  6. Several asks: the first in reading order is the posting's overall ask. Postings state the
//     total first and its parts after it ("8+ years of experience, including 3 years managing
//     managers" → 8+; "2 years of experience …, or 1 year … with an advanced degree" → 2). A part
//     written before its total would be misread; no saved page does that.
import type { Role } from '../data/schema';
import { formatNumber, plural, t, type MessageName } from '../i18n/messages';

export interface ExperienceAsked {
  /** Fewest years asked; absent for "up to 3 years". */
  min?: number;
  /** Most years asked; absent for an open top ("5+ years"). A bare "5 years" has min = max = 5. */
  max?: number;
  /** The phrase as written, whitespace collapsed, for display: "6+ years of experience". */
  text: string;
}

/** Longer than any real description: the rest of a huge text is never read. */
export const MAX_DESCRIPTION_CHARS = 20_000;
/** Asks above this many years are not experience asks (a company's age, a misread figure). */
export const MAX_YEARS = 25;
/** The displayed phrase is cut here (a word the board glued to the next one can be long). */
const MAX_PHRASE_CHARS = 200;

const FORWARD_TIE_WORDS = 8;
const BACKWARD_TIE_WORDS = 6;
const ROLE_TIE_WORDS = 5;

type TokenKind = 'word' | 'num' | 'mark';

interface Token {
  kind: TokenKind;
  /** Lower-case word, the number as written, or the mark character. */
  text: string;
  value: number;
  start: number;
  end: number;
}

// ---------------------------------------------------------------------------------------------
// Words

const YEAR_WORDS = new Set([
  'year', 'years', 'yr', 'yrs', // English
  'jahr', 'jahre', 'jahren', // German
  'an', 'ans', 'année', 'années', 'annee', 'annees', // French
  'año', 'años', // Spanish
  'ano', 'anos', // Portuguese (and Spanish written without the tilde)
  'anno', 'anni', // Italian
  'jaar', 'jaren', // Dutch
]);

const DECADE_WORDS = new Set([
  'decade', 'decades', 'décennie', 'décennies', 'jahrzehnt', 'jahrzehnte', 'jahrzehnten',
  'década', 'décadas', 'decada', 'decadas', 'decennio', 'decenni', 'decennium', 'decennia',
]);

const NUMBER_WORDS: Record<string, number> = {
  // English
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20,
  // German
  ein: 1, eine: 1, einem: 1, einen: 1, einer: 1, eins: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, fuenf: 5,
  sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, zwoelf: 12, fünfzehn: 15, zwanzig: 20,
  // French
  // ("onze", eleven, is left out: in Dutch it is "our".)
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10,
  douze: 12, quinze: 15, vingt: 20,
  // Spanish
  uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9,
  diez: 10, doce: 12, quince: 15, veinte: 20,
  // Portuguese
  um: 1, uma: 1, dois: 2, duas: 2, três: 3, quatro: 4, sete: 7, oito: 8, nove: 9, dez: 10,
  vinte: 20,
  // Italian
  due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, dieci: 10,
  dodici: 12, quindici: 15, venti: 20,
  // Dutch
  een: 1, één: 1, twee: 2, drie: 3, vijf: 5, zes: 6, zeven: 7, negen: 9, tien: 10,
  twaalf: 12, vijftien: 15, twintig: 20,
};
/** Articles that mean one only right before a singular year or decade word: "a year", "a decade". */
const ARTICLE_ONE = new Set(['a', 'an']);

/** Stems of the experience words: a word containing one is an experience word ("Berufserfahrung", "werkervaring"). */
const EXPERIENCE_STEMS = ['experienc', 'expérienc', 'experiênc', 'esperienz', 'erfahrung', 'ervaring', 'berufspraxis'];
/** Short forms that must be the whole word. */
const EXPERIENCE_WORDS = new Set(['exp', 'expt']);
/** "customer experience" names the job's subject, not what it asks. */
const SUBJECT_BEFORE_EXPERIENCE = new Set([
  'customer', 'customers', 'user', 'users', 'guest', 'guests', 'client', 'clients', 'member', 'members',
  'patient', 'patients', 'employee', 'employees', 'developer', 'developers', 'digital', 'brand', 'shopping',
]);

/** Indeed's screener questions: "Customer service: 3 years (Required)". */
const SCREENER_WORDS = new Set([
  'required', 'preferred', 'erforderlich', 'wünschenswert', 'requis', 'obligatoire', 'souhaité',
  'requerido', 'obligatorio', 'deseable', 'obrigatório', 'desejável', 'richiesto', 'preferibile',
  'vereist', 'gewenst',
]);

/** Words that make the years an ask about a role when the number is itself an ask (rule 3). */
const ROLE_WORDS = new Set([
  'managing', 'leading', 'supervising', 'working', 'leadership', 'management', 'supervisory',
  'role', 'roles', 'position', 'positions', 'capacity',
  'führung', 'leitung', 'führungsposition', 'führungsrolle', 'führungsfunktion', 'position', 'funktion',
  'gestion', 'encadrement', 'poste', 'postes', 'fonction', 'fonctions',
  'gestión', 'liderazgo', 'liderando', 'puesto', 'puestos', 'cargo', 'cargos',
  'gestão', 'liderança', 'função', 'funções',
  'gestione', 'ruolo', 'ruoli', 'posizione', 'posizioni', 'mansione',
  'leidinggevende', 'leiding', 'functie', 'functies',
]);

/** Words before the number that open its bottom end: "at least 5", "mindestens 5", "plus de 5". */
const MIN_PHRASES: readonly (readonly string[])[] = [
  ['at', 'least'], ['a', 'minimum', 'of'], ['minimum', 'of'], ['minimum'], ['min'], ['no', 'less', 'than'],
  ['not', 'less', 'than'], ['more', 'than'], ['over'], ['in', 'excess', 'of'], ['upwards', 'of'],
  ['au', 'moins'], ['au', 'minimum'], ['minimum', 'de'], ['plus', 'de'], ['mindestens'], ['mind'],
  ['wenigstens'], ['über'], ['mehr', 'als'], ['al', 'menos'], ['como', 'mínimo'], ['mínimo', 'de'],
  ['mínima', 'de'], ['mínimo'], ['minimo', 'de'], ['minima', 'de'], ['más', 'de'], ['mas', 'de'],
  ['pelo', 'menos'], ['no', 'mínimo'], ['mais', 'de'], ['almeno'], ['minimo', 'di'], ['minimo'],
  ['oltre'], ['più', 'di'], ['minimaal'], ['minstens'], ['ten', 'minste'], ['tenminste'], ['meer', 'dan'],
  ['ruim'],
];
/** The "more than" kind, which a company's boast uses too ("over 20 years in business"). */
const MORE_THAN_WORDS = new Set(['over', 'more', 'in', 'upwards', 'plus', 'über', 'mehr', 'más', 'mas', 'mais', 'oltre', 'più', 'meer', 'ruim']);
/** "5+ years in customer service", "3–5 Jahre im Kundenservice": the field the years are in. */
const IN_WORDS = new Set(['in', 'im', 'en', 'em', 'no', 'na', 'nel', 'nella', 'nei', 'dans', 'bei']);
/** … but not the company's "years in business", "in operation", "in service", "am Markt". */
const NOT_A_FIELD = new Set(['business', 'operation', 'existence', 'service', 'market', 'markt', 'bedrijf', 'attività', 'activité', 'actividad', 'the']);
const FIELD_WORDS = 3;

/** Words before the number that close its top: "up to 3", "bis zu 3", "hasta 3". */
const MAX_PHRASES: readonly (readonly string[])[] = [
  ['up', 'to'], ['no', 'more', 'than'], ['not', 'more', 'than'], ['less', 'than'], ['at', 'most'],
  ['maximum', 'of'], ['maximum'], ['max'], ['jusqu', "'", 'à'], ['moins', 'de'], ['bis', 'zu'],
  ['höchstens'], ['maximal'], ['weniger', 'als'], ['hasta'], ['menos', 'de'], ['máximo', 'de'],
  ['máximo'], ['até'], ['fino', 'a'], ['massimo'], ['meno', 'di'], ['maximaal'], ['hoogstens'],
  ['minder', 'dan'],
];
/** Words after the years that open the top: "5 years or more", "5 ans minimum", "5 Jahre oder mehr". */
const OPEN_TOP_AFTER: readonly (readonly string[])[] = [
  ['or', 'more'], ['or', 'longer'], ['or', 'above'], ['and', 'above'], ['and', 'up'], ['plus'],
  ['minimum'], ['min'], ['at', 'least'], ['ou', 'plus'], ['au', 'moins'], ['oder', 'mehr'],
  ['oder', 'länger'], ['mindestens'], ['o', 'más'], ['o', 'mas'], ['como', 'mínimo'], ['mínimo'],
  ['ou', 'mais'], ['no', 'mínimo'], ['o', 'più'], ['minimo'], ['of', 'meer'], ['of', 'langer'],
  ['minimaal'],
];
/** Words between a number and the year word that open the top: "5 or more years", "5 o más años". */
const OPEN_TOP_BETWEEN: readonly (readonly string[])[] = [
  ['or', 'more'], ['o', 'más'], ['o', 'mas'], ['oder', 'mehr'], ['ou', 'mais'], ['ou', 'plus'],
  ['o', 'più'], ['of', 'meer'],
];

/** What joins the two ends of a range: "3-5", "3 to 5", "3 à 5", "3 bis 5", "3 a 5", "3 tot 5". */
const RANGE_MARKS = new Set(['-', '–', '—', '‒', '―', '−', '‐', '‑', '~']);
const RANGE_WORDS = new Set(['to', 'à', 'a', 'bis', 'tot', 'até', 'al']);
/** "between 3 and 5", "entre 3 et 5", "zwischen 3 und 5", "tra 3 e 5", "tussen 3 en 5". */
const BETWEEN_WORDS = new Set(['between', 'entre', 'zwischen', 'tra', 'fra', 'tussen']);
const AND_WORDS = new Set(['and', 'et', 'und', 'y', 'e', 'en']);
/** "from 3 to 5", "de 3 à 5", "von 3 bis 5", "da 3 a 5", "van 3 tot 5": kept in the phrase, no effect. */
const FROM_WORDS = new Set(['from', 'de', 'von', 'da', 'van', 'desde']);

/** A duration, not an ask, when the years follow one of these: "within 2 years", "seit 25 Jahren". */
const TIME_BEFORE = new Set([
  'within', 'in', 'after', 'for', 'during', 'since', 'every', 'each', 'per', 'next', 'past', 'last', 'first', 'coming',
  'seit', 'vor', 'nach', 'innerhalb', 'binnen', 'letzten', 'nächsten', 'ersten', 'alle',
  'depuis', 'dans', 'après', 'pendant', 'derniers', 'dernières', 'prochains', 'prochaines', 'premiers',
  'desde', 'hace', 'durante', 'últimos', 'ultimos', 'próximos', 'proximos', 'primeros', 'dentro',
  'há', 'após', 'depois', 'em', 'nos',
  'entro', 'dopo', 'ultimi', 'prossimi', 'primi', 'negli',
  'sinds', 'na', 'al', 'afgelopen', 'laatste', 'komende', 'eerste',
]);
/** "looking for 5+ years of experience": after these, "for" asks rather than dates. */
const ASKING_BEFORE_FOR = new Set(['looking', 'searching', 'seeking', 'asking', 'hiring', 'ask', 'require', 'requires', 'calls', 'call']);
/** Things that last some years and are not experience: "a 4-year degree", "a 2 year contract", "One year certificate". */
const DURATION_NOUNS = new Set([
  'degree', 'degrees', 'diploma', 'college', 'university', 'program', 'programme', 'course', 'courses',
  'apprenticeship', 'certificate', 'certification', 'contract', 'term', 'plan', 'period', 'assignment',
  'commitment', 'warranty', 'agreement', 'lease', 'vesting', 'cliff', 'visa', 'residency', 'bachelor',
  'ausbildung', 'studium', 'abschluss', 'vertrag', 'vertrages', 'befristung', 'diplôme', 'contrat', 'cursus',
  'título', 'carrera', 'contrato', 'grado', 'curso', 'licenciatura', 'laurea', 'contratto', 'corso',
  'opleiding', 'studie', 'contracten',
]);
/** Qualifiers written with a mark before the number: "Min, 2 years", "min. 5", "Minimum: 3 years". */
const PUNCTUATED_MIN = new Set(['min', 'mind', 'mín', 'minimum', 'mínimo', 'minimo', 'minimaal', 'mindestens']);
const PUNCTUATED_MAX = new Set(['max', 'máx', 'maximum', 'máximo', 'massimo', 'maximaal']);
const QUALIFIER_MARKS = new Set(['.', ',', ':']);

/** ... or come before one of these: "10 years ago", "25 years old", "18 years of age". */
const TIME_AFTER = new Set(['ago', 'old', 'later', 'hence', 'fa', 'geleden', 'her', 'alt', 'oud']);
const AGE_AFTER: readonly (readonly string[])[] = [
  ['of', 'age'], ['de', 'edad'], ['de', 'idade'], ['di', 'età'], ['d', "'", 'âge'],
];
/** "our 30 years of experience", "nos 20 ans d'expérience": the company's. */
const POSSESSIVES = new Set([
  'our', 'its', 'their', 'unsere', 'unserer', 'unseren', 'notre', 'nos', 'leurs',
  'nuestra', 'nuestro', 'nuestros', 'nuestras', 'nossa', 'nosso', 'nossos', 'nossas', 'nostra',
  'nostro', 'nostri', 'nostre', 'onze', 'ons',
]);
const WE = new Set(['we', 'wir', 'nous', 'wij', 'noi', 'nosotros', 'nós']);
const WE_HAVE = new Set(['have', 've', 'bring', 'boast', 'haben', 'bringen', 'verfügen', 'avons', 'apportons', 'hebben', 'brengen']);
/** Verbs that are "we have" on their own: "contamos con 20 años", "abbiamo oltre 20 anni". */
const WE_HAVE_ALONE = new Set(['avons', 'tenemos', 'contamos', 'temos', 'abbiamo', 'vantiamo', 'possediamo', 'disponemos']);
/** "With over 30 years of experience, we …": "with" before the number … */
const WITH_WORDS = new Set(['with', 'mit', 'avec', 'con', 'com', 'met']);
/** … and "we"/"our" after the comma. */
const WE_OR_OUR = new Set([...WE, ...POSSESSIVES]);

/** A "." after these ends no sentence: "min. 5 yrs.", "z. B.", "U.S.", "Sr.". */
const ABBREVIATIONS = new Set([
  'min', 'max', 'yrs', 'yr', 'approx', 'ca', 'mind', 'incl', 'inkl', 'exp', 'no', 'nr', 'vs', 'sr', 'jr',
  'dr', 'bzw', 'ggf', 'evtl', 'mín', 'máx', 'aprox', 'env', 'etc', 'resp', 'co', 'inc', 'ltd', 'st',
]);
const SENTENCE_MARKS = new Set(['.', '!', '?', ';', '•', '·', '●', '▪', '◦', '■', '*', '|', '\u2023', '\u25e6']);
const BULLETS = new Set(['•', '·', '●', '▪', '◦', '■', '*', '\u2023', '\u25e6', '-', '–', '—']);
const APOSTROPHES = new Set(["'", '\u2019', '\u2018', '\u02bc', '`', '\u00b4']);

// ---------------------------------------------------------------------------------------------
// Tokens

const LETTER = /\p{L}|\p{M}/u;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetter(char: string, code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return LETTER.test(char);
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2007 || code === 0x202f ||
    (code >= 0x2000 && code <= 0x200b) || code === 0x3000 || code === 0xfeff || code === 0xad;
}

/** One linear pass: words (lower-case), numbers ("2.5", "1,5", "5,000"), and single marks. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    const char = text[i]!;
    if (isSpace(code)) {
      i++;
      continue;
    }
    if (isDigit(code)) {
      let j = i;
      while (j < length && isDigit(text.charCodeAt(j))) j++;
      let value = Number(text.slice(i, j));
      // "2.5" and "1,5" are decimals; "5,000" and "12.000" are thousands.
      const separator = text[j];
      if ((separator === '.' || separator === ',') && j + 1 < length && isDigit(text.charCodeAt(j + 1))) {
        let k = j + 1;
        while (k < length && isDigit(text.charCodeAt(k))) k++;
        const fraction = text.slice(j + 1, k);
        if (fraction.length <= 2) value = Number(`${text.slice(i, j)}.${fraction}`);
        else value = Number(text.slice(i, j) + fraction);
        j = k;
      }
      tokens.push({ kind: 'num', text: text.slice(i, j), value, start: i, end: j });
      i = j;
      continue;
    }
    if (isLetter(char, code)) {
      let j = i + 1;
      while (j < length) {
        const next = text.charCodeAt(j);
        if (!isLetter(text[j]!, next)) break;
        j++;
      }
      tokens.push({ kind: 'word', text: text.slice(i, j).toLowerCase(), value: 0, start: i, end: j });
      i = j;
      continue;
    }
    // Surrogate pairs (emoji) are one mark.
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < length ? 2 : 1;
    const mark = APOSTROPHES.has(char) ? "'" : text.slice(i, i + width);
    tokens.push({ kind: 'mark', text: mark, value: 0, start: i, end: i + width });
    i += width;
  }
  return tokens;
}

// ---------------------------------------------------------------------------------------------
// Reading one candidate

/** Whether the words of `phrase` end at `end` (inclusive): returns the phrase's first index, or -1. */
function phraseEndingAt(tokens: Token[], end: number, phrase: readonly string[]): number {
  const start = end - phrase.length + 1;
  if (start < 0) return -1;
  for (let k = 0; k < phrase.length; k++) {
    if (tokens[start + k]!.text !== phrase[k]) return -1;
  }
  return start;
}

/** Whether the words of `phrase` start at `start`: returns the phrase's last index, or -1. */
function phraseStartingAt(tokens: Token[], start: number, phrase: readonly string[]): number {
  if (start + phrase.length > tokens.length) return -1;
  for (let k = 0; k < phrase.length; k++) {
    if (tokens[start + k]!.text !== phrase[k]) return -1;
  }
  return start + phrase.length - 1;
}

function longestEndingAt(tokens: Token[], end: number, phrases: readonly (readonly string[])[]): number {
  let best = -1;
  for (const phrase of phrases) {
    const start = phraseEndingAt(tokens, end, phrase);
    if (start >= 0 && (best < 0 || start < best)) best = start;
  }
  return best;
}

function longestStartingAt(tokens: Token[], start: number, phrases: readonly (readonly string[])[]): number {
  let best = -1;
  for (const phrase of phrases) {
    const end = phraseStartingAt(tokens, start, phrase);
    if (end > best) best = end;
  }
  return best;
}

/** A number token or a number word, as a value; undefined otherwise. */
function numberAt(tokens: Token[], index: number): number | undefined {
  const token = tokens[index];
  if (!token) return undefined;
  if (token.kind === 'num') return token.value;
  if (token.kind !== 'word') return undefined;
  return Object.hasOwn(NUMBER_WORDS, token.text) ? NUMBER_WORDS[token.text] : undefined;
}

/** Whether a "." at `index` ends a sentence (not "min.", "U.S.", "e.g."). */
function isSentenceEnd(tokens: Token[], index: number): boolean {
  const token = tokens[index]!;
  if (token.kind !== 'mark' || !SENTENCE_MARKS.has(token.text)) return false;
  if (token.text !== '.') return true;
  const before = tokens[index - 1];
  if (before && before.kind === 'word' && before.end === token.start && (before.text.length <= 1 || ABBREVIATIONS.has(before.text))) {
    return false;
  }
  return true;
}

interface Quantity {
  low: number;
  high: number;
  /** At least `low`, no top. */
  openTop: boolean;
  /** Up to `high`, no bottom. */
  openBottom: boolean;
  /** Whether the writer marked it as an ask: a qualifier, a "+", a range, "or more". */
  marked: boolean;
  /** Marked as an ask in a way a company's boast is not: "+", "or more", a range, "at least" (not "over", "more than"). */
  written: boolean;
  /** First token of the phrase (qualifier included) and the last (year word or trailing words). */
  first: number;
  last: number;
  /** First token of the number itself, before any qualifier. */
  numberAt: number;
  /** "4-year", "2 year": the year word describes a noun rather than counting experience. */
  adjectival: boolean;
}

const SINGULAR_YEAR_WORDS = new Set(['year', 'yr', 'jahr', 'an', 'année', 'annee', 'año', 'ano', 'anno', 'jaar', 'decade']);

/** The quantity whose year (or decade) word is at `unit`, read backwards and forwards; null when there is no number. */
function readQuantity(tokens: Token[], unit: number): Quantity | null {
  const unitWord = tokens[unit]!.text;
  const scale = DECADE_WORDS.has(unitWord) ? 10 : 1;
  let openTop = false;
  let openBottom = false;
  let marked = false;
  /** Marked by a "+", "or more", a range or an "at least"-kind qualifier (not "over"/"more than"). */
  let written = false;
  let j = unit - 1;
  let adjectival = SINGULAR_YEAR_WORDS.has(unitWord);
  // "5-year", "3-5-year": a hyphen between the number and the year word.
  if (tokens[j]?.kind === 'mark' && tokens[j]!.text === '-' && numberAt(tokens, j - 1) !== undefined) {
    j--;
    adjectival = true;
  }
  // "5+ years"
  if (tokens[j]?.kind === 'mark' && tokens[j]!.text === '+') {
    openTop = true;
    marked = true;
    written = true;
    j--;
  }
  // "5 or more years", "5 o más años"
  if (j >= 0 && tokens[j]!.kind === 'word') {
    const start = longestEndingAt(tokens, j, OPEN_TOP_BETWEEN);
    if (start >= 0) {
      openTop = true;
      marked = true;
      written = true;
      j = start - 1;
    }
  }
  // "five (5) years": the figure in brackets repeats the word.
  if (tokens[j]?.text === ')' && tokens[j - 1]?.kind === 'num' && tokens[j - 2]?.text === '(') {
    const inBrackets = tokens[j - 1]!.value;
    if (numberAt(tokens, j - 3) === inBrackets) j -= 3;
    else j -= 1;
  }
  let high = numberAt(tokens, j);
  if (high === undefined) {
    // "a year of experience", "a decade of experience"
    const article = tokens[j];
    if (article && article.kind === 'word' && ARTICLE_ONE.has(article.text) && SINGULAR_YEAR_WORDS.has(unitWord)) high = 1;
    else return null;
  }
  let numberStart = j;
  let low = high;
  // A range: "3-5", "3 to 5", "between 3 and 5", "3–10+", and "5 7" (the board dropped the dash).
  const joiner = tokens[j - 1];
  const lowValue = numberAt(tokens, j - 2);
  if (joiner && lowValue !== undefined) {
    const isMark = joiner.kind === 'mark' && RANGE_MARKS.has(joiner.text);
    const isWordJoiner = joiner.kind === 'word' && RANGE_WORDS.has(joiner.text);
    const isAnd = joiner.kind === 'word' && AND_WORDS.has(joiner.text) && BETWEEN_WORDS.has(tokens[j - 3]?.text ?? '');
    if (isMark || isWordJoiner || isAnd) {
      low = lowValue;
      numberStart = j - 2;
      marked = true;
      written = true;
      if (isAnd || (tokens[j - 3] && FROM_WORDS.has(tokens[j - 3]!.text) && tokens[j - 3]!.kind === 'word')) numberStart = j - 3;
    }
  } else if (joiner?.kind === 'num' && joiner.value < high && (tokens[j - 2] === undefined || tokens[j - 2]!.kind === 'word' || tokens[j - 2]!.text === ':')) {
    // "MUST HAVE 5 7 years", "Experience: 3 10 Years": a range whose dash the board dropped (not "+ 1 2 years").
    low = joiner.value;
    numberStart = j - 1;
    marked = true;
    written = true;
  }
  let first = numberStart;
  // Qualifiers before the number: "at least", "minimum of", "up to" …
  if (first > 0) {
    // "min. 5", "Min, 2 years", "Minimum: 3 years": a mark between the qualifier and the number.
    const punctuated = QUALIFIER_MARKS.has(tokens[first - 1]?.text ?? '') && tokens[first - 2]?.kind === 'word' ? tokens[first - 2]!.text : '';
    let minStart = longestEndingAt(tokens, first - 1, MIN_PHRASES);
    if (minStart < 0 && PUNCTUATED_MIN.has(punctuated)) minStart = first - 2;
    let maxStart = minStart >= 0 ? -1 : longestEndingAt(tokens, first - 1, MAX_PHRASES);
    if (minStart < 0 && maxStart < 0 && PUNCTUATED_MAX.has(punctuated)) maxStart = first - 2;
    if (minStart >= 0) {
      if (low === high) openTop = true;
      marked = true;
      if (!MORE_THAN_WORDS.has(tokens[minStart]!.text)) written = true;
      first = minStart;
    } else if (maxStart >= 0) {
      if (low === high) {
        openBottom = true;
        openTop = false;
      }
      marked = true;
      first = maxStart;
    }
  }
  let last = unit;
  // After the year word: "+", "or more", "minimum", "plus".
  if (tokens[last + 1]?.text === '+') {
    openTop = true;
    marked = true;
    written = true;
    last++;
  } else {
    const end = longestStartingAt(tokens, last + 1, OPEN_TOP_AFTER);
    if (end >= 0) {
      openTop = true;
      marked = true;
      written = true;
      last = end;
    }
  }
  if (openTop) openBottom = false;
  return { low: low * scale, high: high * scale, openTop, openBottom, marked, written, first, last, numberAt: numberStart, adjectival };
}

/** Whether the years are a duration or the company's own (rule 4). */
function isNotAnAsk(tokens: Token[], quantity: Quantity): boolean {
  const before = tokens[quantity.first - 1];
  const beforeThat = tokens[quantity.first - 2];
  if (before?.kind === 'word') {
    const asking = before.text === 'for' && ASKING_BEFORE_FOR.has(beforeThat?.text ?? '');
    if ((TIME_BEFORE.has(before.text) && !asking) || POSSESSIVES.has(before.text)) return true;
  }
  if (beforeThat?.kind === 'word' && (beforeThat.text === 'within' || beforeThat.text === 'innerhalb' || beforeThat.text === 'binnen')) {
    return true;
  }
  // "we have (over) 20 years", "wir haben über 20 Jahre", "contamos con más de 20 años"
  for (let k = quantity.first - 1; k >= 0 && k >= quantity.first - 4; k--) {
    const token = tokens[k]!;
    if (token.kind === 'mark' && token.text !== "'") break;
    if (token.kind !== 'word') continue;
    if (WE_HAVE_ALONE.has(token.text)) return true;
    if (WE_HAVE.has(token.text)) {
      const subject = tokens[k - 1]?.text === "'" ? tokens[k - 2] : tokens[k - 1];
      if (subject && WE.has(subject.text)) return true;
    }
  }
  const after = tokens[quantity.last + 1];
  if (after?.kind === 'word' && TIME_AFTER.has(after.text)) return true;
  // "a 4-year degree", "a 2 year contract", "One year certificate", "a 4-year bachelor's degree":
  // a singular or hyphenated year word describes the thing that lasts, a word or two later.
  if (quantity.adjectival) {
    for (let k = quantity.last + 1; k <= quantity.last + 3 && k < tokens.length; k++) {
      const token = tokens[k]!;
      if (token.kind === 'word' && DURATION_NOUNS.has(token.text)) return true;
      if (token.kind === 'mark' && token.text !== "'") break;
    }
    // "Bachelor's degree (4-year)": the noun comes first.
    const opening = tokens[quantity.first - 1]?.text === '(' ? quantity.first - 2 : -1;
    if (opening >= 0 && DURATION_NOUNS.has(tokens[opening]!.text)) return true;
  }
  if (longestStartingAt(tokens, quantity.last + 1, AGE_AFTER) >= 0) return true;
  return false;
}

function isExperienceWord(tokens: Token[], index: number): boolean {
  const token = tokens[index]!;
  if (token.kind !== 'word') return false;
  const word = token.text;
  if (!EXPERIENCE_WORDS.has(word) && !EXPERIENCE_STEMS.some((stem) => word.includes(stem))) return false;
  const before = tokens[index - 1];
  return !(before?.kind === 'word' && SUBJECT_BEFORE_EXPERIENCE.has(before.text));
}

/**
 * The experience word within `words` words of the years, stepping after them (+1) or before them
 * (-1), inside the sentence (or, looking back, a heading ending in ":"): its index, or -1.
 */
function experienceNear(tokens: Token[], from: number, words: number, step: 1 | -1): number {
  let seen = 0;
  for (let k = from; k >= 0 && k < tokens.length && seen < words; k += step) {
    const token = tokens[k]!;
    if (token.kind === 'num') return -1;
    if (token.kind === 'mark') {
      // A list right under a heading: "Experience Required:* Minimum 2+ Years".
      if (step < 0 && BULLETS.has(token.text) && tokens[k - 1]?.text === ':') continue;
      if (isSentenceEnd(tokens, k)) return -1;
      continue;
    }
    if (YEAR_WORDS.has(token.text) || DECADE_WORDS.has(token.text)) return -1;
    if (isExperienceWord(tokens, k)) return k;
    seen++;
  }
  return -1;
}

const experienceAfter = (tokens: Token[], from: number, words: number) => experienceNear(tokens, from, words, 1);
const experienceBefore = (tokens: Token[], from: number, words: number) => experienceNear(tokens, from, words, -1);

/** Indeed's "…: 3 years (Required)": the closing bracket's index, or -1. */
function screenerAfter(tokens: Token[], from: number): number {
  if (tokens[from]?.text !== '(') return -1;
  const word = tokens[from + 1];
  if (!word || word.kind !== 'word' || !SCREENER_WORDS.has(word.text)) return -1;
  return tokens[from + 2]?.text === ')' ? from + 2 : from + 1;
}

/** Whether the number opens a list item or line of its own: "• 5 years in a leadership role". */
function opensItem(tokens: Token[], first: number): boolean {
  const before = tokens[first - 1];
  if (!before) return true;
  if (before.kind !== 'mark') return false;
  return before.text === ':' || BULLETS.has(before.text) || isSentenceEnd(tokens, first - 1);
}

/** A role word right after the years ("managing", "in a leadership role"), its index or -1. */
function roleAfter(tokens: Token[], from: number): number {
  let seen = 0;
  for (let k = from; k < tokens.length && seen < ROLE_TIE_WORDS; k++) {
    const token = tokens[k]!;
    if (token.kind === 'num') return -1;
    if (token.kind === 'mark') {
      if (isSentenceEnd(tokens, k) || token.text === ',') return -1;
      continue;
    }
    if (ROLE_WORDS.has(token.text)) return k;
    seen++;
  }
  return -1;
}

/**
 * "10–15 years in customer service", "5+ years in a call center": a written ask (a "+", a range,
 * "at least") followed by the field it is in. Returns the phrase's last index, or -1.
 */
function fieldAfter(tokens: Token[], from: number): number {
  const preposition = tokens[from];
  if (!preposition || preposition.kind !== 'word' || !IN_WORDS.has(preposition.text)) return -1;
  const next = tokens[from + 1];
  if (!next || next.kind !== 'word' || NOT_A_FIELD.has(next.text) || YEAR_WORDS.has(next.text)) return -1;
  let last = from;
  for (let k = from + 1; k < tokens.length && k <= from + FIELD_WORDS; k++) {
    const token = tokens[k]!;
    if (token.kind !== 'word' || AND_WORDS.has(token.text) || token.text === 'or' || token.text === 'with') break;
    last = k;
  }
  return last;
}

/** "With over 30 years of experience, we …": the company's boast. */
function isCompanyBoast(tokens: Token[], quantity: Quantity, tieEnd: number): boolean {
  if (!WITH_WORDS.has(tokens[quantity.first - 1]?.text ?? '')) return false;
  for (let k = tieEnd + 1; k < tokens.length && k <= tieEnd + 10; k++) {
    const token = tokens[k]!;
    if (token.kind === 'mark' && isSentenceEnd(tokens, k)) return false;
    if (token.text === ',') return WE_OR_OUR.has(tokens[k + 1]?.text ?? '');
  }
  return false;
}

function phraseText(text: string, start: number, end: number): string {
  const phrase = text.slice(start, Math.min(end, start + MAX_PHRASE_CHARS * 2)).replace(/\s+/g, ' ').trim();
  return phrase.length > MAX_PHRASE_CHARS ? `${phrase.slice(0, MAX_PHRASE_CHARS - 1)}…` : phrase;
}

/** The ask whose year word is at `unit`, or null. */
function askAt(text: string, tokens: Token[], unit: number): ExperienceAsked | null {
  const quantity = readQuantity(tokens, unit);
  if (!quantity) return null;
  if (quantity.low > quantity.high || quantity.high > MAX_YEARS || quantity.low < 0) return null;
  // "0 years", "0+ Yrs": asks nothing (a filter's "Experience: Any, 0 Yrs"); "0-2 years" is kept.
  if (quantity.high === 0) return null;
  if (!Number.isFinite(quantity.low) || !Number.isFinite(quantity.high)) return null;
  if (isNotAnAsk(tokens, quantity)) return null;

  let first = quantity.first;
  let last = quantity.last;
  const screener = screenerAfter(tokens, last + 1);
  const after = screener >= 0 ? -1 : experienceAfter(tokens, last + 1, FORWARD_TIE_WORDS);
  if (screener >= 0) {
    // Indeed's screener states a bar to meet: "3 years (Required)" is 3 years or more.
    if (quantity.low === quantity.high && !quantity.openBottom) quantity.openTop = true;
    last = screener;
  } else if (after >= 0) {
    last = after;
    // "5 ans d'expérience minimum", "5 years of experience or more": the open top after the tie.
    const openEnd = quantity.low === quantity.high && !quantity.openBottom ? longestStartingAt(tokens, last + 1, OPEN_TOP_AFTER) : -1;
    if (openEnd >= 0) {
      quantity.openTop = true;
      last = openEnd;
    }
  } else {
    const before = experienceBefore(tokens, quantity.first - 1, BACKWARD_TIE_WORDS);
    if (before >= 0) {
      first = before;
      // "Experience (6+ years)": keep the closing bracket.
      if (tokens[last + 1]?.text === ')' && tokens.slice(before, quantity.first).some((token) => token.text === '(')) last++;
    } else {
      const role = quantity.marked || opensItem(tokens, quantity.first) ? roleAfter(tokens, last + 1) : -1;
      const field = role < 0 && quantity.written ? fieldAfter(tokens, last + 1) : -1;
      if (role < 0 && field < 0) return null;
      last = role >= 0 ? role : field;
    }
  }
  if (isCompanyBoast(tokens, quantity, last)) return null;

  const asked: ExperienceAsked = { text: phraseText(text, tokens[first]!.start, tokens[last]!.end) };
  if (!quantity.openBottom) asked.min = quantity.low;
  if (!quantity.openTop) asked.max = quantity.high;
  return asked;
}

/**
 * The form fields of some applicant-tracking systems, the number after the words:
 * "Years of Experience: 5", "Minimum Years of Experience Required: 3-5", "Years of experience: 5+".
 */
function fieldAskAt(text: string, tokens: Token[], unit: number): ExperienceAsked | null {
  if (tokens[unit + 1]?.text !== 'of' || !isExperienceWord(tokens, unit + 2)) return null;
  let k = unit + 3;
  // "Required", "(Minimum)" may sit before the colon.
  while (k < tokens.length && k <= unit + 6 && tokens[k]!.text !== ':') k++;
  if (tokens[k]?.text !== ':') return null;
  const low = tokens[k + 1]?.kind === 'num' ? tokens[k + 1]!.value : undefined;
  if (low === undefined) return null;
  let high = low;
  let last = k + 1;
  let openTop = false;
  const joiner = tokens[last + 1];
  if (joiner && (RANGE_MARKS.has(joiner.text) || joiner.text === 'to') && tokens[last + 2]?.kind === 'num') {
    high = tokens[last + 2]!.value;
    last += 2;
  }
  if (tokens[last + 1]?.text === '+') {
    openTop = true;
    last++;
  }
  if (YEAR_WORDS.has(tokens[last + 1]?.text ?? '')) last++;
  const qualifier = tokens[unit - 1]?.text ?? '';
  if (low === high && (qualifier === 'minimum' || qualifier === 'min')) openTop = true;
  if (low > high || high > MAX_YEARS) return null;
  const first = qualifier === 'minimum' || qualifier === 'min' || qualifier === 'required' ? unit - 1 : unit;
  const asked: ExperienceAsked = { min: low, text: phraseText(text, tokens[first]!.start, tokens[last]!.end) };
  if (!openTop) asked.max = high;
  return asked;
}

// ---------------------------------------------------------------------------------------------
// Public API

/**
 * The years of experience a posting's description asks for, or null when it asks none a careful
 * reader would take (see the rules at the top of this file). Reads at most MAX_DESCRIPTION_CHARS.
 */
export function experienceAsked(description: string): ExperienceAsked | null {
  try {
    if (typeof description !== 'string' || description.length === 0) return null;
    const text = description.length > MAX_DESCRIPTION_CHARS ? description.slice(0, MAX_DESCRIPTION_CHARS) : description;
    const tokens = tokenize(text);
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.kind !== 'word' || (!YEAR_WORDS.has(token.text) && !DECADE_WORDS.has(token.text))) continue;
      const asked = askAt(text, tokens, i) ?? fieldAskAt(text, tokens, i);
      if (asked) return asked;
    }
    return null;
  } catch {
    return null;
  }
}

/** A number of years as the contract attribute writes it: "5", "2.5" (never the locale's "2,5"). */
function attributeYears(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 10) / 10);
}

/**
 * The `data-experience-asked` attribute: "MIN-MAX" in years with an open end empty ("5+ years" →
 * "5-", "up to 3 years" → "-3", "3–5 years" → "3-5", "5 years" → "5-5"); null when nothing is asked.
 */
export function experienceAttribute(asked: Pick<ExperienceAsked, 'min' | 'max'> | null | undefined): string | null {
  if (!asked || (asked.min === undefined && asked.max === undefined)) return null;
  return `${asked.min === undefined ? '' : attributeYears(asked.min)}-${asked.max === undefined ? '' : attributeYears(asked.max)}`;
}

type Years = { min?: number; max?: number };

/** "5+ years", "up to 3 years", "3–5 years", "1 year", in the UI's language and numbers. */
function askedYears(asked: Years): string {
  const { min, max } = asked;
  if (min !== undefined && max !== undefined) {
    return min === max ? plural('years', min) : t('yearsRange', formatNumber(min), formatNumber(max));
  }
  if (min !== undefined) return plural('yearsAtLeast', min);
  return plural('yearsUpTo', max ?? 0);
}

/** "8–12", "10+", "up to 5", "8": the typical figure, as the data gives it. */
function typicalYears(typical: { minYears?: number; maxYears?: number }): string {
  const { minYears: min, maxYears: max } = typical;
  if (min !== undefined && max !== undefined) return min === max ? formatNumber(min) : `${formatNumber(min)}–${formatNumber(max)}`;
  if (min !== undefined) return `${formatNumber(min)}+`;
  return t('typicalUpTo', formatNumber(max ?? 0));
}

export type ExperienceVerdict = 'fewer' | 'more' | 'within' | 'none';

/**
 * How the posting's ask sits against the typical years, said only where it follows: "fewer" when
 * all it asks lies below the typical bottom, "more" when all of it lies above the typical top,
 * "within" when it lies inside the typical range; otherwise (an open end reaching past the typical
 * figure, an overlap, or no typical number at all) "none".
 */
export function experienceVerdict(asked: Years, typical: { minYears?: number; maxYears?: number }): ExperienceVerdict {
  if (asked.min === undefined && asked.max === undefined) return 'none';
  if (typical.minYears === undefined && typical.maxYears === undefined) return 'none';
  const askedLow = asked.min ?? 0;
  const askedHigh = asked.max ?? Infinity;
  const typicalLow = typical.minYears ?? 0;
  const typicalHigh = typical.maxYears ?? Infinity;
  if (askedHigh < typicalLow) return 'fewer';
  if (askedLow > typicalHigh) return 'more';
  if (askedLow >= typicalLow && askedHigh <= typicalHigh) return 'within';
  return 'none';
}

const EXPERIENCE_SENTENCES: Record<ExperienceVerdict, MessageName> = {
  none: 'experienceTypical',
  fewer: 'experienceFewer',
  more: 'experienceMore',
  within: 'experienceWithin',
};

/** "Customer Support Director" → "Customer Support Directors" (role titles are English). */
function pluralTitle(title: string): string {
  const trimmed = title.trim();
  return /s$/i.test(trimmed) ? trimmed : `${trimmed}s`;
}

/**
 * One sentence comparing the posting's ask with the role's typical experience, e.g.
 * "This posting asks 5+ years; Customer Support Directors typically have 8–12 (seed 001)." or
 * "This posting asks up to 3 years, fewer than the 8–12 Customer Support Directors typically have (seed 001)."
 * `roleTitle` is the role's singular title ("Customer Support Director"); `sourceLabel` names the
 * source of the typical figure ("seed 001").
 */
export function compareExperience(
  asked: Years,
  typical: { minYears?: number; maxYears?: number },
  roleTitle: string,
  sourceLabel: string,
): string {
  const source = sourceLabel.trim() === '' ? '' : ` (${sourceLabel.trim()})`;
  const sentence = (name: MessageName, usual: string) => t(name, askedYears(asked), usual, pluralTitle(roleTitle), roleTitle, source);
  if (typical.minYears === undefined && typical.maxYears === undefined) return sentence('experienceNoTypical', '');
  const usual = typicalYears(typical);
  return sentence(EXPERIENCE_SENTENCES[experienceVerdict(asked, typical)], usual);
}

/** The role's typical experience as compareExperience takes it. */
export function typicalExperience(role: Pick<Role, 'experience'>): { minYears?: number; maxYears?: number } {
  const { minYears, maxYears } = role.experience;
  return { ...(minYears === undefined ? {} : { minYears }), ...(maxYears === undefined ? {} : { maxYears }) };
}
