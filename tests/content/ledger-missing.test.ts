/**
 * A lost id ledger (content/ids.json deleted) in a tree the ingest wrote — its manifest lists the
 * ledger — is refused by every reader: the pre-build check, a bare `astro build`, the export and
 * the ingest (with --force too), in one line naming the file and the fix (restore it from git or
 * a backup, never regenerate it), with content/ as it was. A regenerated ledger would give the
 * withdrawn and retired ids out again. A tree with no manifest and no ledger (made by hand) is
 * still read as before.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLedger } from '../../src/content/ledger.ts';
import { planWrite, readManifest } from '../../src/ingest/plan.ts';
import { spawnBuildSync } from '../helpers/astro-build.ts';
import { fileHashes, runIngest, runScript, scratchContent } from '../helpers/scratch-content.ts';

const scratch = scratchContent('ledger-missing');
const FIX = /content\/ids\.json: 稿件号账本不见了：导入曾写过它（\.ingest-manifest\.json 里有记录）（missing id ledger） — 请从 git（git checkout -- \S*content\/ids\.json）或备份恢复它；不要重新导入或加 --force 让它重新生成/;

/** Deletes the ledger; returns the tree's files after, to compare with once a command has run. */
function loseLedger(): Record<string, string> {
  expect(Object.keys(readManifest(scratch.content).files)).toContain('ids.json');
  fs.rmSync(path.join(scratch.content, 'ids.json'));
  return fileHashes(scratch.content);
}

/** One line of refusal (after npm's or the script's header, if any), no stack trace, no advice to regenerate. */
function expectRefused(run: { code: number | null; out: string; err: string }, before: Record<string, string>) {
  expect(run.code, run.out + run.err).toBe(1);
  expect(run.err).toMatch(FIX);
  expect(run.err).not.toMatch(/\n\s+at |请加 --force|加 --force 用导入结果/);
  expect(run.err.trim().split('\n').filter((l) => FIX.test(l))).toHaveLength(1);
  expect(fs.existsSync(path.join(scratch.content, 'ids.json'))).toBe(false);
  expect(fileHashes(scratch.content)).toEqual(before);
}

describe('a ledger the ingest wrote, now missing', () => {
  it('is refused by npm run check-content', () => {
    const before = loseLedger();
    const run = runScript(scratch, 'scripts/check-content.ts');
    expectRefused(run, before);
    expect(run.err.trim().split('\n')).toHaveLength(1); // no heading, no advice to correct files: the fix is to restore
  });

  it('is refused by npm run export, which writes nothing', () => {
    const before = loseLedger();
    const out = path.join(scratch.root, 'export');
    expectRefused(runScript(scratch, 'scripts/export.ts', '--out', out), before);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('is refused by the ingest, with or without --force, and nothing is regenerated', () => {
    const before = loseLedger();
    expectRefused(runIngest(scratch), before);
    expectRefused(runIngest(scratch, '--force'), before);
  });

  it('is refused by a bare astro build before Astro reads anything', () => {
    const before = loseLedger();
    const result = spawnBuildSync(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', path.join(scratch.root, 'dist')], {
      encoding: 'utf8',
      env: { ...process.env, ARCHIVE_CONTENT_DIR: scratch.content, ASTRO_CACHE_DIR: path.join(scratch.root, 'cache') },
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output).not.toBe(0);
    expect(output).toMatch(FIX);
    expect(output).not.toMatch(/Stack trace|\n\s+at /);
    expect(output).not.toContain('[content] Syncing');
    expect(fileHashes(scratch.content)).toEqual(before);
  });

  it('is never planned anew, not even with force', () => {
    loseLedger();
    const manifest = readManifest(scratch.content);
    expect(() => planWrite(scratch.content, new Map([['ids.json', '{}\n']]), manifest, { force: true })).toThrow(/稿件号账本不见了/);
  });
});

describe('a tree without a manifest', () => {
  it('may have no ledger: read as empty, and the content check passes', () => {
    fs.rmSync(path.join(scratch.content, 'ids.json'));
    fs.rmSync(path.join(scratch.content, '.ingest-manifest.json'));
    expect(readLedger(scratch.content)).toEqual({ articles: {}, retired: {}, withdrawn: {} });
    const run = runScript(scratch, 'scripts/check-content.ts');
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain('内容检查通过');
  });
});
