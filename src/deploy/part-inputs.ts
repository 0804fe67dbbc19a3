/**
 * What a part of a build by parts is made from (src/site/build-part.ts), as one digest, so that
 * `npm run build-archive` builds again only the parts whose inputs changed: the daily job's new
 * issue changes the archive-wide part and its own year's (and the year before, when the issue is
 * the first of a year, whose 上一期 is there), never the other years'.
 *
 * The inputs: the site's code (src/, editorial/, public/, astro.config.mjs, the lock file), the
 * settings that change the pages (SITE_URL, BASE_PATH, DEPLOY, SEARCH_SHARDS, SEARCH_INDEX), and
 * the content the part reads — a year's part its issues and their two neighbours' entries, its
 * year's ids in the ledger and the topics; the archive-wide part every file of the tree but the
 * raw pages.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { BuildPart } from '../config.ts';
import { COMMIT_DIR, LOCK_FILE, MANIFEST_FILE } from '../content/commit-state.ts';
import { readLedger } from '../content/ledger.ts';
import { entryDate, LEDGER_FILE } from '../content/paths.ts';
import { issueDatesRead, yearOf } from '../site/build-part.ts';

const CODE = ['src', 'editorial', 'public', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];
const SETTINGS = ['SITE_URL', 'BASE_PATH', 'DEPLOY', 'SEARCH_SHARDS', 'SEARCH_INDEX'];
const ENTRY_FOLDERS = new Set(['issues', 'sections', 'articles', 'photos']);

/** What a part is built from, as two digests (hex SHA-256). */
export interface PartInputs {
  /** The site's code and the settings: when it changes, pages the build cache holds are stale too. */
  code: string;
  /** The content the part reads. */
  content: string;
}

/**
 * The digests of everything `part` is built from: the code under `project` with the settings in
 * `env`, and its content in `contentDir`. Reads every file it hashes; throws what the file
 * system throws.
 */
export function partInputs(part: BuildPart, contentDir: string, project: string, env: NodeJS.ProcessEnv): PartInputs {
  const code = createHash('sha256');
  for (const name of CODE) hashTree(code, project, name, () => true);
  for (const name of SETTINGS) code.update(`${name}=${env[name] ?? ''}\0`);
  code.update(`part=${JSON.stringify(part)}\0`);
  const content = createHash('sha256');
  const dates = issueDatesRead(part, contentDir);
  hashTree(content, contentDir, '.', (rel) => {
    const top = rel.split('/')[0];
    if (top === 'sources' || top === COMMIT_DIR || rel === LOCK_FILE) return false;
    if (!dates) return true;
    if (ENTRY_FOLDERS.has(top)) return dates.has(entryDate(rel) ?? '');
    // The manifest of the last ingest names every file: only the pages spanning years read it.
    // The ledger gains the day's ids at every ingest: a year reads its own ids' (below).
    return rel !== MANIFEST_FILE && rel !== LEDGER_FILE;
  });
  if (part.kind === 'year') content.update(yearsLedger(contentDir, part.year));
  return { code: code.digest('hex'), content: content.digest('hex') };
}

/**
 * The entries of the id ledger (content/ids.json) whose ids are of `year`, as text: the ids a
 * year's pages answer at, retired and withdrawn ones included (src/site/retired.ts). Throws
 * ContentError for a ledger that cannot be read.
 */
function yearsLedger(contentDir: string, year: number): string {
  const ledger = readLedger(contentDir);
  const ofYear = (ids: Record<string, unknown>) => Object.entries(ids).filter(([id]) => yearOf(id) === year);
  return JSON.stringify([ofYear(ledger.articles), ofYear(ledger.retired), ofYear(ledger.withdrawn)]);
}

/** Hashes the files at `rel` under `root` (a file, or a folder walked in name order) that `wanted` passes. */
function hashTree(hash: ReturnType<typeof createHash>, root: string, rel: string, wanted: (rel: string) => boolean): void {
  const full = path.join(root, rel);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(full);
  } catch {
    return;
  }
  const name = rel.split(path.sep).join('/').replace(/^\.\//, '');
  if (stat.isDirectory()) {
    for (const entry of fs.readdirSync(full).sort()) hashTree(hash, root, rel === '.' ? entry : path.join(rel, entry), wanted);
  } else if (wanted(name)) {
    hash.update(`${name}\0`).update(fs.readFileSync(full)).update('\0');
  }
}
