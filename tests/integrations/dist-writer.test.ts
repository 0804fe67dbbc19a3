/**
 * Writing files of dist/ only where they change (src/integrations/dist-writer.ts): with a record
 * kept beside Astro's cache, a file left as the last build wrote it is not read back; anything
 * else is compared byte for byte, and written only when it differs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDistWriter } from '../../src/integrations/dist-writer.ts';

let dist: string;
let cache: string;
beforeEach(() => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-dist-writer-'));
  cache = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-dist-writer-cache-'));
});
afterEach(() => {
  fs.rmSync(dist, { recursive: true, force: true });
  fs.rmSync(cache, { recursive: true, force: true });
});

/** Writes `texts` (path under dist/ → text) in one build of the step; gives the paths written. */
function build(texts: Record<string, string>, cacheDir: string | null = cache): string[] {
  const writer = openDistWriter(dist, 'citations', cacheDir);
  const written = Object.entries(texts).filter(([rel, text]) => writer.write(path.join(dist, rel), text));
  writer.save();
  return written.map(([rel]) => rel);
}

/**
 * Sets every file of dist/ an hour back and builds `texts` once more, reading them all: the record then
 * holds times well before it was kept, which it vouches for (a time as recent as the record cannot
 * vouch: a change in the same tick of the clock keeps it).
 */
function ageAndRecord(texts: Record<string, string>): void {
  const hourAgo = (Date.now() - 3_600_000) / 1000;
  for (const rel of Object.keys(texts)) fs.utimesSync(path.join(dist, rel), hourAgo, hourAgo);
  expect(build(texts)).toEqual([]);
}

/** Puts `text` into a file of dist/ behind the writer's back, its size and modification time kept. */
function replaceKeepingTime(rel: string, text: string): void {
  const file = path.join(dist, rel);
  const { mtimeMs, size } = fs.statSync(file);
  expect(Buffer.byteLength(text)).toBe(size);
  fs.writeFileSync(file, text);
  // Half-way into the same millisecond, in seconds (a Date would round down to the one before).
  const seconds = (Math.trunc(mtimeMs) + 0.5) / 1000;
  fs.utimesSync(file, seconds, seconds);
}

describe('dist writer', () => {
  const texts = { 'articles/a/cite.bib': '@article{a}\n', 'articles/b/cite.bib': '@article{b}\n', 'data/x.csv': '日期,标题\n' };

  it('writes new and changed files only, and makes their folders', () => {
    expect(build(texts)).toEqual(Object.keys(texts));
    expect(build(texts)).toEqual([]);
    expect(build({ ...texts, 'articles/b/cite.bib': '@article{b, note}\n' })).toEqual(['articles/b/cite.bib']);
    expect(fs.readFileSync(path.join(dist, 'articles/b/cite.bib'), 'utf8')).toBe('@article{b, note}\n');
  });

  it('does not read back a file left as the last build wrote it', () => {
    build(texts);
    ageAndRecord(texts);
    // Same size, same time: the record vouches for it, so the hand edit goes unseen.
    replaceKeepingTime('articles/a/cite.bib', '@article{z}\n');
    expect(build(texts)).toEqual([]);
    expect(fs.readFileSync(path.join(dist, 'articles/a/cite.bib'), 'utf8')).toBe('@article{z}\n');
  });

  it('compares by reading where the record cannot vouch: a file touched since, no record, no cache dir', () => {
    build(texts);
    fs.writeFileSync(path.join(dist, 'articles/a/cite.bib'), '@article{z}\n');
    expect(build(texts)).toEqual(['articles/a/cite.bib']);
    fs.rmSync(path.join(dist, 'data/x.csv'));
    expect(build(texts)).toEqual(['data/x.csv']);

    replaceKeepingTime('articles/b/cite.bib', '@article{z}\n');
    expect(build(texts, null)).toEqual(['articles/b/cite.bib']);

    replaceKeepingTime('articles/b/cite.bib', '@article{z}\n');
    for (const file of fs.readdirSync(cache)) fs.writeFileSync(path.join(cache, file), '{broken');
    expect(build(texts)).toEqual(['articles/b/cite.bib']);
    // A file unchanged and unread is still recorded: the next build trusts it again.
    ageAndRecord(texts);
    replaceKeepingTime('articles/b/cite.bib', '@article{z}\n');
    expect(build(texts)).toEqual([]);
  });

  it('reads back a file changed in the same tick of the clock as the build that wrote it (size and time the same)', () => {
    build(texts);
    replaceKeepingTime('articles/a/cite.bib', '@article{z}\n');
    expect(build(texts)).toEqual(['articles/a/cite.bib']);
    expect(fs.readFileSync(path.join(dist, 'articles/a/cite.bib'), 'utf8')).toBe('@article{a}\n');
  });
});
