// Exact title classifier: decides whether a job title is one of our six roles.
// Pure and DOM-free. One pass to tokenise, one bounded pass over the tokens: linear time,
// no backtracking regular expressions, never throws.
import type { Family, Level, RoleId } from '../data/schema';

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

/** Space-separated word lists: compact in the bundle. */
const words = (list: string) => list.split(' ');

// Level words in de/fr/es/pt/it/nl. "Leiter", "Leitung" and "Hoofd" name the head of the
// function, like "Head of" (Director); "responsable", "gerente", "jefe", "chef (de service)", "chefe" are managers.
// Not here, so never a match: Teamleiter, Teamleider, chef d'équipe, jefe de equipo, coordinador,
// supervisor, gestor, encargado (team leads, supervisors and agents).
for (const word of words('directeur directrice directora diretor diretora direttore direttrice direktor direktorin subdirector subdirectora hoofd afdelingshoofd')) {
  LEVEL_WORDS[word] = 'director';
}
for (const head of ['', 'abteilungs', 'bereichs']) {
  for (const word of words('leiter leiterin leitung')) LEVEL_WORDS[head + word] = 'director';
}
for (const word of words('managerin gerente jefe jefa responsable responsabile responsavel chef chefe')) LEVEL_WORDS[word] = 'manager';

/** WORD_ALIASES plus foreign words with an English equivalent the matcher knows: "of", "and", qualifiers. */
const ALL_ALIASES = new Map(Object.entries({
  ...WORD_ALIASES, fur: 'for', voor: 'for', per: 'for', stellvertretender: 'deputy', stellvertretende: 'deputy', corporativo: 'corporate',
}));
for (const word of words('de du des del della dello delle dei degli do da dos das der van')) ALL_ALIASES.set(word, 'of');
for (const word of words('y e et und')) ALL_ALIASES.set(word, AMP);

/** Level numerals and Romance qualifiers that follow the level word: "Manager II, …", "Gerente Regional de …". */
const AFTER_LEVEL = new Set(words('i ii iii iv v 1 2 3 4 5 adjoint adjointe adjunto adjunta regional nacional national senior global'));

/** Gender endings after "/", ":", "·" or "*": "Leiter/in", "Leiter*in", "Director/a", "Directeur·rice". */
const GENDER_ENDINGS = new Set(words('in innen a ra e trice rice ice'));
/** Letters of "(m/w/d)" written without brackets: m/w/d, h/f, f/m/x, m/v. */
const isGenderLetter = (token: string | undefined) => token !== undefined && token.length === 1 && 'mwdfhxv'.includes(token);

/** German and Dutch compounds: "Kundenservice", "Kundendienstleiter", "Klantenservicemanager". */
const COMPOUND_HEADS = words('kunden klanten');
const COMPOUND_FAMILIES: Record<string, Family> = {
  service: 'service', dienst: 'service', betreuung: 'care', zorg: 'care', support: 'support', ondersteuning: 'support',
};

/**
 * Romance family words, written before "client": "service client", "servicio al cliente",
 * "atención al cliente", "atendimento ao cliente", "servizio clienti", "assistenza clienti".
 * French "relation client" and Spanish/Portuguese "experiencia/sucesso del cliente" are not here.
 */
const ROMANCE_FAMILIES: Record<string, Family> = {
  service: 'service', servicio: 'service', servicios: 'service', servizio: 'service', servizi: 'service',
  servico: 'service', servicos: 'service', atencion: 'service', atendimento: 'service', assistenza: 'service',
  support: 'support', soporte: 'support', suporte: 'support', supporto: 'support', apoio: 'support',
};
const CLIENT_WORDS = new Set(words('client clients clientele cliente clientes clienti clientela'));
/** Between the family word and "client": "al", "ao", "à la", "alla". */
const CLIENT_LINKS = new Set(words('a al ao aos alla alle au aux la le o os'));

/** Words that may sit between "customer support" and "manager" without changing the job. */
const FUNCTION_WORDS = new Set(['operations', 'center', 'call', 'contact', 'team', 'teams', 'department', 'digital']);

