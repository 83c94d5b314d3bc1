// `npm run bench`: runs every benchmark on the built extension, prints one table and writes
// bench-results.json. Run with vite-node (esbuild's keepNames would break page.evaluate).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchInBrowser } from './browser';
import { benchClassifier } from './classifier';

interface Row {
  measure: string;
  result: string;
  target: string;
  pass: boolean;
}

const outputDir = resolve(import.meta.dirname, '../../.output/chrome-mv3');
const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;

function fileSize(path: string): { raw: number; gzip: number } {
  const bytes = readFileSync(resolve(outputDir, path));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const classifier = benchClassifier();
const browser = await benchInBrowser();
/** The largest of the per-board detectors: what the heaviest board page downloads. */
const detectors = readdirSync(resolve(outputDir, 'content-scripts')).filter((file) => file.startsWith('detect-'));
const largestDetector = detectors.map((file) => ({ file, ...fileSize(`content-scripts/${file}`) })).sort((a, b) => b.raw - a.raw)[0]!;
const contentScript = { raw: largestDetector.raw, gzip: largestDetector.gzip };
/**
 * The popup's scripts: those it loads before it can paint (its entry and, transitively, the
 * chunks that imports statically) and those it imports dynamically after (the packed role data
 * and the fuzzy search).
 */
function popupScripts(): { atOpen: { raw: number; gzip: number }; afterPaint: { raw: number; gzip: number } } {
  const html = readFileSync(resolve(outputDir, 'popup.html'), 'utf8');
  const staticImports = /(?:from|import)\s*["'`]\.\/([^"'`]+\.js)["'`]/g;
  const dynamicImports = /import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g;
  const atOpen = new Set([...html.matchAll(/src="\/(chunks\/[^"]+\.js)"/g)].map((match) => match[1]!));
  const lazy = new Set<string>();
  for (const file of atOpen) {
    const code = readFileSync(resolve(outputDir, file), 'utf8');
    for (const [, chunk] of code.matchAll(dynamicImports)) lazy.add(`chunks/${chunk}`);
    for (const [, chunk] of code.replace(dynamicImports, '').matchAll(staticImports)) atOpen.add(`chunks/${chunk}`);
  }
  const total = (files: Iterable<string>) =>
    [...files].map(fileSize).reduce((sum, size) => ({ raw: sum.raw + size.raw, gzip: sum.gzip + size.gzip }), { raw: 0, gzip: 0 });
  return { atOpen: total(atOpen), afterPaint: total([...lazy].filter((file) => !atOpen.has(file))) };
}
const popup = popupScripts();
const panelScript = fileSize('content-scripts/role-lens.js');

const rows: Row[] = [
  {
    measure: `classifier (${classifier.titles} real titles)`,
    result: `${Math.round(classifier.classifierTitlesPerSecond).toLocaleString('en-US')} titles/s`,
    target: '≥ 1,000,000 titles/s',
    pass: classifier.classifierTitlesPerSecond >= 1_000_000,
  },
  {
    measure: 'fuse.js over the same aliases',
    result: `${Math.round(classifier.fuseTitlesPerSecond).toLocaleString('en-US')} titles/s (classifier ${classifier.speedup.toFixed(0)}× faster)`,
    target: 'classifier ≥ 20× fuse.js',
    pass: classifier.speedup >= 20,
  },
  {
    measure: `title appears → panel mounted (${browser.titleToPanelMs.samples} runs)`,
    result: `median ${ms(browser.titleToPanelMs.median)}, p95 ${ms(browser.titleToPanelMs.p95)}`,
    target: 'median ≤ 16 ms, p95 ≤ 50 ms',
    pass: browser.titleToPanelMs.median <= 16 && browser.titleToPanelMs.p95 <= 50,
  },
  {
    measure: `first of our postings on a page → panel, loading the panel script (${browser.firstPanelMs.samples} page loads)`,
    result: `median ${ms(browser.firstPanelMs.median)}, max ${ms(browser.firstPanelMs.max)}`,
    target: 'median ≤ 50 ms (the p95 budget above)',
    pass: browser.firstPanelMs.median <= 50,
  },
  {
    measure: `badging ${browser.badging.cards} result cards (${browser.badging.badges} badges)`,
    result: `${ms(browser.badging.scriptMs)} main-thread script in total`,
    target: '≤ 50 ms',
    pass: browser.badging.scriptMs <= 50,
  },
  {
    measure: 'scrolling that list while cards arrive',
    result: `${browser.badging.longTasksWhileScrolling} long tasks (longest ${ms(browser.badging.longestTaskMs)})`,
    target: 'no long task over 50 ms',
    pass: browser.badging.longTasksWhileScrolling === 0,
  },
  {
    measure: 'content script start-up, job-board page with no posting',
    result: `${ms(browser.startupScriptMs.jobsPageNoPosting)} (non-job page ${ms(browser.startupScriptMs.nonJobPage)})`,
    target: '≤ 5 ms main-thread script',
    pass: browser.startupScriptMs.jobsPageNoPosting <= 5,
  },
  {
    measure: 'content script while idle (3 s)',
    result: ms(browser.idleScriptMs),
    target: 'no work',
    pass: browser.idleScriptMs < 0.5,
  },
  {
    measure: `detector size: the largest of the ${detectors.length} per-board detectors (${largestDetector.file})`,
    result: `${kilobytes(contentScript.raw)} minified, ${kilobytes(contentScript.gzip)} gzip`,
    target: '≤ 40 KB minified',
    pass: contentScript.raw <= 40 * 1024,
  },
  {
    measure: 'panel script with its data (loaded only where one of our roles is shown)',
    result: `${kilobytes(panelScript.raw)} minified, ${kilobytes(panelScript.gzip)} gzip`,
    target: 'reported',
    pass: true,
  },
  {
    measure: `popup interactive: list painted, cursor in the search (median of ${browser.popupInteractiveMs.samples} opens)`,
    result: ms(browser.popupInteractiveMs.median),
    target: '≤ 100 ms',
    pass: browser.popupInteractiveMs.median <= 100,
  },
  {
    measure: `popup fully ready: role data and fuzzy search loaded (median of ${browser.popupSearchReadyMs.samples} opens)`,
    result: ms(browser.popupSearchReadyMs.median),
    target: 'reported',
    pass: true,
  },
  {
    measure: 'popup script size at open',
    result: `${kilobytes(popup.atOpen.raw)} minified, ${kilobytes(popup.atOpen.gzip)} gzip; then ${kilobytes(popup.afterPaint.raw)} (role data and fuzzy search) after the first paint`,
    target: '≤ 80 KB minified',
    pass: popup.atOpen.raw <= 80 * 1024,
  },
];

const machine = `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, Chromium (Debian)`;
console.log(`Role Lens benchmark — ${new Date().toISOString().slice(0, 10)} — ${machine}\n`);
console.log('| measure | result | target | met |\n|---|---|---|---|');
for (const row of rows) console.log(`| ${row.measure} | ${row.result} | ${row.target} | ${row.pass ? 'yes' : 'no'} |`);
writeFileSync(
  'bench-results.json',
  JSON.stringify({ machine, date: new Date().toISOString(), classifier, browser, sizes: { contentScript, panelScript, popup }, rows }, null, 2),
);
