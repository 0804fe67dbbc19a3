/**
 * `npm run export -- --out DIR` where DIR cannot take the export: a file where the folder should
 * be (or above it), a folder where a file should go, no permission, another user's file in a
 * shared folder, a full disk. Each run ends in one line naming the path and the reason, exit
 * code 1, no stack trace, and nothing written or changed: an earlier export stays byte for byte,
 * no temporary file is left, no folder is made. Permission cases run as an ordinary user (uid
 * 65534 through setpriv when the tests run as root: root may write anywhere).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileHashes } from '../helpers/scratch-content.ts';

const FIXTURE = path.resolve('tests/fixtures/content');
const SCRIPT = path.resolve('scripts/export.ts');
const ROOT = process.getuid?.() === 0;
const NOBODY = 65534;
const EXPORT_FILES = ['articles.csv', 'articles.jsonl', 'articles.schema.json', 'issues.json', 'issues.schema.json'];
/** Whether this machine lets a test mount a small disk of its own (a user and mount namespace). */
const CAN_MOUNT = spawnSync('unshare', ['--map-root-user', '--mount', 'true']).status === 0;

let scratch: string;
beforeEach(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-export-out-'));
  fs.chmodSync(scratch, 0o755);
});
afterEach(() => {
  spawnSync('chmod', ['-R', 'u+w', scratch]);
  fs.rmSync(scratch, { recursive: true, force: true });
});

/** `npm run export` of the fixture tree, as the user running the tests or (asUser) as an ordinary one. */
function runExport(args: string[], { asUser = false } = {}) {
  const command = [process.execPath, SCRIPT, ...args];
  const options = { encoding: 'utf8' as const, env: { ...process.env, ARCHIVE_CONTENT_DIR: FIXTURE, BASE_PATH: '' } };
  const run =
    asUser && ROOT
      ? spawnSync('setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', ...command], options)
      : spawnSync(command[0], command.slice(1), options);
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** Every file and folder under `dir`, with each file's hash: equal before and after means nothing was written or changed. */
function state(dir: string) {
  return { entries: fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort(), hashes: fileHashes(dir) };
}

/** The one line of a refusal: names `file` and the reason, no stack trace. */
function expectRefusal(run: { code: number | null; out: string; err: string }, file: string, reason: RegExp) {
  expect(run.code, run.out + run.err).toBe(1);
  expect(run.err.trim().split('\n')).toHaveLength(1);
  expect(run.err).toMatch(/^导出未完成，没有写入或改动任何文件：/);
  expect(run.err).toContain(`${file}: `);
  expect(run.err).toMatch(reason);
  expect(run.err).not.toMatch(/\n\s+at |Error:/);
  expect(run.out).toBe('');
}

/** An earlier export in `dir`, as a researcher would have it. */
function earlierExport(dir: string) {
  const run = runExport(['--out', dir]);
  expect(run.code, run.err).toBe(0);
  fs.appendFileSync(path.join(dir, 'articles.jsonl'), '{"earlier": true}\n');
}

describe('a file where the folder should be', () => {
  it('--out names a file: refused naming it, the file left as it was', () => {
    const file = path.join(scratch, 'notadir');
    fs.writeFileSync(file, 'a researcher’s notes\n');
    const before = state(scratch);
    expectRefusal(runExport(['--out', file]), file, /这是一个文件，不是文件夹（not a folder）/);
    expect(state(scratch)).toEqual(before);
  });

  it('a file above the folder (--out file/a/b): refused naming the file, no folder made', () => {
    const file = path.join(scratch, 'notadir');
    fs.writeFileSync(file, 'x\n');
    const before = state(scratch);
    expectRefusal(runExport(['--out', path.join(file, 'a', 'b')]), file, /这是一个文件，不是文件夹/);
    expect(state(scratch)).toEqual(before);
  });

  it('a dangling link where a missing parent is to be made (--out new/sub): refused, nothing made', () => {
    fs.symlinkSync(path.join(scratch, 'nowhere'), path.join(scratch, 'new'));
    const before = state(scratch);
    const run = runExport(['--out', path.join(scratch, 'new', 'sub')]);
    expect(run.code, run.err).toBe(1);
    expect(run.err.trim().split('\n')).toHaveLength(1);
    expect(run.err).not.toMatch(/\n\s+at /);
    expect(state(scratch)).toEqual(before);
  });
});

describe('a folder where a file should go', () => {
  for (const name of EXPORT_FILES) {
    it(`${name} is a folder: refused naming it, the earlier export untouched, no temporary file`, () => {
      const dir = path.join(scratch, 'export');
      earlierExport(dir);
      fs.rmSync(path.join(dir, name));
      fs.mkdirSync(path.join(dir, name));
      fs.writeFileSync(path.join(dir, name, 'inside.txt'), 'kept\n');
      const before = state(scratch);
      expectRefusal(runExport(['--out', dir]), path.join(dir, name), /这是一个文件夹，导出的文件不能替换它/);
      expect(state(scratch)).toEqual(before);
    });
  }
});

