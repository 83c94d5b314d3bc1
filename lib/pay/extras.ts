// Extras named beside the pay ("+ super", "· 401(k) benefit", "OTE") and whether the figure is an
// estimate ("Estimated …", "(Glassdoor Est.)"): noted for the reader, never added to the amounts.
import type { Token } from './tokens';

/** Words right after an amount that make it an extra, not the pay: "+ $10,000 bonus", "$5k sign-on". */
const EXTRA_AMOUNT_WORDS = new Set(['bonus', 'bonuses', 'commission', 'commissions', 'equity', 'stock', 'shares', 'allowance', 'signing', 'sign', 'relocation', 'incentive', 'retention']);

/** Extras beside the pay, by the word that names them. */
const EXTRAS: Record<string, string> = {
  super: 'super', superannuation: 'super', bonus: 'bonus', bonuses: 'bonus', prämie: 'bonus', commission: 'commission',
  commissions: 'commission', provision: 'commission', ote: 'ote', equity: 'equity', stock: 'equity', shares: 'equity',
  rsu: 'equity', rsus: 'equity', esop: 'equity', benefits: 'benefits', benefit: 'benefits', perks: 'benefits',
  pension: 'pension', dental: 'dental', medical: 'medical', vision: 'vision', overtime: 'overtime', tips: 'tips',
  allowance: 'allowance', allowances: 'allowance', relocation: 'relocation', incentive: 'incentives',
  incentives: 'incentives', variable: 'variable pay', prestaciones: 'benefits',
};
/** Extras named in two words, by their first word and then their second. */
const TWO_WORD_EXTRAS: Record<string, Record<string, string>> = {
  holiday: { pay: 'holiday pay' },
  leave: { loading: 'leave loading' },
  profit: { share: 'profit share', sharing: 'profit share' },
  penalty: { rates: 'penalty rates' },
  car: { allowance: 'car allowance' },
};
const NEGATIONS = new Set(['no', 'without', 'kein', 'keine', 'sans', 'sin', 'sem']);

/** Words that say the figure is an estimate, and those that say whose. */
const ESTIMATE_WORDS = new Set(['estimated', 'estimate', 'estimation', 'estimación', 'estimativa', 'estimé', 'estimée', 'stima', 'schätzung', 'geschätzt', 'geschätzte']);
const EMPLOYER_WORDS = new Set(['employer', 'employeur', 'arbeitgeber', 'arbeitgebers', 'empleador', 'empregador', 'datore', 'werkgever']);

/** Whether a word names an extra ("bonus", "super", "benefits"). */
export const namesExtra = (word: string): boolean => EXTRAS[word] !== undefined;

/** Whether the amount from `first` to `end` is an extra rather than pay: "+ $10,000 bonus", "$5k sign-on bonus". */
export function isExtraAmount(tokens: readonly Token[], first: number, end: number): boolean {
  const before = tokens[first - 1]?.text;
  if (before === '+' || before === 'plus') return true;
  for (let i = end, words = 0; i < tokens.length && words < 2; i++) {
    const token = tokens[i]!;
    if (token.kind === 'word') {
      if (EXTRA_AMOUNT_WORDS.has(token.text)) return true;
      words++;
    } else if (token.text !== '-') {
      return false;
    }
  }
  return false;
}

/** Extras named in the text ("+ super", "· 6 benefits", "401(k)", "0.1% – 0.5%" equity), in order. */
export function extrasIn(tokens: readonly Token[]): string[] {
  const extras: string[] = [];
  const note = (extra: string | undefined) => {
    if (extra && !extras.includes(extra)) extras.push(extra);
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'number') {
      const next = tokens[i + 1];
      if (token.text === '401' && next && !next.spaced && (next.text === 'k' || (next.text === '(' && tokens[i + 2]?.text === 'k'))) note('401(k)');
      // A percentage set off by a bullet is an equity grant ("$100k – $150k • 0.1% – 0.5%"); "20% bonus" is the bonus.
      const bullet = tokens[i - 1]?.text;
      if (next?.text === '%' && (bullet === '•' || bullet === '·')) note('equity');
      continue;
    }
    if (token.kind !== 'word' || NEGATIONS.has(tokens[i - 1]?.text ?? '')) continue;
    const pair = TWO_WORD_EXTRAS[token.text]?.[tokens[i + 1]?.text ?? ''];
    if (pair) {
      note(pair);
      i++;
    } else {
      note(EXTRAS[token.text]);
    }
  }
  return extras;
}

/** Whether the pay is an estimate, and whose: "Estimated …", "(Glassdoor Est.)", "(Employer Est.)", "(geschätzt …)". */
export function estimateIn(tokens: readonly Token[]): 'board' | 'employer' | undefined {
  let estimated = false;
  let byEmployer = false;
  for (let i = 0; i < tokens.length; i++) {
    const { text } = tokens[i]!;
    const before = tokens[i - 1]?.text ?? '';
    if (ESTIMATE_WORDS.has(text) || (text === 'est' && (before === 'glassdoor' || EMPLOYER_WORDS.has(before)))) estimated = true;
    if (EMPLOYER_WORDS.has(text)) byEmployer = true;
  }
  if (!estimated) return undefined;
  return byEmployer ? 'employer' : 'board';
}
