// Each test of a file gets a fresh page in the file's browser, the extension's storage emptied
// first, and must end with no page error. Works with a Playwright browser (./browser.ts) and with
// the two-browser driver (./driver.ts) alike.
import { beforeEach, expect } from 'vitest';

interface PageSource<P> {
  setStorage(): Promise<void>;
  newPage(): Promise<P>;
  errors: string[];
}

export function freshPagePerTest<P extends { close(): Promise<void> }>(currentBrowser: () => PageSource<P>, onPage: (page: P) => void): void {
  beforeEach(async () => {
    const browser = currentBrowser();
    await browser.setStorage();
    const page = await browser.newPage();
    onPage(page);
    browser.errors.length = 0;
    return async () => {
      await page.close();
      expect(browser.errors).toEqual([]);
    };
  });
}
