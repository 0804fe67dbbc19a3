/**
 * 专题 may be missing from a content tree: the collection is then empty and the glob() loader,
 * which would warn at every build, is not run; with a guide in the folder it loads as before.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Loader } from 'astro/loaders';
import { optionalFolder } from '../../src/content/optional-folder.ts';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'optional-folder-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A loader that records each run; the store holds one stale entry to see whether it is cleared. */
function setUp(folder: string) {
  const runs: string[] = [];
  const inner: Loader = { name: 'glob-loader', load: async () => void runs.push(folder) };
  const stored = new Map([['旧专题', {}]]);
  const context = { store: { clear: () => stored.clear() } } as unknown as Parameters<Loader['load']>[0];
  return { runs, stored, load: () => optionalFolder(folder, '.mdx', inner).load(context) };
}

describe('optionalFolder', () => {
  it('empties the collection without running the loader when the folder is missing', async () => {
    const { runs, stored, load } = setUp(path.join(scratch, 'missing/topics'));
    await load();
    expect(runs).toEqual([]);
    expect(stored.size).toBe(0);
  });

  it('does the same for a folder holding no file of the kind', async () => {
    const folder = path.join(scratch, 'notes-only');
    mkdirSync(path.join(folder, '草稿.mdx'), { recursive: true });
    writeFileSync(path.join(folder, '说明.txt'), '待写\n');
    const { runs, stored, load } = setUp(folder);
    await load();
    expect(runs).toEqual([]);
    expect(stored.size).toBe(0);
  });

  it('runs the loader when the folder holds a guide', async () => {
    const folder = path.join(scratch, 'topics');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, '冰雪.mdx'), '---\ntitle: 冰雪\n---\n正文\n');
    const { runs, stored, load } = setUp(folder);
    await load();
    expect(runs).toEqual([folder]);
    expect(stored.size).toBe(1);
  });
});
