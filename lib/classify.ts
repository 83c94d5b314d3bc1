// Exact title classifier: decides whether a job title is one of our six roles.
// Pure and DOM-free. One pass to tokenise, one bounded pass over the tokens: linear time,
// no backtracking regular expressions, never throws.
import type { Family, Level, RoleId } from './schema';

export interface RoleMatch {
  roleId: RoleId;
  family: Family;
  level: Level;
  /** Which words decided, e.g. `"customer service" + "manager"`. */
  reason: string;
}

/** Real titles are under 200 characters; past this it is page noise, not a title. */
export const MAX_TITLE_CHARS = 300;

// Separators kept as tokens, because "Manager, Customer Support" and "Manager | Remote" differ.
const COMMA = ',';
const DASH = '-';
const SLASH = '/';
const PIPE = '|';
const AMP = '&';
const COLON = ':';

const WORD_ALIASES: Record<string, string> = {
  sr: 'senior',
  snr: 'senior',
  jr: 'junior',
  mgr: 'manager',
  mngr: 'manager',
  dir: 'director',
  svc: 'service',
  svcs: 'service',
  services: 'service',
  cust: 'customer',
  ops: 'operations',
  asst: 'assistant',
  assoc: 'associate',
  ctr: 'center',
  centre: 'center',
  and: AMP,
  intl: 'international',
};

const FAMILY_WORDS: Record<string, Family> = { support: 'support', service: 'service', care: 'care' };
const LEVEL_WORDS: Record<string, Level> = { manager: 'manager', director: 'director', head: 'director' };

/** Words that may sit between "customer support" and "manager" without changing the job. */
const FUNCTION_WORDS = new Set(['operations', 'center', 'call', 'contact', 'team', 'teams', 'department']);

/** Words allowed before "Manager"/"Director" in "Senior Manager, Customer Support". */
const LEVEL_QUALIFIERS = new Set([
  'senior', 'junior', 'associate', 'assistant', 'regional', 'global', 'deputy', 'interim', 'acting',
  'executive', 'national', 'area', 'district', 'group', 'principal', 'international', 'country',
  'divisional', 'division', 'site', 'corporate', 'bilingual', 'remote', 'hybrid', 'lead', 'territory',
]);

/** Words allowed between "Director of" and "Customer Support". */
const SCOPE_WORDS = new Set(['global', 'regional', 'international', 'national', 'worldwide', 'enterprise', 'the']);

/** People nouns: "Customer Service Representative" is another job, not a manager. */
const JOB_NOUNS = new Set([
  'representative', 'representatives', 'rep', 'reps', 'agent', 'agents', 'specialist', 'specialists',
  'associate', 'associates', 'coordinator', 'supervisor', 'lead', 'leader', 'engineer', 'analyst',
  'advisor', 'adviser', 'assistant', 'clerk', 'officer', 'executive', 'consultant', 'trainer',
  'administrator', 'technician', 'intern', 'trainee', 'trainees', 'apprentice', 'professional',
  'operator', 'ambassador', 'hero', 'advocate', 'partner', 'planner', 'architect', 'developer',
  'writer', 'designer', 'scientist',
  // "Customer Service Manager Jobs in Miami" is a search page's heading, not a posting.
  'jobs',
]);

/** Other functions: "Customer Success", "Customer Support Product Manager", "… Training Manager". */
const OTHER_FUNCTIONS = new Set([
  'success', 'experience', 'engineering', 'product', 'program', 'programme', 'project', 'account',
  'accounts', 'training', 'quality', 'shift', 'desk',
]);

const isOtherJob = (token: string) => JOB_NOUNS.has(token) || OTHER_FUNCTIONS.has(token);

/** Words before "Customer Support Manager" that make it another job ("Product Customer Support Manager"). */
const OTHER_JOB_PREFIXES = new Set([
  'product', 'program', 'programme', 'project', 'account', 'accounts', 'engineering', 'software',
  'sales', 'marketing', 'vp', 'vice', 'president', 'chief', 'to', 'store', 'restaurant',
]);

/** Hard boundaries: the role phrase never spans them. */
function isBoundary(token: string): boolean {
  return token === PIPE || token === COLON || token === DASH || token === COMMA || token === SLASH;
}

/** Letters and digits of lower-cased text (the tokenizer lower-cases first). */
function isWordChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || // a-z
    (code >= 48 && code <= 57) || // 0-9
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) // Latin accented letters
  );
}

/** Characters dropped without splitting the word: zero-width and bidi controls, apostrophes. */
function isInvisible(code: number): boolean {
  return (
    code === 0x27 || code === 0x2019 || code === 0xad ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2069) ||
    code === 0xfeff
  );
}

