/**
 * The articles loader on a copy of the real content: every article stored with its data, and
 * neither its body nor rendered HTML (the site takes bodies from its own reader); a second sync parses nothing; a changed file is parsed again, a
 * deleted one removed; a broken frontmatter stops the sync naming the file and line. In a build,
 * a file the build's read found unchanged is kept without being read again, and an entry not yet
 * stored is taken from the build's read, stored as a read of its file would store it.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { syncTreeEntries } from '../../src/content/loader.ts';
import { readBuildArchive, startBuildRead } from '../../src/site/build-read.ts';
import { articleSchema, issueSchema } from '../../src/schema/entries.ts';

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

/** An in-memory stand-in for Astro's store of one collection; parseData validates with `schema` (the article schema by default). */
function context(schema: { parse: (data: unknown) => unknown } = articleSchema) {
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
      return schema.parse(data) as unknown as T;
    },
    generateDigest: (data: Record<string, unknown> | string) => createHash('sha1').update(typeof data === 'string' ? data : JSON.stringify(data)).digest('hex'),
    config: { root: pathToFileURL(`${scratch}/`) },
  };
}

// The context is a structural stand-in: the loader reads only these members.
type Context = Parameters<typeof syncTreeEntries>[0];
const ctx = context();
const sync = () => syncTreeEntries(ctx as unknown as Context, base, '.md');

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

describe('the issues loader', () => {
  it('stores every issue’s JSON entry under its own id, and parses nothing again while the files are unchanged', async () => {
    const issuesDir = path.join(scratch, 'content/issues');
    cpSync(path.resolve('content/issues'), issuesDir, { recursive: true });
    const count = (readdirSync(issuesDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.json')).length;
    const issues = context(issueSchema);
    const syncIssues = () => syncTreeEntries(issues as unknown as Context, issuesDir, '.json');
    expect(await syncIssues()).toEqual({ parsed: count, kept: 0, removed: 0 });
    const entry = issues.entries.get('2025-12-28')!;
    expect(entry.filePath).toBe('content/issues/2025/2025-12-28.json');
    expect(entry.data.date).toBeTruthy();
    expect(await syncIssues()).toEqual({ parsed: 0, kept: count, removed: 0 });
  });

  it('stops at a JSON file that does not parse, naming the file and line', async () => {
    const issuesDir = path.join(scratch, 'content/issues');
    const file = path.join(issuesDir, '2025/2025-12-28.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n}\s*$/, ',\n}\n'));
    await expect(syncTreeEntries(context(issueSchema) as unknown as Context, issuesDir, '.json')).rejects.toThrow(/2025-12-28\.json:\d+/);
  });
});

describe('the articles loader in a build', () => {
  it('keeps an entry whose file the build’s read found unchanged, without reading the file again', async () => {
    const tree = path.join(scratch, 'built');
    cpSync(path.resolve('tests/fixtures/site-content'), tree, { recursive: true });
    const articles = path.join(tree, 'articles');
    const count = (readdirSync(articles, { recursive: true }) as string[]).filter((f) => f.endsWith('.md')).length;
    const built = context();
    const syncBuilt = () => syncTreeEntries(built as unknown as Context, articles, '.md');
    expect(await syncBuilt()).toEqual({ parsed: count, kept: 0, removed: 0 });
    const slot = Symbol.for('datong-archive.build-read');
    try {
      startBuildRead();
      readBuildArchive(tree, { kind: 'whole' });
      // Written after the build's read and without an ingest's commit: the build goes on with the
      // tree as it read it, so the loader keeps the entry it has; outside a build it reads the file.
      const file = path.join(articles, (readdirSync(articles, { recursive: true }) as string[]).find((f) => f.endsWith('.md'))!);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/\n$/, '\n\n补记一段。\n'));
      expect(await syncBuilt()).toEqual({ parsed: 0, kept: count, removed: 0 });
    } finally {
      delete (globalThis as Record<symbol, unknown>)[slot];
    }
    expect(await syncBuilt()).toEqual({ parsed: 1, kept: count - 1, removed: 0 });
  });

  it('stores an entry from the build’s read without opening its file, as a read of the file stores it', async () => {
    const tree = path.join(scratch, 'cold');
    cpSync(path.resolve('tests/fixtures/site-content'), tree, { recursive: true });
    const articles = path.join(tree, 'articles');
    const names = (readdirSync(articles, { recursive: true }) as string[]).filter((f) => f.endsWith('.md')).sort();
    const fromFiles = context();
    expect(await syncTreeEntries(fromFiles as unknown as Context, articles, '.md')).toEqual({ parsed: names.length, kept: 0, removed: 0 });
    const slot = Symbol.for('datong-archive.build-read');
    try {
      startBuildRead();
      readBuildArchive(tree, { kind: 'whole' });
      // Broken after the read: a loader that opened the file would stop here.
      writeFileSync(path.join(articles, names[0]), 'no frontmatter\n');
      const fromRead = context();
      expect(await syncTreeEntries(fromRead as unknown as Context, articles, '.md')).toEqual({ parsed: names.length, kept: 0, removed: 0 });
      expect(fromRead.entries).toEqual(fromFiles.entries);
    } finally {
      delete (globalThis as Record<symbol, unknown>)[slot];
    }
  });
});
