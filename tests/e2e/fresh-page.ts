// Each test of a file gets a fresh page in the file's browser, the extension's storage emptied
// first, and must end with no page error.
import type { Page } from 'playwright-core';
import { beforeEach, expect } from 'vitest';
import type { ExtensionBrowser } from './browser';

export function freshPagePerTest(currentBrowser: () => ExtensionBrowser, onPage: (page: Page) => void): void {
  beforeEach(async () => {
    const browser = currentBrowser();
    await browser.setStorage();
    const page = await browser.context.newPage();
    onPage(page);
    browser.errors.length = 0;
    return async () => {
      await page.close();
      expect(browser.errors).toEqual([]);
    };
  });
}
