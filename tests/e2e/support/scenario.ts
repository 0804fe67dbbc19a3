/**
 * The browser tests' one set-up: a built site served by the project's static host
 * (src/deploy/static-host.ts: the headers of docs/deploy.md, strict CSP included), headless
 * Chromium from the one launcher (src/bench/browser.ts), and pages that record every page error
 * and console error, so a test can assert there were none.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser } from '../../../src/bench/browser.ts';
import { startStaticHost, type HostOptions, type RunningHost } from '../../../src/deploy/static-host.ts';

export type { RunningHost };

/** A built site folder served on 127.0.0.1 under `base` (default /), with optional overlays. */
export function serveSite(dir: string, options: Omit<HostOptions, 'dir'> = {}): Promise<RunningHost> {
  return startStaticHost({ dir, ...options });
}

/** Throws, saying to build first, unless every one of `files` is in the site folder. */
export function requireBuilt(dir: string, files: string[] = ['index.html']): void {
  for (const file of files) {
    if (!fs.existsSync(path.join(dir, file))) {
      throw new Error(`${path.relative(process.cwd(), dir) || dir}/${file} 不存在：浏览器测试要用构建好的站点，请先运行 npm run build`);
    }
  }
}

export interface Scenario {
  host: RunningHost;
  browser: Browser;
  /** The site's root URL (origin and base path). */
  url: string;
  /** Page errors and console errors (but 404s) of every page opened through `open`. */
  problems: string[];
  /** A new page (in its own context when options are given), at `path` under the site when given. */
  open(path?: string, options?: BrowserContextOptions): Promise<Page>;
  close(): Promise<void>;
}

/** Serves `dir` and launches the browser (or uses `browser`, which close() then leaves open). */
export async function openScenario(dir: string, options: Omit<HostOptions, 'dir'> & { browser?: Browser } = {}): Promise<Scenario> {
  const { browser: shared, ...hostOptions } = options;
  const host = await serveSite(dir, hostOptions);
  const browser = shared ?? (await launchBrowser());
  const problems: string[] = [];
  return {
    host,
    browser,
    url: host.url,
    problems,
    open: async (at, contextOptions) => {
      const page = contextOptions ? await (await browser.newContext(contextOptions)).newPage() : await browser.newPage();
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error' && !m.text().includes('404')) problems.push(`console: ${m.text()}`);
      });
      if (at !== undefined) await page.goto(new URL(at.replace(/^\//, ''), host.url).href);
      return page;
    },
    close: async () => {
      if (!shared) await browser.close();
      await host.close();
    },
  };
}

/** The widths and colour schemes the reader's pages are checked at: a phone and a desktop, light and dark. */
export const VIEWS = [
  { width: 375, colorScheme: 'light' as const },
  { width: 375, colorScheme: 'dark' as const },
  { width: 1280, colorScheme: 'light' as const },
  { width: 1280, colorScheme: 'dark' as const },
];
export type View = (typeof VIEWS)[number];

/**
 * A phone in light and a desktop in dark: enough for what a page does, where the colour scheme
 * changes only colours (which the screenshots and the axe checks see in both schemes).
 */
export const PHONE_AND_DESKTOP: View[] = [VIEWS[0], VIEWS[3]];

/**
 * A page of the scenario's site at one view (812 px high), in its own context, at `path` under
 * the site; every response of 400 and over is pushed to `failed` as "status url".
 */
export async function openView(scenario: Scenario, path: string, view: View, failed: string[], options: BrowserContextOptions = {}): Promise<Page> {
  const page = await scenario.open(undefined, { viewport: { width: view.width, height: 812 }, colorScheme: view.colorScheme, ...options });
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(new URL(path, scenario.url).href);
  return page;
}
