// Where a posting sits on the ladder, read from its title's seniority words, and which figures the
// bundled data has for exactly that rung. Pure and DOM-free: one linear pass to tokenise a title
// cut to MAX_TITLE_CHARS, no regular expression over the title, never throws.
//
// The ladder, lowest first (LEVEL_ORDER):
//   assistant-manager < associate-manager < deputy-manager < manager < senior-manager
//   < assistant-director < associate-director < deputy-director < director < senior-director
//   < deputy-head < head
// "Deputy X" sits just below X, "Associate X" below that and "Assistant X" lowest, as the common
// ladders put them (Assistant Director < Associate Director < Director in US universities and
// public bodies; a deputy is the second to the post it deputises). That order is a convention,
// not data: nothing here scales a figure along it.
//
// How the title's words decide (English and the six languages the classifier reads):
//  - The rung: the first rung word in the title.
//      manager  — Manager, Managerin, Mgr, Mngr and compounds (Kundenservicemanager,
//                 Klantenservicemanager); Gerente (es, pt); Responsable (fr, es); Responsabile (it);
//                 Responsável (pt); the "chief" words Chef (fr "Chef de service", nl
//                 "Klantenservicechef"), Jefe/Jefa (es), Chefe (pt), Capo (it) — read as manager, as
//                 the project's labelled titles read "Jefe de Atención al Cliente" and "Chef de
//                 service client".
//      director — Director, Directora (es); Directeur, Directrice (fr, nl); Direktor, Direktorin (de)
//                 and compounds; Diretor, Diretora (pt); Direttore, Direttrice (it); Dir.
//      head     — Head (not "Head Office"/"Headquarters"; also in "Head de Atendimento"); Leiter,
//                 Leiterin, Leitung and their compounds (Abteilungsleiter, Kundendienstleiterin,
//                 Kundenservice-Leiter, Regionalleiter) (de); Hoofd, Afdelingshoofd (nl).
//    Team leads are not rungs: Teamleiter(in), Gruppenleiter(in), Schichtleiter(in), Teamleitung
//    (de), Teamleider (nl), "Jefe de equipo/turno", "Chef d'équipe", "Capo turno", Caposquadra,
//    "Team Lead" give no level. Nor do "Managing Director" (a company's chief executive) or VP /
//    Vice President / SVP / EVP / AVP (out of scope): a title with no rung word, or a VP title,
//    has no level (null).
//  - The rank on that rung, from a word before the rung word (same segment: up to a comma,
//    dash, colon, slash, "&", "of", "to" …), or after it where the language puts it there (right
//    after it, or — for the words no English title uses, Sénior/Sênior, adjoint, adjunto, aggiunto,
//    associé … — anywhere later in the segment: "Gerente de Atendimento Sênior"):
//      senior    — Senior, Sr, Snr (all languages), Sénior (es), Sênior (pt)
//                  → senior-manager / senior-director; on head it moves nothing (noted).
//      associate — Associate, Assoc; Associé(e) (fr), Asociado/a (es), Associado/a (pt),
//                  Associato/a (it), after the rung → associate-manager / associate-director.
//      assistant — Assistant, Asst → assistant-manager / assistant-director.
//      deputy    — Deputy; Adjoint(e), Sous- (fr: "Directeur adjoint", "Sous-directeur");
//                  Stellvertretende(r), Stellv., Stv. (de); Adjunto/a, Sub- (es, pt: "Director
//                  adjunto", "Subdirector", "Subgerente", "Subdiretor"); Vice, Vice- (it, es, fr:
//                  "Vicedirettore", "Vice Direttore", not Vice President); Aggiunto (it); Adjunct,
//                  Plaatsvervangend(e) (nl) → deputy-manager / deputy-director / deputy-head.
//      Assistant or associate with Head ("Assistant Head of …") is deputy-head too.
//      With two, the narrower wins ("Senior Assistant Manager" → assistant-manager, Senior noted).
//  - Scope words move nothing and are listed in `scope`: Regional, Global, Group, National,
//    International, Area, District, Territory, Country, Divisional, Worldwide, Corporate,
//    Enterprise, EMEA/APAC/LATAM/Americas/Europe, and Régional(e), Mondial(e), Groupe, Nacional,
//    Regionale, Nazionale, Gruppo, Regionaal, Groep … ("Regional Director" → director, scope
//    ["Regional"]).
//  - Other seniority words move nothing and are listed in `unranked`: Interim, Acting,
//    Executive ("Executive Director" stays director), Principal, Lead, Junior/Jr, Co-, and level
//    numerals after the rung ("Manager II", "Customer Service Manager 4"): grades differ by
//    employer, so a numeral never moves the rung.
import type { Family, Role, RoleData, RoleId } from '../data/schema';