describe('no permission', () => {
  it('a folder the user may not write: refused naming it (没有写入权限), its earlier export untouched', () => {
    const dir = path.join(scratch, 'export');
    earlierExport(dir);
    fs.chmodSync(dir, 0o555);
    const before = state(scratch);
    expectRefusal(runExport(['--out', dir], { asUser: true }), dir, /没有写入权限（permission denied）/);
    expect(state(scratch)).toEqual(before);
  });

  it('a missing folder under one the user may not write: refused naming the folder it could not make', () => {
    fs.chmodSync(scratch, 0o555);
    const before = state(scratch);
    expectRefusal(runExport(['--out', path.join(scratch, 'new', 'sub')], { asUser: true }), path.join(scratch, 'new'), /无法建立文件夹：没有写入权限/);
    expect(state(scratch)).toEqual(before);
  });

  // Needs a second user: the tests' own (root) owns the file that cannot be replaced.
  it.runIf(ROOT)('another user’s issues.json in a shared (sticky) folder: the files already renamed in are put back', () => {
    const dir = path.join(scratch, 'shared');
    earlierExport(dir);
    fs.chmodSync(dir, 0o1777);
    // The user's own earlier files, except issues.json (renamed in after the two articles files), which is root's.
    for (const name of EXPORT_FILES) if (name !== 'issues.json') fs.chownSync(path.join(dir, name), NOBODY, NOBODY);
    const before = state(scratch);
    expectRefusal(runExport(['--out', dir], { asUser: true }), path.join(dir, 'issues.json'), /无法替换这个文件：不允许改动/);
    expect(state(scratch)).toEqual(before);
  });
});

describe.runIf(CAN_MOUNT)('a full disk', () => {
  /** The export run twice on a 48 KiB disk mounted at `disk` (the fixture's export takes 40 KiB): the second finds it full. */
  function onSmallDisk(disk: string, first: string, second: string) {
    fs.mkdirSync(disk);
    const script = [
      `mount -t tmpfs -o size=48k tmpfs "${disk}" || exit 99`,
      `"${process.execPath}" "${SCRIPT}" --out "${first}" >/dev/null || exit 98`,
      `printf '%s\\n' "$(find "${disk}" | sort)" > "${path.join(scratch, 'before.txt')}"`,
      `sha256sum "${first}"/* > "${path.join(scratch, 'before.sha')}"`,
      `"${process.execPath}" "${SCRIPT}" --out "${second}"; echo "exit $?" >&2`,
      `printf '%s\\n' "$(find "${disk}" | sort)" > "${path.join(scratch, 'after.txt')}"`,
      `sha256sum "${first}"/* > "${path.join(scratch, 'after.sha')}"`,
    ].join('\n');
    const run = spawnSync('unshare', ['--map-root-user', '--mount', 'sh', '-c', script], {
      encoding: 'utf8',
      env: { ...process.env, ARCHIVE_CONTENT_DIR: FIXTURE, BASE_PATH: '' },
    });
    expect(run.status, run.stderr).toBe(0);
    const read = (name: string) => fs.readFileSync(path.join(scratch, name), 'utf8');
    return { err: run.stderr.replace(/exit \d+\n$/, ''), exit: /exit (\d+)\n$/.exec(run.stderr)?.[1], listing: [read('before.txt'), read('after.txt')], hashes: [read('before.sha'), read('after.sha')] };
  }

  it('over an earlier export: refused (磁盘已满), the earlier files as they were, no temporary file', () => {
    const disk = path.join(scratch, 'disk');
    const dir = path.join(disk, 'export');
    const run = onSmallDisk(disk, dir, dir);
    expect(run.exit, run.err).toBe('1');
    expectRefusal({ code: 1, out: '', err: run.err }, dir, /磁盘已满（disk full）/);
    expect(run.listing[1]).toBe(run.listing[0]);
    expect(run.hashes[1]).toBe(run.hashes[0]);
  });

  it('into new folders: refused, the folders it made removed', () => {
    const disk = path.join(scratch, 'disk');
    const run = onSmallDisk(disk, path.join(disk, 'first'), path.join(disk, 'new', 'sub'));
    expect(run.exit, run.err).toBe('1');
    expectRefusal({ code: 1, out: '', err: run.err }, path.join(disk, 'new', 'sub'), /磁盘已满/);
    expect(run.listing[1]).toBe(run.listing[0]);
  });
});