function separatorToken(code: number): string | null {
  switch (code) {
    case 0x2c: // ,
    case 0x3b: // ;
      return COMMA;
    case 0x2d: // -
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      return DASH;
    case 0x2f: // /
    case 0x5c: // \
      return SLASH;
    case 0x7c: // |
    case 0xb7: // ·
    case 0x2022: // •
    case 0x40: // @
      return PIPE;
    case 0x26: // &
    case 0x2b: // +
      return AMP;
    case 0x3a: // :
      return COLON;
    default:
      return null;
  }
}

function pushWord(tokens: string[], word: string): void {
  // "at Acme" introduces a company name, like "@ Acme".
  if (word === 'at') {
    tokens.push(PIPE);
    return;
  }
  tokens.push(WORD_ALIASES[word] ?? word);
}

/**
 * Splits a title into lower-case words (abbreviations expanded) and separator tokens.
 * Bracketed text — "(Remote)", "(m/f/d)", "[Hybrid]" — is dropped as noise.
 */
export function tokenizeTitle(title: string): string[] {
  const text = (title.length > MAX_TITLE_CHARS ? title.slice(0, MAX_TITLE_CHARS) : title).toLowerCase();
  const tokens: string[] = [];
  let wordStart = -1;
  /** The part of the current word before an invisible character inside it ("Cus\u200Btomer"). */
  let wordHead = '';
  let bracketDepth = 0;
  const length = text.length;
  for (let i = 0; i <= length; i++) {
    const code = i < length ? text.charCodeAt(i) : 0x20;
    if (bracketDepth === 0 && isWordChar(code)) {
      if (wordStart < 0) wordStart = i;
      continue;
    }
    if (bracketDepth === 0 && isInvisible(code)) {
      if (wordStart >= 0) wordHead += text.slice(wordStart, i);
      wordStart = -1;
      continue;
    }
    if (wordStart >= 0 || wordHead !== '') {
      pushWord(tokens, wordStart >= 0 ? wordHead + text.slice(wordStart, i) : wordHead);
      wordStart = -1;
      wordHead = '';
    }
    if (code === 0x28 || code === 0x5b || code === 0x7b) {
      bracketDepth++;
      continue;
    }
    if (bracketDepth > 0) {
      if (code === 0x29 || code === 0x5d || code === 0x7d) bracketDepth--;
      continue;
    }
    const separator = separatorToken(code);
    // A hyphen inside a word ("Co-op", "e-commerce") is not a separator between words.
    if (separator === DASH && code === 0x2d && isWordChar(text.charCodeAt(i - 1)) && isWordChar(text.charCodeAt(i + 1))) {
      continue;
    }
    if (separator) tokens.push(separator);
  }
  return tokens;
}

const ROLE_IDS: Record<Family, Record<Level, RoleId>> = {
  support: { director: 'customer-support-director', manager: 'customer-support-manager' },
  service: { director: 'customer-service-director', manager: 'customer-service-manager' },
  care: { director: 'customer-care-director', manager: 'customer-care-manager' },
};

function makeMatch(family: Family, level: Level, levelWord: string, form: string): RoleMatch {
  return {
    roleId: ROLE_IDS[family][level],
    family,
    level,
    reason: `"customer ${family}" + "${levelWord}" (${form})`,
  };
}

/** "Customer Service Manager/Supervisor", "… Manager in Training", "… Manager Assistant": another job. */
function endsAsAnotherJob(tokens: string[], afterLevel: number): boolean {
  const next = tokens[afterLevel];
  if (next === undefined) return false;
  if (next === 'in' && tokens[afterLevel + 1] === 'training') return true;
  if ((next === SLASH || next === AMP) && isOtherJob(tokens[afterLevel + 1] ?? '')) return true;
  return isOtherJob(next) && next !== 'lead';
}

/** "Customer Support Manager": family first, then function words, then the level. */
function matchFamilyFirst(tokens: string[], familyAt: number, family: Family): RoleMatch | null {
  // Words before the family ("Senior", "Bilingual") are fine unless they name another job;
  // a joint department ("Sales & Customer Support Manager") ends the look-back.
  for (let i = familyAt - 2; i >= 0 && !isBoundary(tokens[i]!) && tokens[i] !== AMP; i--) {
    const word = tokens[i]!;
    if (OTHER_JOB_PREFIXES.has(word) || LEVEL_WORDS[word] !== undefined || (isOtherJob(word) && !LEVEL_QUALIFIERS.has(word))) {
      return null;
    }
  }
  let i = familyAt + 1;
  for (; i < tokens.length; i++) {
    const token = tokens[i]!;
    const level = LEVEL_WORDS[token];
    if (level !== undefined) {
      if (token === 'head' && tokens[i + 1] === 'of') return null;
      return endsAsAnotherJob(tokens, i + 1) ? null : makeMatch(family, level, token, 'X Manager');
    }
    // "Customer Service & Support Manager", "Customer Service & Logistics Manager": a joint
    // department is fine, "Customer Service/Supervisor" or "… & Success Manager" is another job.
    if (token === AMP || token === SLASH) {
      const joined = tokens[i + 1] ?? '';
      if (joined === '' || isBoundary(joined) || isOtherJob(joined) || LEVEL_WORDS[joined] !== undefined) return null;
      i++;
      continue;
    }
    // "Customer Service Operations Manager", "Customer Service Sr Director", "Customer Support Services Director".
    if (!FUNCTION_WORDS.has(token) && !LEVEL_QUALIFIERS.has(token) && FAMILY_WORDS[token] === undefined) return null;
  }
  return null;
}

