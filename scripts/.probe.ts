import { launchBrowser } from '/work/wt-site2/src/bench/browser.ts';
import { startStaticHost } from '/work/wt-site2/src/deploy/static-host.ts';
const host = await startStaticHost({ dir: '/work/wt-site2/.archive-tmp/site-fixture', base: '/archive/' });
const browser = await launchBrowser();
for (const width of [375, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 812 } });
  page.on('console', (m) => console.log('console', m.text()));
  page.on('pageerror', (m) => console.log('pageerror', m.message));
  await page.goto(host.url + 'search/?q=' + encodeURIComponent(process.argv[2] ?? '大同'));
  await page.waitForSelector('.search-result', { timeout: 20000 });
  await page.waitForTimeout(300);
  const r = await page.evaluate(() => ({
    first: document.querySelector('.search-result')!.getBoundingClientRect().top,
    header: document.querySelector('.site-header')!.getBoundingClientRect().height,
    status: document.querySelector('[data-search-status]')!.textContent,
    hist: document.querySelector('[data-search-histogram]')!.outerHTML.slice(0, 600),
  }));
  console.log(width, JSON.stringify(r));
  await page.screenshot({ path: `/tmp/site2/probe-${width}.png`, fullPage: false });
}
await browser.close(); await host.close();
