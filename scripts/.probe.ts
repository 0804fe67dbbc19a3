import { launchBrowser } from '/work/wt-site2/src/bench/browser.ts';
import { startStaticHost } from '/work/wt-site2/src/deploy/static-host.ts';
const host = await startStaticHost({ dir: '/work/wt-site2/.archive-tmp/site-fixture', base: '/archive/' });
const browser = await launchBrowser();
for (const [width, scheme, extra] of [[375, 'light', ''], [375, 'dark', '&date=2025-01..2025-12'], [1280, 'light', ''], [1280, 'dark', '&date=2025-12']] as const) {
  const page = await browser.newPage({ viewport: { width, height: 812 }, colorScheme: scheme });
  page.on('pageerror', (m) => console.log('pageerror', m.message));
  await page.goto(host.url + 'search/?q=' + encodeURIComponent('的') + extra);
  await page.waitForSelector('[data-search-histogram]:not([hidden])', { timeout: 20000 });
  await page.screenshot({ path: `/tmp/site2/p-${width}-${scheme}.png` });
}
await browser.close(); await host.close();
