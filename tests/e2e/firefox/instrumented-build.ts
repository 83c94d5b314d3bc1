// A copy of the Firefox build whose background records what it asks Firefox to inject, for the
// tests of Firefox's own paths. Behaviour is unchanged unless a test turns on "no documentId".
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { FIREFOX_EXTENSION_DIR, snapshotBuild } from './browser';

/**
 * Prepended to background.js. It wraps two of Firefox's own API objects, before the background's
 * code takes them:
 * - scripting.executeScript: each call's target, file and outcome goes to storage.session
 *   ("e2eInjections"), stamped with the time it was made;
 * - runtime.onMessage: while storage.session "e2eNoDocumentId" is true, listeners get the sender
 *   without its documentId, as Firefox 140–152 send it (Firefox 153 added it; the manifest
 *   admits Firefox 140 on).
 */
const INSTRUMENTATION = `(() => {
  const api = globalThis.browser;
  const session = api.storage.session;
  let queue = Promise.resolve();
  const record = (entry) => {
    queue = queue
      .then(async () => {
        const { e2eInjections = [] } = await session.get('e2eInjections');
        await session.set({ e2eInjections: [...e2eInjections, entry] });
      })
      .catch(() => undefined);
  };
  const scripting = api.scripting;
  const executeScript = scripting.executeScript.bind(scripting);
  scripting.executeScript = (details) => {
    const entry = { at: Date.now(), target: JSON.parse(JSON.stringify(details.target)), files: details.files ?? [] };
    return executeScript(details).then(
      (result) => { record({ ...entry, ok: true }); return result; },
      (error) => { record({ ...entry, error: String(error && error.message ? error.message : error) }); throw error; },
    );
  };
  const onMessage = api.runtime.onMessage;
  const addListener = onMessage.addListener.bind(onMessage);
  onMessage.addListener = (listener) =>
    addListener((message, sender, sendResponse) => {
      session.get('e2eNoDocumentId').then(({ e2eNoDocumentId }) =>
        listener(message, e2eNoDocumentId ? { ...sender, documentId: undefined } : sender, sendResponse),
      );
      return undefined;
    });
})();
`;

export interface Injection {
  at: number;
  target: { tabId: number; frameIds?: number[]; documentIds?: string[] };
  files: string[];
  ok?: true;
  error?: string;
}

/** Makes the instrumented copy; returns its folder and a function that removes it. */
export function instrumentedFirefoxBuild(): { dir: string; remove(): void } {
  const copy = snapshotBuild(FIREFOX_EXTENSION_DIR);
  const background = join(copy.dir, 'background.js');
  writeFileSync(background, INSTRUMENTATION + readFileSync(background, 'utf8'));
  return copy;
}

/** The injections recorded so far (read from an extension page). */
export function injections(extensionPage: Page): Promise<Injection[]> {
  return extensionPage.evaluate(async () => {
    const session = (globalThis as unknown as { browser: { storage: { session: { get(key: string): Promise<Record<string, unknown>> } } } }).browser.storage
      .session;
    return ((await session.get('e2eInjections')).e2eInjections ?? []) as Injection[];
  });
}

/** Clears the record and sets whether senders lose their documentId. */
export function resetInstrumentation(extensionPage: Page, noDocumentId = false): Promise<void> {
  return extensionPage.evaluate(async (strip) => {
    const session = (globalThis as unknown as { browser: { storage: { session: { clear(): Promise<void>; set(items: object): Promise<void> } } } }).browser.storage
      .session;
    await session.clear();
    await session.set({ e2eNoDocumentId: strip });
  }, noDocumentId);
}
