/**
 * The index by month (SEARCH_SHARDS=month) as the daily job rebuilds it: only the months whose
 * content files changed are written again, the others are kept as they were (same files, not
 * rewritten); a new month gets its bundle, a month gone loses it; a refused build leaves the
 * index as it was; a change of scheme writes everything.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeArchiveIndex, type ShardWritten } from '../../../src/search/build/write-index.ts';
import { parseShardScheme } from '../../../src/config.ts';
import { bundleMonth, shardFolders, shardOf } from '../../../src/search/shared/shards.ts';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'index-shards-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const content = path.join(scratch, 'content');
const root = path.join(scratch, 'pagefind');
cpSync(path.resolve('tests/fixtures/site-content'), content, { recursive: true });

async function build(scheme: 'month' | 'archive' = 'month'): Promise<Map<string, ShardWritten>> {
  const written = new Map<string, ShardWritten>();
  await writeArchiveIndex(content, root, (folder, r) => written.set(folder, r), scheme);
  return written;
}

/** Modification times of a bundle's files: unchanged when the bundle was kept. */
const stamps = (folder: string) =>
  (readdirSync(path.join(root, folder), { recursive: true }) as string[]).sort().map((f) => `${f}@${statSync(path.join(root, folder, f)).mtimeMs}`);

describe('shard schemes', () => {
  it('name month folders, newest first; one bundle per year is retired', () => {
    expect(parseShardScheme('month')).toBe('month');
    expect(() => parseShardScheme('week')).toThrow(/SEARCH_SHARDS/);
    expect(() => parseShardScheme('year')).toThrow(/SEARCH_SHARDS/);
    expect(shardOf('month', '2025-12-28')).toBe('2025-12/');
    expect(shardFolders('month', ['2024-01-02', '2025-12-28', '2024-01-30'])).toEqual(['2025-12/', '2024-01/']);
    expect(shardFolders('archive', ['2024-01-02'])).toEqual(['']);
    expect(bundleMonth('/archive/pagefind/2025-12/')).toBe('2025-12');
    expect(bundleMonth('/pagefind/2025/')).toBeNull();
  });
});

describe('writeArchiveIndex by month', () => {
  it('writes one bundle per month, then keeps every month nothing changed in', async () => {
    const first = await build();
    expect([...first.keys()]).toEqual(['2025-12/', '2023-10/', '2022-01/']);
    expect([...first.values()].every((r) => !r.reused && r.files > 0)).toBe(true);
    // The fixture's one topic ends on 2025-12-28.
    expect([...first].map(([f, r]) => `${f}${r.topics}`)).toEqual(['2025-12/1', '2023-10/0', '2022-01/0']);
    const before = new Map([...first.keys()].map((f) => [f, stamps(f)]));
    const again = await build();
    expect([...again.values()].every((r) => r.reused)).toBe(true);
    for (const [folder, s] of before) expect(stamps(folder)).toEqual(s);
  });

  it('rewrites only the month of a corrected article, and adds the month of a new issue', async () => {
    const kept = stamps('2025-12/');
    const file = path.join(content, 'articles/2022/2022-01-19/01-03.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('任希杰主持召开', '任希杰主持召开了'));
    // A new issue in a new month: the 2023-10-23 issue copied to 2023-11-01 with its ids.
    for (const kind of ['issues', 'sections', 'articles', 'photos']) {
      for (const rel of readdirSync(path.join(content, kind), { recursive: true }) as string[]) {
        const from = path.join(content, kind, rel);
        if (!rel.includes('2023-10-23') || !statSync(from).isFile()) continue;
        const to = path.join(content, kind, rel.replaceAll('2023-10-23', '2023-11-01'));
        cpSync(from, to);
        writeFileSync(to, readFileSync(to, 'utf8').replaceAll('2023-10-23', '2023-11-01'));
      }
    }
    const written = await build();
    expect([...written].filter(([, r]) => !r.reused).map(([f]) => f).sort()).toEqual(['2022-01/', '2023-11/']);
    expect(stamps('2025-12/')).toEqual(kept);
    expect(existsSync(path.join(root, '2023-11', 'pagefind.js'))).toBe(true);
    const manifest = JSON.parse(readFileSync(path.join(root, 'shards.json'), 'utf8'));
    expect(Object.keys(manifest.shards).sort()).toEqual(['2022-01/', '2023-10/', '2023-11/', '2025-12/']);
  });

  it('leaves the index as it was when a changed month holds a broken entry', async () => {
    const manifest = readFileSync(path.join(root, 'shards.json'), 'utf8');
    const kept = stamps('2022-01/');
    const file = path.join(content, 'articles/2022/2022-01-19/01-03.md');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace('seq: 3', 'seq: "三"'));
    await expect(build()).rejects.toThrow(/01-03\.md:\d+: 字段 seq/);
    expect(readFileSync(path.join(root, 'shards.json'), 'utf8')).toBe(manifest);
    expect(stamps('2022-01/')).toEqual(kept);
    writeFileSync(file, good);
  });

  it('moves a topic with the end of its span, to the newest month when its own has no articles', async () => {
    const file = path.join(content, 'topics/bingxue.mdx');
    const original = readFileSync(file, 'utf8');
    const span = (from: string, to: string) => original.replace('from: 2025-12-28\nto: 2025-12-28', `from: ${from}\nto: ${to}`);
    expect(span('x', 'y')).not.toBe(original);
    const topicsIn = (written: Map<string, ShardWritten>) =>
      [...written].sort(([a], [b]) => b.localeCompare(a)).map(([f, r]) => `${f}${r.topics}${r.reused ? ' kept' : ''}`);

    writeFileSync(file, span('2022-01-19', '2022-01-19'));
    expect(topicsIn(await build())).toEqual(['2025-12/0', '2023-11/0 kept', '2023-10/0 kept', '2022-01/1']);
    writeFileSync(file, span('2022-01-19', '2024-05-01'));
    expect(topicsIn(await build())).toEqual(['2025-12/1', '2023-11/0 kept', '2023-10/0 kept', '2022-01/0']);
    writeFileSync(file, original);
    expect(topicsIn(await build())).toEqual(['2025-12/1', '2023-11/0 kept', '2023-10/0 kept', '2022-01/0 kept']);
  });

  it('drops the bundle of a month that is gone, and writes everything again for another scheme', async () => {
    for (const kind of ['issues', 'sections', 'articles', 'photos']) {
      for (const rel of readdirSync(path.join(content, kind), { recursive: true }) as string[]) {
        if (rel.includes('2023-11-01')) rmSync(path.join(content, kind, rel), { recursive: true, force: true });
      }
    }
    await build();
    expect(existsSync(path.join(root, '2023-11'))).toBe(false);
    const whole = await build('archive');
    expect([...whole.values()].every((r) => !r.reused)).toBe(true);
    expect(readdirSync(root)).toContain('pagefind.js');
    expect(readdirSync(root).filter((f) => /^\d{4}-\d{2}$/.test(f))).toEqual([]);
  });
});