/** Words allowed before "Manager"/"Director" in "Senior Manager, Customer Support". */
const LEVEL_QUALIFIERS = new Set([
  'senior', 'junior', 'associate', 'assistant', 'regional', 'global', 'deputy', 'interim', 'acting',
  'executive', 'national', 'area', 'district', 'group', 'principal', 'international', 'country',
  'divisional', 'division', 'site', 'corporate', 'bilingual', 'remote', 'hybrid', 'lead', 'territory',
  // Articles: "Le Directeur du Service Client" (a letter's signature).
  'le', 'la', 'el',
]);

/** A department, or its management, named between the level and the family in Romance titles. */
const DEPARTMENT_WORDS = new Set(words('departamento departement dipartimento gestion gestao gestione'));

/** Words allowed between "Director of" and "Customer Support". */
const SCOPE_WORDS = new Set(['global', 'regional', 'international', 'national', 'worldwide', 'enterprise', 'the', 'la', 'le', 'les', 'el', 'il']);

/** People nouns: "Customer Service Representative" is another job, not a manager. */
const JOB_NOUNS = new Set([
  'representative', 'representatives', 'rep', 'reps', 'agent', 'agents', 'specialist', 'specialists',
  'associate', 'associates', 'coordinator', 'supervisor', 'lead', 'leader', 'engineer', 'analyst',
  'advisor', 'adviser', 'assistant', 'clerk', 'officer', 'executive', 'consultant', 'trainer',
  'administrator', 'technician', 'intern', 'trainee', 'trainees', 'apprentice', 'professional',
  'operator', 'ambassador', 'hero', 'advocate', 'partner', 'planner', 'architect', 'developer',
  'writer', 'designer', 'scientist',
  // French "manager de proximité" and "responsable d'équipe", Portuguese "chefe de equipe", Spanish
  // "jefe de equipo": they lead a team of agents.
  'proximite', 'dequipe', 'equipe', 'equipo',
  // "Customer Service Manager Jobs in Miami" is a search page's heading, not a posting.
  'jobs',
]);

