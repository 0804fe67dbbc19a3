/**
 * A scratch copy of the real content tree for each test, and the project's commands run on it
 * as staff run them: `node scripts/<name>.ts` in the scratch folder, with ARCHIVE_CONTENT_DIR
 * pointing at the copy. Used by the tests of the ingest command and of hand edits.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';

export interface ScratchContent {
  /** The test's own temporary folder: commands run here, and pages to give them are written here. */
  root: string;
  /** The copy of content/ inside it. */
  content: string;
}

/** A command's exit code and what it printed. */
export interface CommandRun {
  code: number | null;
  out: string;
  err: string;
}

/**
 * Gives every test of the file a fresh copy of content/ in a new temporary folder (named
 * archive-<name>-…), removed after the test. Call at the top of a test file; read `root` and
 * `content` inside tests (they change from test to test).
 */
export function scratchContent(name: string): ScratchContent {
  const scratch: ScratchContent = { root: '', content: '' };
  beforeEach(() => {
    scratch.root = fs.mkdtempSync(path.join(os.tmpdir(), `archive-${name}-`));
    scratch.content = path.join(scratch.root, 'content');
    fs.cpSync(path.resolve('content'), scratch.content, { recursive: true });
  });
  afterEach(() => fs.rmSync(scratch.root, { recursive: true, force: true }));
  return scratch;
}

/** `node <script> ...args` (a path from the repository's root) run in the scratch folder on its content tree. */
export function runScript(scratch: ScratchContent, script: string, ...args: string[]): CommandRun {
  const run = spawnSync(process.execPath, [path.resolve(script), ...args], {
    cwd: scratch.root,
    env: { ...process.env, ARCHIVE_CONTENT_DIR: scratch.content },
    encoding: 'utf8',
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** `npm run ingest -- ...args` on the scratch content tree. */
export function runIngest(scratch: ScratchContent, ...args: string[]): CommandRun {
  return runScript(scratch, 'scripts/ingest.ts', ...args);
}

/**
 * Every file under `dir` (path relative to it) with the SHA-256 of its bytes, leaving out (and
 * never reading) those `keep` refuses: "left as it was" means this is equal.
 */
export function fileHashes(dir: string, keep: (rel: string) => boolean = () => true): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const rel = path.relative(dir, full);
    if (keep(rel)) out[rel] = createHash('sha256').update(fs.readFileSync(full)).digest('hex');
  }
  return out;
}
