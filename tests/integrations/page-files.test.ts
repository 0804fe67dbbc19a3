/**
 * The build step that publishes each page's image and PDF (src/integrations/page-files.ts), on
 * a scratch content tree and dist/: hard links at the stable addresses, left alone when already
 * in place, a missing or changed file stopping the build with the entry and the fix, and files
 * no longer published found for removal.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { placePageFiles, publishedPageFiles, stalePageFiles } from '../../src/integrations/page-files.ts';
import { setPageFiles } from '../helpers/images-site.ts';
import { testImage, testPdf } from '../helpers/page-files.ts';

let root: string;
let content: string;
let dist: string;
beforeEach(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-page-files-'));
  content = path.join(root, 'content');
  dist = path.join(root, 'dist');
  fs.cpSync(path.resolve('tests/fixtures/site-content'), content, { recursive: true });
  setPageFiles(content, '2025-12-28-01', { image: { name: 'a.jpg', bytes: await testImage('jpeg') }, pdf: { name: 'a.pdf', bytes: testPdf() } });
  setPageFiles(content, '2023-10-23-01', { image: { name: 'b.png', bytes: await testImage('png') } });
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('publishing page images and PDFs', () => {
  it('lists what the page entries name, at their stable addresses', () => {
    expect(publishedPageFiles(content).map((f) => [f.target, path.basename(f.source)])).toEqual([
      ['issues/2023-10-23/01/dtrb-2023-10-23-01.png', 'b.png'],
      ['issues/2025-12-28/01/dtrb-2025-12-28-01.jpg', 'a.jpg'],
      ['issues/2025-12-28/01/dtrb-2025-12-28-01.pdf', 'a.pdf'],
    ]);
  });

  it('hard-links them into dist/, and leaves them alone the next time', () => {
    const files = publishedPageFiles(content);
    expect(placePageFiles(files, dist)).toBe(3);
    for (const f of files) expect(fs.statSync(path.join(dist, f.target)).ino).toBe(fs.statSync(f.source).ino);
    expect(placePageFiles(files, dist)).toBe(0);
    // a source replaced by a new file (as the ingest's commit does) is linked anew
    setPageFiles(content, '2023-10-23-01', { image: { name: 'b.png', bytes: fs.readFileSync(files[0].source) } });
    expect(placePageFiles(publishedPageFiles(content), dist)).toBe(1);
  });

  it('stops the build, naming the entry and the fix, when a file is missing or not what the ingest recorded', () => {
    fs.rmSync(path.join(content, 'sources', 'a.pdf'));
    expect(() => placePageFiles(publishedPageFiles(content), dist)).toThrow(/sections\/2025\/2025-12-28-01\.json: 版面条目记录的 a\.pdf 不在 .*sources\/ 里（page file missing） — 请把文件放回/);
    fs.writeFileSync(path.join(content, 'sources', 'a.pdf'), Buffer.concat([testPdf(), Buffer.from('% one more line\n')]));
    expect(() => placePageFiles(publishedPageFiles(content), dist)).toThrow(/a\.pdf: 文件有 \d+ 字节，版面条目 .*2025-12-28-01\.json 记录的是 \d+ 字节（page file changed since the ingest） — 请运行 npm run ingest -- /);
  });

  it('finds the files a build no longer publishes: originals of pages without them, sizes not written this build', () => {
    const files = publishedPageFiles(content);
    placePageFiles(files, dist);
    const dir = path.join(dist, 'issues/2025-12-28/01');
    fs.writeFileSync(path.join(dir, 'dtrb-2025-12-28-01_old1.webp'), 'x');
    const since = Date.now() + 1000;
    const old = new Date(Date.now() - 10_000);
    fs.utimesSync(path.join(dir, 'dtrb-2025-12-28-01_old1.webp'), old, old);
    fs.writeFileSync(path.join(dir, 'dtrb-2025-12-28-01_new1.webp'), 'x');
    fs.utimesSync(path.join(dir, 'dtrb-2025-12-28-01_new1.webp'), new Date(since + 1000), new Date(since + 1000));
    fs.writeFileSync(path.join(dist, 'issues/2025-12-28/01/index.html'), '<html></html>');
    fs.mkdirSync(path.join(dist, 'issues/2022-01-19/01'), { recursive: true });
    fs.writeFileSync(path.join(dist, 'issues/2022-01-19/01/dtrb-2022-01-19-01.jpg'), 'x');
    const stale = stalePageFiles(dist, new Set(files.map((f) => f.target)), since).map((f) => path.relative(dist, f)).sort();
    expect(stale).toEqual(['issues/2022-01-19/01/dtrb-2022-01-19-01.jpg', 'issues/2025-12-28/01/dtrb-2025-12-28-01_old1.webp']);
  });
});
