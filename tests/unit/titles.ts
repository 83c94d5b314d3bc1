// Reads the labelled title tables in tests/fixtures/ (title, label, source; tab-separated).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface LabelledTitle {
  title: string;
  /** A role id, "none", or "either:<role id>" (that role or no match are both right). */
  label: string;
  source: string;
}

export function readLabelledTitles(fileName: string): LabelledTitle[] {
  const path = resolve(import.meta.dirname, '../fixtures', fileName);
  const [, ...rows] = readFileSync(path, 'utf8').split('\n').filter((line) => line.trim() !== '');
  return rows.map((row) => {
    const [title = '', label = '', source = ''] = row.split('\t');
    return { title, label, source };
  });
}

/** Whether a classifier answer (role id or "none") is right for a label. */
export function isRightAnswer(label: string, answer: string): boolean {
  if (label.startsWith('either:')) return answer === 'none' || answer === label.slice('either:'.length);
  return answer === label;
}