/** Other functions: "Customer Success", "Customer Support Product Manager", "… Training Manager". */
const OTHER_FUNCTIONS = new Set([
  'success', 'experience', 'engineering', 'product', 'program', 'programme', 'project', 'account',
  'accounts', 'training', 'quality', 'shift', 'desk',
  // "Chef de projet service client", "Responsable de la qualité / formation service client".
  'projet', 'proyecto', 'proyectos', 'projeto', 'progetto', 'projekt', 'qualite', 'calidad', 'qualidade', 'qualita',
  'formation', 'formacion', 'formazione',
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
    case 0x2a: // * ("Leiter*in")
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

function pushWord(tokens: string[], word: string, normalise: boolean, accented: boolean, hyphenated: boolean): void {
  // "at Acme" introduces a company name, like "@ Acme".
  if (word === 'at') tokens.push(PIPE);
  else if (normalise) pushNormalWord(tokens, accented ? foldAccents(word) : word, hyphenated);
  else tokens.push(WORD_ALIASES[word] ?? word);
}

/**
 * Splits a title into lower-case words (abbreviations expanded) and separator tokens.
 * Bracketed text — "(Remote)", "(m/f/d)", "[Hybrid]" — is dropped as noise.
 */
export function tokenizeTitle(title: string): string[] {
  return tokenize(title, false);
}

/** With `normalise`, words are also read for other languages (see pushNormalWord). */
function tokenize(title: string, normalise: boolean): string[] {
  const text = (title.length > MAX_TITLE_CHARS ? title.slice(0, MAX_TITLE_CHARS) : title).toLowerCase();
  const tokens: string[] = [];
  let wordStart = -1;
  /** The part of the current word before an invisible character inside it ("Cus\u200Btomer"). */
  let wordHead = '';
  let bracketDepth = 0;
  let accented = false;
  let hyphenated = false;
  const length = text.length;
  for (let i = 0; i <= length; i++) {
    const code = i < length ? text.charCodeAt(i) : 0x20;
    if (bracketDepth === 0 && isWordChar(code)) {
      if (wordStart < 0) wordStart = i;
      if (code >= 0xe0) accented = true;
      continue;
    }
    if (bracketDepth === 0 && isInvisible(code)) {
      if (wordStart >= 0) wordHead += text.slice(wordStart, i);
      wordStart = -1;
      continue;
    }
    if (wordStart >= 0 || wordHead !== '') {
      pushWord(tokens, wordStart >= 0 ? wordHead + text.slice(wordStart, i) : wordHead, normalise, accented, hyphenated);
      wordStart = -1;
      wordHead = '';
      accented = false;
      hyphenated = false;
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
      hyphenated = true;
      continue;
    }
    if (separator) tokens.push(separator);
  }
  return tokens;
}

/** Latin-1 accented letters without their accents, from U+00E0: "é" → "e", "ç" → "c", "ñ" → "n". */
const UNACCENTED = 'aaaaaaaceeeeiiiidnooooo/ouuuuyty';

function foldAccents(word: string): string {
  let folded = '';
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    folded += code >= 0xe0 && code <= 0xff ? UNACCENTED[code - 0xe0] : word[i];
  }
  return folded;
}

const isWord = (token: string | undefined) => token !== undefined && token.length > 0 && isWordChar(token.charCodeAt(0));

/** "kundendienstleiter" → customer service leiter; "klantenservice" → customer service; else null. */
function splitCompound(word: string): string[] | null {
  if (word.charCodeAt(0) !== 0x6b) return null; // k
  for (const head of COMPOUND_HEADS) {
    if (!word.startsWith(head)) continue;
    for (const stem in COMPOUND_FAMILIES) {
      if (!word.startsWith(stem, head.length)) continue;
      let rest = word.slice(head.length + stem.length);
      // Genitive "Kundendienstes", linking "s" in "Kundenbetreuungsleiter".
      if (rest === 's' || rest === 'es') rest = '';
      else if (rest[0] === 's' && LEVEL_WORDS[rest.slice(1)] !== undefined) rest = rest.slice(1);
      const parts = ['customer', COMPOUND_FAMILIES[stem]!];
      if (rest !== '') parts.push(ALL_ALIASES.get(rest) ?? rest);
      return parts;
    }
  }
  return null;
}

/**
 * Italian and French articles and prepositions elided onto a family word ("dell'assistenza",
 * "all'assistenza", "d'assistance"): the apostrophe is gone by now. Each reads as "of", which is
 * all the matcher needs between a level and its function.
 */
const ELIDED_OF = words('dell dall nell all d l');

function pushNormalWord(out: string[], word: string, hyphenated: boolean): void {
  // Only words starting with "d" or "l", or "a"/"n" for "all"/"nell", can carry an elided article.
  const first = word[0];
  const elided =
    (first === 'd' || first === 'l' || first === 'a' || first === 'n') &&
    ELIDED_OF.find((prefix) => word.startsWith(prefix) && word.length > prefix.length && ROMANCE_FAMILIES[word.slice(prefix.length)] !== undefined);
  if (elided) {
    out.push('of', word.slice(elided.length));
    return;
  }
  const compound = splitCompound(word);
  if (compound) {
    out.push(...compound);
    return;
  }
  // "Customer-Service-Manager", "Kundenservice-Leiter"; "e-commerce" and "co-op"-like words stay whole.
  const parts = hyphenated ? word.split('-') : null;
  if (parts && parts.every((part) => part.length > 1)) {
    for (const part of parts) pushNormalWord(out, part, false);
    return;
  }
  out.push(ALL_ALIASES.get(word) ?? word);
}

/** At a Romance family word: the tokens it becomes and the index of its last word, or null. */
function readRomanceFamily(tokens: string[], at: number, family: Family): [string[], number] | null {
  // "Servicio de Atención al Cliente", "Serviço de Atendimento": the family word is the second one.
  if (family === 'service' && tokens[at + 1] === 'of' && (tokens[at + 2] === 'atencion' || tokens[at + 2] === 'atendimento')) {
    return [[], at + 1];
  }
  // "Servizio assistenza clienti": two service words name one department.
  if (family === 'service' && ROMANCE_FAMILIES[tokens[at + 1] ?? ''] === 'service') return readRomanceFamily(tokens, at + 1, family);
  let end = at + 1;
  while (end < at + 3 && CLIENT_LINKS.has(tokens[end] ?? '')) end++;
  const next = tokens[end + 1];
  // "Service Client Manager" may be English (a client manager): only the French order counts.
  if (CLIENT_WORDS.has(tokens[end] ?? '') && (next === undefined || LEVEL_WORDS[next] === undefined)) return [['customer', family], end];
  // Portuguese "Gerente de Atendimento" alone, unless another word qualifies it ("Atendimento Fraterno").
  const after = tokens[at + 1];
  if (tokens[at] === 'atendimento' && (after === undefined || !isWord(after) || LEVEL_QUALIFIERS.has(after) || FUNCTION_WORDS.has(after))) {
    return [['customer', 'service'], at];
  }
  return null;
}

/**
 * After the words (accents folded, compounds split: pushNormalWord), the phrases: gender endings
 * dropped and "servicio al cliente", "atendimento ao cliente" → customer service. One linear pass;
 * a title with nothing to rewrite (most English titles) is returned as it is, without copying.
 */
function rewritePhrases(tokens: string[]): string[] {
  let out: string[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const start = i;
    let replacement: string[] | null = null;
    if (token === SLASH || token === COLON || token === PIPE) {
      // "Leiter/in", "Leiter/-in", "Leiter:in", "Director/a", "Directeur·rice".
      const ending = tokens[i + 1] === DASH ? i + 2 : i + 1;
      if (isWord(tokens[i - 1]) && GENDER_ENDINGS.has(tokens[ending] ?? '')) {
        i = ending;
        replacement = [];
      }
    } else if (isGenderLetter(token) && tokens[i + 1] === SLASH && isGenderLetter(tokens[i + 2])) {
      for (i += 2; tokens[i + 1] === SLASH && isGenderLetter(tokens[i + 2]); i += 2);
      replacement = [];
    } else if ((token === 'kunden' || token === 'klanten') && isWord(tokens[i + 1])) {
      // "Kunden Service", "Klanten-Service" written apart.
      replacement = splitCompound(token + tokens[i + 1]);
      if (replacement) i++;
    } else {
      // Every family word starts with "s" or "a": most words skip the lookup.
      const first = token.charCodeAt(0);
      const family = (first === 0x73 || first === 0x61) && tokens[i - 1] !== 'customer' ? ROMANCE_FAMILIES[token] : undefined;
      const read = family === undefined ? null : readRomanceFamily(tokens, i, family);
      if (read) [replacement, i] = read;
    }
    if (replacement) {
      out ??= tokens.slice(0, start);
      out.push(...replacement);
    } else if (out) {
      out.push(token);
    }
  }
  return out ?? tokens;
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
  // Dutch "Hoofd van de Klantenservice": "van de" reads as two connectors.
  if (connector === 'of' && tokens[i] === 'of') i--;
  // The department named between them: "Jefe de Departamento de Servicio al Cliente", "Gerente del
  // departamento de …", "Responsable de la gestión de la atención al cliente".
  if (connector === 'of' && DEPARTMENT_WORDS.has(tokens[i] ?? '')) {
    i--;
    while (i > 0 && SCOPE_WORDS.has(tokens[i]!)) i--;
    if (tokens[i] === 'of') i--;
  }
  while (i > 0 && AFTER_LEVEL.has(tokens[i]!)) i--;
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
  const tokens = rewritePhrases(tokenize(title, true));
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
const CUSTOMER_PATTERN = /cust|kund|klant|client|atendim/i;
const LEVEL_PATTERN = /mana|mgr|mngr|dir|head|leit|hoofd|respons|geren|jef|chef/i;
/** What isInvisible drops. */
const INVISIBLE_PATTERN = /['\u2019\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