/** The ladder, lowest first. `data-posting-level` takes one of these values (or is absent). */
export const LEVEL_ORDER = [
  'assistant-manager',
  'associate-manager',
  'deputy-manager',
  'manager',
  'senior-manager',
  'assistant-director',
  'associate-director',
  'deputy-director',
  'director',
  'senior-director',
  'deputy-head',
  'head',
] as const;

export type PostingLevelId = (typeof LEVEL_ORDER)[number];

/** Each level as a title says it. */
export const LEVEL_LABELS: Record<PostingLevelId, string> = {
  'assistant-manager': 'Assistant Manager',
  'associate-manager': 'Associate Manager',
  'deputy-manager': 'Deputy Manager',
  manager: 'Manager',
  'senior-manager': 'Senior Manager',
  'assistant-director': 'Assistant Director',
  'associate-director': 'Associate Director',
  'deputy-director': 'Deputy Director',
  director: 'Director',
  'senior-director': 'Senior Director',
  'deputy-head': 'Deputy Head',
  head: 'Head',
};

/** Position on the ladder (0 = lowest), for comparing two levels. */
export function levelRank(level: PostingLevelId): number {
  return LEVEL_ORDER.indexOf(level);
}

export interface PostingLevel {
  level: PostingLevelId;
  /** The title's words that decided it, as written: ["Sr", "Manager"], ["Head"], ["Directeur", "adjoint"]. */
  words: string[];
  /** Scope words, noted; they move nothing: ["Regional"], ["Global"]. */
  scope: string[];
  /** Other seniority words seen, noted; they move nothing: ["Interim"], ["II"], ["Senior"] on a head. */
  unranked: string[];
}

/** Titles are short; past this it is page noise. */
export const MAX_TITLE_CHARS = 300;

type Rung = 'manager' | 'director' | 'head';
type Rank = 'senior' | 'associate' | 'assistant' | 'deputy';

const RUNG_WORDS: Record<string, Rung> = {
  manager: 'manager', managerin: 'manager', mgr: 'manager', mngr: 'manager', gerente: 'manager',
  responsable: 'manager', responsabile: 'manager', responsável: 'manager', responsavel: 'manager',
  director: 'director', directora: 'director', directeur: 'director', directrice: 'director',
  direktor: 'director', direktorin: 'director', diretor: 'director', diretora: 'director',
  direttore: 'director', direttrice: 'director', dir: 'director',
  head: 'head', hoofd: 'head', afdelingshoofd: 'head', leiter: 'head', leiterin: 'head', leitung: 'head',
  abteilungsleiter: 'head', abteilungsleiterin: 'head', bereichsleiter: 'head', bereichsleiterin: 'head',
  kundenserviceleiter: 'head', kundenserviceleiterin: 'head', kundendienstleiter: 'head',
  kundendienstleiterin: 'head', serviceleiter: 'head', serviceleiterin: 'head',
  jefe: 'manager', jefa: 'manager', chefe: 'manager', chef: 'manager', capo: 'manager',
};

/** Compounds by their last part: "Kundenservicemanager", "Kundendienstleiter", "Klantenservicechef", "Afdelingshoofd". */
const RUNG_SUFFIXES: readonly (readonly [string, Rung])[] = [
  ['managerin', 'manager'], ['manager', 'manager'], ['chef', 'manager'],
  ['direktorin', 'director'], ['direktor', 'director'], ['directeur', 'director'],
  ['leiterin', 'head'], ['leiter', 'head'], ['leitung', 'head'], ['hoofd', 'head'],
];
/** Compounds that name a team lead, not a rung: "Teamleiter", "Gruppenleiterin", "Schichtleitung". */
const LEAD_PREFIXES = ['team', 'gruppen', 'schicht'];

function rungOfWord(word: string): Rung | undefined {
  const exact = RUNG_WORDS[word] ?? PREFIXED_DEPUTIES[word];
  if (exact) return exact;
  for (const [suffix, rung] of RUNG_SUFFIXES) {
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) {
      const prefix = word.slice(0, word.length - suffix.length);
      if (rung === 'head' && LEAD_PREFIXES.some((lead) => prefix.startsWith(lead))) return undefined;
      return rung;
    }
  }
  return undefined;
}

