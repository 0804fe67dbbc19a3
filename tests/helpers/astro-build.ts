/**
 * Astro builds of different content trees must not overlap: every build writes the project's
 * own .astro/ (generated content modules, types), so a build of one tree running beside a build
 * of another can render with the other's modules (seen as UnknownContentCollectionError on MDX
 * pages). Tests that run `astro build` go through spawnBuildSync, which holds a lock file across
 * vitest's worker processes for the length of the build.
 */
import { spawnSync, type SpawnSyncOptionsWithStringEncoding, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const LOCK = path.resolve('.archive-tmp/astro-build.lock');
const WAIT_LIMIT_MS = 15 * 60_000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function buildExclusively<T>(build: () => T): T {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  const deadline = Date.now() + WAIT_LIMIT_MS;
  for (;;) {
    try {
      fs.writeFileSync(LOCK, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(fs.readFileSync(LOCK, 'utf8'));
      if (!holder || !alive(holder)) fs.rmSync(LOCK, { force: true });
      else if (Date.now() > deadline) throw new Error(`waited ${WAIT_LIMIT_MS / 60_000} minutes for another Astro build (pid ${holder})`);
      else sleep(200);
    }
  }
  try {
    return build();
  } finally {
    fs.rmSync(LOCK, { force: true });
  }
}

export function spawnBuildSync(command: string, args: readonly string[], options: SpawnSyncOptionsWithStringEncoding): SpawnSyncReturns<string> {
  return buildExclusively(() => spawnSync(command, args, options));
}

/**
 * The project's content built into `out` with extra environment (SEARCH_SHARDS=month, …) and its
 * own Astro cache beside it, taking its turn with the other builds; throws with the build's
 * output when it fails.
 */
export function buildSiteInto(out: string, env: Record<string, string>): SpawnSyncReturns<string> {
  fs.rmSync(out, { recursive: true, force: true });
  const built = spawnBuildSync(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
    env: { ...process.env, ...env, ASTRO_CACHE_DIR: `${out}-cache` },
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`building ${path.basename(out)} failed:\n${built.stdout}\n${built.stderr}`);
  return built;
}
