import { readFixturePage, inertPage } from '/work/main/tests/fixture-pages';
import { launchExtensionBrowser } from '/work/main/tests/e2e/browser';
const b = await launchExtensionBrowser();
b.serve('https://www.linkedin.com/jobs/search-empty/', inertPage(readFixturePage('linkedin/linkedin-2-search.html')));
const page = await b.context.newPage();
page.on('console', (m) => { if (m.text().includes('RL-PROBE')) console.log(m.text()); });
const cdp = await b.context.newCDPSession(page);
await cdp.send('Performance.enable');
for (let i = 0; i < 6; i++) {
  await page.goto('https://www.linkedin.com/jobs/search-empty/'); await page.waitForTimeout(1000);
  const { metrics } = await cdp.send('Performance.getMetrics');
  console.log('ScriptDuration', (metrics.find((m) => m.name === 'ScriptDuration')!.value * 1000).toFixed(1));
}
await b.close();