/** One-word deputies: "Subdirector", "Vicedirettore", "Subgerente". */
const PREFIXED_DEPUTIES: Record<string, Rung> = {
  subdirector: 'director', subdirectora: 'director', subdiretor: 'director', subdiretora: 'director',
  subgerente: 'manager', vicedirector: 'director', vicedirectora: 'director', vicedirettore: 'director',
  vicedirettrice: 'director', vizedirektor: 'director', vizedirektorin: 'director', vicedirecteur: 'director',
};

const RANK_BEFORE: Record<string, Rank> = {
  senior: 'senior', sr: 'senior', snr: 'senior', sénior: 'senior', sênior: 'senior',
  associate: 'associate', assoc: 'associate',
  assistant: 'assistant', asst: 'assistant',
  deputy: 'deputy', stellvertretender: 'deputy', stellvertretende: 'deputy', stellvertretenden: 'deputy',
  stellv: 'deputy', stv: 'deputy', sous: 'deputy', sub: 'deputy', vice: 'deputy', adjunct: 'deputy',
  plaatsvervangend: 'deputy', plaatsvervangende: 'deputy',
};

const RANK_AFTER: Record<string, Rank> = {
  senior: 'senior', sr: 'senior', sénior: 'senior', sênior: 'senior',
  adjoint: 'deputy', adjointe: 'deputy', adjunto: 'deputy', adjunta: 'deputy', aggiunto: 'deputy',
  aggiunta: 'deputy',
  associé: 'associate', associée: 'associate', asociado: 'associate', asociada: 'associate',
  associado: 'associate', associada: 'associate', associato: 'associate', associata: 'associate',
};

/** Rank words that may close a non-English title, further from the rung ("Gerente de Atendimento Sênior"). */
const FAR_RANK_AFTER = new Set(Object.keys(RANK_AFTER).filter((word) => word !== 'senior' && word !== 'sr'));

const SCOPE_WORDS = new Set([
  'regional', 'global', 'group', 'national', 'international', 'area', 'district', 'territory', 'country',
  'divisional', 'worldwide', 'corporate', 'enterprise', 'emea', 'apac', 'latam', 'americas', 'europe',
  'régional', 'régionale', 'mondial', 'mondiale', 'groupe', 'nationale', 'internationale',
  'nacional', 'internacional', 'grupo', 'regionale', 'nazionale', 'internazionale', 'globale', 'gruppo',
  'regionaal', 'nationaal', 'internationaal', 'groep', 'konzern',
]);

const UNRANKED_WORDS = new Set([
  'interim', 'acting', 'executive', 'principal', 'lead', 'junior', 'jr', 'co', 'kommissarischer',
  'kommissarische', 'intérimaire', 'intérim', 'interino', 'interina',
]);

