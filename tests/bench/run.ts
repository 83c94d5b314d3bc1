// `npm run bench`: runs every benchmark on the built extension, prints one table and writes
// bench-results.json. Run with vite-node (esbuild's keepNames would break page.evaluate).
// Where the browser has a cost of its own for the same step, the row shows it, measured in the
// same run (see bench-copies.ts), and the ratio of our figure to it.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { makeBenchCopies } from './bench-copies';
import { benchInBrowser } from './browser';
import { benchClassifier } from './classifier';

interface Row {
  measure: string;
  result: string;
  /** What the browser (or, for the classifier, fuse.js) costs for the same step; null where no floor applies. */
  floor: string | null;
  /** Our figure divided by the floor's. */
  ratio: number | null;
  target: string;
  pass: boolean;
}

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
/** Milliseconds, to a tenth; floors under a millisecond to a hundredth. */
const ms = (value: number) => `${value.toFixed(value > 0 && value < 1 ? 2 : 1)} ms`;
const times = (ratio: number) => `${ratio < 10 ? ratio.toFixed(2) : ratio.toFixed(0)}×`;
const perSecond = (value: number) => `${Math.round(value).toLocaleString('en-US')} titles/s`;

const started = performance.now();
// Every figure, sizes included, comes from one copy of the build: another build may replace
// .output while the bench runs.
const copies = makeBenchCopies();
const outputDir = copies.measured;

