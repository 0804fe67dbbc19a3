import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'build-search-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const run = (...args: string[]) =>
  spawnSync(process.execPath, [path.resolve('scripts/build-search-index.ts'), ...args], { encoding: 'utf8' });

/** An output folder holding a previous index (one marker file). */
function previousIndex(name: string): string {
  const out = path.join(scratch, name, 'pagefind');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'pagefind-entry.json'), 'previous');
  return out;
}

describe('npm run build-search', () => {
  it('writes the index of a content tree, one bundle per month with SEARCH_SHARDS=month', () => {
    const out = path.join(scratch, 'ok', 'pagefind');
    const result = spawnSync(process.execPath, [path.resolve('scripts/build-search-index.ts'), '--content', 'tests/fixtures/site-content', '--out', out], {
      encoding: 'utf8',
      env: { ...process.env, SEARCH_SHARDS: 'month' },
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/检索索引：\d+ 篇稿件/);
    for (const month of ['2022-01', '2023-10', '2025-12']) expect(existsSync(path.join(out, month, 'pagefind.js'))).toBe(true);
  });

  it('refuses a scheme it does not have (one bundle per year is retired), naming the variable', () => {
    const out = previousIndex('year');
    const result = spawnSync(process.execPath, [path.resolve('scripts/build-search-index.ts'), '--content', 'tests/fixtures/site-content', '--out', out], {
      encoding: 'utf8',
      env: { ...process.env, SEARCH_SHARDS: 'year' },
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('SEARCH_SHARDS="year"');
    expect(readFileSync(path.join(out, 'pagefind-entry.json'), 'utf8')).toBe('previous');
  });

  it('refuses a content folder that does not exist, leaving the previous index', () => {
    const out = previousIndex('missing');
    const result = run('--content', path.join(scratch, 'nowhere'), '--out', out);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('内容目录不存在');
    expect(readFileSync(path.join(out, 'pagefind-entry.json'), 'utf8')).toBe('previous');
  });

  it('refuses a broken entry, naming its file, line and field, leaving the previous index', () => {
    const content = path.join(scratch, 'broken', 'content');
    cpSync('tests/fixtures/content', content, { recursive: true });
    const file = path.join(content, 'articles/2025/2025-12-28/01-02.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('seq: 2', 'seq: "二"'));
    const out = previousIndex('broken');
    const result = run('--content', content, '--out', out);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/articles\/2025\/2025-12-28\/01-02\.md:\d+: 字段 seq/);
    expect(readFileSync(path.join(out, 'pagefind-entry.json'), 'utf8')).toBe('previous');
  });
});
