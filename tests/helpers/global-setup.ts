/**
 * Builds the fixture archive's site once before the tests, under a sub-path, as a deploy build
 * (SITE_URL, DEPLOY=1), so the site tests know exactly what every page must show and that links
 * survive a base path. (dist/ itself is built by `npm run build`, which the README runs before
 * `npm test`: with no settings, a preview build.)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURE_SITE } from './sites.ts';

export default function buildFixtureSite() {
  fs.rmSync(FIXTURE_SITE.dir, { recursive: true, force: true });
  // A fresh build every run: Astro's incremental build reuses pages whose cache key is unchanged
  // even when a layout they use has changed, so a kept cache would test yesterday's templates.
  fs.rmSync(`${FIXTURE_SITE.dir}-cache`, { recursive: true, force: true });
  const started = Date.now();
  const result = spawnSync(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', FIXTURE_SITE.dir], {
    env: {
      ...process.env,
      ARCHIVE_CONTENT_DIR: FIXTURE_SITE.contentDir,
      BASE_PATH: FIXTURE_SITE.base,
      SITE_URL: FIXTURE_SITE.siteUrl!,
      DEPLOY: '1',
      ASTRO_CACHE_DIR: `${FIXTURE_SITE.dir}-cache`,
    },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`building the fixture site failed:\n${result.stdout}\n${result.stderr}`);
  }
  console.log(`fixture site built in ${((Date.now() - started) / 1000).toFixed(1)} s → ${FIXTURE_SITE.dir}`);
}