function fileSize(path: string): { raw: number; gzip: number } {
  const bytes = readFileSync(resolve(outputDir, path));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const classifier = benchClassifier();
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
const browser = await benchInBrowser(copies).finally(() => copies.remove());

const { startupScriptMs: startup, emptyContentScriptStartupMs: emptyStartup } = browser;
const ratios = {
  classifier: classifier.classifierTitlesPerSecond / classifier.fuseTitlesPerSecond,
  firstPanel: browser.firstPanelMs.median / browser.emptyInjectionMs.median,
  startupJobsPage: startup.jobsPageNoPosting / emptyStartup.jobsPageNoPosting,
  startupNonJobPage: startup.nonJobPage / emptyStartup.nonJobPage,
  popupFirstPaint: browser.popupFirstPaintMs.median / browser.blankPageFirstPaintMs.median,
  popupInteractive: browser.popupInteractiveMs.median / browser.blankPageFirstPaintMs.median,
  popupSearchReady: browser.popupSearchReadyMs.median / browser.blankPageFirstPaintMs.median,
};
const blankPage = `blank extension page's first paint ${ms(browser.blankPageFirstPaintMs.median)}`;

const rows: Row[] = [
  {
    measure: `classifier (${classifier.titles} real titles)`,
    result: perSecond(classifier.classifierTitlesPerSecond),
    floor: `fuse.js ${perSecond(classifier.fuseTitlesPerSecond)}`,
    ratio: ratios.classifier,
    target: '≥ 1,000,000 titles/s, ≥ 20× fuse.js',
    pass: classifier.classifierTitlesPerSecond >= 1_000_000 && ratios.classifier >= 20,
  },
  {
    measure: 'fuse.js over the same aliases (the classifier\'s floor)',
    result: perSecond(classifier.fuseTitlesPerSecond),
    floor: null,
    ratio: null,
    target: 'reported',
    pass: true,
  },
  {
    measure: `title appears → panel mounted (${browser.titleToPanelMs.samples} runs)`,
    result: `median ${ms(browser.titleToPanelMs.median)}, p95 ${ms(browser.titleToPanelMs.p95)}`,
    floor: null,
    ratio: null,
    target: 'median ≤ 16 ms, p95 ≤ 50 ms',
    pass: browser.titleToPanelMs.median <= 16 && browser.titleToPanelMs.p95 <= 50,
  },
  {
    measure: `first of our postings on a page → panel, loading the panel script (${browser.firstPanelMs.samples} page loads)`,
    result: `median ${ms(browser.firstPanelMs.median)}, max ${ms(browser.firstPanelMs.max)}`,
    floor: `injecting an empty script: median ${ms(browser.emptyInjectionMs.median)} (${browser.emptyInjectionMs.samples} page loads)`,
    ratio: ratios.firstPanel,
    target: 'median ≤ 2× the empty injection',
    pass: ratios.firstPanel <= 2,
  },
  {
    measure: `badging ${browser.badging.cards} result cards (${browser.badging.badges} badges)`,
    result: `${ms(browser.badging.scriptMs)} main-thread script in total`,
    floor: null,
    ratio: null,
    target: '≤ 50 ms',
    pass: browser.badging.scriptMs <= 50,
  },
  {
    measure: 'scrolling that list while cards arrive',
    result: `${browser.badging.longTasksWhileScrolling} long tasks (longest ${ms(browser.badging.longestTaskMs)})`,
    floor: null,
    ratio: null,
    target: 'no long task over 50 ms',
    pass: browser.badging.longTasksWhileScrolling === 0,
  },
  {
    measure: `content script start-up, job-board page with no posting (median of ${startup.samples} loads)`,
    result: `${ms(startup.jobsPageNoPosting)} (non-job page ${ms(startup.nonJobPage)})`,
    floor: `empty content script: ${ms(emptyStartup.jobsPageNoPosting)} (non-job page ${ms(emptyStartup.nonJobPage)})`,
    ratio: ratios.startupJobsPage,
    target: '≤ 5 ms main-thread script',
    pass: startup.jobsPageNoPosting <= 5,
  },
  {
    measure: 'content script while idle (3 s)',
    result: ms(browser.idleScriptMs),
    floor: null,
    ratio: null,
    target: 'no work',
    pass: browser.idleScriptMs < 0.5,
  },
  {
    measure: `detector size: the largest of the ${detectors.length} per-board detectors (${largestDetector.file})`,
    result: `${kilobytes(contentScript.raw)} minified, ${kilobytes(contentScript.gzip)} gzip`,
    floor: null,
    ratio: null,
    target: '≤ 40 KB minified',
    pass: contentScript.raw <= 40 * 1024,
  },
  {
    measure: 'panel script with its data (loaded only where one of our roles is shown)',
    result: `${kilobytes(panelScript.raw)} minified, ${kilobytes(panelScript.gzip)} gzip`,
    floor: null,
    ratio: null,
    target: 'reported',
    pass: true,
  },
  {
    measure: `popup first paint: first contentful paint (median of ${browser.popupFirstPaintMs.samples} opens)`,
    result: ms(browser.popupFirstPaintMs.median),
    floor: blankPage,
    ratio: ratios.popupFirstPaint,
    target: '≤ 1.15× the blank page',
    pass: ratios.popupFirstPaint <= 1.15,
  },
  {
    measure: `popup interactive: list painted, cursor in the search (median of ${browser.popupInteractiveMs.samples} opens)`,
    result: ms(browser.popupInteractiveMs.median),
    floor: blankPage,
    ratio: ratios.popupInteractive,
    target: '≤ 100 ms',
    pass: browser.popupInteractiveMs.median <= 100,
  },
  {
    measure: `popup fully ready: role data and fuzzy search loaded (median of ${browser.popupSearchReadyMs.samples} opens)`,
    result: ms(browser.popupSearchReadyMs.median),
    floor: blankPage,
    ratio: ratios.popupSearchReady,
    target: '≤ 1.5× the blank page',
    pass: ratios.popupSearchReady <= 1.5,
  },
  {
    measure: 'popup script size at open',
    result: `${kilobytes(popup.atOpen.raw)} minified, ${kilobytes(popup.atOpen.gzip)} gzip; then ${kilobytes(popup.afterPaint.raw)} (role data and fuzzy search) after the first paint`,
    floor: null,
    ratio: null,
    target: '≤ 80 KB minified',
    pass: popup.atOpen.raw <= 80 * 1024,
  },
];

function chromiumVersion(): string {
  try {
    const output = execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return /Chromium [\d.]+/.exec(output)?.[0] ?? 'Chromium';
  } catch {
    return 'Chromium';
  }
}

const machine = `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${chromiumVersion()} (Debian, headless)`;
console.log(`Role Lens benchmark — ${new Date().toISOString().slice(0, 10)} — ${machine}\n`);
console.log('| measure | result | floor | ratio | target | met |\n|---|---|---|---|---|---|');
for (const row of rows) {
  console.log(`| ${row.measure} | ${row.result} | ${row.floor ?? '—'} | ${row.ratio === null ? '—' : times(row.ratio)} | ${row.target} | ${row.pass ? 'yes' : 'no'} |`);
}
console.log(`\n(${((performance.now() - started) / 1000).toFixed(0)} s)`);
writeFileSync(
  'bench-results.json',
  JSON.stringify({ machine, date: new Date().toISOString(), classifier, browser, ratios, sizes: { contentScript, panelScript, popup }, rows }, null, 2),
);
