/**
 * Every command reads its options through src/cli.ts: an unknown option, a bad number or date,
 * a missing value is refused before any work, in one line with the usage, exit code 2.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { typedFrom } from '../src/cli.ts';

const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, [path.resolve(`scripts/${script}.ts`), ...args], { encoding: 'utf8', env: { ...process.env, ARCHIVE_CONTENT_DIR: '/nonexistent-content' } });

describe('command lines', () => {
  it.each([
    ['synth', ['--issues', '3', '--out', '/tmp/x', '--bogus'], "Unknown option '--bogus'"],
    ['synth', ['--issues', 'x', '--out', '/tmp/x'], '--issues 须是不小于 1 的整数'],
    ['synth', ['--issues', '1', '--out', '/tmp/x', '--start', '2024-02-30'], '--start 须是 YYYY-MM-DD'],
    ['synth', ['--issues', '1'], '缺少 --out'],
    ['bench', ['--issues', '2', '--shards', 'year'], '--shards 只能是'],
    ['bench', [], '--issues 须是不小于 1 的整数'],
    ['bench-decades', ['--years', '0'], '--years 须是不小于 1 的整数'],
    ['ingest', ['--frce'], "Unknown option '--frce'"],
    ['measure-search', ['--runs', '0'], '--runs 须是不小于 1 的整数'],
    ['measure-site', ['--outdir', 'x'], "Unknown option '--outdir'"],
    ['make-scale-archive', ['--days', '-1'], "Option '--days' argument is ambiguous"],
    ['build-search-index', ['--contents', 'x'], "Unknown option '--contents'"],
  ])('%s %j is refused', (script, args, message) => {
    const result = run(script, ...(args as string[]));
    expect(result.status, result.stderr).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('用法');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('the nearest option named', () => {
  it('ends its question once, the usage after it (no “？。”)', () => {
    const result = run('export', '--outt', '/tmp/x');
    expect(result.status, result.stderr).toBe(2);
    expect(result.stderr).toContain('是不是 --out？用法：npm run export');
    expect(result.stderr).not.toContain('？。');
  });
});

describe('paths in the closing lines of check-content and export', () => {
  it('are absolute when outside the folder the command runs in, as in every message', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-cli-paths-'));
    try {
      const content = path.join(root, 'content');
      fs.cpSync(path.resolve('content'), content, { recursive: true });
      const env = { ...process.env, ARCHIVE_CONTENT_DIR: content };
      const check = spawnSync(process.execPath, [path.resolve('scripts/check-content.ts')], { encoding: 'utf8', env });
      expect(check.status, check.stderr).toBe(0);
      expect(check.stdout).toContain(`内容检查通过（${content}）`);
      const out = path.join(root, 'exports');
      const exported = spawnSync(process.execPath, [path.resolve('scripts/export.ts'), '--out', out], { encoding: 'utf8', env });
      expect(exported.status, exported.stderr).toBe(0);
      expect(exported.stdout).toContain(`  ${path.join(out, 'articles.jsonl')}\n`);
      expect(check.stdout + exported.stdout).not.toContain('../');
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('the folder a typed path is read from', () => {
  it('is where `npm run <script>` was started (INIT_CWD), for that script only', () => {
    expect(typedFrom('ingest', { npm_lifecycle_event: 'ingest', INIT_CWD: '/srv/dtrb/today' })).toBe('/srv/dtrb/today');
    // A test run (npm test) that starts the script inherits npm's variables: its own folder counts.
    expect(typedFrom('ingest', { npm_lifecycle_event: 'test', INIT_CWD: '/srv/dtrb' })).toBe(process.cwd());
    expect(typedFrom('ingest', {})).toBe(process.cwd());
  });
});
