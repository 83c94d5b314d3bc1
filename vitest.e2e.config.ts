// End-to-end tests: the built extension in Debian's Chromium (.output/chrome-mv3, Playwright) and
// Debian's Firefox ESR (.output/firefox-mv3, Puppeteer over WebDriver BiDi).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    // Installs a missing browser with apt-get as root; otherwise stops with the command to run.
    globalSetup: ['tests/e2e/ensure-browsers.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
