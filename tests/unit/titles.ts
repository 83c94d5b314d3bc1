// Reads the labelled title tables in tests/fixtures/ (title, label, source[, language]; tab-separated)
// and scores the classifier on them.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface LabelledTitle {
  title: string;
  /** A role id, "none", or "either:<role id>" (that role or no match are both right). */
  label: string;
  source: string;
  /** titles-multilingual.tsv only: de, fr, es, pt, it or nl. */
  language: string;
}

export function readLabelledTitles(fileName: string): LabelledTitle[] {
  const path = resolve(import.meta.dirname, '../fixtures', fileName);
  const [, ...rows] = readFileSync(path, 'utf8').split('\n').filter((line) => line.trim() !== '');
  return rows.map((row) => {
    const [title = '', label = '', source = '', language = ''] = row.split('\t');
    return { title, label, source, language };
  });
}

/** Whether a classifier answer (role id or "none") is right for a label. */
function isRightAnswer(label: string, answer: string): boolean {
  if (label.startsWith('either:')) return answer === 'none' || answer === label.slice('either:'.length);
  return answer === label;
}

/**
 * The classifier's precision and recall on labelled titles: a match counts as a true positive when
 * it is right, a false positive when not; a wrong "none" is a false negative. `wrong` lists the
 * titles it got wrong, for the failure message.
 */
export function scoreTitles(rows: readonly LabelledTitle[], answerFor: (title: string) => string) {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  const wrong: string[] = [];
  for (const { title, label } of rows) {
    const answer = answerFor(title);
    const right = isRightAnswer(label, answer);
    if (!right) wrong.push(`${title} → ${answer} (label ${label})`);
    if (answer !== 'none') {
      if (right) truePositives++;
      else falsePositives++;
    } else if (!right) {
      falseNegatives++;
    }
  }
  return {
    truePositives,
    precision: truePositives / Math.max(1, truePositives + falsePositives),
    recall: truePositives / Math.max(1, truePositives + falseNegatives),
    wrong: wrong.join('\n'),
  };
}