function isConnector(token: string | undefined): boolean {
  return token === 'of' || token === 'for' || token === COMMA || token === DASH || token === COLON;
}

/** A word that can name a department's scope: not a job, a level, a connector or a separator. */
function isScopeWord(token: string): boolean {
  return (
    !isBoundary(token) && !isConnector(token) && token !== AMP && token !== PIPE &&
    !isOtherJob(token) && !OTHER_JOB_PREFIXES.has(token) && LEVEL_WORDS[token] === undefined
  );
}

/** "Director of Customer Support", "Senior Manager, Customer Care Operations", "Head of Customer Support". */
function matchLevelFirst(tokens: string[], familyAt: number): { level: Level; word: string; at: number } | null {
  let i = familyAt - 2;
  while (i >= 0 && SCOPE_WORDS.has(tokens[i]!)) i--;
  // After an explicit connector, up to two other words may name the scope ("Manager, PPAC Customer Care").
  let scopeStart = i;
  while (i - scopeStart < 2 && scopeStart >= 0 && isScopeWord(tokens[scopeStart]!)) scopeStart--;
  if (scopeStart < i && isConnector(tokens[scopeStart])) i = scopeStart;
  // One connector at most between the level and the family: "of", "for", ",", "-", ":".
  const connector = tokens[i];
  if (isConnector(connector)) i--;
  const levelWord = tokens[i];
  const level = levelWord === undefined ? undefined : LEVEL_WORDS[levelWord];
  if (level === undefined || levelWord === undefined) return null;
  if (levelWord === 'head' && connector !== 'of') return null;
  for (let j = i - 1; j >= 0 && !isBoundary(tokens[j]!); j--) {
    if (!LEVEL_QUALIFIERS.has(tokens[j]!)) return null;
  }
  return { level, word: levelWord, at: i };
}

/**
 * After "Director of Customer Support": operations words are fine, another job is not.
 * A joint department after "and" is fine too ("… Support and Training"), unless it is Success
 * or Experience, which make it another family's job.
 */
function tailIsAnotherJob(tokens: string[], familyEnd: number): boolean {
  for (let i = familyEnd + 1; i < tokens.length && !isBoundary(tokens[i]!); i++) {
    const token = tokens[i]!;
    if (token === AMP) {
      const joined = tokens[i + 1] ?? '';
      if (JOB_NOUNS.has(joined) || joined === 'success' || joined === 'experience') return true;
      i++;
      continue;
    }
    if (token === 'of' || FUNCTION_WORDS.has(token) || FAMILY_WORDS[token] !== undefined) continue;
    if (isOtherJob(token) || LEVEL_WORDS[token] !== undefined) return true;
  }
  return false;
}

/**
 * Classifies a job title as one of the six roles, or null. Exact rather than fuzzy:
 * "Customer Service Representative" and "Product Manager, Customer Support" are null.
 */
export function classifyTitle(title: string): RoleMatch | null {
  if (typeof title !== 'string' || title.length === 0) return null;
  // Cheap pre-filters: most titles on a job board never mention "customer" or a level word.
  // The characters the tokenizer drops inside words are dropped here too ("Cus\u200Btomer").
  const head = (title.length > MAX_TITLE_CHARS ? title.slice(0, MAX_TITLE_CHARS) : title).replace(INVISIBLE_PATTERN, '');
  if (!CUSTOMER_PATTERN.test(head) || !LEVEL_PATTERN.test(head)) return null;
  const tokens = tokenizeTitle(title);
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i] !== 'customer') continue;
    const family = FAMILY_WORDS[tokens[i + 1]!];
    if (family === undefined) continue;
    const levelFirst = matchLevelFirst(tokens, i + 1);
    if (levelFirst) {
      if (tailIsAnotherJob(tokens, i + 1)) continue;
      return makeMatch(family, levelFirst.level, levelFirst.word, 'Manager of X');
    }
    const familyFirst = matchFamilyFirst(tokens, i + 1, family);
    if (familyFirst) return familyFirst;
  }
  return null;
}

// Literals only: no quantifiers, so they cannot backtrack. Every form the tokenizer turns into
// "customer" or a level word contains one of them once the invisible characters are gone.
const CUSTOMER_PATTERN = /cust/i;
const LEVEL_PATTERN = /mana|mgr|mngr|dir|head/i;
/** What isInvisible drops. */
const INVISIBLE_PATTERN = /['\u2019\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
