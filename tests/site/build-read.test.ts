/**
 * One read of the content tree per build (src/site/build-read.ts): within a build the pages and
 * the steps after them get the same read; outside one (astro dev, scripts) every call reads
 * afresh; an ingest's commit during a build makes the next call read again. The read's entries
 * and their digests are given without reading, for the tree the build has read.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MANIFEST_FILE } from '../../src/content/commit-state.ts';
import { entriesAlreadyRead, readBuildArchive, startBuildRead } from '../../src/site/build-read.ts';

const SLOT = Symbol.for('datong-archive.build-read');
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-build-read-'));
  fs.cpSync(path.resolve('tests/fixtures/site-content'), dir, { recursive: true });
});
afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[SLOT];
  fs.rmSync(dir, { recursive: true, force: true });
});

const whole = { kind: 'whole' } as const;

describe('the build read', () => {
  it('reads afresh at each call outside a build', () => {
    const first = readBuildArchive(dir, whole);
    expect(readBuildArchive(dir, whole)).not.toBe(first);
    expect(readBuildArchive(dir, whole).articles.map((a) => a.id)).toEqual(first.articles.map((a) => a.id));
  });

  it('shares one read within a build, and forgets it when the next build starts', () => {
    startBuildRead();
    const first = readBuildArchive(dir, whole);
    expect(readBuildArchive(dir, whole)).toBe(first);
    startBuildRead();
    expect(readBuildArchive(dir, whole)).not.toBe(first);
  });

  it('reads again once an ingest has committed (a new generation of the tree)', () => {
    startBuildRead();
    const first = readBuildArchive(dir, whole);
    fs.writeFileSync(path.join(dir, MANIFEST_FILE), '{}\n');
    const second = readBuildArchive(dir, whole);
    expect(second).not.toBe(first);
    expect(readBuildArchive(dir, whole)).toBe(second);
  });

  it('gives each file’s entry and digest as the build read them, and none before the read or after a commit', () => {
    expect(entriesAlreadyRead(dir)).toBeUndefined();
    startBuildRead();
    expect(entriesAlreadyRead(dir)).toBeUndefined();
    const archive = readBuildArchive(dir, whole);
    const entries = entriesAlreadyRead(dir)!;
    const rel = [...entries.keys()].find((f) => f.startsWith('articles/'))!;
    const { digest, data } = entries.get(rel)!;
    expect(digest).toBe(createHash('sha256').update(fs.readFileSync(path.join(dir, rel))).digest('hex'));
    const { file, blocks, ...fields } = archive.articles.find((a) => a.file === rel)!;
    expect(blocks.length).toBeGreaterThan(0);
    expect(data).toEqual(fields);
    expect(entries.size).toBe(archive.issues.length + archive.sectionById.size + archive.articles.length + archive.photos.length);
    fs.writeFileSync(path.join(dir, MANIFEST_FILE), '{}\n');
    expect(entriesAlreadyRead(dir)).toBeUndefined();
  });
});
