/**
 * The citation downloads written after the pages (src/integrations/citation-files.ts,
 * src/cite/files.ts): two per article, the texts the article's reference gives, written only
 * when changed, and those of articles gone from the archive removed (with their emptied folder).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleCitation } from '../../src/cite/article.ts';
import { bibtex } from '../../src/cite/bibtex.ts';
import { citationFiles } from '../../src/cite/files.ts';
import { ris } from '../../src/cite/ris.ts';
import { readArchive } from '../../src/content/archive.ts';
import { absoluteFor, writeCitationFiles } from '../../src/integrations/citation-files.ts';

let dist: string;
beforeEach(() => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-citation-files-'));
});
afterEach(() => fs.rmSync(dist, { recursive: true, force: true }));

const archive = readArchive(path.resolve('tests/fixtures/site-content'));

describe('citation files', () => {
  it('gives each article its BibLaTeX and RIS file, with the site address in a deploy build only', () => {
    const absolute = absoluteFor('https://example.org', '/archive');
    const files = citationFiles(archive, absolute);
    expect(files).toHaveLength(archive.articleById.size * 2);
    const id = [...archive.articleById.keys()][0];
    const { record } = articleCitation(archive, id, absolute);
    expect(record.url).toBe(`https://example.org/archive/articles/${id}/`);
    expect(files.find((f) => f.path === `articles/${id}/cite.bib`)!.text).toBe(bibtex(record));
    expect(files.find((f) => f.path === `articles/${id}/cite.ris`)!.text).toBe(ris(record));
    expect(absoluteFor(undefined, '/')('/articles/x/')).toBeNull();
  });

  it('writes only what changed and removes the files of articles gone', () => {
    const files = citationFiles(archive, absoluteFor(undefined, '/'));
    expect(writeCitationFiles(dist, files)).toEqual({ written: files.length, removed: 0 });
    expect(writeCitationFiles(dist, files)).toEqual({ written: 0, removed: 0 });
    fs.mkdirSync(path.join(dist, 'articles/2020-01-01-01-01'), { recursive: true });
    fs.writeFileSync(path.join(dist, 'articles/2020-01-01-01-01/cite.bib'), 'old');
    fs.writeFileSync(path.join(dist, 'articles/2020-01-01-01-01/cite.ris'), 'old');
    const changed = files.map((f, i) => (i === 0 ? { ...f, text: `${f.text}% corrected\n` } : f));
    expect(writeCitationFiles(dist, changed)).toEqual({ written: 1, removed: 2 });
    expect(fs.existsSync(path.join(dist, 'articles/2020-01-01-01-01'))).toBe(false);
    expect(fs.readFileSync(path.join(dist, changed[0].path), 'utf8')).toBe(changed[0].text);
    // An article's page stays: only its citation files are the step's.
    fs.writeFileSync(path.join(dist, path.dirname(files[2].path), 'index.html'), '<html></html>');
    expect(writeCitationFiles(dist, files.slice(4))).toEqual({ written: 0, removed: 4 });
    expect(fs.readdirSync(path.join(dist, path.dirname(files[2].path)))).toEqual(['index.html']);
  });
});
