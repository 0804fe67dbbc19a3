/**
 * What a build leaves behind in a kept dist/: pages it no longer makes, and the folders that hold
 * nothing once they are gone (or that Astro's incremental build emptied itself).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { staleOutputs } from '../../src/integrations/prune-stale-pages.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'prune-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const file = (rel: string) => {
  fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  fs.writeFileSync(path.join(root, rel), 'x');
  return path.join(root, rel);
};
const folder = (rel: string) => fs.mkdirSync(path.join(root, rel), { recursive: true });

describe('staleOutputs', () => {
  it('lists stale pages and the folders left empty, deepest first, and keeps what is made or not a page', () => {
    const made = file('articles/2025-12-28-01-01/index.html');
    file('articles/2025-12-28-01-01/cite.bib');
    file('articles/2026-02-10-03-01/index.html');
    file('articles/2026-02-10-03-02/cite.ris');
    folder('issues/2026-02-10/03');
    folder('authors/張三豐/2026');
    file('pagefind/2026-02/pagefind.js');
    folder('pagefind/empty');
    const { files, folders } = staleOutputs(root, new Set([made]));
    expect(files).toEqual([path.join(root, 'articles/2026-02-10-03-01/index.html')]);
    expect(folders.map((f) => path.relative(root, f)).sort()).toEqual(
      ['articles/2026-02-10-03-01', 'authors/張三豐', 'authors/張三豐/2026', 'authors', 'issues/2026-02-10', 'issues/2026-02-10/03', 'issues'].sort(),
    );
    // Deepest first, so each can be removed in turn.
    expect(folders.indexOf(path.join(root, 'issues/2026-02-10/03'))).toBeLessThan(folders.indexOf(path.join(root, 'issues/2026-02-10')));
    for (const f of files) fs.rmSync(f);
    for (const f of folders) fs.rmdirSync(f);
    expect(fs.existsSync(path.join(root, 'articles/2026-02-10-03-02/cite.ris'))).toBe(true);
    expect(fs.existsSync(path.join(root, 'pagefind/empty'))).toBe(true);
  });
});
