// Saved board pages from tests/fixtures/, made inert for tests (unit and end-to-end).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export function readFixturePage(path: string): string {
  return readFileSync(resolve(import.meta.dirname, 'fixtures', path), 'utf8');
}

/**
 * Saved page HTML without its scripts (JSON-LD aside), stylesheets and frames: the boards' servers are not
 * reachable from tests, and the adapters read only the markup.
 */
export function inertPage(html: string): string {
  return html
    // JSON-LD stays: it is data the adapters read, and browsers never run it.
    .replace(/<script\b(?![^>]*application\/ld\+json)[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*>/gi, '')
    .replace(/<iframe\b[\s\S]*?<\/iframe>/gi, '');
}

/** A happy-dom Document of an inert saved page. */
export function parsePage(html: string): Document {
  const inert = inertPage(html);
  const doc = new DOMParser().parseFromString(inert, 'text/html');
  // happy-dom loses some or all of the body of pages whose <head> holds <div>/<svg> (Indeed's
  // does); browsers don't. Parsing from <body> on gives the body a browser builds: keep whichever
  // parse kept more of the page.
  const bodyStart = inert.indexOf('<body');
  if (bodyStart < 0 || !/<(div|svg)\b/i.test(inert.slice(0, bodyStart))) return doc;
  const bodyOnly = new DOMParser().parseFromString(inert.slice(bodyStart), 'text/html');
  return bodyOnly.body.querySelectorAll('*').length > (doc.body?.querySelectorAll('*').length ?? 0) ? bodyOnly : doc;
}

/** Replaces the text of the first element matching `selector` (a fixture page with our title swapped in). */
export function swapText(doc: Document, selector: string, text: string): void {
  const element = doc.querySelector(selector);
  if (!element) throw new Error(`fixture has no ${selector}`);
  element.textContent = text;
}
