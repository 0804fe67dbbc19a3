/**
 * The corpus downloads written after the pages (src/integrations/data-files.ts): every file of
 * src/data/downloads.ts, written only when its bytes changed, a year's files removed when the
 * year leaves the archive, nothing else in dist/data/ touched. What the files hold is checked on
 * the built sites by tests/data/data-files.test.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readArchive } from '../../src/content/archive.ts';
import { buildDownloads } from '../../src/data/downloads.ts';
import { downloadsKey, forgetHandedOverDownloads, handOverDownloads, handedOverDownloads } from '../../src/data/hand-over.ts';
import { writeDataFiles } from '../../src/integrations/data-files.ts';

let dataDir: string;
beforeEach(() => {
  dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'archive-data-files-')), 'data');
});
afterEach(() => fs.rmSync(path.dirname(dataDir), { recursive: true, force: true }));

const downloads = buildDownloads(readArchive(path.resolve('tests/fixtures/site-content')));

describe('data files', () => {
  it('writes every download, then only what changed, and removes the files of a year gone', () => {
    const { files } = downloads;
    expect(files.map((f) => f.name)).toEqual(expect.arrayContaining(['articles.jsonl', 'articles.csv', 'issues.json']));
    expect(writeDataFiles(dataDir, files)).toEqual({ written: files.length, removed: 0 });
    for (const f of files) expect(fs.readFileSync(path.join(dataDir, f.name), 'utf8')).toBe(f.text);
    expect(writeDataFiles(dataDir, files)).toEqual({ written: 0, removed: 0 });

    // A year no longer in the archive: its two files go; the /data/ page and the rest stay.
    fs.writeFileSync(path.join(dataDir, 'articles-1999.jsonl'), '{}\n');
    fs.writeFileSync(path.join(dataDir, 'articles-1999.csv'), 'id\n');
    fs.writeFileSync(path.join(dataDir, 'index.html'), '<html></html>');
    const changed = files.map((f) => (f.name === 'issues.json' ? { ...f, text: `${f.text} ` } : f));
    expect(writeDataFiles(dataDir, changed)).toEqual({ written: 1, removed: 2 });
    expect(fs.readdirSync(dataDir).sort()).toEqual([...files.map((f) => f.name), 'index.html'].sort());
    expect(fs.readFileSync(path.join(dataDir, 'issues.json'), 'utf8')).toBe(changed.find((f) => f.name === 'issues.json')!.text);
  });

  it('are handed from the pages to the writer only under the key they were made for', () => {
    const content = path.resolve('tests/fixtures/site-content');
    const key = downloadsKey(content, '/archive', null);
    expect(downloadsKey(content, '/archive/', null)).toBe(key);
    handOverDownloads(key, downloads);
    expect(handedOverDownloads(key)).toBe(downloads);
    expect(handedOverDownloads(downloadsKey(content, '/', null))).toBeNull();
    expect(handedOverDownloads(downloadsKey(content, '/archive', 'https://example.org'))).toBeNull();
    forgetHandedOverDownloads();
    expect(handedOverDownloads(key)).toBeNull();
  });
});