const ROMAN_GRADES = new Set(['i', 'ii', 'iii', 'iv', 'v', 'vi']);
const DIGIT_GRADES = new Set(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
const RANK_ORDER: readonly Rank[] = ['deputy', 'associate', 'assistant', 'senior'];

/** Words after which "Head" is not a rung: "Head Office Customer Service Manager". */
const NOT_HEAD_AFTER = new Set(['office', 'offices', 'quarters', 'count', 'chef', 'cashier']);
/** "Jefe de equipo", "Capo turno", "Chef d'équipe": team leads. */
const CHIEF_WORDS = new Set(['jefe', 'jefa', 'chefe', 'chef', 'capo']);
const LEAD_AFTER = new Set(['equipo', 'turno', 'grupo', 'squadra', 'reparto', 'team', 'turni', 'déquipe', 'dequipe', 'équipe', 'groupe', 'equipe', 'rang', 'cuisine', 'partie']);
/** Out of scope: vice presidents. */
const VP_WORDS = new Set(['vp', 'svp', 'evp', 'avp', 'vps']);
const PRESIDENT_WORDS = new Set(['president', 'presidente', 'président', 'présidente', 'präsident', 'presidentin']);

/** Words a modifier never reaches across: "Assistant to the Director", "Director of …". */
const LINK_WORDS = new Set(['to', 'of', 'for', 'de', 'du', 'des', 'der', 'von', 'di', 'do', 'da', 'van', 'het', 'la', 'le', 'del']);

interface TitleToken {
  /** Lower-case word, or a separator mark. */
  text: string;
  /** As written. */
  raw: string;
  kind: 'word' | 'mark';
  /** Inside brackets ("(Regional)", "(m/w/d)"): read for scope only. */
  bracketed: boolean;
  /** A hyphen joined it to the previous word ("Sous-directeur", "Co-Head"). */
  joined: boolean;
}

const LETTER = /\p{L}|\p{M}/u;

function isWordChar(char: string, code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return LETTER.test(char);
}

const SEPARATORS = new Set([',', ';', '-', '–', '—', '‒', '−', '/', '\\', '|', '·', '•', '@', '&', '+', ':']);

/** Words and separators of a title, one linear pass. */
function tokenizeTitle(title: string): TitleToken[] {
  const text = title.length > MAX_TITLE_CHARS ? title.slice(0, MAX_TITLE_CHARS) : title;
  const tokens: TitleToken[] = [];
  let depth = 0;
  let i = 0;
  let joinNext = false;
  while (i < text.length) {
    const char = text[i]!;
    const code = text.charCodeAt(i);
    if (isWordChar(char, code)) {
      let j = i + 1;
      while (j < text.length && (isWordChar(text[j]!, text.charCodeAt(j)) || text[j] === "'" || text[j] === '\u2019')) j++;
      const raw = text.slice(i, j);
      tokens.push({ text: raw.toLowerCase().replace(/['\u2019]/g, ''), raw, kind: 'word', bracketed: depth > 0, joined: joinNext });
      joinNext = false;
      i = j;
      continue;
    }
    joinNext = false;
    if (char === '(' || char === '[' || char === '{') depth++;
    else if ((char === ')' || char === ']' || char === '}') && depth > 0) depth--;
    else if (char === '-' && i > 0 && i + 1 < text.length && isWordChar(text[i - 1]!, text.charCodeAt(i - 1)) && isWordChar(text[i + 1]!, text.charCodeAt(i + 1))) {
      // "Sous-directeur", "Co-Head", "E-Commerce": one compound, not a separator.
      joinNext = true;
    } else if (SEPARATORS.has(char)) {
      tokens.push({ text: char, raw: char, kind: 'mark', bracketed: depth > 0, joined: false });
    }
    i++;
  }
  return tokens;
}

/** Where the role's own title ends: at "|", "@" or " at " (the company follows). */
function titleEnd(tokens: TitleToken[]): number {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.bracketed) continue;
    if (token.text === '|' || token.text === '@' || (token.kind === 'word' && token.text === 'at' && i > 0)) return i;
  }
  return tokens.length;
}

function isRungAt(tokens: TitleToken[], i: number, end: number): Rung | undefined {
  const token = tokens[i]!;
  if (token.kind !== 'word' || token.bracketed) return undefined;
  const rung = rungOfWord(token.text);
  if (!rung) return undefined;
  const next = i + 1 < end ? tokens[i + 1] : undefined;
  const previous = tokens[i - 1];
  if (token.text === 'head' && next && NOT_HEAD_AFTER.has(next.text)) return undefined;
  // "Managing Director": the company's chief executive, not this ladder.
  if (rung === 'director' && previous?.text === 'managing') return undefined;
  // "Jefe de equipo", "Capo turno", "Chef d'équipe": team leads.
  if (CHIEF_WORDS.has(token.text)) {
    const after = next?.text === 'de' || next?.text === 'di' ? tokens[i + 2] : next;
    if (after && LEAD_AFTER.has(after.text)) return undefined;
  }
  return rung;
}

function levelOf(rung: Rung, rank: Rank | undefined): PostingLevelId {
  if (rung === 'head') return rank === undefined || rank === 'senior' ? 'head' : 'deputy-head';
  if (rank === undefined) return rung;
  return `${rank}-${rung}` as PostingLevelId;
}

/**
 * Where the posting sits on the ladder, from its title's seniority words (see the rules at the top
 * of this file); null when the title has no rung word (team leads, VPs, other jobs).
 */
export function postingLevel(title: string): PostingLevel | null {
  try {
    if (typeof title !== 'string' || title.trim() === '') return null;
    const tokens = tokenizeTitle(title);
    const end = titleEnd(tokens);
    for (let i = 0; i < end; i++) {
      if (VP_WORDS.has(tokens[i]!.text) && !tokens[i]!.bracketed) return null;
      if (tokens[i]!.text === 'vice' && PRESIDENT_WORDS.has(tokens[i + 1]?.text ?? '')) return null;
    }
    let at = -1;
    let rung: Rung | undefined;
    for (let i = 0; i < end && rung === undefined; i++) {
      rung = isRungAt(tokens, i, end);
      if (rung) at = i;
    }
    if (rung === undefined || at < 0) return null;

    const rungToken = tokens[at]!;
    const unranked: string[] = [];
    /** Rank words with their token index (the rung's own index for "Subdirector"). */
    const ranks: { rank: Rank; index: number }[] = [];
    if (PREFIXED_DEPUTIES[rungToken.text]) ranks.push({ rank: 'deputy', index: at });
    // Before the rung, back to the segment's start ("Senior Customer Support Manager").
    let segmentStart = at;
    while (segmentStart > 0) {
      const token = tokens[segmentStart - 1]!;
      if (!token.bracketed && (token.kind === 'mark' || LINK_WORDS.has(token.text))) break;
      segmentStart--;
    }
    for (let k = segmentStart; k < at; k++) {
      const token = tokens[k]!;
      if (token.bracketed) continue;
      const rank = RANK_BEFORE[token.text];
      if (rank) ranks.push({ rank, index: k });
      else if (UNRANKED_WORDS.has(token.text)) unranked.push(token.raw);
    }
    // Right after the rung: "Directeur adjoint", "Gerente Sénior", "Manager II", "Customer Service Manager 4".
    for (let k = at + 1; k < end && k <= at + 2; k++) {
      const token = tokens[k]!;
      if (token.kind !== 'word' || token.bracketed) break;
      const rank = RANK_AFTER[token.text];
      if (rank) {
        ranks.push({ rank, index: k });
        continue;
      }
      if (ROMAN_GRADES.has(token.text) || DIGIT_GRADES.has(token.text)) {
        unranked.push(token.raw);
        continue;
      }
      if (token.text === 'level' && DIGIT_GRADES.has(tokens[k + 1]?.text ?? '')) unranked.push(`${token.raw} ${tokens[k + 1]!.raw}`);
      break;
    }
    // Later in the segment, the words no English title uses: "Gerente de Atendimento Sênior",
    // "Directeur du service client adjoint".
    let farRank = false;
    for (let k = at + 1; k < end; k++) {
      const token = tokens[k]!;
      if (token.bracketed) continue;
      if (token.kind === 'mark') break;
      if (FAR_RANK_AFTER.has(token.text) && !farRank && !ranks.some((entry) => entry.index === k)) {
        ranks.push({ rank: RANK_AFTER[token.text]!, index: k });
        farRank = true;
      }
    }
    // The narrower rank wins: deputy, then associate, then assistant, then senior. On a head,
    // "Senior" moves nothing.
    ranks.sort((a, b) => RANK_ORDER.indexOf(a.rank) - RANK_ORDER.indexOf(b.rank));
    const usable = ranks.filter((entry) => !(rung === 'head' && entry.rank === 'senior'));
    const decided = usable[0];
    for (const entry of ranks) if (entry !== decided) unranked.push(tokens[entry.index]!.raw);
    const level = levelOf(rung, decided?.rank);
    const wordIndexes = decided && decided.index !== at ? [decided.index, at].sort((a, b) => a - b) : [at];
    // "Head of": the connector is part of the title's wording.
    if (rungToken.text === 'head' && tokens[at + 1]?.text === 'of') wordIndexes.push(at + 1);
    const words = wordIndexes.map((index) => tokens[index]!.raw);

    // Scope words of the role phrase: before the rung in its segment ("Regional Manager"), in
    // brackets right after it ("Manager (Regional)"), or between it and the department ("Director
    // of Global Customer Care"); not a department's or a place's name further on.
    const scopeAt: number[] = [];
    for (let k = segmentStart; k < at; k++) scopeAt.push(k);
    for (let k = at + 1; k < end && tokens[k]!.bracketed; k++) scopeAt.push(k);
    const between: number[] = [];
    for (let k = at + 1; k < end && k <= at + 4; k++) {
      const token = tokens[k]!;
      if (token.kind === 'word' && token.text === 'customer') {
        scopeAt.push(...between);
        break;
      }
      between.push(k);
    }
    const scope: string[] = [];
    for (const k of scopeAt) {
      const token = tokens[k]!;
      if (token.kind === 'word' && SCOPE_WORDS.has(token.text) && !scope.includes(token.raw)) scope.push(token.raw);
    }
    return { level, words, scope, unranked };
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Figures for exactly one rung

export interface LevelRange {
  title: string;
  min: number;
  max: number;
  currency: string;
  region: string;
  basis: 'base' | 'total';
  sourceId: string;
  /** The role whose related-roles list gives the range. */
  listedUnder: RoleId;
}

export interface LevelFigures {
  level: PostingLevelId;
  /** The title the figures must be for, in the role's family: "Customer Support Manager", "Head of Customer Care". */
  title: string;
  /** The data's own role at exactly this level and family (only Manager and Director are roles). */
  roleId?: RoleId;
  /** Related-role ranges whose title is exactly this level in this family ("Customer Support Manager", seed 001). */
  related: LevelRange[];
  /** Whether the data has any figure for exactly this level: the role's own salary figures or a related range. */
  hasFigures: boolean;
}

const FAMILY_WORDS: Record<Family, string> = { support: 'Support', service: 'Service', care: 'Care' };

/** "Customer Support" + level → "Senior Customer Support Manager", "Head of Customer Support". */
function levelTitle(level: PostingLevelId, family: Family): string {
  const department = `Customer ${FAMILY_WORDS[family]}`;
  if (level === 'head') return `Head of ${department}`;
  if (level === 'deputy-head') return `Deputy Head of ${department}`;
  const label = LEVEL_LABELS[level];
  const rungWord = level.endsWith('manager') ? 'Manager' : 'Director';
  const rank = label.slice(0, label.length - rungWord.length).trim();
  return `${rank ? `${rank} ` : ''}${department} ${rungWord}`;
}

/** Whether a related role's title names exactly `level` in `family`, no other job. */
function namesLevel(title: string, level: PostingLevelId, family: Family): boolean {
  const read = postingLevel(title);
  if (!read || read.level !== level || read.scope.length > 0 || read.unranked.length > 0) return false;
  const decided = new Set(read.words.map((word) => word.toLowerCase()));
  const rest = tokenizeTitle(title)
    .filter((token) => token.kind === 'word' && !decided.has(token.text) && !LINK_WORDS.has(token.text))
    .map((token) => (token.text === 'services' ? 'service' : token.text));
  return rest.length === 2 && rest[0] === 'customer' && rest[1] === family;
}

/**
 * Which figures the bundled data has for exactly `level` in the family of `role`: the data's own
 * role at that level (Manager or Director), and related-role ranges the seeds list under that
 * exact title (seed 001 gives "Customer Support Manager" $65K–$100K under the Director role, the
 * rung below a Director posting). Nothing is scaled or borrowed from a neighbouring rung: a Senior
 * Manager, Associate Director or Head posting has figures only if the data names that exact title.
 */
export function levelFigures(level: PostingLevelId, role: Role | RoleId, data: Pick<RoleData, 'roles'>): LevelFigures {
  const ownRole = typeof role === 'string' ? data.roles.find((candidate) => candidate.id === role) : role;
  const family: Family = ownRole?.family ?? familyOfId(typeof role === 'string' ? role : role.id);
  const title = levelTitle(level, family);
  const exactRole = level === 'manager' || level === 'director'
    ? data.roles.find((candidate) => candidate.family === family && candidate.level === level)
    : undefined;
  const related: LevelRange[] = [];
  const seen = new Set<string>();
  for (const listing of data.roles) {
    for (const entry of listing.relatedRoles) {
      if (!namesLevel(entry.title, level, family)) continue;
      const key = [entry.title, entry.min, entry.max, entry.currency, entry.region, entry.basis, entry.sourceId].join('|');
      if (seen.has(key)) continue;
      seen.add(key);
      related.push({ ...entry, listedUnder: listing.id });
    }
  }
  const hasFigures = related.length > 0 || (exactRole !== undefined && exactRole.salary.figures.length > 0);
  return { level, title, ...(exactRole ? { roleId: exactRole.id } : {}), related, hasFigures };
}

function familyOfId(id: RoleId): Family {
  if (id.includes('support')) return 'support';
  if (id.includes('care')) return 'care';
  return 'service';
}
