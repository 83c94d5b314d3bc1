// Splits pay text into tokens in one linear pass: numbers as written ("1,25,000", "42.000",
// "40 000"), words, currency signs and other marks. No regular expression runs on more than one
// character, so the time is linear in the (already capped) length of the text.

type TokenKind = 'number' | 'word' | 'sign' | 'mark';

export interface Token {
  kind: TokenKind;
  /** Lower-case text as written; a number keeps its separators ("12,500.00", "40 000"). */
  text: string;
  /** Whether whitespace separates it from the token before. */
  spaced: boolean;
}

/** Currency signs: a token of their own even when glued to a number or letters ("R$", "55.000€"). */
export const CURRENCY_SIGNS = '$£€₹¥￥₱₩₪₺₫฿₦₽₴';

const SPACES = ' \t\n\r\u00a0\u2007\u2009\u202f\u3000';
/** Dropped without a trace: pages put zero-width characters inside amounts. */
const INVISIBLE = '\ufeff\u200b\u200c\u200d\u00ad';
/** Separators that only ever group thousands: "40 000", "80'000", "80’000". */
const GROUP_ONLY = ` \u00a0\u2007\u2009\u202f'’`;

const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9';
const LETTER = /\p{L}/u;
const isLetter = (char: string) => (char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z') || (char > '\u00bf' && LETTER.test(char));
/** Han, kana and Hangul: written without spaces, so each character is a word ("月給", "万円"). */
const isIdeograph = (char: string) => char >= '\u2e80' && char <= '\ud7af';
/** Whether a token is one such character. */
export const isIdeographWord = (token: Token): boolean => token.kind === 'word' && isIdeograph(token.text);

/** Whether `text[at]` starts a group of exactly three digits after a space-like separator. */
function threeDigitGroupAt(text: string, at: number): boolean {
  return isDigit(text[at]) && isDigit(text[at + 1]) && isDigit(text[at + 2]) && !isDigit(text[at + 3]);
}

/** End of the number starting at `start`: digits joined by separators that have a digit after them. */
function numberEnd(text: string, start: number): number {
  let end = start;
  let leadingDigits = 0;
  let separated = false;
  let punctuated = false;
  while (end < text.length) {
    const char = text[end]!;
    if (isDigit(char)) {
      if (!separated) leadingDigits++;
      end++;
    } else if ((char === ',' || char === '.') && isDigit(text[end + 1])) {
      separated = punctuated = true;
      end++;
    } else if (GROUP_ONLY.includes(char) && !punctuated && leadingDigits <= 3 && threeDigitGroupAt(text, end + 1)) {
      // "40 000" and "1 000 000", but not "37.5 100" or "2024 100": a short leading group, three digits after.
      separated = true;
      end++;
    } else {
      break;
    }
  }
  return end;
}

/** Marks that end an amount, as "25,000/-" (India), "50.000,-" (Netherlands) and "80'000.-" (Switzerland) write it. */
function wholeAmountMarkAt(text: string, at: number): boolean {
  const next = text[at + 2];
  return '/,.'.includes(text[at]!) && text[at + 1] === '-' && !isDigit(next) && !CURRENCY_SIGNS.includes(next ?? '');
}

/** Tokens of `text`, which the caller has already cut to a bounded length. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let spaced = false;
  let i = 0;
  const push = (kind: TokenKind, value: string) => {
    tokens.push({ kind, text: value.toLowerCase(), spaced });
    spaced = false;
  };
  while (i < text.length) {
    const char = text[i]!;
    if (SPACES.includes(char)) {
      spaced = true;
      i++;
    } else if (INVISIBLE.includes(char)) {
      i++;
    } else if (isDigit(char)) {
      const end = numberEnd(text, i);
      push('number', text.slice(i, end));
      i = end;
    } else if (isIdeograph(char) && LETTER.test(char)) {
      push('word', char);
      i++;
    } else if (isLetter(char)) {
      let end = i + 1;
      while (end < text.length && isLetter(text[end]!) && !isIdeograph(text[end]!)) end++;
      push('word', text.slice(i, end));
      i = end;
    } else if (CURRENCY_SIGNS.includes(char)) {
      push('sign', char === '￥' ? '¥' : char);
      i++;
    } else if (wholeAmountMarkAt(text, i)) {
      push('mark', '/-');
      i += 2;
    } else {
      push('mark', char);
      i++;
    }
  }
  return joinAbbreviations(tokens);
}

/**
 * Joins what is written in pieces but read as one word: "p.a.", "p/h", "p.c.m." (per annum, per
 * hour, per calendar month) and "bi-weekly", "semi-monthly".
 */
function joinAbbreviations(tokens: Token[]): Token[] {
  const joined: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'word' && token.text === 'p') {
      let text = 'p';
      let next = i;
      while (continuesAbbreviation(tokens, next)) {
        text += tokens[next + 2]!.text;
        next += 2;
      }
      if (next > i) {
        if (tokens[next + 1]?.text === '.' && !tokens[next + 1]!.spaced) next++;
        joined.push({ kind: 'word', text, spaced: token.spaced });
        i = next;
        continue;
      }
    }
    const hyphen = tokens[i + 1];
    const rest = tokens[i + 2];
    if ((token.text === 'bi' || token.text === 'semi') && hyphen?.text === '-' && !hyphen.spaced && rest?.kind === 'word' && !rest.spaced) {
      joined.push({ kind: 'word', text: token.text + rest.text, spaced: token.spaced });
      i += 2;
      continue;
    }
    joined.push(token);
  }
  return joined;
}

/** Whether tokens[i] is followed by a glued "." or "/" and a glued single letter, as in "p.a." and "p/h". */
function continuesAbbreviation(tokens: readonly Token[], i: number): boolean {
  const dot = tokens[i + 1];
  const letter = tokens[i + 2];
  return (
    dot !== undefined && (dot.text === '.' || dot.text === '/') && !dot.spaced &&
    letter !== undefined && letter.kind === 'word' && letter.text.length === 1 && !letter.spaced
  );
}

/**
 * The value of a number as written, reading its separators the way the text must mean them:
 * "130,000.00", "55.000" and "4.000.000" group thousands, "25,00,000" groups lakhs, "22,50" and
 * "22.38" have decimals, "100.000,00" both. A lone separator before exactly three digits groups.
 */
export function readNumber(written: string): number {
  let dots = 0;
  let commas = 0;
  let lastSeparator = -1;
  for (let i = 0; i < written.length; i++) {
    const char = written[i]!;
    if (char === '.' || char === ',') {
      if (char === '.') dots++;
      else commas++;
      lastSeparator = i;
    }
  }
  let decimalAt = -1;
  if (lastSeparator >= 0) {
    const onlyOnce = written[lastSeparator] === '.' ? dots === 1 : commas === 1;
    const digitsAfter = written.length - lastSeparator - 1;
    if (dots > 0 && commas > 0) decimalAt = onlyOnce ? lastSeparator : -1;
    else if (onlyOnce && digitsAfter !== 3) decimalAt = lastSeparator;
  }
  let digits = '';
  for (let i = 0; i < written.length; i++) {
    if (i === decimalAt) digits += '.';
    else if (isDigit(written[i])) digits += written[i];
  }
  return Number(digits);
}
