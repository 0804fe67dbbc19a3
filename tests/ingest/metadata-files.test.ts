/**
 * The staff's metadata split by year (src/ingest/metadata-files.ts): metadata.yaml and
 * metadata-YYYY.yaml beside it, read as one, each written only when its own entries change.
 * Run as staff run it, on a scratch copy of the real content tree.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchContent, runIngest, fileHashes } from '../helpers/scratch-content.ts';
import { SEEDS, seedText } from '../helpers/seeds.ts';

const scratch = scratchContent('metadata-files');
const ingest = (...args: string[]) => runIngest(scratch, ...args);
const sources = (name: string) => path.join(scratch.content, 'sources', name);

/** A new page of a made-up issue of 2026-01-10, given on the command line. */
function newPage(name: string): string {
  const page = path.join(scratch.root, name);
  fs.writeFileSync(page, seedText('003').replaceAll('1月7日', '1月9日'));
  return page;
}

describe('metadata split by year', () => {
  it('reads a year’s file beside metadata.yaml, and leaves the other file as it was', () => {
    fs.writeFileSync(sources('metadata.yaml'), `${SEEDS[0]}:\n  pageName: 要闻\n`);
    fs.writeFileSync(sources('metadata-2026.yaml'), '005_new.txt:\n  date: 2026-01-10\n  page: 2\n  pageName: 要闻\n');
    const before = fs.readFileSync(sources('metadata.yaml'));
    const run = ingest(newPage('005_new.txt'));
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const issue = JSON.parse(fs.readFileSync(path.join(scratch.content, 'issues/2026/2026-01-10.json'), 'utf8'));
    expect(issue).toMatchObject({ date: '2026-01-10', dateSource: 'metadata', pages: [2] });
    expect(fs.readFileSync(sources('metadata.yaml')).equals(before)).toBe(true);
  });

  it('writes --date into the file of its year when there is one, not into metadata.yaml', () => {
    fs.writeFileSync(sources('metadata-2026.yaml'), '# 2026 年各版\n');
    const run = ingest('--date', '2026-01-10', '--page', '2', newPage('005_new.txt'));
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(fs.readFileSync(sources('metadata-2026.yaml'), 'utf8')).toMatch(/# 2026 年各版\n+005_new\.txt:\n {2}date: 2026-01-10\n {2}page: 2\n/);
    expect(fs.existsSync(sources('metadata.yaml'))).toBe(false);
    expect(ingest().out).toContain('没有变化');
  });

  it('refuses a source named in two files, naming both, leaving content/ as it was', () => {
    fs.writeFileSync(sources('metadata.yaml'), `${SEEDS[0]}:\n  pageName: 要闻\n`);
    fs.writeFileSync(sources('metadata-2022.yaml'), `${SEEDS[0]}:\n  pageName: 一版要闻\n`);
    const before = fileHashes(scratch.content);
    const run = ingest();
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/metadata-2022\.yaml: .*000_a25d01534798cd06\.txt 在 metadata\.yaml 里已经写过/);
    expect(fileHashes(scratch.content)).toEqual(before);
  });

  it('names a year’s file and line when it is malformed', () => {
    fs.writeFileSync(sources('metadata-2025.yaml'), `${SEEDS[0]}:\n  date: 2025-02-30\n`);
    const run = ingest();
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/metadata-2025\.yaml:2: .*2025-02-30/);
  });
});
