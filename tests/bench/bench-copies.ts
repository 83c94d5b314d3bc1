// Bench-only copies of the built extension, carrying the floors the benchmarks compare against:
// what the browser itself costs for the same step. The shipped build (.output/chrome-mv3) is only
// read, never added to.
//  - `measured`: the build as shipped, plus `blank.html` (the popup's <head> and stylesheet, its
//    heading as static HTML, no script) and `empty.js` (an empty script to inject).
//  - `emptyDetectors`: the build with every per-board detector replaced by an empty script, the
//    manifest kept, so the same pages get a content script that does nothing.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR } from '../e2e/browser';

export interface BenchCopies {
  /** The shipped build plus blank.html and empty.js: every benchmark of the extension runs on it. */
  measured: string;
  /** The shipped build with empty detectors: the floor of the content script's start-up. */
  emptyDetectors: string;
  /** The extension's name, as the browser names its content scripts' isolated world. */
  extensionName: string;
  remove(): void;
}

/**
 * The blank page: the popup's document with its scripts taken out. What remains is its frame and
 * its "Role Lens" heading, which popup.html holds as plain HTML (a page with nothing on it reports
 * no paint at all).
 */
export function blankPageFrom(popupHtml: string): string {
  const blank = popupHtml
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/gi, '')
    .replace(/<link\b[^>]*rel="modulepreload"[^>]*>\s*/gi, '');
  if (!blank.includes('rl-popup__brand') || /<script\b/i.test(blank) || !/<link\b[^>]*rel="stylesheet"/i.test(blank)) {
    throw new Error('popup.html no longer has the shape the blank page is made from (its static heading and a stylesheet)');
  }
  return blank;
}

/** Throws when a file the manifest or the popup names is missing (a build overwritten mid-copy). */
function checkComplete(dir: string): void {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[] };
  const popupHtml = readFileSync(join(dir, 'popup.html'), 'utf8');
  const files = [
    ...(manifest.content_scripts ?? []).flatMap((script) => script.js ?? []),
    ...[...popupHtml.matchAll(/(?:src|href)="\/([^"]+)"/g)].map((match) => match[1]!),
  ];
  const missing = files.filter((file) => !existsSync(join(dir, file)));
  if (missing.length > 0) throw new Error(`the build copied is incomplete (missing ${missing.join(', ')}): was it being rebuilt? Run again.`);
}

export function makeBenchCopies(source = EXTENSION_DIR): BenchCopies {
  if (!existsSync(join(source, 'manifest.json'))) throw new Error('Build the extension first: npm run build');
  const root = mkdtempSync(join(tmpdir(), 'role-lens-bench-'));
  const measured = join(root, 'measured');
  const emptyDetectors = join(root, 'empty-detectors');
  try {
    cpSync(source, measured, { recursive: true });
    checkComplete(measured);
    writeFileSync(join(measured, 'blank.html'), blankPageFrom(readFileSync(join(measured, 'popup.html'), 'utf8')));
    writeFileSync(join(measured, 'empty.js'), '');

    cpSync(measured, emptyDetectors, { recursive: true });
    const detectors = readdirSync(join(emptyDetectors, 'content-scripts')).filter((file) => /^detect-.*\.js$/.test(file));
    if (detectors.length === 0) throw new Error('the build has no content-scripts/detect-*.js');
    for (const file of detectors) writeFileSync(join(emptyDetectors, 'content-scripts', file), '');
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
  const { name } = JSON.parse(readFileSync(join(measured, 'manifest.json'), 'utf8')) as { name: string };
  return { measured, emptyDetectors, extensionName: name, remove: () => rmSync(root, { recursive: true, force: true }) };
}
