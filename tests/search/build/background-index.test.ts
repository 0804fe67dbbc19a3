/**
 * The index written beside the page build (src/search/build/background-index.ts): in a process
 * of its own, from the content tree, its reports handed over when the build asks for them; a broken
 * entry fails the build with its file and line, the previous index left as it was; a staging
 * folder a killed build left beside pagefind/ is removed by the next build, and the steps that
 * walk dist/ after the pages leave a live one alone.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startBackgroundIndex } from '../../../src/search/build/background-index.ts';
import { writeArchiveIndex } from '../../../src/search/build/write-index.ts';
import { stalePages } from '../../../src/integrations/prune-stale-pages.ts';
import { othersFiles } from '../../../src/integrations/part-outputs.ts';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'background-index-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const content = path.join(scratch, 'content');
const dist = path.join(scratch, 'dist');
const root = path.join(dist, 'pagefind');
cpSync(path.resolve('tests/fixtures/site-content'), content, { recursive: true });

const shards = process.env.SEARCH_SHARDS;
beforeEach(() => {
  process.env.SEARCH_SHARDS = 'month';
});
afterEach(() => {
  if (shards === undefined) delete process.env.SEARCH_SHARDS;
  else process.env.SEARCH_SHARDS = shards;
});

describe('the index beside the page build', () => {
  it('writes every month in a process of its own and hands over each bundle’s report when asked', async () => {
    const index = startBackgroundIndex(content, root);
    const reports = await index.finished();
    expect(reports.map((r) => r.folder)).toEqual(['2025-12/', '2023-10/', '2022-01/']);
    expect(reports.every((r) => !r.written.reused && r.written.files > 0)).toBe(true);
    expect(existsSync(path.join(root, '2025-12', 'pagefind.js'))).toBe(true);
    expect(JSON.parse(readFileSync(path.join(root, 'shards.json'), 'utf8')).scheme).toBe('month');
  });

  it('writes the months left on every core once told the pages are done, each month once, the same bundles as before', async () => {
    const before = JSON.parse(readFileSync(path.join(root, 'shards.json'), 'utf8'));
    rmSync(root, { recursive: true, force: true });
    const index = startBackgroundIndex(content, root);
    index.pagesDone();
    const reports = await index.finished();
    expect(reports.map((r) => r.folder)).toEqual(['2025-12/', '2023-10/', '2022-01/']);
    expect(reports.every((r) => !r.written.reused && r.written.files > 0)).toBe(true);
    expect(JSON.parse(readFileSync(path.join(root, 'shards.json'), 'utf8'))).toEqual(before);
    for (const month of ['2025-12', '2023-10', '2022-01']) expect(existsSync(path.join(root, month, 'pagefind.js'))).toBe(true);
    // Told again once the index is written, it does nothing.
    index.pagesDone();
  });

  it('fails with the broken entry’s file and line, and leaves the index as it was', async () => {
    const manifest = readFileSync(path.join(root, 'shards.json'), 'utf8');
    const file = path.join(content, 'articles/2022/2022-01-19/01-03.md');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace('seq: 3', 'seq: "三"'));
    try {
      await expect(startBackgroundIndex(content, root).finished()).rejects.toThrow(/01-03\.md:\d+: 字段 seq/);
      expect(readFileSync(path.join(root, 'shards.json'), 'utf8')).toBe(manifest);
    } finally {
      writeFileSync(file, good);
    }
  });

  it('removes the staging folder of a build that did not finish, not one of a build still running', async () => {
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    const abandoned = path.join(dist, `pagefind.new-${gone}`);
    const running = path.join(dist, `pagefind.new-${process.ppid}`);
    for (const dir of [abandoned, running]) {
      mkdirSync(path.join(dir, '2022-01'), { recursive: true });
      writeFileSync(path.join(dir, '2022-01', 'pagefind.js'), '');
    }
    await writeArchiveIndex(content, root, () => {}, 'month');
    expect(existsSync(abandoned)).toBe(false);
    expect(existsSync(running)).toBe(true);
  });

  it('is left alone, staging folder and all, by the steps that walk dist/ after the pages', () => {
    const staging = path.join(dist, `pagefind.new-${process.ppid}`);
    writeFileSync(path.join(staging, 'index.html'), 'not a page');
    writeFileSync(path.join(root, 'index.html'), 'not a page');
    mkdirSync(path.join(dist, 'pagefind-old'), { recursive: true });
    writeFileSync(path.join(dist, 'pagefind-old', 'index.html'), 'a stale page');
    expect(stalePages(dist, new Set())).toEqual([path.join(dist, 'pagefind-old', 'index.html')]);
    expect(othersFiles(dist, () => false)).toEqual(['pagefind-old/index.html']);
  });

  it('is never entered by the walk that removes another part’s files: the index step renames its staging folder while the pages are finished', () => {
    const listed: string[] = [];
    const readdir = fs.readdirSync;
    const spy = vi.spyOn(fs, 'readdirSync').mockImplementation(((dir: fs.PathLike, options?: unknown) => {
      const opts = options as { recursive?: boolean } | undefined;
      listed.push(`${path.relative(dist, String(dir)) || '.'}${opts?.recursive ? ' (recursive)' : ''}`);
      return readdir(dir, options as never);
    }) as typeof fs.readdirSync);
    try {
      othersFiles(dist, () => false);
    } finally {
      spy.mockRestore();
    }
    expect(listed).toContain('.');
    expect(listed.filter((dir) => /^pagefind(\.new-\d+)?(\/|$)/.test(dir) || dir.endsWith('(recursive)'))).toEqual([]);
  });
});
