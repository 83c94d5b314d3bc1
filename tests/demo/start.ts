// `npm start`: the built extension in Debian's Chromium on real saved postings served at their
// real URLs — no account anywhere. In a window where a display exists; otherwise headless,
// writing screenshots and printing where they are.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS_DIR, launchExtensionBrowser } from '../e2e/browser';
import { savedBoardPage } from '../e2e/scenario-pages';
import { DEMO_PAGES } from './pages';

/** Opens the panel if it waits as a pill (no room beside a full-width saved page). */
async function openPanel(page: Page): Promise<void> {
  const pill = page.locator('.rl-pill');
  if ((await pill.count()) > 0) await pill.click();
}

const windowed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const browser = await launchExtensionBrowser(undefined, { headless: !windowed });
const outDir = join(ARTIFACTS_DIR, 'demo');
mkdirSync(outDir, { recursive: true });
const shots: string[] = [];

for (const [index, demo] of DEMO_PAGES.entries()) {
  browser.serve(demo.url.split('?')[0]!, savedBoardPage(demo.file, demo.swaps));
  const page = await browser.context.newPage();
  await page.goto(demo.url);
  await page.waitForSelector(demo.ready, { state: 'attached', timeout: 15_000 });
  if (demo.ready.startsWith('role-lens-panel')) await openPanel(page);
  const shown = page.locator('.rl-panel, role-lens-badge').first();
  await shown.waitFor({ timeout: 15_000 });
  await shown.scrollIntoViewIfNeeded();
  const path = join(outDir, `${index + 1}-${demo.name}.png`);
  await page.screenshot({ path });
  shots.push(path);
}

const popup = await browser.context.newPage();
await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
await popup.getByRole('combobox', { name: 'Look up a role' }).fill('custmer care managr');
await popup.keyboard.press('Enter');
await popup.waitForSelector('article.rl-card');
const popupShot = join(outDir, `${DEMO_PAGES.length + 1}-popup.png`);
await popup.screenshot({ path: popupShot });
shots.push(popupShot);

console.log(`Role Lens demo: ${DEMO_PAGES.length} saved postings and the popup.`);
for (const path of shots) console.log(`  ${path}`);
if (windowed) {
  console.log('The browser stays open with each page in its own tab; close its window to end the demo.');
  await new Promise<void>((resolve) => browser.context.once('close', () => resolve()));
} else {
  console.log('No display here, so it ran headless: the screenshots above show what it drew.');
  await browser.close();
}
