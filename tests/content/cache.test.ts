/**
 * readContent keeps what it read between runs (beside Astro's cache): a second read of the same
 * tree must give exactly the first's content, and a changed, broken or removed file must be
 * seen as if nothing had been kept.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContentError } from '../../src/content/problems.ts';
import { readContent } from '../../src/content/read.ts';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'read-cache-'));
const content = path.join(scratch, 'content');
const cacheDir = path.join(scratch, 'cache');
const before = process.env.ASTRO_CACHE_DIR;
beforeAll(() => {
  cpSync(path.resolve('tests/fixtures/site-content'), content, { recursive: true });
  process.env.ASTRO_CACHE_DIR = cacheDir;
});
afterAll(() => {
  if (before === undefined) delete process.env.ASTRO_CACHE_DIR;
  else process.env.ASTRO_CACHE_DIR = before;
  rmSync(scratch, { recursive: true, force: true });
});

const ARTICLE = path.join(content, 'articles/2022/2022-01-19/01-03.md');

describe('readContent with its cache', () => {
  it('reads the same content the second time, from the cache', () => {
    const first = readContent(content);
    expect(readdirSync(cacheDir).some((f) => f.startsWith('content-read-'))).toBe(true);
    expect(readContent(content)).toEqual(first);
  });

  it('sees a corrected file, a broken one and a removed one', () => {
    const good = readFileSync(ARTICLE, 'utf8');
    writeFileSync(ARTICLE, good.replace('任希杰主持召开', '任希杰主持召开了'));
    expect(readContent(content).articles.find((a) => a.id === '2022-01-19-01-03')!.headline).toContain('任希杰主持召开了');

    writeFileSync(ARTICLE, good.replace('seq: 3', 'seq: "三"'));
    expect(() => readContent(content)).toThrow(ContentError);
    writeFileSync(ARTICLE, good);
    expect(readContent(content).articles.find((a) => a.id === '2022-01-19-01-03')!.headline).not.toContain('召开了');

    const photo = path.join(content, 'photos/2022/2022-01-19/01-02-p1.json');
    expect(existsSync(photo)).toBe(true);
    rmSync(photo);
    expect(readContent(content).photos.some((p) => p.id === '2022-01-19-01-02-p1')).toBe(false);
  });

  it('keeps a file per month: a changed article writes its month again, and only that month', () => {
    readContent(content);
    const [folder] = readdirSync(cacheDir).filter((f) => f.startsWith('content-read-'));
    const files = () => Object.fromEntries(readdirSync(path.join(cacheDir, folder)).map((f) => [f, readFileSync(path.join(cacheDir, folder, f), 'utf8')]));
    const before = files();
    expect(Object.keys(before)).toEqual(expect.arrayContaining(['2022-01.json', '2023-10.json', '2025-12.json']));
    const good = readFileSync(ARTICLE, 'utf8');
    try {
      writeFileSync(ARTICLE, good.replace('任希杰主持召开', '任希杰主持召开了'));
      // A read of other months leaves the changed one's file as it was; a read of its month writes it.
      readContent(content, { dates: (date) => date.startsWith('2025-') });
      expect(files()).toEqual(before);
      readContent(content, { dates: (date) => date.startsWith('2022-') });
      const after = files();
      expect(Object.keys(after).filter((f) => after[f] !== before[f])).toEqual(['2022-01.json']);
      expect(after['2022-01.json']).toContain('任希杰主持召开了');
    } finally {
      writeFileSync(ARTICLE, good);
    }
    expect(readContent(content).articles.find((a) => a.id === '2022-01-19-01-03')!.headline).not.toContain('召开了');
  });
});
