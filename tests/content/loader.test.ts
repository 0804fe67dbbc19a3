/**
 * The articles loader on a copy of the real content: every article stored with its data, and
 * neither its body nor rendered HTML (the site takes bodies from its own reader); a second sync parses nothing; a changed file is parsed again, a
 * deleted one removed; a broken frontmatter stops the sync naming the file and line.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { syncMarkdownEntries } from '../../src/content/loader.ts';
import { articleSchema } from '../../src/schema/entries.ts';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'md-loader-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const base = path.join(scratch, 'content/articles');
cpSync(path.resolve('content/articles'), base, { recursive: true });
const files = (readdirSync(base, { recursive: true }) as string[]).filter((f) => f.endsWith('.md')).sort();

interface DataEntry {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
  digest?: string | number;
}

/** An in-memory stand-in for Astro's store of one collection; parseData validates with the article schema. */
function context() {
  const entries = new Map<string, DataEntry>();
  const meta = new Map<string, string>();
  const parsedIds: string[] = [];
  return {
    entries,
    parsedIds,
    store: {
      get: (id: string) => entries.get(id),
      entries: () => [...entries],
      set: (entry: DataEntry) => (entries.set(entry.id, entry), true),
      values: () => [...entries.values()],
      keys: () => [...entries.keys()],
      delete: (id: string) => void entries.delete(id),
      clear: () => entries.clear(),
      has: (id: string) => entries.has(id),
      addModuleImport: () => {},
    },
    meta: { get: (k: string) => meta.get(k), set: (k: string, v: string) => void meta.set(k, v), has: (k: string) => meta.has(k), delete: (k: string) => void meta.delete(k) },
    parseData: async <T extends Record<string, unknown>>({ id, data }: { id: string; data: T }) => {
      parsedIds.push(id);
      return articleSchema.parse(data) as unknown as T;
    },
    generateDigest: (data: Record<string, unknown> | string) => createHash('sha1').update(typeof data === 'string' ? data : JSON.stringify(data)).digest('hex'),
    config: { root: pathToFileURL(`${scratch}/`) },
  };
}

// The context is a structural stand-in: the loader reads only these members.
type Context = Parameters<typeof syncMarkdownEntries>[0];
const ctx = context();
const sync = () => syncMarkdownEntries(ctx as unknown as Context, base);

describe('the articles loader', () => {
  it('stores every article with its data and the digest of its file, neither its body nor rendered HTML', async () => {
    expect(await sync()).toEqual({ parsed: files.length, kept: 0, removed: 0 });
    expect(ctx.entries.size).toBe(files.length);
    const entry = ctx.entries.get('2025-12-28-01-01')!;
    expect(entry.filePath).toBe('content/articles/2025/2025-12-28/01-01.md');
    expect(entry.data.headline).toBeTruthy();
    expect(entry.digest).toMatch(/\S/);
    expect(entry).not.toHaveProperty('body');
    expect(entry).not.toHaveProperty('rendered');
  });

  it('parses nothing again while the files are unchanged', async () => {
    ctx.parsedIds.length = 0;
    expect(await sync()).toEqual({ parsed: 0, kept: files.length, removed: 0 });
    expect(ctx.parsedIds).toEqual([]);
  });

  it('parses a changed file again and removes the entry of a deleted one', async () => {
    const changed = path.join(base, '2024/2024-01-02/01-01.md');
    const before = ctx.entries.get('2024-01-02-01-01')!.digest;
    writeFileSync(changed, readFileSync(changed, 'utf8').replace(/\n$/, '\n\n补记一段。\n'));
    unlinkSync(path.join(base, '2022/2022-01-19/01-02.md'));
    ctx.parsedIds.length = 0;
    expect(await sync()).toEqual({ parsed: 1, kept: files.length - 2, removed: 1 });
    expect(ctx.parsedIds).toEqual(['2024-01-02-01-01']);
    expect(ctx.entries.get('2024-01-02-01-01')!.digest).not.toBe(before);
    expect(ctx.entries.has('2022-01-19-01-02')).toBe(false);
  });

  it('stops at a broken frontmatter, naming the file and line', async () => {
    const broken = path.join(base, '2023/2023-10-23/01-01.md');
    writeFileSync(broken, readFileSync(broken, 'utf8').replace(/^(headline: .*)$/m, '$1\n  bad: [indent'));
    await expect(sync()).rejects.toThrow(/2023-10-23\/01-01\.md:\d+/);
  });
});
