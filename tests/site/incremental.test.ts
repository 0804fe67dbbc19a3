/**
 * Incremental builds (experimental.incrementalBuild + src/site/cache-keys.ts, dist/ kept and
 * pruned by src/integrations/prune-stale-pages.ts): a site built from yesterday's archive and rebuilt
 * after today's issue arrives, an old article was corrected and another withdrawn must be,
 * file for file, the site a full build makes; and the rebuild must really have reused pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdOutIssue } from '../helpers/archive.ts';
import { spawnBuildSync } from '../helpers/astro-build.ts';

const FIXTURE = path.resolve('tests/fixtures/site-content');
const NEWEST = '2025-12-28';
const CORRECTED = 'articles/2022/2022-01-19/01-03.md';
const WITHDRAWN = 'articles/2022/2022-01-19/01-06.md';

let scratch: string;
beforeAll(() => {
  // Inside the project: Astro stages a build whose outDir is outside the working directory in
  // the project's own .astro/, which other builds of the test run would share.
  fs.mkdirSync(path.resolve('.archive-tmp'), { recursive: true });
  scratch = fs.mkdtempSync(path.resolve('.archive-tmp/incremental-'));
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function build(content: string, out: string, cache: string): string {
  const result = spawnBuildSync(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
    env: { ...process.env, ARCHIVE_CONTENT_DIR: content, ASTRO_CACHE_DIR: cache, BASE_PATH: '/' },
    encoding: 'utf8',
  });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  return result.stdout;
}

/** Relative path → bytes of every file of a built site. */
function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out.set(path.relative(dir, full), fs.readFileSync(full, 'latin1'));
  }
  return out;
}

describe('an incremental rebuild after the daily job', () => {
  it('equals a full build and reuses the pages nothing changed for', () => {
    const content = path.join(scratch, 'content');
    fs.cpSync(FIXTURE, content, { recursive: true });
    // Yesterday: the archive without the newest issue; topics arrive with the issue they cite
    // (a topic citing an article the archive lacks fails the build).
    const held = path.join(scratch, 'held');
    holdOutIssue(content, NEWEST, held);
    const out = path.join(scratch, 'dist');
    const cache = path.join(scratch, 'cache');
    build(content, out, cache);

    // Today: the newest issue arrives, an old headline is corrected, and an article (the only
    // one of its author) is withdrawn, so its page and its author's page must go.
    fs.cpSync(held, content, { recursive: true });
    fs.rmSync(path.join(content, WITHDRAWN));
    const corrected = path.join(content, CORRECTED);
    const before = fs.readFileSync(corrected, 'utf8');
    fs.writeFileSync(corrected, before.replace('headline: "任希杰主持召开我市项目建设“冬季行动”工作专班第一次会议"', 'headline: "任希杰主持召开我市项目建设“冬季行动”工作专班首次会议"'));
    expect(fs.readFileSync(corrected, 'utf8')).not.toBe(before);
    const log = build(content, out, cache);
    const reused = (log.match(/\((?:cached|restored)\)/g) ?? []).length;

    const full = path.join(scratch, 'full');
    build(content, full, path.join(scratch, 'full-cache'));

    const incremental = files(out);
    const expected = files(full);
    expect({
      extra: [...incremental.keys()].filter((f) => !expected.has(f)).sort(),
      missing: [...expected.keys()].filter((f) => !incremental.has(f)).sort(),
    }).toEqual({ extra: [], missing: [] });
    const differing = [...expected.keys()].filter((f) => incremental.get(f) !== expected.get(f));
    expect(differing).toEqual([]);
    expect(Buffer.from(incremental.get('articles/2022-01-19-01-03/index.html')!, 'latin1').toString('utf8')).toContain('工作专班首次会议');
    // The 2023 issue and its articles were untouched: their pages came from the cache.
    expect(log).toMatch(/articles\/2023-10-23-01-01\/index\.html.*\((?:cached|restored)\)/);
    expect(log).not.toMatch(/articles\/2022-01-19-01-03\/index\.html.*\((?:cached|restored)\)/);
    // Today also brings the topics, which re-render the pages of every article they cite.
    expect(reused).toBeGreaterThanOrEqual(5);
    expect(incremental.has('articles/2022-01-19-01-06/index.html')).toBe(false);
    expect(incremental.has(`authors/${encodeURIComponent('邱东芳')}/index.html`) || incremental.has('authors/邱东芳/index.html')).toBe(false);
  });
});
