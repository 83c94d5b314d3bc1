// `npm run bench`: runs every benchmark, prints one table and writes bench-results.json.
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { benchClassifier } from './classifier';

interface Row {
  measure: string;
  result: string;
  target: string;
  pass: boolean;
}

const classifier = benchClassifier();
const rows: Row[] = [
  {
    measure: `classifier (${classifier.titles} real titles)`,
    result: `${Math.round(classifier.classifierTitlesPerSecond).toLocaleString('en-US')} titles/s`,
    target: '≥ 1,000,000 titles/s',
    pass: classifier.classifierTitlesPerSecond >= 1_000_000,
  },
  {
    measure: 'fuse.js over the same aliases',
    result: `${Math.round(classifier.fuseTitlesPerSecond).toLocaleString('en-US')} titles/s (${classifier.speedup.toFixed(0)}× slower)`,
    target: 'classifier ≥ 20× fuse.js',
    pass: classifier.speedup >= 20,
  },
];

const machine = `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, Node ${process.version}`;
console.log(`Role Lens benchmark — ${new Date().toISOString().slice(0, 10)} — ${machine}\n`);
console.log('| measure | result | target | ok |\n|---|---|---|---|');
for (const row of rows) console.log(`| ${row.measure} | ${row.result} | ${row.target} | ${row.pass ? 'yes' : 'NO'} |`);
writeFileSync('bench-results.json', JSON.stringify({ machine, date: new Date().toISOString(), classifier, rows }, null, 2));
