/**
 * A read of the content tree keeps the sha256 of each file's bytes as read (src/content/read.ts),
 * in the form the ingest's manifest records them, so telling a hand edit (the pre-build check's
 * 校订 rule, the export's editedByHand) needs no second read of every entry. On a scratch copy
 * of the real content tree.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArchive } from '../../src/content/archive.ts';
import { undatedCorrections } from '../../src/content/corrections.ts';
import { handEdits } from '../../src/export/edits.ts';
import { scratchContent } from '../helpers/scratch-content.ts';

const scratch = scratchContent('read-digests');
const ARTICLE = 'articles/2022/2022-01-19/01-03.md';

describe('the digests of a read', () => {
  it('match the manifest for every file the ingest wrote and no one edited', () => {
    const archive = readArchive(scratch.content, { cacheDir: path.join(scratch.root, 'cache') });
    expect(archive.fileDigests?.get(ARTICLE)).toMatch(/^[0-9a-f]{64}$/);
    expect(undatedCorrections(scratch.content, archive)).toEqual([]);
    const edited = handEdits(scratch.content, archive.fileDigests);
    expect(archive.articles.filter((a) => edited(a.file))).toEqual([]);
  });

  it('judge the bytes the archive was read from, not a file changed since', () => {
    const archive = readArchive(scratch.content, { cacheDir: path.join(scratch.root, 'cache') });
    const file = path.join(scratch.content, ARTICLE);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('headline: "温暖送给环卫工"', 'headline: "把温暖送给环卫工"'));
    expect(undatedCorrections(scratch.content, archive)).toEqual([]);
    expect(handEdits(scratch.content, archive.fileDigests)(ARTICLE)).toBe(false);
    // Without the read's digests the file on disk is read again, and the edit is seen.
    expect(undatedCorrections(scratch.content, { ...archive, fileDigests: undefined })).toHaveLength(1);
    expect(handEdits(scratch.content)(ARTICLE)).toBe(true);
  });
});
